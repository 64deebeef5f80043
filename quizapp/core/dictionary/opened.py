"""One usable dictionary, indexed and open: entries by key, read and cleaned.

`ensure_index` builds the index when it is missing or stale (slow for a big
dictionary: the window calls it off the GUI thread) and `open_dictionary`
opens an index already built (milliseconds). A look-up reads a few index rows
and one slice of the text; an index that fails while in use is discarded so
the next start rebuilds it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from quizapp.core.dictionary.clean import CleanEntry, clean_dictd, clean_stardict
from quizapp.core.dictionary.corpus import count_words, word_count
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
from quizapp.core.dictionary.keys import headword_key
from quizapp.core.dictionary.sense_choice import order_senses
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
        # the other direction (English→French for French→English), paired by the
        # catalog: it ranks each sense's words (sense_choice)
        self.reverse: Dictionary | None = None
        self._back: dict[str, list[list[str]] | None] = {}
        # word counts over this text and the reverse's (corpus), built on the
        # first ranked look-up; `_counted_with` is the reverse they include
        self._counts: Counter[str] | None = None
        self._counted_with: Dictionary | None = None

    @property
    def ident(self) -> str:
        return self.source.ident

    def lookup(self, key: str, ranked: bool = True) -> list[CleanEntry]:
        """Every entry whose headword folds to `key`, cleaned, in file order."""
        rows = self._rows(lambda: self.index.entries(key))
        return [entry for row in rows if (entry := self.read(*row, ranked)) is not None]

    def back_senses(self, word: str) -> list[list[str]] | None:
        """The reverse dictionary's senses for an English word, each a list of its
        words (its first entry's), or None: what `sense_choice` weighs."""
        if self.reverse is None:
            return None
        if word not in self._back:
            entries = self.reverse.lookup(headword_key(word), ranked=False)
            self._back[word] = (
                [[w.strip() for w in s.split(",")] for s in entries[0].senses] if entries else None
            )
        return self._back[word]

    def corpus_count(self, word: str) -> int:
        """How often the English `word` is used in this dictionary's definitions and
        the reverse's whole text: how common it is, for `sense_choice`."""
        if self._counts is None or self._counted_with is not self.reverse:
            self._counts = self._count(self, skip_first_line=True)
            if self.reverse is not None:
                self._counts.update(self._count(self.reverse, skip_first_line=False))
            self._counted_with = self.reverse
        return word_count(self._counts, word)

    def _count(self, dictionary: Dictionary, skip_first_line: bool) -> Counter[str]:
        """Its words counted, or nothing when its text or index cannot be read."""
        if dictionary.failed:
            return Counter()
        try:
            if dictionary._text is None:
                dictionary._text = open_text(dictionary.source)
            spans = dictionary.index.spans()
            # a StarDict's headwords are outside its text: nothing to skip there
            skip = skip_first_line and dictionary.source.format == "dictd"
            return count_words(dictionary._text, spans, skip)
        except (DictFormatError, OSError, sqlite3.Error):
            return Counter()

    def expressions(self, first: str) -> list[Expression]:
        rows = self._rows(lambda: self.index.expressions(first))
        return [Expression(tuple(k.split(" ")), h, o, s) for k, h, o, s in rows]

    def read(self, headword: str, offset: int, size: int, ranked: bool = True) -> CleanEntry | None:
        """The entry at (offset, size), cleaned (each sense's words `ranked`, see
        sense_choice); None when the text cannot be read."""
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
            entry = clean_dictd(headword, decode(data))
        else:
            types = self.source.fields.get("sametypesequence", "")
            entry = clean_stardict(headword, stardict_fields(data, types))
        if not ranked:
            return entry
        reverse = self.back_senses if self.reverse is not None else None
        senses = order_senses(headword, entry.senses, reverse, self.corpus_count)
        return replace(entry, senses=senses)

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
