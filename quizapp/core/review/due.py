"""The due list: what a learner reviews now, within the day's limit of new cards.

Reviews whose time has come always come (a limit on them would only pile
them up); new cards (never reviewed) come oldest first, at most the daily
limit minus those already started today, the day being the learner's local
day. The list is two indexed queries on `review_cards`.

A word the learner marked known (K, or « Known » on the gloss card) is not asked:
its card is kept, schedule and history, and comes back the day the learner puts the
word back to learning. Known and learning are one status, not two opposite ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from quizapp.core.progress.review_records import CardRecord, ReviewLogRecord
from quizapp.core.review.known import KNOWN, status_of

if TYPE_CHECKING:  # pragma: no cover - typing only
    from quizapp.core.progress.api import ProgressStore
    from quizapp.core.progress.records import Profile

DEFAULT_NEW_PER_DAY = 20


def start_of_day(now: datetime) -> datetime:
    """Midnight of `now`'s local day, in UTC."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def new_left_today(
    store: ProgressStore, profile: Profile | int, now: datetime, per_day: int
) -> int:
    return max(0, per_day - store.new_cards_started(profile, start_of_day(now)))


def due_list(
    store: ProgressStore,
    profile: Profile | int,
    now: datetime | None = None,
    new_per_day: int = DEFAULT_NEW_PER_DAY,
) -> list[CardRecord]:
    when = now or datetime.now(UTC)
    limit = new_left_today(store, profile, when, new_per_day)
    statuses = store.word_statuses(profile)
    known = sum(status == KNOWN for status in statuses.values())
    if not known:
        return store.due_cards(profile, when, limit)
    # every known word's card may be among the new ones: ask for that many more
    cards = store.due_cards(profile, when, limit + known)
    cards = [c for c in cards if c.kind != "word" or status_of(c.key, statuses) != KNOWN]
    new = [c for c in cards if c.is_new][:limit]
    return [c for c in cards if not c.is_new] + new


@dataclass(frozen=True)
class Summary:
    """After a sitting: what was reviewed, and when the next cards come."""

    reviewed: list[ReviewLogRecord]
    next_due: datetime | None  # the soonest card due after now, None when there are none
    due_tomorrow: int  # cards due within the next 24 hours
    due_tomorrow_words: int = 0  # of which word cards (the end says "words" when all are)


def summary(
    store: ProgressStore, profile: Profile | int, since: datetime, now: datetime | None = None
) -> Summary:
    when = now or datetime.now(UTC)
    reviewed = store.review_log(profile, since)
    cards = [c for c in store.review_cards(profile) if c.due > when and not c.is_new]
    soon = [c for c in cards if c.due <= when + timedelta(days=1)]
    words = sum(c.kind == "word" for c in soon)
    return Summary(reviewed, min((c.due for c in cards), default=None), len(soon), words)


def next_due(
    store: ProgressStore, profile: Profile | int, now: datetime | None = None
) -> datetime | None:
    """When the next card comes once nothing is due: the soonest reviewed card due
    later, or tomorrow's first moment for new cards held back by today's limit."""
    when = now or datetime.now(UTC)
    cards = store.review_cards(profile)
    later = [c.due for c in cards if c.due > when and not c.is_new]
    if any(c.is_new for c in cards):
        later.append(start_of_day(when) + timedelta(days=1))
    return min(later, default=None)
