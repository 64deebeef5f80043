"""Backups of the progress store: made with SQLite's backup API, rotated and thinned."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.progress import backups
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.backups import Backup, backups_to_keep, list_backups, thin_backups
from quizapp.core.progress.opening import check_backup
from tests.core.progress_fixtures import FakeClock, integrity, make_article

T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)  # a Monday


def _fake(folder: Path, when: datetime) -> Path:
    path = folder / backups.backup_name(when)
    path.write_bytes(b"")
    return path


def test_backup_is_a_complete_single_file_copy(data_dir: Path):
    clock = FakeClock(T0)
    with ProgressStore.open(data_dir, clock=clock) as store:
        sid = store.start_session(store.create_profile("Zoé"), make_article(), "exam", {"n": 1})
        store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {"n": 2})
        path = store.backup_now()
    assert path == data_dir / "backups" / "progress-20260302-090000.sqlite3"
    assert integrity(path) == ["ok"] and check_backup(path) is None
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT state FROM sessions WHERE id = ?", (sid,)).fetchone()[0] == (
        '{"n":2}'
    )
    conn.close()


def test_backups_follow_changes_at_most_every_interval(data_dir: Path):
    clock = FakeClock(T0)
    store = ProgressStore.open(data_dir, clock=clock, backup_interval=timedelta(minutes=5))
    kim = store.create_profile("Kim")
    assert store.maybe_backup() is not None  # a change, and no backup yet
    assert store.maybe_backup() is None  # nothing changed since
    sid = store.start_session(kim, make_article(), "exam", {})
    for _ in range(10):  # ten answers a minute apart: a copy every five minutes
        clock.advance(minutes=1)
        store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})
    clock.advance(seconds=30)
    store.finish_session(sid, 1, 4, {})
    taken = [b.taken.strftime("%H:%M") for b in list_backups(store.backup_dir)]
    assert taken == ["09:10", "09:05", "09:00"]
    clock.advance(seconds=30)
    store.close()  # the end of a sitting is always saved in a copy
    assert len(list_backups(data_dir / "backups")) == 4


def test_thinning_keeps_recent_daily_and_weekly(tmp_path: Path):
    # a copy every six hours for eight weeks
    stamps = [T0 - timedelta(hours=6 * i) for i in range(8 * 7 * 4)]
    kept = backups_to_keep([Backup(Path(f"/b/{t:%Y%m%d%H}"), t) for t in stamps])
    kept_times = sorted(datetime.strptime(p.name, "%Y%m%d%H").replace(tzinfo=UTC) for p in kept)
    recent = stamps[:5]
    daily = [max(t for t in stamps if t.date() == day) for day in _days(T0, 7)]
    weekly = [max(t for t in stamps if t.isocalendar()[:2] == w) for w in _weeks(T0, 4)]
    assert set(kept_times) == set(recent) | set(daily) | set(weekly)
    assert len(kept_times) == len(set(recent) | set(daily) | set(weekly))
    # the oldest copy kept is the newest of the fourth week back
    assert min(kept_times) == max(t for t in stamps if t.isocalendar()[:2] == _weeks(T0, 4)[-1])


def _days(start: datetime, n: int) -> list:
    return [(start - timedelta(days=i)).date() for i in range(n)]


def _weeks(start: datetime, n: int) -> list:
    return [tuple((start - timedelta(weeks=i)).isocalendar()[:2]) for i in range(n)]


def test_thin_backups_deletes_only_what_the_policy_drops(tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for i in range(60):  # one a day for 60 days
        _fake(folder, T0 - timedelta(days=i))
    other = folder / "notes.txt"
    other.write_text("a teacher's file")
    partial = folder / (backups.backup_name(T0 + timedelta(hours=1)) + ".partial")
    partial.write_bytes(b"cut short")
    deleted = thin_backups(folder)
    left = [b.taken for b in list_backups(folder)]
    # recent 5 and daily 7 overlap (one a day); plus the newest of 4 ISO weeks
    assert len(left) == 7 + 2  # days 0-6, plus the Sundays ending the two weeks before
    assert left[:7] == [T0 - timedelta(days=i) for i in range(7)]
    assert all(t.isoweekday() == 7 for t in left[7:])
    assert len(deleted) == 60 - len(left)
    assert other.exists() and partial.exists()  # not ours to thin, never listed as a backup
    assert partial.name not in {b.path.name for b in list_backups(folder)}


def test_a_store_backing_up_over_weeks_stays_thinned(data_dir: Path):
    clock = FakeClock(T0)
    store = ProgressStore.open(data_dir, clock=clock)
    kim = store.create_profile("Kim")
    for _ in range(40):  # a quiz a day, at varying hours
        clock.advance(days=1, hours=1)
        sid = store.start_session(kim, make_article(), "exam", {})
        store.finish_session(sid, 2, 4, {})
    store.close()
    left = list_backups(data_dir / "backups")
    assert 7 <= len(left) <= 5 + 7 + 4
    assert left[0].taken == clock.now.replace(microsecond=0)
    assert len({b.taken.date() for b in left}) == len(left)
    assert all(check_backup(b.path) is None for b in left[:2])


def test_stale_partial_copy_is_cleaned_at_the_next_backup(data_dir: Path):
    folder = data_dir / "backups"
    folder.mkdir()
    stale = folder / "progress-20260101-000000.sqlite3.partial"
    stale.write_bytes(b"power cut")
    with ProgressStore.open(data_dir, clock=FakeClock(T0)) as store:
        store.create_profile("Kim")
        assert store.backup_now() is not None
    assert not stale.exists()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.datetimes(
            min_value=datetime(2025, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
        ).map(lambda t: t.replace(microsecond=0)),
        unique=True,
        max_size=120,
    )
)
def test_thinning_policy_properties(stamps: list[datetime]):
    copies = [Backup(Path(f"/b/{t:%Y%m%d-%H%M%S}"), t) for t in stamps]
    kept = backups_to_keep(copies)
    assert kept <= {b.path for b in copies}
    assert len(kept) <= 5 + 7 + 4
    newest_first = sorted(copies, key=lambda b: b.taken, reverse=True)
    assert {b.path for b in newest_first[:5]} <= kept  # the newest copies always survive
    # thinning again keeps everything it kept: the policy is stable
    survivors = [b for b in copies if b.path in kept]
    assert backups_to_keep(survivors) == kept


def test_a_clock_set_back_does_not_stop_backups(data_dir: Path):
    clock = FakeClock(T0)
    with ProgressStore.open(data_dir, clock=clock) as store:
        store.create_profile("Kim")
        assert store.maybe_backup() is not None
        clock.advance(days=-3)  # the classroom computer's clock was wrong
        store.create_profile("Ana")
        assert store.maybe_backup() is not None
