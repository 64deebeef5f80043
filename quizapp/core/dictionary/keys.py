"""How headwords and clicked words meet: one folded key per word.

A headword's key is its words, each folded as the glossary folds a word
(`gloss.lemmas.surface_key`: NFC, one apostrophe, no case), joined by one
space, so « Mettre en œuvre » and « mettre  en œuvre » are one key, and the
clicked « Déployées » finds « déployées ». Most headwords are one plain word;
they skip the tokenizer, which keeps indexing 200,000 headwords in seconds.
"""

from __future__ import annotations

import re

from quizapp.core.gloss.lemmas import surface_key
from quizapp.core.gloss.tokenize import tokenize

_PLAIN = re.compile(r"[^\W\d_]+")  # letters only: one word, nothing to split


def headword_words(headword: str) -> list[str]:
    """The folded words of a headword (elisions and numbers count as words)."""
    if _PLAIN.fullmatch(headword):
        return [surface_key(headword)]
    return [surface_key(t.text) for t in tokenize(headword) if t.is_word]


def headword_key(headword: str) -> str:
    return " ".join(headword_words(headword))
