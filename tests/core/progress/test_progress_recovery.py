"""A damaged store is moved aside (never deleted), the newest good backup restored, and said so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.core.progress import backups
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.schema import SCHEMA_VERSION, create_schema
from tests.core.progress_fixtures import FakeClock, integrity, make_article

STAMP = "20260302-090000"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _with_history(folder: Path, clock: FakeClock) -> str:
    """A store with one finished quiz, closed (which backs it up); returns the session id."""
    with ProgressStore.open(folder, clock=clock) as store:
        kim = store.create_profile("Kim")
        sid = store.start_session(kim, make_article(), "exam", {"n": 0})
        for i in range(1, 4):
            store.record_answer(sid, f"q{i}", "réponse " * 50, 1, 1, 1, 0, [], {"n": i})
        store.finish_session(sid, 3, 4, {"n": 4})
    clock.advance(hours=1)
    return sid


def _reopen(folder: Path, clock: FakeClock) -> ProgressStore:
    store = ProgressStore.open(folder, clock=clock)
    assert store.recovery is not None, "the damage must be reported"
    assert integrity(store.path) == ["ok"]
    return store


def _assert_restored(store: ProgressStore, sid: str) -> None:
    rec = store.recovery
    assert rec is not None and rec.restored_from is not None and not rec.started_empty
    assert rec.restored_from.parent == store.backup_dir
    session = store.session(sid)
    assert session is not None and session.is_finished and session.state == {"n": 4}
    assert len(store.answers(sid)) == 3
    # and it goes on: the store takes new answers
    new = store.start_session(store.find_profile("kim"), make_article(), "exam", {})
    assert store.record_answer(new, "q1", 0, 1, 1, 1, 0, [], {})


def test_garbage_bytes_without_backup_start_empty(data_dir: Path, clock: FakeClock):
    path = data_dir / "progress.sqlite3"
    garbage = b"\x00\xffthis is not a database" * 100
    path.write_bytes(garbage)
    store = _reopen(data_dir, clock)
    rec = store.recovery
    assert rec is not None and rec.started_empty and rec.restored_from is None
    assert "not an SQLite database" in rec.reason
    moved = data_dir / f"progress-damaged-{STAMP}.sqlite3"
    assert rec.moved_to == (moved,) and moved.read_bytes() == garbage  # kept, byte for byte
    text = rec.text()
    assert str(moved) in text and "starts empty" in text
    assert "repart de zéro" in rec.text("fr")
    assert store.profiles() == []
    store.create_profile("Kim")  # a working store
    store.close()


def test_zero_byte_file_is_damage(data_dir: Path, clock: FakeClock):
    sid = _with_history(data_dir, clock)
    (data_dir / "progress.sqlite3").write_bytes(b"")
    store = _reopen(data_dir, clock)
    assert store.recovery is not None and store.recovery.reason == "the file is empty"
    _assert_restored(store, sid)
    assert (data_dir / f"progress-damaged-{STAMP[:9]}100000.sqlite3").stat().st_size == 0
    store.close()


def test_truncated_file_restores_the_backup(data_dir: Path, clock: FakeClock):
    sid = _with_history(data_dir, clock)
    path = data_dir / "progress.sqlite3"
    data = path.read_bytes()
    assert len(data) > 4 * 4096
    path.write_bytes(data[: len(data) // 2])
    store = _reopen(data_dir, clock)
    _assert_restored(store, sid)
    store.close()


def test_failed_integrity_check_restores_the_backup(data_dir: Path, clock: FakeClock):
    sid = _with_history(data_dir, clock)
    path = data_dir / "progress.sqlite3"
    conn = sqlite3.connect(path)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'answers_by_session'"
    ).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.find(b"q2", start, start + page_size)
    data[at + 1] = ord("7")  # the index now disagrees with its table
    path.write_bytes(bytes(data))
    assert integrity(path) != ["ok"]
    store = _reopen(data_dir, clock)
    assert store.recovery is not None and "integrity check failed" in store.recovery.reason
    _assert_restored(store, sid)
    store.close()


def test_missing_tables_are_damage(data_dir: Path, clock: FakeClock):
    sid = _with_history(data_dir, clock)
    conn = sqlite3.connect(data_dir / "progress.sqlite3")
    conn.execute("DROP TABLE words")
    conn.commit()
    conn.close()
    store = _reopen(data_dir, clock)
    assert store.recovery is not None and "words" in store.recovery.reason
    _assert_restored(store, sid)
    store.close()


def test_another_programs_database_is_not_used(data_dir: Path, clock: FakeClock):
    conn = sqlite3.connect(data_dir / "progress.sqlite3")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    store = _reopen(data_dir, clock)
    assert store.recovery is not None and "not a quizapp progress file" in store.recovery.reason
    assert (data_dir / f"progress-damaged-{STAMP}.sqlite3").is_file()
    store.close()


def test_side_files_are_moved_with_the_store(data_dir: Path, clock: FakeClock):
    sid = _with_history(data_dir, clock)
    path = data_dir / "progress.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    Path(f"{path}-wal").write_bytes(b"old wal")
    Path(f"{path}-shm").write_bytes(b"old shm")
    store = _reopen(data_dir, clock)
    base = data_dir / "progress-damaged-20260302-100000.sqlite3"
    assert store.recovery is not None
    assert set(store.recovery.moved_to) == {base, Path(f"{base}-wal"), Path(f"{base}-shm")}
    assert Path(f"{base}-wal").read_bytes() == b"old wal"
    _assert_restored(store, sid)
    store.close()
    # a second damage the same second does not overwrite the first one moved aside
    path.write_bytes(b"garbage again" * 1000)
    store = _reopen(data_dir, clock)
    assert store.recovery is not None
    assert store.recovery.moved_to == (data_dir / "progress-damaged-20260302-100000-2.sqlite3",)
    assert base.read_bytes() == b"garbage" * 1000
    store.close()


def test_a_damaged_newest_backup_is_skipped(data_dir: Path, clock: FakeClock):
    sid = _with_history(data_dir, clock)
    newest = data_dir / "backups" / backups.backup_name(clock.now)
    newest.write_bytes(b"half a backup")
    (data_dir / "progress.sqlite3").write_bytes(b"garbage" * 1000)
    store = _reopen(data_dir, clock)
    rec = store.recovery
    assert rec is not None and rec.restored_from is not None and rec.restored_from != newest
    assert any(newest.name in d for d in rec.details)
    assert "09:00" in rec.text()  # when the restored copy was taken
    _assert_restored(store, sid)
    store.close()


def test_an_old_version_backup_is_restored_and_migrated(data_dir: Path, clock: FakeClock):
    folder = data_dir / "backups"
    folder.mkdir()
    old = sqlite3.connect(folder / "progress-20260301-120000.sqlite3", isolation_level=None)
    old.execute("BEGIN")
    create_schema(old, version=1)
    old.execute("INSERT INTO profiles VALUES (1, 'Zoé', 'zoé', '2026-03-01T12:00:00+00:00')")
    old.execute("COMMIT")
    old.close()
    (data_dir / "progress.sqlite3").write_bytes(b"\x00" * 8192)
    store = _reopen(data_dir, clock)
    assert store.recovery is not None and store.recovery.restored_from is not None
    assert [p.name for p in store.profiles()] == ["Zoé"]
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_damage_that_cannot_be_moved_aside_is_a_clear_error(data_dir: Path, monkeypatch):
    from quizapp.core.progress import opening as progress_open
    from quizapp.core.progress.errors import StoreUnavailableError

    path = data_dir / "progress.sqlite3"
    path.write_bytes(b"garbage" * 100)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(progress_open.os, "replace", refuse)
    with pytest.raises(StoreUnavailableError, match=r"is damaged .* could not be replaced"):
        ProgressStore.open(data_dir)
    assert path.read_bytes() == b"garbage" * 100
