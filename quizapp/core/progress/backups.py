"""Rotating copies of the progress store, so a damaged file never costs more than a few minutes.

Copies are made with SQLite's online backup API (consistent even while the
app writes) into `backups/progress-YYYYmmdd-HHMMSS.sqlite3` (UTC), first under
a temporary name and renamed once complete, so a copy cut short by a power
cut is never mistaken for a good one. Thinning keeps the newest few, then one
per day and one per week, like backup tools' "prune" policies.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BACKUP_DIR_NAME = "backups"
KEEP_RECENT = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^progress-(\d{8}-\d{6})(?:-[a-z0-9]+)?\.sqlite3$")
_TMP_SUFFIX = ".partial"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime


def backup_name(when: datetime, label: str = "") -> str:
    """`progress-YYYYmmdd-HHMMSS.sqlite3`, or `…-LABEL.sqlite3` for a special copy."""
    suffix = f"-{label}" if label else ""
    return f"progress-{when.astimezone(UTC):%Y%m%d-%H%M%S}{suffix}.sqlite3"


def list_backups(folder: Path) -> list[Backup]:
    """Complete backups in `folder`, newest first (temporary and foreign files ignored)."""
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        m = _NAME.match(path.name)
        if m and path.is_file():
            taken = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            found.append(Backup(path, taken))
    found.sort(key=lambda b: b.taken, reverse=True)
    return found


def make_backup(conn: sqlite3.Connection, folder: Path, when: datetime, label: str = "") -> Path:
    """Copy the open store into `folder`; returns the copy (OSError, sqlite3.Error rise)."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*" + _TMP_SUFFIX):
        with contextlib.suppress(OSError):
            stale.unlink()
    final = folder / backup_name(when, label)
    partial = final.with_name(final.name + _TMP_SUFFIX)
    target = sqlite3.connect(partial)
    try:
        conn.backup(target)
        # A copy is a plain single file: no WAL beside it to lose when copied around.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    _fsync(partial)
    os.replace(partial, final)
    return final


def copy_database(source: Path, dest: Path) -> None:
    """Copy one SQLite file onto `dest` through the backup API (used to restore a backup)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            src.backup(target)
        finally:
            target.close()
    finally:
        src.close()
    _fsync(dest)


def backups_to_keep(
    backups: list[Backup],
    recent: int = KEEP_RECENT,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> set[Path]:
    """The newest `recent` copies, plus the newest copy of each of the last `daily` days
    and `weekly` ISO weeks that have one."""
    ordered = sorted(backups, key=lambda b: b.taken, reverse=True)
    keep = {b.path for b in ordered[:recent]}
    for count, period in ((daily, _day), (weekly, _week)):
        seen: list[tuple[int, ...]] = []
        for b in ordered:
            key = period(b.taken)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(b.path)
    return keep


def thin_backups(folder: Path, **limits: int) -> list[Path]:
    """Delete the copies the policy no longer keeps; returns what was deleted."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, **limits)
    deleted = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                deleted.append(b.path)
    return deleted


def _day(t: datetime) -> tuple[int, ...]:
    return (t.year, t.month, t.day)


def _week(t: datetime) -> tuple[int, ...]:
    iso = t.isocalendar()
    return (iso.year, iso.week)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb+") as f:
        os.fsync(f.fileno())
