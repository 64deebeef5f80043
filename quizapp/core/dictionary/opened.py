"""One usable dictionary, indexed and open: entries by key, read and cleaned.

`ensure_index` builds the index when it is missing or stale (slow for a big
dictionary: the window calls it off the GUI thread) and `open_dictionary`
opens an index already built (milliseconds). A look-up reads a few index rows
and one slice of the text; an index that fails while in use is discarded so
the next start rebuilds it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.dictionary.clean import CleanEntry, clean_dictd, clean_stardict
from quizapp.core.dictionary.dictzip import DictFormatError, TextFile
from quizapp.core.dictionary.formats import (
    Source,
    decode,
    dictd_describe,
    dictd_entries,
    open_text,
    stardict_entries,
    stardict_fields,
)
from quizapp.core.dictionary.store import (
    Index,
    Progress,
    StaleIndex,
    build_index,
    discard_index,
    open_index,
)

_DICTD_META = ("00database", "00-database")  # dictd's own description, not words


@dataclass(frozen=True, slots=True)
class Expression:
    """A multiword headword starting with some word: its folded words and where it lies."""

    words: tuple[str, ...]
    headword: str
    offset: int
    size: int


class Dictionary:
    """An indexed dictionary, ready for look-ups."""

    def __init__(self, source: Source, index: Index, cache_dir: Path):
        self.source = source
        self.index = index
        self.cache_dir = cache_dir
        self.name = index.name or source.name
        self.count = index.count
        self.max_words = index.max_words
        self._text: TextFile | None = None
        self.failed = ""  # why it stopped answering, if it did

    @property
    def ident(self) -> str:
        return self.source.ident

    def lookup(self, key: str) -> list[CleanEntry]:
        """Every entry whose headword folds to `key`, cleaned, in file order."""
        rows = self._rows(lambda: self.index.entries(key))
        return [entry for row in rows if (entry := self.read(*row)) is not None]

    def expressions(self, first: str) -> list[Expression]:
        rows = self._rows(lambda: self.index.expressions(first))
        return [Expression(tuple(k.split(" ")), h, o, s) for k, h, o, s in rows]

    def read(self, headword: str, offset: int, size: int) -> CleanEntry | None:
        """The entry at (offset, size), cleaned; None when the text cannot be read."""
        if self.failed:
            return None
        try:
            if self._text is None:
                self._text = open_text(self.source)
            data = self._text.read(offset, size)
        except (DictFormatError, OSError) as error:
            self.failed = str(error)
            return None
        if self.source.format == "dictd":
            return clean_dictd(headword, decode(data))
        types = self.source.fields.get("sametypesequence", "")
        return clean_stardict(headword, stardict_fields(data, types))

    def _rows(self, query):  # type: ignore[no-untyped-def]
        if self.failed:
            return []
        try:
            return query()
        except sqlite3.Error as error:
            self.failed = f"its index is damaged ({error}); it is rebuilt at the next start"
            self.index.close()
            discard_index(self.cache_dir, self.source)
            return []

    def close(self) -> None:
        self.index.close()
        if self._text is not None:
            self._text.close()


def open_dictionary(cache_dir: Path, source: Source) -> Dictionary | None:
    """The dictionary from its existing, up-to-date index; None when it needs building."""
    try:
        return Dictionary(source, open_index(cache_dir, source), cache_dir)
    except StaleIndex:
        return None


def ensure_index(cache_dir: Path, source: Source, progress: Progress | None = None) -> Dictionary:
    """Open the dictionary, building its index first if needed.

    Raises `DictFormatError` (with the reason) for a broken dictionary.
    """
    found = open_dictionary(cache_dir, source)
    if found is not None:
        return found
    if source.format == "dictd":
        everything = list(dictd_entries(source))
        source = dictd_describe(source, everything)
        entries = [e for e in everything if not e[0].startswith(_DICTD_META)]
    else:
        entries = stardict_entries(source)  # type: ignore[assignment]
    try:
        index = build_index(cache_dir, source, entries, progress)
    except sqlite3.Error as error:
        raise DictFormatError(f"cannot write its index in {cache_dir}: {error}") from None
    return Dictionary(source, index, cache_dir)
