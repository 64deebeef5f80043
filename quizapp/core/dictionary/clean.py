"""A dictionary's entry made fit for the gloss card: part of speech, first senses.

Dictionaries carry their own markup: FreeDict's dictd text repeats the
headword with its pronunciation and `<n, masc>`, numbers its senses and
writes cross-references in braces; StarDict articles may be plain text,
HTML, Pango markup or XDXF. The card shows the part of speech and the first
senses as plain text; the whole entry, still plain text, is behind "More".
Nothing here is ever handed to a widget as markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from quizapp.core.dictionary.sense_order import cognates_first

FIRST_SENSES = 3

_TAG = re.compile(r"<[^<>]*>")
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d)\s*/?>|<\s*li[^>]*>", re.IGNORECASE)
_BRACES = re.compile(r"\{([^{}]*)\}")
_SENSE = re.compile(r"^\s*(?:\d+[.)]|[a-z][.)]|[•·*-])\s+")
_POS = re.compile(r"<([^<>]{1,40})>")
_PRON = re.compile(r"/[^/\n]{1,60}/|\[[^\]\n]{1,60}\]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_MARKUP_TYPES = frozenset("ghx")  # HTML, Pango markup, XDXF
_TEXT_TYPES = frozenset("mltyghxkw")


@dataclass(frozen=True, slots=True)
class CleanEntry:
    """One entry as the card shows it."""

    headword: str
    pos: str  # "n, masc", "v", "" when the dictionary does not say
    senses: tuple[str, ...]  # every sense, in order
    full: str  # the whole entry as plain text

    @property
    def gloss(self) -> str:
        """The first senses, joined: the one line the card and `quizapp lookup` show."""
        shown = "; ".join(self.senses[:FIRST_SENSES])
        return shown + (" …" if len(self.senses) > FIRST_SENSES else "")


def plain(text: str, markup: bool) -> str:
    """Text without tags or entities (when `markup`), without dictd's {braces}."""
    if markup:
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
        text = html.unescape(text)
    text = _BRACES.sub(r"\1", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "").split("\n")]
    return "\n".join(line for line in lines if line)


def clean_dictd(headword: str, text: str) -> CleanEntry:
    """FreeDict's `headword /pron/ <pos>` line, then numbered or plain senses."""
    body = plain(text, markup=False)
    pos, lines = _head_line(headword, body.split("\n"))
    return CleanEntry(headword, pos, cognates_first(headword, _senses(lines)), body)


def clean_stardict(headword: str, fields: list[tuple[str, str]]) -> CleanEntry:
    """A StarDict article's text fields, markup removed, senses one per line."""
    parts = [plain(text, kind in _MARKUP_TYPES) for kind, text in fields if kind in _TEXT_TYPES]
    body = "\n".join(p for p in parts if p and p.casefold() != headword.casefold())
    pos, lines = _head_line(headword, body.split("\n") if body else [])
    return CleanEntry(headword, pos, _senses(lines), body)


def _head_line(headword: str, lines: list[str]) -> tuple[str, list[str]]:
    """The part of speech, and the lines without a first line repeating the headword."""
    if not lines:
        return "", lines
    first = lines[0]
    repeats = first.casefold().startswith(headword.casefold())
    if repeats:
        first = first[len(headword) :]
    found = _POS.search(first)
    pos = found.group(1).strip() if found and kind_of_pos(found.group(1)) else ""
    if not (repeats or pos):
        return "", lines
    rest = first
    if pos:
        rest = _POS.sub("", rest, count=1)
    if repeats:
        rest = _PRON.sub("", rest)
    rest = rest.strip(" ,;:")
    return pos, ([rest] if rest else []) + lines[1:]


def kind_of_pos(text: str) -> bool:
    """Whether `<…>` looks like a part of speech rather than leftover markup."""
    return bool(re.fullmatch(r"[\w ,.]{1,40}", text))


def _senses(lines: list[str]) -> tuple[str, ...]:
    senses: list[str] = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("Synonym", "Note:", "See also", "Antonym")):
            continue
        stripped = _SENSE.sub("", line).strip()
        if stripped:
            senses.append(stripped)
    return tuple(senses)
