"""How often each English word is used across the installed dictionaries' texts.

`sense_choice` needs to know which of a sense's words is the common one ("child",
not "bairn"). A frequency list (wordfreq, 58 MB) is for teachers' authoring only, so
the app counts words in what it already has: the French→English dictionary's
definitions (its entries' first lines, the French headword and pronunciation, are
skipped) and, when installed, the whole English→French dictionary (its headwords are
English). In FreeDict: child 3+2, infant 1+1, bairn 1+1; car 6+3+5, vehicle 3+1.

The counts are built once, on the first ranked look-up (never at start-up), and kept
in memory: reading and counting Debian's two FreeDict texts takes under 0.1 s, less
than a disk cache would save.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from quizapp.core.dictionary.dictzip import TextFile
from quizapp.core.dictionary.formats import decode

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NOISE = re.compile(r"<[^>]*>|/[^/\n]*/")  # StarDict's markup, dictd's /pronunciation/


def count_words(
    text: TextFile, spans: Iterable[tuple[int, int]], skip_first_line: bool
) -> Counter[str]:
    """The casefolded words of the entries at `spans` (offset, size), counted;
    `skip_first_line` leaves out each entry's headword line (dictd's, French)."""
    counts: Counter[str] = Counter()
    for offset, size in spans:
        body = decode(text.read(offset, size))
        if skip_first_line:
            body = body.partition("\n")[2]
        counts.update(_WORD.findall(_NOISE.sub(" ", body).casefold().replace("’", "'")))
    return counts


def word_count(counts: Counter[str], word: str) -> int:
    """How often `word` is used: a hyphenated word as often as its rarer part
    ("plane-tree" as "tree", which the texts rarely spell with the hyphen); an
    expression of several words 0, to read after the single words."""
    folded = word.casefold().replace("’", "'")
    if " " in folded.strip():
        return 0
    parts = [p for p in folded.strip().split("-") if p]
    if not parts:
        return 0
    return max(counts[folded.strip()], min(counts[p] for p in parts))
