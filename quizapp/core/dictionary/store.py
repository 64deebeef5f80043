"""Each dictionary compiled once into an SQLite index in `<data-dir>/cache/`.

A look-up then reads a few rows of the index and one slice of the text,
never the whole dictionary. An index is keyed by its dictionary's files
(path, size, modification time in ns) and by `INDEX_FORMAT` with the app's
version: when any of them changes it is rebuilt. It is written to a
temporary file and renamed into place, with a `complete` row written last,
so a half-written or corrupt index is never trusted: opening it fails, it is
deleted and built again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from quizapp import __version__
from quizapp.core.dictionary.formats import Source
from quizapp.core.dictionary.keys import headword_words

INDEX_FORMAT = 1
BATCH = 5000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    key      TEXT NOT NULL,
    first    TEXT NOT NULL,
    words    INTEGER NOT NULL,
    headword TEXT NOT NULL,
    offset   INTEGER NOT NULL,
    size     INTEGER NOT NULL
);
"""
_INDEXES = """
CREATE INDEX entries_by_key ON entries(key);
CREATE INDEX expressions_by_first ON entries(first) WHERE words > 1;
"""

Progress = Callable[[int], None]  # headwords indexed so far


class StaleIndex(Exception):
    """The index cannot be used (missing, stale, corrupt): build it again."""


def signature(source: Source) -> str:
    """What the index depends on: the code and every file's path, size and time."""
    parts: list[object] = [INDEX_FORMAT, __version__, source.format]
    for path in source.files:
        stat = path.stat()
        parts.append([str(path), stat.st_size, stat.st_mtime_ns])
    return json.dumps(parts, ensure_ascii=False)


def index_path(cache_dir: Path, source: Source) -> Path:
    digest = hashlib.sha1(str(source.index.resolve()).encode("utf-8", "surrogatepass"))
    return cache_dir / f"dict-{digest.hexdigest()[:16]}.sqlite"


class Index:
    """An open, trusted index: headwords by key, expressions by their first word."""

    def __init__(self, path: Path, expected: str):
        self.path = path
        try:
            self._db = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise StaleIndex(str(error)) from None
        try:
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            self._db.close()
            raise StaleIndex(str(error)) from None
        if meta.get("complete") != "1" or meta.get("signature") != expected:
            self._db.close()
            raise StaleIndex("stale or incomplete")
        self.count = int(meta.get("count", "0"))
        self.max_words = int(meta.get("max_words", "1"))
        self.name = meta.get("name", "")

    def entries(self, key: str) -> list[tuple[str, int, int]]:
        """(headword, offset, size) of every entry whose key is `key`, in file order."""
        return self._db.execute(
            "SELECT headword, offset, size FROM entries WHERE key = ? ORDER BY rowid", (key,)
        ).fetchall()

    def expressions(self, first: str) -> list[tuple[str, str, int, int]]:
        """(key, headword, offset, size) of the multiword headwords starting with `first`."""
        return self._db.execute(
            "SELECT key, headword, offset, size FROM entries WHERE first = ? AND words > 1",
            (first,),
        ).fetchall()

    def spans(self) -> list[tuple[int, int]]:
        """(offset, size) of every entry once, in text order: what `corpus` counts."""
        return self._db.execute(
            "SELECT DISTINCT offset, size FROM entries ORDER BY offset"
        ).fetchall()

    def close(self) -> None:
        self._db.close()


def open_index(cache_dir: Path, source: Source) -> Index:
    """The trusted index of `source`; StaleIndex when it must be (re)built."""
    path = index_path(cache_dir, source)
    if not path.is_file():
        raise StaleIndex("not built yet")
    try:
        expected = signature(source)
    except OSError as error:
        raise StaleIndex(str(error)) from None
    return Index(path, expected)


def build_index(
    cache_dir: Path,
    source: Source,
    entries: Iterable[tuple[str, int, int] | tuple[str, int, int, str]],
    progress: Progress | None = None,
) -> Index:
    """Write the index of `source` from its (headword, offset, size) and open it.

    A fourth item is the headword to show when the first is only a form of it.

    Raises what reading the entries raises (`DictFormatError` for a broken
    dictionary); the old index, if any, is then left alone.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    final = index_path(cache_dir, source)
    expected = signature(source)
    temporary = final.with_name(f"{final.stem}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    db = sqlite3.connect(temporary)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_SCHEMA)
        count, max_words, batch = 0, 1, []
        for entry in entries:
            headword, offset, size = entry[:3]
            words = headword_words(headword)
            if len(entry) > 3:  # a form (StarDict's .syn) standing for another headword
                headword = entry[3]
            if not words:
                continue
            n = len(words)
            if n > max_words:
                max_words = n
            batch.append((" ".join(words), words[0], n, headword.strip(), offset, size))
            if len(batch) >= BATCH:
                db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)", batch)
                count += len(batch)
                batch = []
                if progress is not None:
                    progress(count)
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)", batch)
        count += len(batch)
        db.executescript(_INDEXES)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("signature", expected),
                ("count", str(count)),
                ("max_words", str(max_words)),
                ("name", source.name),
                ("complete", "1"),
            ],
        )
        db.commit()
    except BaseException:
        db.close()
        temporary.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(temporary, final)
    if progress is not None:
        progress(count)
    return Index(final, expected)


def discard_index(cache_dir: Path, source: Source) -> None:
    """Delete an index found corrupt while in use; the next use rebuilds it."""
    index_path(cache_dir, source).unlink(missing_ok=True)
