"""The store's writes as data: a kind and JSON-able arguments, run by a known writer.

A write the disk refuses waits in the store's queue; as data it can also be
written to a file when the window closes with the disk still refusing, and
replayed into the store at the next start (`quizapp.core.progress.unsaved`).
Only the writers below can run: a record names one, it never carries SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from quizapp.core.gloss.tokenize import fold
from quizapp.core.progress.errors import UnknownSessionError
from quizapp.core.progress.records import parse_time
from quizapp.core.progress.streak import local_day


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _require_session(conn: sqlite3.Connection, session_id: str) -> None:
    if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
        raise UnknownSessionError(f"no quiz session with id {session_id!r} in the progress store")


def _last_profile(conn: sqlite3.Connection, pid: str) -> None:
    _set_meta(conn, "last_profile", pid)


def _start_session(conn: sqlite3.Connection, row: Sequence[Any], pid: str) -> None:
    conn.execute(
        """INSERT INTO sessions (id, profile_id, article_id, article_title, article_path,
               content_hash, mode, started, updated, points, state, fingerprints)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        tuple(row),
    )
    if pid:  # empty for a run that must not change the learner chosen last
        _set_meta(conn, "last_profile", pid)


def _answer(conn: sqlite3.Connection, row: Sequence[Any], state: str) -> None:
    session_id = row[0]
    _require_session(conn, session_id)
    if float(row[4]) < float(row[5]) - 1e-9:  # below full marks: it comes back in review
        conn.execute(
            """INSERT INTO review_cards (profile_id, kind, key, article_id, item, due, created)
               SELECT profile_id, 'question', article_id || '/' || ?, article_id, ?, ?, ?
               FROM sessions WHERE id = ?
               ON CONFLICT (profile_id, kind, key) DO NOTHING""",
            (row[1], row[1], row[2], row[2], session_id),
        )
    conn.execute(
        """INSERT INTO answers (session_id, question_id, answered, response, score, points,
               attempts, hints, glosses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        tuple(row),
    )
    conn.execute(
        """UPDATE sessions SET state = ?, updated = ?, score = (
               SELECT COALESCE(SUM(best), 0) FROM (
                   SELECT MAX(score) AS best FROM answers
                   WHERE session_id = sessions.id GROUP BY question_id))
           WHERE id = ?""",
        (state, row[2], session_id),
    )


def _state(conn: sqlite3.Connection, session_id: str, state: str, now: str) -> None:
    _require_session(conn, session_id)
    conn.execute(
        "UPDATE sessions SET state = ?, updated = ? WHERE id = ?", (state, now, session_id)
    )


def _finish(conn: sqlite3.Connection, session_id: str, row: Sequence[Any]) -> None:
    _require_session(conn, session_id)
    conn.execute(
        """UPDATE sessions SET finished = ?, updated = ?, abandoned = NULL, score = ?,
               points = ?, state = ? WHERE id = ?""",
        tuple(row),
    )


def _abandon(conn: sqlite3.Connection, session_id: str, now: str) -> None:
    _require_session(conn, session_id)
    conn.execute(
        "UPDATE sessions SET abandoned = ?, updated = ? WHERE id = ? AND finished IS NULL",
        (now, now, session_id),
    )


def _new_day(conn: sqlite3.Connection, row: Sequence[Any]) -> int:
    """1 when this look-up is the entry's first of its (local) day, else 0: a word
    clicked again and again while reading counts as one look-up that day."""
    before = conn.execute(
        """SELECT last_seen FROM words
           WHERE profile_id = ? AND headword = ? AND article_id = ? AND sentence_id = ?""",
        (row[0], row[4], row[1], row[2]),
    ).fetchone()
    last, now = (parse_time(before[0]) if before else None), parse_time(row[9])
    return int(last is None or now is None or local_day(last) != local_day(now))


def _lookup(conn: sqlite3.Connection, row: Sequence[Any]) -> None:
    conn.execute(
        """INSERT INTO words (profile_id, article_id, sentence_id, word, headword, gloss,
               sentence_fr, sentence_en, first_seen, last_seen)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (profile_id, headword, article_id, sentence_id) DO UPDATE SET
               count = count + ?, last_seen = excluded.last_seen, word = excluded.word,
               gloss = excluded.gloss, sentence_fr = excluded.sentence_fr,
               sentence_en = excluded.sentence_en""",
        (*row, _new_day(conn, row)),
    )
    pid, article_id, headword, now = row[0], row[1], row[4], row[8]
    # one review card per headword (it shows the sentence where it was met last)
    conn.execute(
        """INSERT INTO review_cards (profile_id, kind, key, article_id, item, due, created)
           VALUES (?, 'word', ?, ?, ?, ?, ?)
           ON CONFLICT (profile_id, kind, key) DO UPDATE SET article_id = excluded.article_id""",
        (pid, headword, article_id, headword, now, now),
    )
    conn.execute(
        """INSERT INTO known_words (profile_id, lemma, status, changed)
           VALUES (?, ?, 'learning', ?) ON CONFLICT (profile_id, lemma) DO NOTHING""",
        (pid, fold(headword), now),
    )


def _review(
    conn: sqlite3.Connection, card_id: int, card: Sequence[Any], log: Sequence[Any]
) -> None:
    """One rating: the card's new FSRS state and its log row, in one transaction.

    `card` is (state, step, stability, difficulty, due, last_review, lapsed);
    `log` is (reviewed, rating, suggested, duration_ms).
    """
    before = conn.execute("SELECT due FROM review_cards WHERE id = ?", (card_id,)).fetchone()
    if before is None:
        raise UnknownSessionError(f"no review card with id {card_id!r} in the progress store")
    state, step, stability, difficulty, due, last_review, lapsed = card
    conn.execute(
        """UPDATE review_cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
               last_review = ?, reps = reps + 1, lapses = lapses + ? WHERE id = ?""",
        (state, step, stability, difficulty, due, last_review, int(bool(lapsed)), card_id),
    )
    conn.execute(
        """INSERT INTO review_log (card_id, reviewed, rating, suggested, duration_ms,
               due_before, due_after) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (card_id, *log, before[0], due),
    )


def _word_status(conn: sqlite3.Connection, pid: int, lemma: str, status: str, now: str) -> None:
    """A lemma marked known, or back to learning, by the learner."""
    conn.execute(
        """INSERT INTO known_words (profile_id, lemma, status, changed) VALUES (?, ?, ?, ?)
           ON CONFLICT (profile_id, lemma) DO UPDATE SET status = excluded.status,
               changed = excluded.changed""",
        (pid, fold(lemma), status, now),
    )


def _forget_word(conn: sqlite3.Connection, row: Sequence[Any]) -> None:
    """A looked-up word taken back ("Remove" in the gloss card): its entries in My words,
    its review card with its ratings, and its "learning" mark (a word said known stays)."""
    pid, headword = row
    conn.execute("DELETE FROM words WHERE profile_id = ? AND headword = ?", (pid, headword))
    card = "SELECT id FROM review_cards WHERE profile_id = ? AND kind = 'word' AND key = ?"
    conn.execute(f"DELETE FROM review_log WHERE card_id IN ({card})", (pid, headword))
    conn.execute(f"DELETE FROM review_cards WHERE id IN ({card})", (pid, headword))
    conn.execute(
        "DELETE FROM known_words WHERE profile_id = ? AND lemma = ? AND status = 'learning'",
        (pid, fold(headword)),
    )


WRITERS: dict[str, Callable[..., None]] = {
    "last_profile": _last_profile,
    "start_session": _start_session,
    "answer": _answer,
    "state": _state,
    "finish": _finish,
    "abandon": _abandon,
    "lookup": _lookup,
    "review": _review,
    "word_status": _word_status,
    "forget_word": _forget_word,
}


@dataclass(frozen=True)
class PendingWrite:
    """One write: `WRITERS[kind](conn, *args)`; `record()` is its JSON form."""

    kind: str
    args: tuple[Any, ...]

    def __call__(self, conn: sqlite3.Connection) -> None:
        WRITERS[self.kind](conn, *self.args)

    def record(self) -> dict[str, Any]:
        return {"kind": self.kind, "args": json.loads(json.dumps(self.args))}  # tuples: lists


def pending(kind: str, *args: Any) -> PendingWrite:
    if kind not in WRITERS:
        raise ValueError(f"unknown kind of write {kind!r}")
    return PendingWrite(kind, args)


# Each writer's arguments, as a file gives them back: "text", or the length of a row of
# plain values (text, numbers, nothing). Checked before a record runs, so that a
# damaged or forged record is set aside with its reason, never a TypeError mid-replay.
SHAPES: dict[str, tuple[str | int, ...]] = {
    "last_profile": ("text",),
    "start_session": (12, "text"),
    "answer": (9, "text"),
    "state": ("text", "text", "text"),
    "finish": ("text", 6),
    "abandon": ("text", "text"),
    "lookup": (10,),
    "forget_word": (2,),
}


def _plain(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return value == value and abs(value) != float("inf")
    return value is None or isinstance(value, str | int)


def _shape_problem(kind: str, args: list[Any]) -> str | None:
    shape = SHAPES[kind]
    if len(args) != len(shape):
        return f"a {kind!r} write takes {len(shape)} values, this one has {len(args)}"
    for position, (want, value) in enumerate(zip(shape, args, strict=True), 1):
        if want == "text" and not isinstance(value, str):
            return f"value {position} of a {kind!r} write must be text"
        if isinstance(want, int):
            if not isinstance(value, list) or len(value) != want:
                return f"value {position} of a {kind!r} write must be a row of {want} values"
            if not all(_plain(cell) for cell in value):
                return f"value {position} of a {kind!r} write holds something not plain"
    return None


def from_record(record: Any) -> PendingWrite:
    """A write read back from a file; ValueError names what is wrong with the record
    (its shape, the kind it names, the number and the types of its values)."""
    if not isinstance(record, dict) or not isinstance(record.get("args"), list):
        raise ValueError(f"not a saved write: {record!r:.80}")
    kind = record.get("kind")
    if not isinstance(kind, str) or kind not in WRITERS:
        raise ValueError(f"unknown kind of write {kind!r:.40}")
    reason = _shape_problem(kind, record["args"])
    if reason is not None:
        raise ValueError(reason)
    return pending(kind, *record["args"])
