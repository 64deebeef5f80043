"""The two dictionary formats desktop users already have: dictd and StarDict.

Each reader turns a dictionary's files into its description (`Source`: name,
declared languages, the files that make it) and its headwords with where
their text lies (`iter_entries`), checking as it goes, so a truncated index,
an offset past the end of the text, bytes that are not UTF-8 or an empty
file make it broken with a reason instead of a traceback.

- dictd (`NAME.index` + `NAME.dict[.dz]`, as FreeDict ships them): one line
  per headword, `headword TAB offset TAB size`, the numbers in base 64
  (A–Z a–z 0–9 + /); `00-database-*` entries describe the dictionary.
- StarDict (`NAME.ifo` + `NAME.idx[.gz]` + `NAME.dict[.dz]`, and maybe
  `NAME.syn`): the `.ifo` says `bookname`, `wordcount`, `idxfilesize`,
  `idxoffsetbits` (32 or 64), `sametypesequence`; each `.idx` record is a
  UTF-8 headword, a zero byte, then the offset and size, big-endian; each
  `.syn` record is another form (an inflection, a spelling), a zero byte and
  the number of the `.idx` record it stands for, so « chevaux » finds
  « cheval ».
"""

from __future__ import annotations

import gzip
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.dictionary.dictzip import DictFormatError, TextFile

_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}
MAX_INDEX_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One dictionary on disk, before it is indexed."""

    format: str  # "dictd" or "stardict"
    index: Path  # the .index or .idx[.gz] file
    text: Path | None  # the .dict or .dict.dz file, None when missing
    info: Path | None = None  # StarDict's .ifo
    name: str = ""
    languages: str = ""  # what the files declare, for the French→English test
    fields: dict[str, str] = field(default_factory=dict)  # the .ifo's keys
    synonyms: Path | None = None  # StarDict's .syn: other forms pointing at entries

    @property
    def files(self) -> tuple[Path, ...]:
        paths = (self.info, self.index, self.text, self.synonyms)
        return tuple(p for p in paths if p is not None)

    @property
    def ident(self) -> str:
        """A stable id: the index file's path."""
        return str(self.index)


def base64_number(text: str) -> int:
    value = 0
    for char in text:
        digit = _B64.get(char)
        if digit is None:
            raise ValueError(char)
        value = value * 64 + digit
    if not text:
        raise ValueError("empty")
    return value


# -- dictd ---------------------------------------------------------------------------


def dictd_source(index: Path) -> Source:
    stem = index.name[: -len(".index")]
    text = next(
        (
            p
            for p in (index.with_name(stem + ".dict.dz"), index.with_name(stem + ".dict"))
            if p.is_file()
        ),
        None,
    )
    return Source("dictd", index, text, name=stem, languages=stem)


def dictd_entries(source: Source) -> Iterator[tuple[str, int, int]]:
    """(headword, offset, size) per line of a dictd index, checked against the text."""
    raw = _read_index(source.index)
    try:
        lines = raw.decode("utf-8").split("\n")
    except UnicodeDecodeError as error:
        raise DictFormatError(f"{source.index.name}: not UTF-8 text (byte {error.start})") from None
    if lines and lines[-1] == "":
        lines.pop()
    else:
        raise DictFormatError(f"{source.index.name}: the last line is cut short (truncated?)")
    text = _text_file(source)
    limit = text.size
    for number, line in enumerate(lines, 1):
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0]:
            raise DictFormatError(
                f"{source.index.name}:{number}: not `headword TAB offset TAB size`"
            )
        try:
            offset, size = base64_number(parts[1]), base64_number(parts[2])
        except ValueError:
            raise DictFormatError(
                f"{source.index.name}:{number}: offset or size is not base 64"
            ) from None
        if offset + size > limit:
            raise DictFormatError(
                f"{source.index.name}:{number}: {parts[0]!r} points past the end of "
                f"{text.path.name}"
            )
        yield parts[0], offset, size


def dictd_describe(source: Source, entries: list[tuple[str, int, int]]) -> Source:
    """The source with its name and languages from its `00-database-*` entries."""
    text = _text_file(source)
    short = ""
    for headword, offset, size in entries:
        if headword.replace("-", "") == "00databaseshort":
            short = decode(text.read(offset, size)).strip()
            short = short.removeprefix("00-database-short").strip()
            break
    text.close()
    name = short or source.name
    return Source("dictd", source.index, source.text, name=name, languages=f"{source.name} {short}")


# -- StarDict ------------------------------------------------------------------------


def stardict_source(info: Path) -> Source:
    stem = info.name[: -len(".ifo")]
    fields = read_ifo(info)
    index = next(
        (
            p
            for p in (info.with_name(stem + ".idx"), info.with_name(stem + ".idx.gz"))
            if p.is_file()
        ),
        info.with_name(stem + ".idx"),
    )
    text = next(
        (
            p
            for p in (info.with_name(stem + ".dict.dz"), info.with_name(stem + ".dict"))
            if p.is_file()
        ),
        None,
    )
    name = fields.get("bookname", "") or stem
    declared = " ".join(fields.get(k, "") for k in ("lang", "langfrom", "langto", "bookname"))
    synonyms = info.with_name(stem + ".syn")
    return Source(
        "stardict",
        index,
        text,
        info,
        name,
        f"{stem} {declared}",
        fields,
        synonyms if synonyms.is_file() else None,
    )


def read_ifo(info: Path) -> dict[str, str]:
    raw = info.read_bytes()
    if not raw:
        raise DictFormatError(f"{info.name} is empty")
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise DictFormatError(f"{info.name}: not UTF-8 text (byte {error.start})") from None
    if not lines or not lines[0].lstrip("\ufeff").startswith("StarDict's dict ifo file"):
        raise DictFormatError(f"{info.name}: the first line is not « StarDict's dict ifo file »")
    fields = {}
    for line in lines[1:]:
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def stardict_entries(source: Source) -> Iterator[tuple[str, int, int] | tuple[str, int, int, str]]:
    """(headword, offset, size) per `.idx` record, checked against the `.ifo` and the text."""
    fields = source.fields
    name = source.index.name
    if not source.index.is_file():
        raise DictFormatError(f"{name} is missing")
    raw = _read_index(source.index)
    bits = fields.get("idxoffsetbits", "32")
    if bits not in ("32", "64"):
        raise DictFormatError(f"{source.info.name if source.info else name}: idxoffsetbits={bits}")
    declared = fields.get("idxfilesize", "")
    if not source.index.name.endswith(".gz") and declared.isdigit() and int(declared) != len(raw):
        raise DictFormatError(
            f"{name} has {len(raw)} bytes but the .ifo says {declared} (truncated?)"
        )
    text = _text_file(source)
    limit = text.size
    numbers = struct.Struct(">QI" if bits == "64" else ">II")
    width = numbers.size
    pos, count, end = 0, 0, len(raw)
    where: list[tuple[int, int, str]] = []  # per headword, for the .syn's references
    find, unpack = raw.find, numbers.unpack_from
    while pos < end:
        zero = find(b"\0", pos, pos + 1024)
        if zero < 0 or zero + 1 + width > end:
            raise DictFormatError(f"{name}: record {count + 1} is cut short (truncated?)")
        try:
            headword = raw[pos:zero].decode("utf-8")
        except UnicodeDecodeError:
            raise DictFormatError(f"{name}: record {count + 1} is not UTF-8") from None
        offset, size = unpack(raw, zero + 1)
        if offset + size > limit:
            raise DictFormatError(f"{name}: {headword!r} points past the end of {text.path.name}")
        count += 1
        pos = zero + 1 + width
        where.append((offset, size, headword))
        yield headword, offset, size
    wordcount = fields.get("wordcount", "")
    if wordcount.isdigit() and int(wordcount) != count:
        raise DictFormatError(f"{name} has {count} headwords but the .ifo says {wordcount}")
    if source.synonyms is not None:
        yield from _synonyms(source.synonyms, where, fields.get("synwordcount", ""))


def _synonyms(
    path: Path, where: list[tuple[int, int, str]], declared: str
) -> Iterator[tuple[str, int, int, str]]:
    """StarDict's `.syn`: a form (UTF-8, a zero byte) and the number of its `.idx` entry.

    Yields (form, offset, size, the entry's headword): the form is looked up,
    the headword is shown (« chevaux → cheval »).
    """
    raw = _read_index(path)
    pos, count, end = 0, 0, len(raw)
    while pos < end:
        zero = raw.find(b"\0", pos, pos + 1024)
        if zero < 0 or zero + 5 > end:
            raise DictFormatError(f"{path.name}: record {count + 1} is cut short (truncated?)")
        try:
            form = raw[pos:zero].decode("utf-8")
        except UnicodeDecodeError:
            raise DictFormatError(f"{path.name}: record {count + 1} is not UTF-8") from None
        (entry,) = struct.unpack_from(">I", raw, zero + 1)
        if entry >= len(where):
            raise DictFormatError(f"{path.name}: {form!r} points past the last headword")
        count += 1
        pos = zero + 5
        yield (form, *where[entry])
    if declared.isdigit() and int(declared) != count:
        raise DictFormatError(f"{path.name} has {count} forms but the .ifo says {declared}")


# -- shared ---------------------------------------------------------------------------


def _read_index(path: Path) -> bytes:
    try:
        if path.name.endswith(".gz"):
            with gzip.open(path, "rb") as handle:
                raw = handle.read(MAX_INDEX_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_INDEX_BYTES + 1)
    except (OSError, EOFError) as error:
        raise DictFormatError(f"{path.name}: {error}") from None
    if not raw:
        raise DictFormatError(f"{path.name} is empty (0 bytes)")
    if len(raw) > MAX_INDEX_BYTES:
        raise DictFormatError(f"{path.name} is too large")
    return raw


def _text_file(source: Source) -> TextFile:
    if source.text is None:
        raise DictFormatError(f"{source.index.name}: no .dict or .dict.dz beside it")
    try:
        text = TextFile(source.text)
    except OSError as error:
        raise DictFormatError(f"{source.text.name}: {error.strerror or error}") from None
    if text.size == 0:
        raise DictFormatError(f"{source.text.name} is empty (0 bytes)")
    return text


def open_text(source: Source) -> TextFile:
    """The dictionary's text, for look-ups."""
    return _text_file(source)


def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def stardict_fields(data: bytes, types: str) -> list[tuple[str, str]]:
    """A StarDict article's (type, text) fields; `types` is `sametypesequence` or ""."""
    out: list[tuple[str, str]] = []
    pos = 0
    if types:
        for n, kind in enumerate(types):
            last = n == len(types) - 1
            pos = _field(data, pos, kind, last, out)
        return out
    while pos < len(data):
        kind = chr(data[pos])
        pos = _field(data, pos + 1, kind, False, out)
    return out


def _field(data: bytes, pos: int, kind: str, last: bool, out: list[tuple[str, str]]) -> int:
    if kind.isupper():  # binary: a size, then the bytes (resources, pictures): skipped
        if last:
            return len(data)
        if pos + 4 > len(data):
            return len(data)
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        return pos + 4 + size
    if last:
        out.append((kind, decode(data[pos:])))
        return len(data)
    zero = data.find(b"\0", pos)
    if zero < 0:
        zero = len(data)
    out.append((kind, decode(data[pos:zero])))
    return zero + 1
