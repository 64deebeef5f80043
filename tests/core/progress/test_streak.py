"""The reading streak: days in a row, up to today, with a finished quiz."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.streak import day_streak, local_day
from tests.core.progress_fixtures import FakeClock, make_article

TODAY = date(2026, 3, 4)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)  # naive: local time


def test_counts_consecutive_days_ending_today():
    days = [TODAY, TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=2)]
    assert day_streak([at(d) for d in days], TODAY) == 3


def test_a_missed_day_breaks_it_and_no_quiz_today_means_none():
    days = [TODAY, TODAY - timedelta(days=2)]
    assert day_streak([at(d) for d in days], TODAY) == 1
    assert day_streak([at(TODAY - timedelta(days=1))], TODAY) == 0
    assert day_streak([], TODAY) == 0


def test_the_quiz_just_finished_counts_before_it_is_stored():
    yesterday = at(TODAY - timedelta(days=1))
    assert day_streak([yesterday], TODAY, finished_today=True) == 2


def test_aware_times_use_the_local_calendar():
    moment = datetime(2026, 3, 3, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert local_day(moment) == moment.astimezone().date()


def test_the_store_counts_one_learners_finished_quizzes(data_dir: Path):
    clock = FakeClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    with ProgressStore.open(data_dir, clock=clock) as store:
        article = make_article()
        zoe, other = store.create_profile("Zoé"), store.create_profile("Other")
        for _ in range(3):  # three days in a row, each with one finished quiz
            sid = store.start_session(zoe, article, "practice", {})
            store.finish_session(sid, 1, 1, {})
            clock.advance(days=1)
        store.start_session(zoe, article, "practice", {})  # today: started, not finished
        today = local_day(clock.now - timedelta(days=1))
        assert store.reading_streak(zoe, today) == 3
        assert store.reading_streak(zoe, local_day(clock.now)) == 0
        assert store.reading_streak(zoe, local_day(clock.now), finished_today=True) == 4
        assert store.reading_streak(other, today) == 0
