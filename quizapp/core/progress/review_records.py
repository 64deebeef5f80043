"""What the store hands back about spaced review and known words, and the SQL that reads it.

A card row is FSRS's card (state, step, stability, difficulty, due, last
review) plus what it is about: a looked-up headword, or a question of an
article. `core/review` turns it into an `fsrs.Card` and back; the store
never schedules.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quizapp.core.progress.records import parse_time

CARD_COLUMNS = (
    "c.id, c.profile_id, c.kind, c.key, c.article_id, c.item, c.state, c.step, c.stability, "
    "c.difficulty, c.due, c.last_review, c.reps, c.lapses, c.created"
)


@dataclass(frozen=True)
class CardRecord:
    """One review card of one learner; `reps == 0` is a card never reviewed ("new")."""

    id: int
    profile_id: int
    kind: str  # "word" or "question"
    key: str
    article_id: str
    item: str  # the headword, or the question id
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int
    lapses: int
    created: datetime

    @property
    def is_new(self) -> bool:
        return self.reps == 0


@dataclass(frozen=True)
class ReviewLogRecord:
    card_id: int
    kind: str
    article_id: str
    item: str
    reviewed: datetime
    rating: int
    suggested: int | None
    duration_ms: int | None
    due_before: datetime
    due_after: datetime


def card_from_row(r: Any) -> CardRecord:
    due, created = parse_time(r[10]), parse_time(r[14])
    assert due is not None and created is not None
    return CardRecord(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], due, parse_time(r[11]),
        r[12], r[13], created,
    )  # fmt: skip


def cards(conn: sqlite3.Connection, profile_id: int | None) -> list[CardRecord]:
    """Every card (of one learner, or of all), soonest due first."""
    where, args = ("WHERE c.profile_id = ?", (profile_id,)) if profile_id is not None else ("", ())
    rows = conn.execute(
        f"SELECT {CARD_COLUMNS} FROM review_cards AS c {where} ORDER BY c.due, c.id", args
    ).fetchall()
    return [card_from_row(r) for r in rows]


def card(conn: sqlite3.Connection, card_id: int) -> CardRecord | None:
    row = conn.execute(
        f"SELECT {CARD_COLUMNS} FROM review_cards AS c WHERE c.id = ?", (card_id,)
    ).fetchone()
    return card_from_row(row) if row else None


def due_cards(
    conn: sqlite3.Connection, profile_id: int, now: str, new_limit: int
) -> list[CardRecord]:
    """The cards due at `now`: reviewed cards whose due time has come, soonest first,
    then at most `new_limit` new cards, oldest first (both read through the index)."""
    rows = conn.execute(
        f"""SELECT {CARD_COLUMNS} FROM review_cards AS c
            WHERE c.profile_id = ? AND (c.reps = 0) = 0 AND c.due <= ? ORDER BY c.due, c.id""",
        (profile_id, now),
    ).fetchall()
    if new_limit > 0:
        rows += conn.execute(
            f"""SELECT {CARD_COLUMNS} FROM review_cards AS c
                WHERE c.profile_id = ? AND (c.reps = 0) = 1 AND c.due <= ?
                ORDER BY c.due, c.id LIMIT ?""",
            (profile_id, now, new_limit),
        ).fetchall()
    return [card_from_row(r) for r in rows]


def new_cards_started(conn: sqlite3.Connection, profile_id: int, since: str) -> int:
    """How many cards had their first review at or after `since` (the daily new-card limit)."""
    row = conn.execute(
        """SELECT COUNT(*) FROM (
               SELECT l.card_id, MIN(l.reviewed) AS first FROM review_log AS l
               JOIN review_cards AS c ON c.id = l.card_id
               WHERE c.profile_id = ? GROUP BY l.card_id) WHERE first >= ?""",
        (profile_id, since),
    ).fetchone()
    return int(row[0])


def review_log(
    conn: sqlite3.Connection, profile_id: int, since: str | None = None
) -> list[ReviewLogRecord]:
    """The ratings of one learner (since a time), oldest first."""
    rows = conn.execute(
        """SELECT l.card_id, c.kind, c.article_id, c.item, l.reviewed, l.rating, l.suggested,
                  l.duration_ms, l.due_before, l.due_after
           FROM review_log AS l JOIN review_cards AS c ON c.id = l.card_id
           WHERE c.profile_id = ? AND l.reviewed >= ? ORDER BY l.reviewed, l.id""",
        (profile_id, since or ""),
    ).fetchall()
    out = []
    for r in rows:
        reviewed, before, after = parse_time(r[4]), parse_time(r[8]), parse_time(r[9])
        assert reviewed is not None and before is not None and after is not None
        out.append(
            ReviewLogRecord(r[0], r[1], r[2], r[3], reviewed, r[5], r[6], r[7], before, after)
        )
    return out


def word_statuses(conn: sqlite3.Connection, profile_id: int) -> dict[str, str]:
    """Lemma -> "known" or "learning", for one learner."""
    rows = conn.execute(
        "SELECT lemma, status FROM known_words WHERE profile_id = ?", (profile_id,)
    ).fetchall()
    return dict(rows)
