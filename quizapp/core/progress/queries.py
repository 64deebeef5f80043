"""Read-only questions the window asks the progress store, each one SQL query.

"Last answer" always means the answer with the highest row id, i.e. the one
given last, whatever the computer's clock said.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from quizapp.core.progress.records import (
    FULL_MARKS_EPSILON,
    AnswerRecord,
    ArticleSummary,
    HistoryPoint,
    Mistake,
    Profile,
    QuestionStats,
    SessionRecord,
    WordRecord,
    parse_time,
    percent,
)

SESSION_COLUMNS = (
    "id, profile_id, article_id, article_title, article_path, content_hash, mode, started, "
    "updated, finished, abandoned, score, points, state, fingerprints"
)


def profile_from_row(row: Any) -> Profile:
    created = parse_time(row[2])
    assert created is not None
    return Profile(id=row[0], name=row[1], created=created)


def session_from_row(row: Any) -> SessionRecord:
    started, updated = parse_time(row[7]), parse_time(row[8])
    assert started is not None and updated is not None
    return SessionRecord(
        id=row[0],
        profile_id=row[1],
        article_id=row[2],
        article_title=row[3],
        article_path=row[4],
        content_hash=row[5],
        mode=row[6],
        started=started,
        updated=updated,
        finished=parse_time(row[9]),
        abandoned=parse_time(row[10]),
        score=row[11],
        points=row[12],
        state=json.loads(row[13]),
        fingerprints=json.loads(row[14]),
    )


def session(conn: sqlite3.Connection, session_id: str) -> SessionRecord | None:
    row = conn.execute(
        f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    return session_from_row(row) if row else None


def sessions(conn: sqlite3.Connection, profile_id: int | None = None) -> list[SessionRecord]:
    """Every session (of one profile, or of all), oldest first."""
    where, args = ("WHERE profile_id = ?", (profile_id,)) if profile_id is not None else ("", ())
    rows = conn.execute(
        f"SELECT {SESSION_COLUMNS} FROM sessions {where} ORDER BY started, rowid", args
    ).fetchall()
    return [session_from_row(r) for r in rows]


def unfinished_session(
    conn: sqlite3.Connection, profile_id: int, article_id: str
) -> SessionRecord | None:
    row = conn.execute(
        f"""SELECT {SESSION_COLUMNS} FROM sessions
            WHERE profile_id = ? AND article_id = ? AND finished IS NULL AND abandoned IS NULL
            ORDER BY updated DESC, started DESC, rowid DESC LIMIT 1""",
        (profile_id, article_id),
    ).fetchone()
    return session_from_row(row) if row else None


def answers(conn: sqlite3.Connection, session_id: str) -> list[AnswerRecord]:
    """Every answer of a session in the order given (retries included)."""
    rows = conn.execute(
        """SELECT id, session_id, question_id, answered, response, score, points, attempts,
                  hints, glosses
           FROM answers WHERE session_id = ? ORDER BY id""",
        (session_id,),
    ).fetchall()
    out = []
    for r in rows:
        answered = parse_time(r[3])
        assert answered is not None
        out.append(
            AnswerRecord(
                id=r[0],
                session_id=r[1],
                question_id=r[2],
                answered=answered,
                response=json.loads(r[4]),
                score=r[5],
                points=r[6],
                attempts=r[7],
                hints=r[8],
                glosses=json.loads(r[9]),
            )
        )
    return out


_SUMMARY = """
SELECT article_id,
       MAX(pct) FILTER (WHERE finished IS NOT NULL),
       MAX(pct) FILTER (WHERE finished IS NOT NULL AND rank = 1),
       MAX(finished),
       MAX(COALESCE(finished, abandoned, updated)),
       COUNT(finished),
       MAX(finished IS NULL AND abandoned IS NULL)
FROM (
    SELECT article_id, finished, abandoned, updated,
           CASE WHEN points > 0 THEN 100.0 * score / points END AS pct,
           ROW_NUMBER() OVER (
               PARTITION BY article_id, finished IS NULL
               ORDER BY finished DESC, rowid DESC
           ) AS rank
    FROM sessions WHERE profile_id = ?
)
GROUP BY article_id
"""


def library_summary(conn: sqlite3.Connection, profile_id: int) -> dict[str, ArticleSummary]:
    """How the profile did on every article it has touched, by article id."""
    out = {}
    for row in conn.execute(_SUMMARY, (profile_id,)):
        last_activity = parse_time(row[4])
        assert last_activity is not None
        out[row[0]] = ArticleSummary(
            article_id=row[0],
            best_percent=row[1],
            last_percent=row[2],
            last_finished=parse_time(row[3]),
            last_activity=last_activity,
            times_finished=row[5],
            unfinished=bool(row[6]),
        )
    return out


def history(conn: sqlite3.Connection, profile_id: int, article_id: str) -> list[HistoryPoint]:
    """The finished sessions of one article, oldest first: the learner's progress over time."""
    rows = conn.execute(
        """SELECT id, finished, score, points, mode, content_hash FROM sessions
           WHERE profile_id = ? AND article_id = ? AND finished IS NOT NULL
           ORDER BY finished, rowid""",
        (profile_id, article_id),
    ).fetchall()
    points_list = []
    for r in rows:
        finished = parse_time(r[1])
        assert finished is not None
        points_list.append(
            HistoryPoint(
                session_id=r[0],
                finished=finished,
                percent=percent(r[2], r[3]),
                score=r[2],
                points=r[3],
                mode=r[4],
                content_hash=r[5],
            )
        )
    return points_list


_LAST_ANSWERS = """
    SELECT s.article_id, s.article_title, a.session_id, a.question_id, a.score, a.points,
           a.answered, a.response,
           ROW_NUMBER() OVER (PARTITION BY s.article_id, a.question_id ORDER BY a.id DESC) AS rank
    FROM answers AS a JOIN sessions AS s ON s.id = a.session_id
    WHERE s.profile_id = ?
"""


def question_stats(
    conn: sqlite3.Connection, profile_id: int, article_id: str
) -> dict[str, QuestionStats]:
    """Per question of an article: sessions that answered it, and how many got full marks.

    Each session counts once per question, with its best try, as in a quiz
    ("trying again never lowers a score").
    """
    rows = conn.execute(
        """SELECT question_id, COUNT(*), SUM(best >= points - ?) FROM (
               SELECT a.question_id, MAX(a.score) AS best, MAX(a.points) AS points
               FROM answers AS a JOIN sessions AS s ON s.id = a.session_id
               WHERE s.profile_id = ? AND s.article_id = ?
               GROUP BY a.session_id, a.question_id)
           GROUP BY question_id""",
        (FULL_MARKS_EPSILON, profile_id, article_id),
    ).fetchall()
    return {r[0]: QuestionStats(question_id=r[0], attempted=r[1], full_marks=r[2]) for r in rows}


def mistakes(conn: sqlite3.Connection, profile_id: int) -> list[Mistake]:
    """Across articles, each question whose LAST answer fell short of full marks, newest first."""
    rows = conn.execute(
        f"""SELECT article_id, article_title, question_id, score, points, answered, session_id,
                   response
            FROM ({_LAST_ANSWERS}) WHERE rank = 1 AND score < points - ?
            ORDER BY answered DESC, article_id, question_id""",
        (profile_id, FULL_MARKS_EPSILON),
    ).fetchall()
    out = []
    for r in rows:
        answered = parse_time(r[5])
        assert answered is not None
        out.append(
            Mistake(
                article_id=r[0],
                article_title=r[1],
                question_id=r[2],
                score=r[3],
                points=r[4],
                answered=answered,
                session_id=r[6],
                response=json.loads(r[7]),
            )
        )
    return out


def words(conn: sqlite3.Connection, profile_id: int | None = None) -> list[WordRecord]:
    """Looked-up words (of one profile, or of all), most recent first."""
    where, args = ("WHERE profile_id = ?", (profile_id,)) if profile_id is not None else ("", ())
    rows = conn.execute(
        f"""SELECT profile_id, article_id, sentence_id, word, headword, gloss, sentence_fr,
                   sentence_en, count, first_seen, last_seen
            FROM words {where} ORDER BY last_seen DESC, id DESC""",
        args,
    ).fetchall()
    out = []
    for r in rows:
        first, last = parse_time(r[9]), parse_time(r[10])
        assert first is not None and last is not None
        out.append(WordRecord(*r[:9], first_seen=first, last_seen=last))
    return out
