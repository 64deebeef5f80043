"""A card rated with `fsrs` (FSRS-6, Anki's own scheduler) and saved in one transaction.

The store keeps FSRS's card as columns; here it becomes an `fsrs.Card`, is
reviewed by an `fsrs.Scheduler` with the learner's desired retention, and
goes back as the row `ReviewStore.save_review` writes with its log.
Fuzzing (FSRS spreading due dates by a few percent) is on in the app and
off in tests, which compare with `fsrs` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from quizapp.core.progress.errors import SaveResult
from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review.ratings import Rating

if TYPE_CHECKING:  # pragma: no cover - typing only
    import fsrs

    from quizapp.core.progress.api import ProgressStore

DEFAULT_RETENTION = 0.9
MIN_RETENTION, MAX_RETENTION = 0.7, 0.99


@dataclass(frozen=True)
class Reviewed:
    card: fsrs.Card
    rating: Rating
    due: datetime
    saved: SaveResult


@lru_cache(maxsize=8)
def scheduler(retention: float = DEFAULT_RETENTION, fuzz: bool = True) -> fsrs.Scheduler:
    import fsrs

    clamped = min(MAX_RETENTION, max(MIN_RETENTION, float(retention)))
    return fsrs.Scheduler(desired_retention=clamped, enable_fuzzing=fuzz)


def to_fsrs(record: CardRecord) -> fsrs.Card:
    import fsrs

    return fsrs.Card(
        card_id=record.id,
        state=fsrs.State(record.state),
        step=record.step,
        stability=record.stability,
        difficulty=record.difficulty,
        due=record.due,
        last_review=record.last_review,
    )


def rate(
    store: ProgressStore,
    record: CardRecord,
    rating: Rating,
    *,
    suggested: Rating | None = None,
    duration_ms: int | None = None,
    now: datetime | None = None,
    retention: float = DEFAULT_RETENTION,
    fuzz: bool = True,
) -> Reviewed:
    """Review `record` with `rating` at `now` and save it (card + log, one transaction)."""
    import fsrs

    when = (now or datetime.now(UTC)).astimezone(UTC)
    before = to_fsrs(record)
    after, _log = scheduler(retention, fuzz).review_card(
        before, fsrs.Rating(int(rating)), review_datetime=when
    )
    lapsed = before.state == fsrs.State.Review and rating == Rating.AGAIN
    row = (
        int(after.state), after.step, after.stability, after.difficulty, after.due,
        after.last_review, lapsed,
    )  # fmt: skip
    saved = store.save_review(
        record.id, row, int(rating), None if suggested is None else int(suggested),
        duration_ms, when,
    )  # fmt: skip
    return Reviewed(after, rating, after.due, saved)


def preview(
    record: CardRecord,
    *,
    now: datetime | None = None,
    retention: float = DEFAULT_RETENTION,
) -> dict[Rating, timedelta]:
    """How long until `record` comes back for each rating, saving nothing (the buttons say
    « Bien · 3 j » as Anki's do). Without fuzz, so the same card reads the same."""
    import fsrs

    when = (now or datetime.now(UTC)).astimezone(UTC)
    before = to_fsrs(record)
    out = {}
    for rating in Rating:
        after, _log = scheduler(retention, False).review_card(
            before, fsrs.Rating(int(rating)), review_datetime=when
        )
        out[rating] = after.due - when
    return out
