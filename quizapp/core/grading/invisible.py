"""The one rule for characters a reader cannot see, shared by the loader and the grader.

A right answer with a pasted right-to-left mark, or an id with a zero-width
space, looks exactly like the real one and is not. The loader refuses such
characters in ids and warns about them in answers; matching ignores them.
Format characters (category Cf: bidirectional marks and embeddings, zero-width
spaces and joiners, the byte-order mark, the soft hyphen), line and paragraph
separators, variation selectors, and the letters and symbols drawn as nothing
(Hangul fillers, the blank Braille pattern) all count.
"""

from __future__ import annotations

import functools
import unicodedata

_BLANK_GLYPHS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Zl", "Zp"})


@functools.cache
def is_invisible(char: str) -> bool:
    """Whether `char` is drawn as nothing and is not a plain space."""
    code = ord(char)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:  # variation selectors
        return True
    return char in _BLANK_GLYPHS or unicodedata.category(char) in _INVISIBLE_CATEGORIES


def invisible_in(text: str) -> list[str]:
    """The invisible characters of `text`, in order (empty for almost every text)."""
    if text.isascii():
        return []
    return [c for c in text if is_invisible(c)]


def without_invisible(text: str) -> str:
    """`text` without its invisible characters."""
    if text.isascii():
        return text
    return "".join(c for c in text if not is_invisible(c))


def shown_with_codes(text: str) -> str:
    """`text` with each invisible character written as <U+XXXX>, so a message shows it."""
    return "".join(f"<U+{ord(c):04X}>" if is_invisible(c) else c for c in text)
