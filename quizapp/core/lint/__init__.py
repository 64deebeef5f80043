"""What a reviewer catches that the format cannot: the content lint of `quizapp check`.

Public face: `lint_article(article)`, the warnings of every rule (`rules.RULES`)
for one loaded article. Each rule reads only the article; the words it compares
come from `core/gloss` (tokens and lemmas) and `core/grading` (how answers are
normalised), so a warning means what a learner would see.
"""

from quizapp.core.lint.rules import RULES, lint_article

__all__ = ["RULES", "lint_article"]
