"""The WAL never loses finished sessions silently, and a row SQLite's integrity check
cannot see as damaged never becomes a traceback.

Before: after a kill -9, garbage in the WAL's header, zeros, a flipped byte or a
truncated frame made SQLite drop the latest writes without a word, and the WAL
was then deleted; a `{` changed to `[` inside a JSON column gave a
JSONDecodeError in `export-results` and an internal error in History.
"""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.commands.export import results_main
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import StoreReadError
from quizapp.core.progress.wal import frames_held
from tests.conftest import REPO
from tests.core.progress_fixtures import make_article

# A child that writes with checkpoints held back, so the writes live only in the WAL
# (as when the machine stops between a write and SQLite's own checkpoint), then dies.
CHILD = """
import os, signal, sys
from quizapp.core.progress import api
from quizapp.core.progress.api import ProgressStore
from tests.core.progress_fixtures import make_article

api.checkpoint = lambda conn: None
store = ProgressStore.open(sys.argv[1])
store._conn.execute("PRAGMA wal_autocheckpoint = 0")
kim = store.create_profile("Kim")
for n in range(3):
    sid = store.start_session(kim, make_article(), "exam", {})
    store.record_answer(sid, "q1", "oui", 1, 1, 1, 0, [], {})
    store.finish_session(sid, 1, 4, {"n": n})
os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_with_a_full_wal(folder: Path) -> Path:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)], cwd=REPO, capture_output=True, timeout=60
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    wal = folder / "progress.sqlite3-wal"
    assert wal.stat().st_size > 0
    return wal


def flip(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(data)


DAMAGE = {
    "garbage header": lambda wal: flip(wal, 0, b"GARBAGE!GARBAGE!"),
    "zeros": lambda wal: flip(wal, 5000, bytes(4000)),
    "a flipped byte": lambda wal: flip(wal, 9000, b"\xff"),
    "truncated mid-frame": lambda wal: os.truncate(wal, wal.stat().st_size - 100),
}


def test_an_intact_wal_gives_back_every_finished_session(tmp_path: Path) -> None:
    killed_with_a_full_wal(tmp_path)
    with ProgressStore.open(tmp_path) as store:
        assert store.wal_loss is None
        assert [s.finished is not None for s in store.sessions()] == [True] * 3
    assert list(tmp_path.glob("progress-wal-*")) == []  # the copy is not needed: gone


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_wal_is_kept_and_the_loss_is_said(tmp_path: Path, damage: str) -> None:
    wal = killed_with_a_full_wal(tmp_path)
    DAMAGE[damage](wal)
    damaged = wal.read_bytes()
    held = frames_held(wal, tmp_path / "progress.sqlite3")
    with ProgressStore.open(tmp_path) as store:
        loss = store.wal_loss
        assert loss is not None, "frames were dropped without a word"
        assert loss.held == held and loss.recovered < loss.held
        assert loss.copy.read_bytes() == damaged  # the WAL as found, set aside
        assert str(loss.copy) in loss.text("en") and str(loss.copy) in loss.text("fr")
        assert f"only {loss.recovered} of its {loss.held} frames" in loss.text("en")
    out, err = io.StringIO(), io.StringIO()
    assert results_main(["--data-dir", str(tmp_path)], stdout=out, stderr=err) == 0
    assert "Traceback" not in err.getvalue()
    # Said once, at the opening that found it; the copy stays for inspection.
    assert loss.copy.exists()


def test_a_killed_export_reports_the_loss_on_stderr(tmp_path: Path) -> None:
    wal = killed_with_a_full_wal(tmp_path)
    DAMAGE["a flipped byte"](wal)
    out, err = io.StringIO(), io.StringIO()
    assert results_main(["--data-dir", str(tmp_path)], stdout=out, stderr=err) == 0
    assert "export-results: warning: The log of the latest progress writes was damaged" in (
        err.getvalue()
    )
    assert "progress-wal-" in err.getvalue()


def test_a_finished_quiz_is_checkpointed_at_once(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path) as store:
        kim = store.create_profile("Kim")
        sid = store.start_session(kim, make_article(), "exam", {})
        store.record_answer(sid, "q1", "oui", 1, 1, 1, 0, [], {})
        assert (tmp_path / "progress.sqlite3-wal").stat().st_size > 0
        store.finish_session(sid, 1, 4, {})
        assert (tmp_path / "progress.sqlite3-wal").stat().st_size == 0
        # The main file alone now holds the finished session.
        plain = sqlite3.connect(f"{(tmp_path / 'progress.sqlite3').as_uri()}?mode=ro", uri=True)
        plain.execute("PRAGMA journal_mode")  # read through SQLite, WAL empty
        assert plain.execute("SELECT finished IS NOT NULL FROM sessions").fetchone() == (1,)
        plain.close()


def damage_a_json_column(folder: Path, column: str, table: str, change) -> None:
    conn = sqlite3.connect(folder / "progress.sqlite3")
    value = conn.execute(f"SELECT {column} FROM {table} LIMIT 1").fetchone()[0]
    conn.execute(f"UPDATE {table} SET {column} = ?", (change(value),))
    conn.commit()
    conn.close()


def filled_with_a_backup(folder: Path) -> str:
    with ProgressStore.open(folder) as store:
        kim = store.create_profile("Kim")
        sid = store.start_session(kim, make_article(), "exam", {"n": 1})
        store.record_answer(sid, "q1", {"oui": 1}, 1, 1, 1, 0, ["mot"], {"n": 2})
        store.finish_session(sid, 1, 4, {"n": 3})
        store.backup_now()
    return sid


@pytest.mark.parametrize(
    ("table", "column", "change"),
    [
        ("sessions", "state", lambda v: v.replace("{", "[", 1)),
        ("sessions", "fingerprints", lambda v: v[:-1]),
        ("answers", "response", lambda v: v[:-1]),
        ("answers", "glosses", lambda v: v.replace("[", "{", 1)),
        ("sessions", "started", lambda v: v[:-1]),
    ],
)
def test_a_row_the_integrity_check_misses_is_damage_restored_from_the_backup(
    tmp_path: Path, table: str, column: str, change
) -> None:
    sid = filled_with_a_backup(tmp_path)
    damage_a_json_column(tmp_path, column, table, change)
    out, err = io.StringIO(), io.StringIO()
    assert results_main(["--data-dir", str(tmp_path)], stdout=out, stderr=err) == 0
    assert "rows cannot be read" in err.getvalue() and "restored from the backup" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert out.getvalue().count("\n") == 2  # the header and the session, from the backup
    with ProgressStore.open(tmp_path) as store:
        assert store.recovery is None
        [answer] = store.answers(sid)
        assert answer.response == {"oui": 1}
    assert list(tmp_path.glob("progress-damaged-*.sqlite3"))  # set aside, not deleted


def test_a_row_damaged_while_the_store_is_open_is_a_plain_read_error(tmp_path: Path) -> None:
    sid = filled_with_a_backup(tmp_path)
    with ProgressStore.open(tmp_path) as store:
        damage_a_json_column(tmp_path, "response", "answers", lambda v: v.replace("{", "[", 1))
        with pytest.raises(StoreReadError, match="a row cannot be read") as caught:
            store.answers(sid)
        assert "Restart quizapp" in caught.value.text("en")


def test_another_programs_write_in_progress_is_not_taken_for_damage(tmp_path: Path) -> None:
    """The window writes while `export-results` opens the store: frames after the last
    commit are a transaction being written, not a loss."""
    with ProgressStore.open(tmp_path) as window:
        kim = window.create_profile("Kim")
        window._conn.execute("PRAGMA wal_autocheckpoint = 0")
        window._conn.execute("PRAGMA cache_size = 5")  # pages spill to the WAL uncommitted
        sid = window.start_session(kim, make_article(), "exam", {})
        wal = tmp_path / "progress.sqlite3-wal"
        before = wal.stat().st_size
        window._conn.execute("BEGIN IMMEDIATE")
        try:  # a long transaction, still open: its frames may reach the WAL uncommitted
            for n in range(200):
                window._conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{n}", "x" * 4000)
                )
            assert wal.stat().st_size > before + 50 * 4096  # uncommitted frames are there
            with ProgressStore.open(tmp_path) as export:
                assert export.wal_loss is None
                assert [s.id for s in export.sessions()] == [sid]
        finally:
            window._conn.execute("ROLLBACK")
    assert list(tmp_path.glob("progress-wal-*")) == []
