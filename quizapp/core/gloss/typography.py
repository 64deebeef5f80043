"""French typography at display time: no-break spaces around « » ; : ? !

French typesetting keeps « with the word after it and », ;, :, ? and ! with
the word before, so a guillemet or a question mark never starts a line. The
teacher's text is stored as typed; the passage shows it through `display`.
Only an existing space is replaced (one character for one), so every offset
into the sentence (clicks, glossary spans, evidence) stays the same.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"  # before : and inside « », as the Imprimerie nationale sets them
NNBSP = "\u202f"  # the narrow one, before ; ? !

_AFTER_OPEN = re.compile(r"(?<=«) ")
_BEFORE_CLOSE = re.compile(r" (?=»)")
_BEFORE_COLON = re.compile(r" (?=:)")
_BEFORE_HIGH = re.compile(r" (?=[;?!])")


def display(text: str) -> str:
    """`text` with its breakable spaces around French punctuation made no-break."""
    if not any(mark in text for mark in "«»;:?!"):
        return text
    text = _AFTER_OPEN.sub(NBSP, text)
    text = _BEFORE_CLOSE.sub(NBSP, text)
    text = _BEFORE_COLON.sub(NBSP, text)
    return _BEFORE_HIGH.sub(NNBSP, text)


NB_HYPHEN = "\u2011"  # U+2011 NON-BREAKING HYPHEN: "Saint-Aubin" never splits at a line end
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def unbreakable_hyphens(text: str) -> str:
    """A hyphen inside a word made non-breaking, one character for one (offsets stay)."""
    return _WORD_HYPHEN.sub(NB_HYPHEN, text)
