"""Within one sense, the English word a learner should read first.

FreeDict lists a sense's synonyms alphabetically (« enfant »: "bairn, child, infant";
« platane »: "plane, plane-tree, sycamore"), so the first word is an accident of the
alphabet: Scots "bairn", or "plane", which a reader takes for an aircraft. Each word
of a sense is ranked by, in order:

1. a label of its own (dated, archaic, Scot., regional, dialect…): last;
2. a homograph by the reverse dictionary (English→French, when installed): a word
   whose own entry gives this headword only far down ("plane": avion, planer, plan…
   platane fourth) is read as its other meaning, so it goes after the others;
3. how common the English word is (wordfreq's Zipf scale, when installed): a rare
   word (under `RARE`: "bairn") after the common ones, then the commonest first;
4. the reverse again: a word whose entry gives this headword first ("child" →
   enfant) before one that does not (FreeDict's eng-fra is too thin to say more:
   "work" gives fonctionner, travailler…);
5. the dictionary's order, cognate first (`sense_order`).

Without a reverse dictionary or wordfreq the missing step simply ranks every word
equal. The senses themselves keep the dictionary's order. Measured on 20 common
words in tests/core/dictionary/test_sense_choice.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from quizapp.core.dictionary.sense_order import cognate_first

RARE = 3.0  # Zipf: about one word in a million or rarer ("bairn" 2.0, "child" 5.3)
# Usage labels (FreeDict and most bilingual dictionaries): words not to learn first.
LABELS = re.compile(
    r"\b(dated|archaic|archaism|obsolete|old-fashioned|Scot|Scottish|regional|dialect|"
    r"dialectal|rare|poetic|literary|slang|vulgar|Br\.?\s*dial)\b\.?",
    re.IGNORECASE,
)

# English word → the French senses of its reverse entry (each a list of words), or None.
Reverse = Callable[[str], "list[list[str]] | None"]


@lru_cache(maxsize=1)
def _zipf() -> Callable[[str], float] | None:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # an optional package: without it every word ranks equal here
        return None
    return lambda word: zipf_frequency(word, "en")


def frequency(word: str) -> float:
    """The English word's Zipf frequency (0 unknown), or `RARE` without wordfreq."""
    zipf = _zipf()
    return zipf(word) if zipf is not None else RARE


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


HOMOGRAPH_FROM = 3  # a reverse entry giving the headword only from its fourth sense on


def back_rank(headword: str, word: str, reverse: Reverse | None) -> int:
    """0: the reverse entry's first sense gives `headword` ("child" → enfant); 1: a
    later sense does, or the reverse does not know the word (or there is none); 2: a
    homograph, its entry about other things first ("plane": avion, planer, plan, and
    platane only fourth)."""
    if reverse is None:
        return 1
    senses = reverse(word)
    if not senses:
        return 1
    head = _fold(headword)
    where = [n for n, sense in enumerate(senses) if any(_fold(i) == head for i in sense)]
    if where and where[0] == 0:
        return 0
    if where and where[0] >= HOMOGRAPH_FROM:
        return 2
    return 1


def order_sense(headword: str, sense: str, reverse: Reverse | None = None) -> str:
    """The sense's words, the one to read first in front (see the module)."""
    ordered = cognate_first(headword, sense)
    words = [word.strip() for word in ordered.split(",")]
    if len(words) < 2 or any(not word for word in words):
        return ordered

    def rank(item: tuple[int, str]) -> tuple[bool, bool, bool, float, int, int]:
        position, word = item
        bare = re.sub(r"\([^)]*\)", "", word).strip()
        zipf = frequency(bare) if " " not in bare else RARE
        back = back_rank(headword, bare, reverse)
        return (bool(LABELS.search(word)), back == 2, zipf < RARE, -round(zipf, 1), back, position)

    ranked = [word for _, word in sorted(enumerate(words), key=rank)]
    return ", ".join(ranked)


def order_senses(
    headword: str, senses: Sequence[str], reverse: Reverse | None = None
) -> tuple[str, ...]:
    """Every sense with its words ranked; a sense that is only labelled words moves last."""
    ordered = [order_sense(headword, sense, reverse) for sense in senses]
    plain = [s for s in ordered if not all(LABELS.search(w) for w in s.split(","))]
    return tuple(plain + [s for s in ordered if s not in plain])
