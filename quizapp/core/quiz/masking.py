"""Which sentences of the passage a question would give away while it is asked.

A cloze question usually blanks a sentence of the text: with that sentence in
plain view beside it, the learner copies instead of reading. The window masks
the sentences named here until the question is answered.
"""

from __future__ import annotations

import re

from quizapp.core.model import Article, ClozeQuestion, Question


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", text)}


def given_away_by(question: Question, article: Article | None) -> tuple[str, ...]:
    """The ids of the question's sentences that contain one of a cloze's answers."""
    if not isinstance(question, ClozeQuestion) or article is None:
        return ()
    answers = [_words(alt) for alts in question.blanks for alt in alts]
    known = {s.id: s for s in article.sentences}
    out = []
    for sid in dict.fromkeys(question.sentences):
        sentence = known.get(sid)
        if sentence is None:
            continue
        words = _words(sentence.fr)
        if any(answer and answer <= words for answer in answers):
            out.append(sid)
    return tuple(out)
