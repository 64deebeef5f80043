"""The daily goal: answers a day in the learner's calendar, and the days it was met."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.goal import (
    GOAL_SIZES,
    GoalMoment,
    added_today,
    daily_goal,
    goal_size,
    recent_days,
)
from quizapp.core.progress.streak import local_day
from tests.core.progress_fixtures import FakeClock, make_article

TODAY = date(2026, 3, 4)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)  # naive: local time


def answers(day: date, count: int, hour: int = 10) -> list[datetime]:
    return [at(day, hour, n % 60) for n in range(count)]


@pytest.fixture
def paris(monkeypatch):
    """The learner in Paris (UTC+1 in March): local days are not UTC days."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_sizes_and_an_unknown_name_fall_back_to_normal():
    assert GOAL_SIZES == {"relaxed": 10, "normal": 20, "intensive": 40}
    assert goal_size("intensive") == 40
    assert goal_size(None) == goal_size("bogus") == 20


def test_an_empty_store_invites_rather_than_counts():
    goal = daily_goal([], TODAY, 20)
    assert (goal.done, goal.target, goal.met, goal.share) == (0, 20, False, 0.0)
    assert goal.streak() == 0 and goal.met_days() == set() and goal.started_days() == {}
    assert not goal.active()


def test_today_counts_only_todays_answers_and_the_share_stops_at_one():
    moments = answers(TODAY, 6) + answers(TODAY - timedelta(days=1), 30)
    goal = daily_goal(moments, TODAY, 20)
    assert goal.done == 6 and goal.share == pytest.approx(0.3) and not goal.met
    assert goal.started_days() == {TODAY: pytest.approx(0.3)}
    assert goal.met_days() == {TODAY - timedelta(days=1)}
    assert daily_goal(answers(TODAY, 50), TODAY, 20).share == 1.0


def test_the_streak_counts_the_days_met_and_lives_until_tonight():
    days = [TODAY - timedelta(days=n) for n in (1, 2, 3)]
    moments = [m for d in days for m in answers(d, 20)] + answers(TODAY - timedelta(days=5), 20)
    goal = daily_goal(moments, TODAY, 20)
    assert goal.streak() == 3  # not met yet today: yesterday's run still counts
    goal = daily_goal(moments + answers(TODAY, 20), TODAY, 20)
    assert goal.streak() == 4 and goal.met
    short = daily_goal(answers(TODAY - timedelta(days=1), 19), TODAY, 20)
    assert short.streak() == 0  # a day short of the goal breaks nothing, counts nothing
    assert daily_goal(moments, TODAY, 40).streak() == 0  # read with the goal as now set


def test_the_streak_crosses_midnight_in_the_local_calendar():
    late = [at(TODAY - timedelta(days=1), 23, 50 + n % 10) for n in range(10)]
    early = [at(TODAY, 0, 5 + n) for n in range(10)]
    goal = daily_goal(late + early, TODAY, 10)
    assert goal.counts[TODAY - timedelta(days=1)] == 10 and goal.done == 10
    assert goal.streak() == 2


def test_aware_times_fall_on_the_learners_local_day(paris):
    # 23:30 UTC on the 3rd is 00:30 on the 4th in Paris: today's, not yesterday's
    moments = [datetime(2026, 3, 3, 23, 30, tzinfo=UTC)] * 10
    goal = daily_goal(moments, TODAY, 10)
    assert goal.done == 10 and goal.met
    assert added_today(moments, TODAY) == 10
    assert added_today(moments, TODAY - timedelta(days=1)) == 0


def test_a_moment_says_when_a_session_crossed_the_goal():
    goal = daily_goal(answers(TODAY, 22), TODAY, 20)
    assert goal.moment(4) == GoalMoment(4, 22, 20, 1)
    assert goal.moment(4).crossed  # 18 before, 22 after
    assert not goal.moment(1).crossed  # 21 before: already met
    assert not goal.moment(0).crossed
    assert not daily_goal(answers(TODAY, 5), TODAY, 20).moment(5).crossed


def test_the_store_reads_quiz_answers_and_review_ratings_by_learner(data_dir: Path):
    clock = FakeClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    with ProgressStore.open(data_dir, clock=clock) as store:
        article = make_article()
        zoe, other = store.create_profile("Zoé"), store.create_profile("Other")
        sid = store.start_session(zoe, article, "practice", {})
        question = article.questions[0]
        for score in (0.0, 1.0):  # a second try is an answer too
            store.record_answer(sid, question.id, "x", score, 1.0, 1, 0, [], {})
        card = store.review_cards(zoe)[0]  # the question missed at first
        clock.advance(days=1)
        reviewed = clock.now
        row = (2, 0, 3.0, 5.0, reviewed + timedelta(days=3), reviewed, False)
        store.save_review(card.id, row, 3, None, 1200, reviewed)
        moments = store.activity(zoe)
        assert len(moments) == 3 and moments[-1] == reviewed
        assert store.activity(zoe, since=reviewed) == [reviewed]
        assert store.activity(other) == []


def test_recent_days_count_answers_per_local_day_zero_days_included():
    """History's 14 bars: the goal's answers per day, the oldest first, today last;
    a day without answers is there with 0, an older answer is left out."""
    moments = [
        *answers(TODAY, 3),
        *answers(TODAY - timedelta(days=2), 5, hour=23),  # late evening: still that day
        *answers(TODAY - timedelta(days=13), 1),
        *answers(TODAY - timedelta(days=14), 7),  # a fortnight ago: off the chart
    ]
    days = recent_days(moments, TODAY)
    assert len(days) == 14
    assert days[0] == (TODAY - timedelta(days=13), 1) and days[-1] == (TODAY, 3)
    assert dict(days)[TODAY - timedelta(days=2)] == 5
    assert sum(n for _d, n in days) == 9
    assert [d for d, _n in days] == sorted(d for d, _n in days)
    assert recent_days([], TODAY, 7) == [(TODAY - timedelta(days=6 - n), 0) for n in range(7)]


def test_recent_days_from_the_store_count_quiz_answers_and_reviews(data_dir: Path):
    """The same answers the daily goal counts, read back from the store, day by day."""
    clock = FakeClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    with ProgressStore.open(data_dir, clock=clock) as store:
        article = make_article()
        zoe = store.create_profile("Zoé")
        sid = store.start_session(zoe, article, "practice", {})
        question = article.questions[0]
        for score in (0.0, 1.0):
            store.record_answer(sid, question.id, "x", score, 1.0, 1, 0, [], {})
        first = local_day(clock.now)
        card = store.review_cards(zoe)[0]
        clock.advance(days=1)
        row = (2, 0, 3.0, 5.0, clock.now + timedelta(days=3), clock.now, False)
        store.save_review(card.id, row, 3, None, 1200, clock.now)
        days = recent_days(store.activity(zoe), local_day(clock.now))
        assert days[-2:] == [(first, 2), (local_day(clock.now), 1)]
        assert sum(n for _d, n in days) == 3
