"""Saving when the disk says no: full, read-only, locked. Nothing the learner did is dropped."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import StoreBusyError, StoreWriteError
from quizapp.core.progress.schema import SCHEMA_VERSION, create_schema
from quizapp.core.progress.store import StoreCore
from tests.core.progress_fixtures import make_article

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def store(data_dir: Path):
    s = ProgressStore.open(data_dir, busy_timeout=0.05)
    yield s
    s.close()


def _responses(store: ProgressStore, sid: str) -> list[object]:
    return [a.response for a in store.answers(sid)]


def test_full_disk_keeps_answers_in_order_and_saves_them_later(store: ProgressStore):
    kim = store.create_profile("Kim")
    sid = store.start_session(kim, make_article(), "exam", {"n": 0})
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    results = [
        store.record_answer(sid, "q1", f"answer {i} " + "x" * 3000, 0, 1, 1, 0, [], {"n": i})
        for i in range(1, 4)
    ]
    assert not results[-1]
    assert results[-1].pending == store.pending_count >= 1
    assert "disk is full" in results[-1].error and "disque est plein" in results[-1].text("fr")
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert store.retry_pending()
    assert store.pending_count == 0
    assert [str(r)[:8] for r in _responses(store, sid)] == ["answer 1", "answer 2", "answer 3"]
    record = store.unfinished_session(kim, "belarus")
    assert record is not None and record.state == {"n": 3}
    assert store.integrity_ok()


def test_read_only_store_keeps_writes_pending_until_the_next_write(store: ProgressStore):
    kim = store.create_profile("Kim")
    sid = store.start_session(kim, make_article(), "exam", {})
    store._conn.execute("PRAGMA query_only = ON")  # writes now fail as on a read-only medium
    first = store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {"n": 1})
    assert not first and "read-only" in first.error
    assert not store.finish_session(sid, 1, 4, {"n": 2})
    assert not store.log_lookup(kim, "belarus", "s1", "armes", "arme", "weapon", "f", "e")
    assert store.pending_count == 3 and store.last_save.pending == 3
    with pytest.raises(StoreWriteError, match="read-only"):
        store.create_profile("Ana")  # profiles are saved at once or refused
    store._conn.execute("PRAGMA query_only = OFF")
    # the next write saves everything before it, in order
    assert store.log_lookup(kim, "belarus", "s2", "fin", "fin", "end", "f", "e")
    assert store.pending_count == 0
    record = store.session(sid)
    assert record is not None and record.is_finished and record.state == {"n": 2}
    assert len(store.words(kim)) == 2


def test_start_session_while_failing_still_gets_an_id_and_is_saved_later(store: ProgressStore):
    kim = store.create_profile("Kim")
    store._conn.execute("PRAGMA query_only = ON")
    sid = store.start_session(kim, make_article(), "exam", {"n": 0})
    assert not store.last_save
    assert not store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {"n": 1})
    store._conn.execute("PRAGMA query_only = OFF")
    assert store.retry_pending()
    record = store.unfinished_session(kim, "belarus")
    assert record is not None and record.id == sid and record.state == {"n": 1}


def test_injected_os_error_is_retried(store: ProgressStore, monkeypatch):
    kim = store.create_profile("Kim")
    sid = store.start_session(kim, make_article(), "exam", {})
    real = StoreCore._transaction
    failures = [OSError(errno.ENOSPC, "No space left on device")]

    def flaky(self, write):
        if failures:
            raise failures.pop()
        return real(self, write)

    monkeypatch.setattr(StoreCore, "_transaction", flaky)
    result = store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})
    assert not result and "disk is full" in result.error
    assert store.retry_pending() and _responses(store, sid) == [0]


def test_locked_store_waits_then_queues(store: ProgressStore, data_dir: Path):
    kim = store.create_profile("Kim")
    sid = store.start_session(kim, make_article(), "exam", {})
    other = sqlite3.connect(data_dir / "progress.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        result = store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})
        assert not result and "in use by another program" in result.error
        # reads still work while locked (WAL)
        assert store.unfinished_session(kim, "belarus") is not None
    finally:
        other.execute("COMMIT")
        other.close()
    assert store.retry_pending() and _responses(store, sid) == [0]


def test_open_refuses_a_store_locked_during_migration(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "progress.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    create_schema(conn, version=1)
    conn.execute("COMMIT")
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusyError, match="locked by another program"):
            ProgressStore.open(folder, busy_timeout=0.05)
        assert path.exists()  # nothing moved: a lock is not damage
        assert not list(folder.glob("progress-damaged-*"))
    finally:
        conn.execute("COMMIT")
        conn.close()
    with ProgressStore.open(folder) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_failed_backup_never_stops_a_quiz(data_dir: Path):
    (data_dir / "backups").write_text("not a folder")
    with ProgressStore.open(data_dir) as store:
        sid = store.start_session(store.create_profile("K"), make_article(), "exam", {})
        assert store.finish_session(sid, 1, 4, {})
        assert store.backup_now() is None and store.last_backup_error


@pytest.mark.skipif(IS_ROOT or os.name == "nt", reason="root ignores file permissions")
def test_real_read_only_folder(data_dir: Path):
    with ProgressStore.open(data_dir) as store:
        kim = store.create_profile("Kim")
        sid = store.start_session(kim, make_article(), "exam", {"n": 0})
    store_file = data_dir / "progress.sqlite3"
    os.chmod(store_file, 0o444)
    os.chmod(data_dir, 0o555)
    try:
        store = ProgressStore.open(data_dir)
        assert store.read_only
        assert store.unfinished_session(kim, "belarus") is not None  # history still shows
        result = store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {"n": 1})
        assert not result and store.pending_count == 1
    finally:
        os.chmod(data_dir, 0o755)
        os.chmod(store_file, 0o644)
    assert store.retry_pending()  # the folder is writable again: reopened and saved
    assert not store.read_only and _responses(store, sid) == [0]
    store.close()


def test_store_that_cannot_be_opened_for_writing_opens_read_only(data_dir: Path, monkeypatch):
    """As root, chmod cannot make a folder read-only: inject SQLite's refusal instead."""
    from quizapp.core.progress import opening as progress_open

    with ProgressStore.open(data_dir) as store:
        kim = store.create_profile("Kim")
        sid = store.start_session(kim, make_article(), "exam", {"n": 0})
    real = progress_open._open_path

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(progress_open, "_open_path", refuse)
    store = ProgressStore.open(data_dir)
    try:
        assert store.read_only and store.recovery is None
        assert store.unfinished_session(kim, "belarus") is not None
        result = store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {"n": 1})
        assert not result and "read-only" in result.error and store.pending_count == 1
        assert not store.retry_pending()  # still refused
        monkeypatch.setattr(progress_open, "_open_path", real)
        assert store.retry_pending()
        assert not store.read_only and _responses(store, sid) == [0]
    finally:
        store.close()


def test_a_store_failing_under_a_read_says_so_plainly(store: ProgressStore):
    from quizapp.core.progress.errors import StoreReadError

    def malformed(conn, *args):
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(StoreReadError, match="Restart quizapp") as info:
        store._read(malformed)
    assert "Redémarrez quizapp" in info.value.text("fr")
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
