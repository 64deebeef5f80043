"""The write-ahead log: never let SQLite drop finished sessions from it without a word.

After a kill -9, the latest writes may live only in `progress.sqlite3-wal`.
SQLite reads it frame by frame and silently stops at the first frame it cannot
trust (a garbage header, zeros, a flipped byte, a truncated frame), then resets
the file. So before a store is opened, a non-empty WAL is copied aside; once
SQLite has read it, the frames it took (the checkpoint's log size) are compared
with the frames the file holds, and when fewer were taken the copy is kept and
the learner told. Each finished quiz is checkpointed at once, so a finished
session stays in the WAL only for a moment.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_MAGIC = (0x377F0682, 0x377F0683)
_HEADER, _FRAME_HEADER = 32, 24
_DEFAULT_PAGE = 4096


@dataclass(frozen=True)
class WalCopy:
    """A copy of the WAL made before opening, how many frames the file held, and the
    salts of its header (another program resetting the WAL meanwhile changes them)."""

    path: Path
    frames: int
    salts: bytes
    wal: Path


@dataclass(frozen=True)
class WalLoss:
    """Frames SQLite did not take from the WAL: what the window and the exports say."""

    copy: Path
    held: int
    recovered: int

    def text(self, lang: str = "en") -> str:
        if lang == "fr":
            return (
                f"Le journal des dernières écritures de la progression était abîmé : "
                f"{self.recovered} bloc(s) sur {self.held} ont pu être relus. Les dernières "
                f"réponses avant l’arrêt brutal de quizapp peuvent manquer. Une copie du "
                f"journal est gardée pour un examen : {self.copy}."
            )
        return (
            f"The log of the latest progress writes was damaged: only {self.recovered} of its "
            f"{self.held} frames could be read back. The last answers before quizapp was "
            f"stopped abruptly may be missing. A copy of the log is kept for inspection: "
            f"{self.copy}."
        )


def _page_size(store: Path) -> int:
    """The database's page size, from its header (bytes 16-17; 1 means 65536)."""
    try:
        with open(store, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return _DEFAULT_PAGE
    if len(header) < 18:
        return _DEFAULT_PAGE
    size = struct.unpack(">H", header[16:18])[0]
    return 65536 if size == 1 else size if size >= 512 else _DEFAULT_PAGE


def frames_held(wal: Path, store: Path) -> int:
    """The frames of the WAL file SQLite should take back: those of the current
    generation (stale frames of an earlier one, left after a reset, have other salts)
    up to the last commit, since frames after it may be another program's write in
    progress. A frame cut short at the end is damage, not a write in progress: then
    every frame counts, the cut one too. A WAL whose header is not a WAL header holds
    whatever whole frames fit in it."""
    try:
        data = wal.read_bytes()
    except OSError:
        return 0
    if len(data) <= _HEADER:
        return 0
    magic, _version, page, _seq, salt1, salt2 = struct.unpack(">6I", data[:24])
    if magic not in _MAGIC or page < 512 or page > 65536 or page & (page - 1):
        return (len(data) - _HEADER) // (_page_size(store) + _FRAME_HEADER)
    frame = page + _FRAME_HEADER
    salts = struct.pack(">2I", salt1, salt2)
    whole = (len(data) - _HEADER) // frame
    current = [
        _HEADER + n * frame
        for n in range(whole)
        if data[_HEADER + n * frame + 8 : _HEADER + n * frame + 16] == salts
    ]
    if (len(data) - _HEADER) % frame:
        return len(current) + 1
    commits = [n for n, start in enumerate(current) if data[start + 4 : start + 8] != bytes(4)]
    return commits[-1] + 1 if commits else 0


def _salts(wal: Path) -> bytes:
    try:
        with open(wal, "rb") as handle:
            return handle.read(_HEADER)[16:24]
    except OSError:
        return b""


def copy_aside(store: Path, when: datetime) -> WalCopy | None:
    """Copy a non-empty WAL next to the store before anything opens it; None if none."""
    wal = Path(f"{store}-wal")
    try:
        if wal.stat().st_size == 0:
            return None
    except OSError:
        return None
    frames = frames_held(wal, store)
    if frames == 0:
        return None
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = store.with_name(f"progress-wal-{stamp}.sqlite3-wal")
    n = 1
    while target.exists():
        n += 1
        target = store.with_name(f"progress-wal-{stamp}-{n}.sqlite3-wal")
    try:
        shutil.copyfile(wal, target)
    except OSError:
        return None
    return WalCopy(target, frames_held(target, store), _salts(target), wal)


def recovered_frames(conn: sqlite3.Connection) -> int | None:
    """The frames SQLite took from the WAL (the checkpoint's log size); None if unknown."""
    try:
        row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None or row[1] < 0 else int(row[1])


def settle(copy: WalCopy | None, conn: sqlite3.Connection) -> WalLoss | None:
    """Right after the store is opened, before anything writes to it: a WalLoss (and
    the copy kept) when frames were dropped; else the copy is removed, since the
    store now holds everything the WAL did."""
    if copy is None:
        return None
    recovered = recovered_frames(conn)
    if _salts(copy.wal) != copy.salts:  # another program checkpointed and reset it
        recovered = copy.frames  # so it had read all it could: nothing to say here
    if recovered is not None and recovered < copy.frames:
        return WalLoss(copy.path, copy.frames, recovered)
    if recovered is not None:
        with contextlib.suppress(OSError):
            copy.path.unlink()
    return None


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL into the store now (a finished quiz must not wait in the WAL)."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
