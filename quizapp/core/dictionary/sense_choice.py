"""Within one sense, the English word a learner should read first.

FreeDict lists a sense's synonyms alphabetically (« enfant »: "bairn, child, infant";
« platane »: "plane, plane-tree, sycamore"), so the first word is an accident of the
alphabet: Scots "bairn", or "plane", which a reader takes for an aircraft. Each word
of a sense is ranked by, in order:

1. a label of its own (dated, archaic, Scot., regional, dialect…): last;
2. a homograph by the reverse dictionary (English→French, when installed): a word
   whose own entry gives this headword only far down ("plane": avion, planer, plan…
   platane fourth) is read as its other meaning, so it goes after the others;
3. how common the English word is: how often the installed dictionaries' texts use
   it (`corpus`: "child" 5, "infant" 2, "bairn" 2). The counts are small, so only a
   word used at least `CLEARLY` times as often as another goes before it ("car" 14
   before "vehicle" 4); closer counts ("town" 8, "city" 7) rank equal and the next
   steps decide. wordfreq would be finer but is 58 MB, for authoring only;
4. the reverse again: a word whose entry gives this headword first ("child" →
   enfant) before one that does not (FreeDict's eng-fra is too thin to say more:
   "work" gives fonctionner, travailler…);
5. the dictionary's order, cognate first (`sense_order`).

Without a reverse dictionary or counts the missing step simply ranks every word
equal. The senses themselves keep the dictionary's order. Measured on 20 common
words in tests/core/dictionary/test_sense_choice.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizapp.core.dictionary.sense_order import cognate_first

CLEARLY = 2  # how many times as often a word must be used to go before another
# Usage labels (FreeDict and most bilingual dictionaries): words not to learn first.
LABELS = re.compile(
    r"\b(dated|archaic|archaism|obsolete|old-fashioned|Scot|Scottish|regional|dialect|"
    r"dialectal|rare|poetic|literary|slang|vulgar|Br\.?\s*dial)\b\.?",
    re.IGNORECASE,
)

# English word → the French senses of its reverse entry (each a list of words), or None.
Reverse = Callable[[str], "list[list[str]] | None"]
# English word → how often the dictionaries' texts use it (0 for an expression).
Count = Callable[[str], int]


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


def _commonness(counts: list[int]) -> list[int]:
    """Each count as a rank, 0 commonest: the counts within `CLEARLY` times the
    commonest share its rank, and so on down (a count of 0 stays last)."""
    ranks = [0] * len(counts)
    level, top = 0, None
    for n in sorted(range(len(counts)), key=lambda i: -counts[i]):
        if top is None or counts[n] * CLEARLY < top:
            level, top = (level + 1 if top is not None else 0), counts[n]
        ranks[n] = level
    return ranks


def order_sense(
    headword: str, sense: str, reverse: Reverse | None = None, count: Count | None = None
) -> str:
    """The sense's words, the one to read first in front (see the module)."""
    ordered = cognate_first(headword, sense)
    words = [word.strip() for word in ordered.split(",")]
    if len(words) < 2 or any(not word for word in words):
        return ordered
    bare = [re.sub(r"\([^)]*\)", "", word).strip() for word in words]
    labelled = [bool(LABELS.search(word)) for word in words]
    backs = [back_rank(headword, word, reverse) for word in bare]
    # how common, among the words that can come first (a label or a homograph is last anyway)
    counts = [count(word) if count is not None else 0 for word in bare]
    counts = [0 if labelled[i] or backs[i] == 2 else n for i, n in enumerate(counts)]
    common = _commonness(counts)

    def rank(position: int) -> tuple[bool, bool, int, int, int]:
        back = backs[position]
        return (labelled[position], back == 2, common[position], back, position)

    return ", ".join(words[i] for i in sorted(range(len(words)), key=rank))


def order_senses(
    headword: str,
    senses: Sequence[str],
    reverse: Reverse | None = None,
    count: Count | None = None,
) -> tuple[str, ...]:
    """Every sense with its words ranked; a sense that is only labelled words moves last."""
    ordered = [order_sense(headword, sense, reverse, count) for sense in senses]
    plain = [s for s in ordered if not all(LABELS.search(w) for w in s.split(","))]
    return tuple(plain + [s for s in ordered if s not in plain])
