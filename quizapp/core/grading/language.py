"""Telling a language slip from a spelling slip.

"transfer" for « transfert » is one letter away, but it is the English word,
not a typing slip: the learner did not find the French. A typed answer whose
words all occur in the article's English (its sentences' translations and
glossary glosses), and not in its French, is that kind of slip: it earns
nothing whatever `typos` says, and the feedback says why. A teacher who
wants to accept it lists it among the answers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from quizapp.core.grading.answers import MatchKind, TypedMatch, normalise
from quizapp.core.model import Article

_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(normalise(text)))


def english_words(article: Article | None) -> frozenset[str]:
    """The article's English words that are not also French words of it."""
    if article is None:
        return frozenset()
    english: set[str] = set()
    french: set[str] = set()
    for sentence in article.sentences:
        english |= _words(sentence.en or "")
        french |= _words(sentence.fr)
    for entry in article.glossary:
        english |= _words(entry.en)
        french |= _words(entry.fr)
    return frozenset(english - french)


def is_english(typed: str, english: frozenset[str]) -> bool:
    words = _words(typed)
    return bool(words) and words <= english


def unless_english(match: TypedMatch, typed: str, english: frozenset[str]) -> TypedMatch:
    """A slip that is really the English word: no credit, and named as such."""
    if match.kind is MatchKind.SLIP and is_english(typed, english):
        return replace(match, kind=MatchKind.ENGLISH, credit=Fraction(0))
    return match
