"""The reading streak: how many days in a row, up to today, the learner finished a quiz.

An honest reward for the summary: counted from the finished sessions the store
keeps, in the learner's local calendar (a quiz finished at 23:30 counts for that
evening, not for the next day in UTC).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta


def local_day(moment: datetime) -> date:
    """The calendar day of `moment` where the learner is (naive times are taken as local)."""
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def day_streak(finished: Iterable[datetime], today: date, finished_today: bool = False) -> int:
    """Consecutive days ending today with at least one finished quiz (0 when none today).

    `finished_today` counts today even when the quiz just finished is not stored yet.
    """
    days = days_read(finished)
    if finished_today:
        days.add(today)
    count, day = 0, today
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def days_read(finished: Iterable[datetime]) -> set[date]:
    """The learner's calendar days with at least one finished quiz."""
    return {local_day(moment) for moment in finished}


def last_days(today: date, count: int = 7) -> list[date]:
    """The `count` calendar days ending with `today`, oldest first: a rolling week, so a
    streak that crossed Sunday night still shows whole."""
    return [today - timedelta(days=count - 1 - n) for n in range(count)]
