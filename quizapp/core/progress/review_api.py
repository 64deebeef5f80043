"""The store's side of spaced review and known words: cards, ratings, lemma statuses.

Cards are made by the store itself, in the same transaction as what calls
for them: a looked-up word makes its word card (and marks its lemma
"learning"), an answer below full marks makes its question card. A rating
is saved in one transaction (the card's new state and its log row), like an
answer: a write the disk refuses is queued and retried, never lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from quizapp.core.progress import review_records as rq
from quizapp.core.progress.errors import SaveResult
from quizapp.core.progress.records import Profile
from quizapp.core.progress.review_records import CardRecord, ReviewLogRecord
from quizapp.core.progress.store import StoreCore, iso
from quizapp.core.progress.writes import pending

STATUSES = ("known", "learning")


def _pid(profile: Profile | int) -> int:
    return profile if isinstance(profile, int) else profile.id


class ReviewStore(StoreCore):
    """Review cards, their log, and known words; `ProgressStore` has all of these."""

    def review_cards(self, profile: Profile | int | None = None) -> list[CardRecord]:
        return self._read(rq.cards, None if profile is None else _pid(profile))

    def review_card(self, card_id: int) -> CardRecord | None:
        return self._read(rq.card, card_id)

    def due_cards(
        self, profile: Profile | int, now: datetime | None = None, new_limit: int = 20
    ) -> list[CardRecord]:
        """Due reviews, then up to `new_limit` new cards (the caller subtracts today's)."""
        when = iso(now or self._clock())
        return self._read(rq.due_cards, _pid(profile), when, max(0, int(new_limit)))

    def new_cards_started(self, profile: Profile | int, since: datetime) -> int:
        return self._read(rq.new_cards_started, _pid(profile), iso(since))

    def review_log(
        self, profile: Profile | int, since: datetime | None = None
    ) -> list[ReviewLogRecord]:
        return self._read(rq.review_log, _pid(profile), iso(since) if since else None)

    def save_review(
        self,
        card_id: int,
        card: Sequence[Any],
        rating: int,
        suggested: int | None,
        duration_ms: int | None,
        reviewed: datetime,
    ) -> SaveResult:
        """Save one rating: `card` is the new (state, step, stability, difficulty, due,
        last_review, lapsed) with datetimes; one transaction with its log row."""
        state, step, stability, difficulty, due, last_review, lapsed = card
        row = (
            int(state), step, stability, difficulty, iso(due),
            iso(last_review) if last_review else None, bool(lapsed),
        )  # fmt: skip
        log = (iso(reviewed), int(rating), suggested, duration_ms)
        return self._submit(pending("review", int(card_id), row, log))

    def word_statuses(self, profile: Profile | int) -> dict[str, str]:
        """Folded lemma -> "known" or "learning"."""
        return self._read(rq.word_statuses, _pid(profile))

    def set_word_status(self, profile: Profile | int, lemma: str, status: str) -> SaveResult:
        if status not in STATUSES:
            raise ValueError(f"a word is 'known' or 'learning', not {status!r}")
        now = iso(self._clock())
        return self._submit(pending("word_status", _pid(profile), lemma, status, now))

    def remove_word(self, profile: Profile | int, headword: str) -> SaveResult:
        """Take a looked-up word back out of My words (its entries, its review card and
        its "learning" mark): the gloss card's « Remove », the undo of a look-up."""
        return self._submit(pending("forget_word", [_pid(profile), headword]))
