"""The progress store's machinery: the connection, the pending queue, and backups.

Every write is one function run inside `BEGIN IMMEDIATE … COMMIT`. A write
the disk refuses (full, read-only, locked, unplugged) stays in an in-memory
queue, in order, and is retried before the next write or by
`retry_pending()`; the caller learns it from the `SaveResult` it gets back.
`quizapp.core.progress.api.ProgressStore` builds the learner-facing API on this.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, Self, TypeVar

from quizapp.core.progress import backups
from quizapp.core.progress.errors import (
    SAVED,
    ProgressStoreError,
    SaveResult,
    StoreReadError,
    StoreRecovery,
    StoreWriteError,
    describe_failure,
    failure_result,
    is_storage_failure,
)
from quizapp.core.progress.opening import STORE_NAME, open_store
from quizapp.core.progress.wal import WalLoss

Clock = Callable[[], datetime]
Write = Callable[[sqlite3.Connection], None]
BACKUP_INTERVAL = timedelta(minutes=5)
T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(when: datetime) -> str:
    """ISO 8601 in UTC with its offset, to the second: sortable as text."""
    return when.astimezone(UTC).isoformat(timespec="seconds")


def to_json(value: Any) -> str:
    """JSON text of a state, a response or a list of glosses; sets become sorted lists."""
    return json.dumps(value, ensure_ascii=False, default=_json_default, separators=(",", ":"))


def _json_default(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value, key=lambda v: (str(type(v)), v))
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot store a {type(value).__name__} as JSON: {value!r}")


class StoreCore:
    """An open store: its connection, pending writes and backups. Use `open()`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        data_dir: Path,
        *,
        recovery: StoreRecovery | None = None,
        read_only: bool = False,
        clock: Clock = utc_now,
        backup_interval: timedelta = BACKUP_INTERVAL,
        busy_timeout: float = 5.0,
    ):
        self._conn = conn
        self._busy_timeout = busy_timeout
        self.data_dir = data_dir
        self.path = data_dir / STORE_NAME
        self.backup_dir = data_dir / backups.BACKUP_DIR_NAME
        self.recovery = recovery
        self.read_only = read_only
        self._clock = clock
        self._backup_interval = backup_interval
        self._pending: deque[Write] = deque()
        self._last_save: SaveResult = SAVED
        self._dirty = False
        existing = backups.list_backups(self.backup_dir)
        self._last_backup: datetime | None = existing[0].taken if existing else None
        self.last_backup_error: str | None = None
        # False for the selftest: its runs never change who the learner chose last
        self.remember_profile = True
        self.wal_loss: WalLoss | None = None  # frames of the WAL SQLite dropped at opening

    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        *,
        clock: Clock = utc_now,
        busy_timeout: float = 5.0,
        backup_interval: timedelta = BACKUP_INTERVAL,
    ) -> Self:
        """Open (creating, migrating or recovering) the store of `data_dir`.

        Raises StoreTooNewError, StoreBusyError or StoreUnavailableError; a
        damaged store is recovered and reported in `.recovery`.
        """
        if data_dir is None:
            from quizapp.paths import default_data_dir

            data_dir = default_data_dir()
        folder = Path(data_dir)
        opened = open_store(folder, busy_timeout, clock)
        store = cls(
            opened.conn,
            folder,
            recovery=opened.recovery,
            read_only=opened.read_only,
            clock=clock,
            backup_interval=backup_interval,
            busy_timeout=busy_timeout,
        )
        store.wal_loss = opened.wal_loss
        return store

    def close(self) -> SaveResult:
        """Save what is pending, back up what changed, and close; says if anything is lost."""
        result = self.retry_pending()
        if self._dirty:  # the end of a sitting is worth a copy whatever the interval
            self.backup_now()
        self._conn.close()
        return result

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def take_pending(self) -> list[dict[str, Any]]:
        """The writes the disk still refuses, as JSON-able records; the queue is emptied
        (the caller keeps them elsewhere: `quizapp.core.progress.unsaved`)."""
        records = [write.record() for write in self._pending if hasattr(write, "record")]
        self._pending.clear()
        return records

    @property
    def last_save(self) -> SaveResult:
        """The outcome of the latest write (e.g. of `start_session`, which returns an id)."""
        return self._last_save

    def retry_pending(self) -> SaveResult:
        """Try again to save the writes the disk refused (reopening a store that was
        read-only, in case its folder has become writable)."""
        if self.read_only:
            self._reopen()
        return self._flush()

    def _reopen(self) -> None:
        try:
            opened = open_store(self.data_dir, self._busy_timeout, self._clock)
        except ProgressStoreError:
            return
        if opened.read_only:
            opened.conn.close()
            return
        self._conn.close()
        self._conn = opened.conn
        self.read_only = False
        self.recovery = opened.recovery or self.recovery

    def _transaction(self, write: Write) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            write(conn)
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise

    def _flush(self) -> SaveResult:
        while self._pending:
            try:
                self._transaction(self._pending[0])
            except Exception as exc:
                if is_storage_failure(exc):
                    self._last_save = failure_result(exc, len(self._pending))
                    return self._last_save
                self._pending.popleft()
                raise
            self._pending.popleft()
            self._dirty = True
        self._last_save = SAVED
        return SAVED

    def _submit(self, write: Write) -> SaveResult:
        self._pending.append(write)
        return self._flush()

    def _write_now(self, write: Write) -> None:
        """Profile changes: saved now or not at all (StoreWriteError), never queued."""
        self._flush()
        try:
            self._transaction(write)
        except Exception as exc:
            if not is_storage_failure(exc):
                raise
            en, fr = describe_failure(exc)
            raise StoreWriteError(
                f"Could not save: {en}.", f"Enregistrement impossible : {fr}."
            ) from exc
        self._dirty = True

    def _read(self, query: Callable[..., T], *args: Any) -> T:
        """Run a read; a store that fails under it is a StoreReadError, said in plain words."""
        try:
            return query(self._conn, *args)
        except (ValueError, AssertionError) as exc:  # a row changed behind SQLite's back
            # (a JSON text or a time cut short while the app runs); the next start
            # finds it (opening's row checks) and restores the latest good backup
            raise self._unreadable(f"a row cannot be read: {exc}") from exc
        except sqlite3.Error as exc:
            if isinstance(exc, sqlite3.ProgrammingError | sqlite3.InterfaceError):
                raise
            raise self._unreadable(str(exc)) from exc

    def _unreadable(self, why: str) -> StoreReadError:
        return StoreReadError(
            f"The progress file {self.path} could not be read ({why}). "
            "Restart quizapp: a damaged file is then repaired from its latest backup.",
            f"Le fichier de progression {self.path} n’a pas pu être lu ({why}). "
            "Redémarrez quizapp : un fichier abîmé est alors réparé depuis sa dernière "
            "sauvegarde.",
        )

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    def maybe_backup(self) -> Path | None:
        """Back up if something changed and the last copy is older than the interval."""
        if not self._dirty:
            return None
        last = self._last_backup
        # a clock set back (last copy "in the future") must not stop backups for good
        if last is not None and timedelta(0) <= self._clock() - last < self._backup_interval:
            return None
        return self.backup_now()

    def backup_now(self) -> Path | None:
        """Copy the store into backups/ and thin the old copies; never raises (see
        `last_backup_error`), since a failed backup must not stop a quiz."""
        when = self._clock()
        try:
            path = backups.make_backup(self._conn, self.backup_dir, when)
            backups.thin_backups(self.backup_dir)
        except (OSError, sqlite3.Error) as exc:
            self.last_backup_error = str(exc)
            return None
        self._last_backup = when.astimezone(UTC).replace(microsecond=0)
        self._dirty = False
        self.last_backup_error = None
        return path
