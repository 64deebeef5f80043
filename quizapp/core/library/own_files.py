"""A text file a learner opens (or drops on the window) as an own text.

Nobody's file is trusted: it is read only up to `MAX_BYTES` (a larger one is refused
with the limit said), decoded as UTF-8 (with or without a byte-order mark), else as
Windows' cp1252, else Latin-1 (either said in a note: an accent may be wrong), and
refused when it is binary, empty or not French-looking, each time with the reason
the window turns into words. A file that passes becomes exactly what a pasted text
is: a title and a body for `own_texts.save`.

The title is the file's first line when it reads as one (short, not a sentence
ending in a full stop, with text after it), else the file's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from quizapp.core.library import own_texts
from quizapp.core.library.own_texts import Trouble

MAX_BYTES = 200 * 1024
SUFFIXES = (".txt", ".md", ".text", ".markdown")
TITLE_MAX = 100  # characters of a first line that can be a title
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # 0x1b: ESC, rare in text too
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


class FileTrouble(StrEnum):
    """Why a file is refused before its text is looked at (the text's own troubles,
    empty, too long, not French, are `own_texts.Trouble`)."""

    TOO_LARGE = "too_large"
    BINARY = "binary"
    UNREADABLE = "unreadable"
    NOT_TEXT = "not_text"  # a name that is not a text file's (.pdf, .docx…)


class Encoding(StrEnum):
    UTF8 = "utf-8"
    CP1252 = "cp1252"
    LATIN1 = "latin-1"


@dataclass(frozen=True)
class FileText:
    """A file's text, ready for `own_texts.save`; `encoding` other than UTF-8 is said."""

    title: str
    body: str
    encoding: Encoding = Encoding.UTF8


def is_text_name(path: Path) -> bool:
    return path.suffix.casefold() in SUFFIXES


def read(path: Path) -> FileText | FileTrouble | Trouble:
    """The file as an own text, or why not; never raises."""
    if not is_text_name(path):
        return FileTrouble.NOT_TEXT
    try:
        if path.stat().st_size > MAX_BYTES:
            return FileTrouble.TOO_LARGE
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # a file that grew since: still bounded
    except OSError:
        return FileTrouble.UNREADABLE
    return from_bytes(path.name, data)


def from_bytes(name: str, data: bytes) -> FileText | FileTrouble | Trouble:
    """A file's bytes as a title and a body, or why they cannot be read."""
    if len(data) > MAX_BYTES:
        return FileTrouble.TOO_LARGE
    decoded = decode(data)
    if decoded is None:
        return FileTrouble.BINARY
    text, encoding = decoded
    if Path(name).suffix.casefold() in (".md", ".markdown"):
        text = plain_markdown(text)
    title, body = split_title(text, name)
    problem = own_texts.trouble(body)
    if problem is not None:
        return problem
    if not own_texts.make_article("own:x", title, body).sentences:
        return Trouble.NOT_FRENCH
    return FileText(title, own_texts.clean(body), encoding)


def decode(data: bytes) -> tuple[str, Encoding] | None:
    """The bytes as text and the encoding used, or None for a binary file (a NUL or
    other control bytes no text file has)."""
    if _BINARY.search(data[:8192]) or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 files have NULs too: refused with the binary ones
    try:
        return data.decode("utf-8-sig"), Encoding.UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), Encoding.CP1252
    except UnicodeDecodeError:  # five bytes cp1252 leaves undefined
        return data.decode("latin-1"), Encoding.LATIN1


def plain_markdown(text: str) -> str:
    """A Markdown file's words without its marks: headings, bold, links."""
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def split_title(text: str, name: str) -> tuple[str, str]:
    """(title, body): the first line when it reads as a title, else the file's name."""
    text = own_texts.clean(text)
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first) <= TITLE_MAX and not first.endswith((".", ",")):
        return own_texts.clean_title(first), rest
    return name_title(name), text


def name_title(name: str) -> str:
    """« mon_texte-préféré.txt » → « mon texte préféré »."""
    stem = Path(name).stem
    return own_texts.clean_title(re.sub(r"[_\s]+|(?<=\w)-(?=\w)", " ", stem)) or stem
