"""The daily goal: a number of answers a day, and the days it was met.

One unit a learner can count: an **answer** is a quiz answer checked (each check,
a second try included: it is practice too) or a review card answered. Both are
already in the store with their time (`answers.answered`, `review_log.reviewed`),
so nothing new is recorded and the past counts at once. Reading alone is not
counted: the store keeps no reading time, and a guessed minute would be a lie.

The goal's size is the learner's choice (`GOAL_SIZES`: relaxed, normal,
intensive; a quiz part is about ten answers). The streak counts the days, up to
today, on which the goal was met, read with the goal as it is now set (a learner
who lowers it sees a longer streak, never a broken one, and there is no separate
history of goals to keep). Days are the learner's local calendar days, like the
reading streak's (`streak.local_day`): an answer at 23:30 counts for that evening.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from quizapp.core.progress.records import parse_time
from quizapp.core.progress.streak import last_days, local_day

GOAL_SIZES: dict[str, int] = {"relaxed": 10, "normal": 20, "intensive": 40}
DEFAULT_GOAL = "normal"


def goal_size(name: str | None) -> int:
    """The answers a day of a named goal (the default for an unknown or unset name)."""
    return GOAL_SIZES.get(name or "", GOAL_SIZES[DEFAULT_GOAL])


def activity_times(conn: sqlite3.Connection, profile_id: int, since: str = "") -> list[datetime]:
    """When this learner answered: each quiz answer and each review rating (since an
    ISO time), oldest first."""
    rows = conn.execute(
        """SELECT a.answered FROM answers AS a JOIN sessions AS s ON s.id = a.session_id
           WHERE s.profile_id = ? AND a.answered >= ?
           UNION ALL
           SELECT l.reviewed FROM review_log AS l JOIN review_cards AS c ON c.id = l.card_id
           WHERE c.profile_id = ? AND l.reviewed >= ?""",
        (profile_id, since, profile_id, since),
    ).fetchall()
    return sorted(t for (text,) in rows if (t := parse_time(text)) is not None)


def daily_counts(moments: Iterable[datetime]) -> Counter[date]:
    """Answers per local calendar day."""
    return Counter(local_day(moment) for moment in moments)


@dataclass(frozen=True)
class DailyGoal:
    """Today's goal and the days around it, all a view needs to draw it."""

    today: date
    target: int
    counts: Counter[date] = field(default_factory=Counter)

    @property
    def done(self) -> int:
        """Answers today."""
        return self.counts.get(self.today, 0)

    @property
    def met(self) -> bool:
        return self.done >= self.target

    @property
    def share(self) -> float:
        """How far today's goal is, 0 to 1 (the ring's arc)."""
        return min(1.0, self.done / self.target) if self.target > 0 else 1.0

    def met_on(self, day: date) -> bool:
        return self.counts.get(day, 0) >= self.target

    def streak(self) -> int:
        """Days in a row the goal was met, up to today; until tonight, a streak that
        reached yesterday is still alive and counted (today is not over)."""
        day = self.today if self.met else self.today - timedelta(days=1)
        count = 0
        while self.met_on(day):
            count += 1
            day -= timedelta(days=1)
        return count

    def met_days(self) -> set[date]:
        """The days of the last week on which the goal was met."""
        return {day for day in last_days(self.today) if self.met_on(day)}

    def started_days(self) -> dict[date, float]:
        """The days of the last week begun but short of the goal: day -> share done."""
        days = last_days(self.today)
        return {
            d: self.counts[d] / self.target for d in days if 0 < self.counts.get(d, 0) < self.target
        }

    def active(self) -> bool:
        """Whether the learner has ever answered anything."""
        return any(self.counts.values())

    def moment(self, added: int) -> GoalMoment:
        """What a session that added `added` of today's answers did for the goal."""
        return GoalMoment(max(0, added), self.done, self.target, self.streak())


@dataclass(frozen=True)
class GoalMoment:
    """A session's share of today's goal, for its end: « +4 réponses · objectif atteint ! »."""

    added: int
    done: int
    target: int
    streak: int = 0

    @property
    def met(self) -> bool:
        return self.done >= self.target

    @property
    def crossed(self) -> bool:
        """This session is the one that reached the goal today."""
        return self.added > 0 and self.done - self.added < self.target <= self.done


def recent_days(
    moments: Iterable[datetime], today: date, count: int = 14
) -> list[tuple[date, int]]:
    """Answers on each of the `count` local days ending today, oldest first, zero days
    included: History's bar chart, counted as the goal counts."""
    counts = daily_counts(moments)
    return [(day, counts.get(day, 0)) for day in last_days(today, count)]


def daily_goal(moments: Iterable[datetime], today: date, target: int) -> DailyGoal:
    return DailyGoal(today, max(1, int(target)), daily_counts(moments))


def added_today(moments: Iterable[datetime], today: date) -> int:
    """How many of `moments` (one session's answers) fall on `today`."""
    return sum(1 for moment in moments if local_day(moment) == today)
