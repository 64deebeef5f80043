"""Find-the-sentence items for a learner's own text: « Dans quelle phrase trouve-t-on
le mot qui veut dire « bakery » ? ».

The learner reads the text again for a meaning, not a form: the answer is the one
sentence holding a word whose dictionary sense is given (a `locate` question, graded
as a bank article's). Only a word found in a single sentence is asked, so the answer
is never a guess among equals; the words are the match's ranking (the learner's own
look-ups first, then the text's frequent words), less those other exercises ask.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from quizapp.core.gloss.tokenize import tokenize
from quizapp.core.model import Article, LocateQuestion, Sentence

MAX_LOCATES = 2
NBSP = "\u00a0"  # inside « », as the bank's texts write them


class _Word(Protocol):
    text: str
    sentence: Sentence


Lookup = Callable[[str, str], "tuple[str, str] | None"]
Option = Callable[..., str]  # own_exercises.short_gloss: (gloss, *forms) → option


def locates(
    article: Article,
    ranked: Sequence[_Word],
    lookup: Lookup | None,
    option: Option,
    avoid: set[str],
    wanted: int = MAX_LOCATES,
) -> tuple[list[LocateQuestion], set[str]]:
    """Up to `wanted` items, each on its own sentence, from the words not in `avoid`;
    and the words they ask (no cloze blanks them again)."""
    if lookup is None or wanted <= 0:
        return [], set()
    where: dict[str, set[str]] = {}
    for sentence in article.sentences:
        for token in tokenize(sentence.fr):
            if token.is_word:
                where.setdefault(token.text.casefold(), set()).add(sentence.id)
    out: list[LocateQuestion] = []
    chosen: set[str] = set()
    asked: set[str] = set()
    used: set[str] = set()  # sentences and senses already asked
    for word in ranked:
        key = word.text.casefold()
        if key in avoid or key in asked or len(where.get(key, ())) != 1:
            continue
        asked.add(key)
        if word.sentence.id in used:
            continue
        found = lookup(word.text, word.sentence.fr)
        if not found:
            continue
        headword = found[0].strip() or word.text
        sense = option(found[1], key, headword)
        if not sense or sense.casefold() in used:
            continue
        used |= {word.sentence.id, sense.casefold()}
        chosen.add(key)
        out.append(_question(article, word, sense, len(out) + 1))
        if len(out) == wanted:
            break
    return out, chosen


def _question(article: Article, word: _Word, sense: str, number: int) -> LocateQuestion:
    place = article.sentences.index(word.sentence) + 1
    fr_word = f"«{NBSP}{word.text}{NBSP}»"
    return LocateQuestion(
        id=f"phrase-{number}",
        prompt=f"Dans quelle phrase trouve-t-on le mot qui veut dire «{NBSP}{sense}{NBSP}»{NBSP}?",
        prompt_en=f"Which sentence has the word that means “{sense}”?",
        sentences=(word.sentence.id,),
        explanation=f"{fr_word} ({sense}) est dans la phrase {place} du texte.",
        explanation_en=f"{fr_word} ({sense}) is in sentence {place} of the text.",
    )
