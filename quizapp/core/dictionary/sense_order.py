"""Within one sense, the English word a learner recognises first.

FreeDict lists a sense's synonyms in alphabetical order (« marché »: "bazaar, fair,
market"), so the card's first word is an accident of the alphabet, and a rare one
("bazaar") reads as the meaning. When a sense's words are in that order, the one
that looks like the French headword (a cognate: market, place, piece) goes first;
the others keep their order. A list in any other order was ordered by a person and
is left alone, as is a sense without a cognate.
"""

from __future__ import annotations

import unicodedata

SIMILAR = 0.6  # normalised similarity from which a word counts as the headword's cognate


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def cognate_first(headword: str, sense: str) -> str:
    """The sense with its headword's cognate moved to the front (when alphabetical)."""
    words = [word.strip() for word in sense.split(",")]
    if len(words) < 2 or any(not word for word in words):
        return sense
    keys = [_bare(word) for word in words]
    if keys != sorted(keys):
        return sense
    from rapidfuzz.distance import Indel  # with the first entry, not at start-up

    head = _bare(headword)
    scores = [Indel.normalized_similarity(head, key) for key in keys]
    best = max(range(len(words)), key=lambda i: (scores[i], -i))
    if best == 0 or scores[best] < SIMILAR:
        return sense
    return ", ".join([words[best], *words[:best], *words[best + 1 :]])


def cognates_first(headword: str, senses: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(cognate_first(headword, sense) for sense in senses)
