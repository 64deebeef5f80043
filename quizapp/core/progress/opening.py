"""Opening the progress store: check it, migrate it, or recover it from a backup.

A store that cannot be read (garbage, an empty or truncated file, a failed
integrity check, missing tables) is moved aside with its `-wal`/`-shm` under
a timestamped name, never deleted, and the newest backup that passes the
integrity check takes its place. A store from a newer app is refused and
left untouched. A locked store or an unreachable folder is not damage: those
raise, and nothing is moved. A non-empty WAL is copied aside before anything
opens it, and kept when SQLite could not take all its frames (`wal`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quizapp.core.progress import backups, wal
from quizapp.core.progress.errors import (
    StoreBusyError,
    StoreRecovery,
    StoreTooNewError,
    StoreUnavailableError,
)
from quizapp.core.progress.rows import unreadable
from quizapp.core.progress.schema import (
    SCHEMA_VERSION,
    TABLES,
    create_schema,
    header_version,
    migrate,
    table_names,
)

STORE_NAME = "progress.sqlite3"
SIDE_FILES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT"}
_BUSY_CODES = {"SQLITE_BUSY", "SQLITE_LOCKED"}


class Damaged(Exception):
    def __init__(self, reason: str, reason_fr: str):
        super().__init__(reason)
        self.reason, self.reason_fr = reason, reason_fr


@dataclass
class Opened:
    conn: sqlite3.Connection
    recovery: StoreRecovery | None
    read_only: bool
    wal_loss: wal.WalLoss | None = None


def connect(target: str | Path, busy_timeout: float, uri: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: every transaction is an explicit BEGIN … COMMIT."""
    conn = sqlite3.connect(target, isolation_level=None, timeout=busy_timeout, uri=uri)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_store(data_dir: Path, busy_timeout: float, now: Callable[[], datetime]) -> Opened:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailableError(
            f"The data folder {data_dir} cannot be created ({exc.strerror or exc}). "
            "Choose another folder with --data-dir.",
            f"Le dossier des données {data_dir} ne peut pas être créé ({exc.strerror or exc}). "
            "Choisissez-en un autre avec --data-dir.",
        ) from exc
    path = data_dir / STORE_NAME
    copy = wal.copy_aside(path, now()) if path.exists() else None
    losses: list[wal.WalLoss | None] = []
    try:
        conn = _open_path(path, busy_timeout, now, lambda c: losses.append(wal.settle(copy, c)))
        return Opened(conn, None, read_only=False, wal_loss=losses[0] if losses else None)
    except Damaged as damage:
        try:  # the WAL is moved aside with the store, as found: the copy is not needed
            if copy is not None:
                with contextlib.suppress(OSError):
                    copy.path.unlink()
            return _recover(path, damage, busy_timeout, now)
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailableError(
                f"The progress file {path} is damaged ({damage.reason}) and could not be "
                f"replaced ({exc}). Check that the folder can be written, or choose another "
                "with --data-dir.",
                f"Le fichier de progression {path} est abîmé ({damage.reason_fr}) et n’a pas pu "
                f"être remplacé ({exc}). Vérifiez que le dossier est accessible en écriture, "
                "ou choisissez-en un autre avec --data-dir.",
            ) from exc
    except (sqlite3.Error, OSError) as exc:
        if isinstance(exc, sqlite3.Error) and _code(exc) in _BUSY_CODES:
            raise _busy(path) from exc
        with contextlib.suppress(Damaged, sqlite3.Error):
            if path.is_file():
                return Opened(_open_read_only(path, busy_timeout), None, read_only=True)
        raise StoreUnavailableError(
            f"The progress file {path} cannot be opened ({exc}). "
            "Check that the folder can be written, or choose another with --data-dir.",
            f"Le fichier de progression {path} ne peut pas être ouvert ({exc}). "
            "Vérifiez que le dossier est accessible en écriture, ou choisissez-en un autre "
            "avec --data-dir.",
        ) from exc


def _open_path(
    path: Path,
    busy_timeout: float,
    now: Callable[[], datetime],
    opened: Callable[[sqlite3.Connection], None] | None = None,
) -> sqlite3.Connection:
    """Open (creating or migrating) the store at `path`; Damaged if it cannot be used.
    `opened` sees the connection once the store has passed its checks, before any write."""
    if path.exists():
        _check_header(path)
        _inspect(path, busy_timeout)
    conn = connect(path, busy_timeout)
    try:
        _into_wal(conn, busy_timeout)
        conn.execute("PRAGMA synchronous = FULL")
        if opened is not None:
            opened(conn)
        version = _version(conn, path)
        if version < SCHEMA_VERSION:
            if version >= 1:
                _backup_before_migrating(conn, path, now)
            conn.execute("BEGIN IMMEDIATE")
            try:  # re-read under the lock: another app may have migrated meanwhile
                version = _version(conn, path)
                if version == 0:
                    create_schema(conn)
                elif version < SCHEMA_VERSION:
                    migrate(conn, version)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return conn
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _code(exc) in _DAMAGE_CODES:
            raise Damaged(f"SQLite says: {exc}", f"SQLite signale : {exc}") from exc
        raise
    except BaseException:
        conn.close()
        raise


def _into_wal(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """WAL mode; SQLite answers "locked" at once, without waiting, while another
    program switches a new store into WAL too, so that case is tried again."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if _code(exc) not in _BUSY_CODES or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _inspect(path: Path, busy_timeout: float) -> int:
    """Check an existing store through a read-only connection.

    A read-write connection would copy the WAL into the main file on closing,
    which must not happen to a store refused as too new; a read-only one never
    writes the main file (and the side files it made are removed when the store is
    refused, so a damaged store is moved aside exactly as it was found).
    """
    existed = {s for s in SIDE_FILES if Path(f"{path}{s}").exists()}
    try:
        conn = connect(f"{path.resolve().as_uri()}?mode=ro", busy_timeout, uri=True)
        try:
            return _diagnose(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        _remove_new_side_files(path, existed)
        if _code(exc) in _DAMAGE_CODES:
            raise Damaged(f"SQLite says: {exc}", f"SQLite signale : {exc}") from exc
        raise
    except (StoreTooNewError, Damaged):
        _remove_new_side_files(path, existed)
        raise


def _remove_new_side_files(path: Path, existed: set[str]) -> None:
    """Remove the side files our read-only look created (empty: it never wrote)."""
    for suffix in set(SIDE_FILES) - existed:
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _open_read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A store in a read-only folder can still be read (learners see their history)."""
    uri = path.resolve().as_uri()
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = connect(uri + query, busy_timeout, uri=True)
        except sqlite3.Error:
            continue
        try:
            if _diagnose(conn, path) == SCHEMA_VERSION:
                return conn
        except (Damaged, sqlite3.Error):
            pass
        conn.close()
    raise sqlite3.OperationalError("cannot open the store read-only")


def _check_header(path: Path) -> None:
    if path.stat().st_size == 0:
        if _just_created(path):
            return
        raise Damaged("the file is empty", "le fichier est vide")
    version = header_version(path)
    if version is None:
        raise Damaged(
            "the file is not an SQLite database, or its start is damaged",
            "le fichier n’est pas une base SQLite, ou son début est abîmé",
        )
    if version > SCHEMA_VERSION:
        raise StoreTooNewError(path, version, SCHEMA_VERSION)


def _just_created(path: Path) -> bool:
    """An empty store that is not damage: another program has just created it (its
    first writes are still in the WAL, or not made yet), in a folder with no backup.
    Seen as damage, it was set aside from under the program writing it (four
    selftests started at once on a new folder)."""
    wal = Path(f"{path}-wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size > 0:
            return True
    return not backups.list_backups(path.parent / backups.BACKUP_DIR_NAME)


def _version(conn: sqlite3.Connection, path: Path) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreTooNewError(path, version, SCHEMA_VERSION)
    return version


def _diagnose(conn: sqlite3.Connection, path: Path) -> int:
    """The store's schema version, once it has passed every check; Damaged otherwise."""
    version = _version(conn, path)
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
    if rows != ["ok"]:
        raise Damaged(
            "the integrity check failed: " + "; ".join(rows),
            "la vérification d’intégrité a échoué : " + "; ".join(rows),
        )
    tables = table_names(conn)
    if version == 0:
        if tables:
            raise Damaged(
                "the file is not a quizapp progress file",
                "le fichier n’est pas un fichier de progression de quizapp",
            )
        return 0
    missing = sorted(TABLES[version] - tables)
    if missing:
        raise Damaged(
            "tables are missing: " + ", ".join(missing),
            "des tables manquent : " + ", ".join(missing),
        )
    if version == SCHEMA_VERSION:
        bad_rows = unreadable(conn)
        if bad_rows is not None:
            raise Damaged(*bad_rows)
    return version


def _backup_before_migrating(
    conn: sqlite3.Connection, path: Path, now: Callable[[], datetime]
) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    with contextlib.suppress(OSError, sqlite3.Error):
        backups.make_backup(conn, path.parent / backups.BACKUP_DIR_NAME, now(), f"v{version}")


def _recover(
    path: Path, damage: Damaged, busy_timeout: float, now: Callable[[], datetime]
) -> Opened:
    when = now()
    moved = quarantine(path, when)
    restored: backups.Backup | None = None
    details: list[str] = []
    for candidate in backups.list_backups(path.parent / backups.BACKUP_DIR_NAME):
        problem = check_backup(candidate.path, busy_timeout)
        if problem:
            details.append(f"{candidate.path.name}: {problem}")
            continue
        try:
            backups.copy_database(candidate.path, path)
            conn = _open_path(path, busy_timeout, now)
        except (Damaged, sqlite3.Error, OSError) as exc:
            details.append(f"{candidate.path.name}: {exc}")
            for suffix in ("", *SIDE_FILES):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
            continue
        restored = candidate
        break
    else:
        conn = _open_path(path, busy_timeout, now)
    recovery = StoreRecovery(
        path=path,
        reason=damage.reason,
        reason_fr=damage.reason_fr,
        moved_to=tuple(moved),
        restored_from=restored.path if restored else None,
        restored_at=restored.taken if restored else None,
        details=details,
    )
    return Opened(conn, recovery, read_only=False)


def check_backup(path: Path, busy_timeout: float = 1.0) -> str | None:
    """Why a backup cannot be restored, or None when it passes every check."""
    try:
        _check_header(path)
        conn = connect(f"{path.resolve().as_uri()}?mode=ro", busy_timeout, uri=True)
        try:
            _diagnose(conn, path)
        finally:
            conn.close()
    except Damaged as damage:
        return damage.reason
    except (StoreTooNewError, sqlite3.Error, OSError) as exc:
        return str(exc)
    return None


def quarantine(path: Path, when: datetime) -> list[Path]:
    """Move the store and its side files aside under a timestamped name; never delete them."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"progress-damaged-{stamp}.sqlite3")
    n = 1
    while any(Path(f"{base}{s}").exists() for s in ("", *SIDE_FILES)):
        n += 1
        base = path.with_name(f"progress-damaged-{stamp}-{n}.sqlite3")
    moved = []
    for suffix in ("", *SIDE_FILES):
        source = Path(f"{path}{suffix}")
        if source.exists():
            target = Path(f"{base}{suffix}")
            os.replace(source, target)
            moved.append(target)
    return moved


def _code(exc: sqlite3.Error) -> str:
    """The primary SQLite result code's name (SQLITE_IOERR_SHORT_READ -> SQLITE_IOERR)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return "_".join(name.split("_")[:2])


def _busy(path: Path) -> StoreBusyError:
    return StoreBusyError(
        f"The progress file {path} is locked by another program (is quizapp already open?). "
        "Close it and try again.",
        f"Le fichier de progression {path} est verrouillé par un autre programme "
        "(quizapp est-il déjà ouvert ?). Fermez-le et réessayez.",
    )
