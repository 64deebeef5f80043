"""What the progress store hands back: small frozen records, and question fingerprints.

Times are timezone-aware UTC datetimes (stored as ISO 8601 text with its
offset); scores are in points, percents are 0–100 or None when there are no
points to score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quizapp.core.quiz.orders import fingerprint

FULL_MARKS_EPSILON = 1e-9


def parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def percent(score: float, points: float) -> float | None:
    return 100.0 * score / points if points > 0 else None


def full_marks(score: float, points: float) -> bool:
    return score >= points - FULL_MARKS_EPSILON


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    created: datetime


@dataclass(frozen=True)
class SessionRecord:
    """One quiz session; `state` is the session's own dict, returned as it was given."""

    id: str
    profile_id: int
    article_id: str
    article_title: str
    article_path: str | None
    content_hash: str
    mode: str
    started: datetime
    updated: datetime
    finished: datetime | None
    abandoned: datetime | None
    score: float
    points: float
    state: dict[str, Any]
    fingerprints: dict[str, str]

    @property
    def percent(self) -> float | None:
        return percent(self.score, self.points)

    @property
    def is_finished(self) -> bool:
        return self.finished is not None


@dataclass(frozen=True)
class ArticleSummary:
    """One line of the library for one profile: how the learner did on an article."""

    article_id: str
    best_percent: float | None
    last_percent: float | None
    last_finished: datetime | None
    last_activity: datetime
    times_finished: int
    unfinished: bool


@dataclass(frozen=True)
class HistoryPoint:
    session_id: str
    finished: datetime
    percent: float | None
    score: float
    points: float
    mode: str
    content_hash: str


@dataclass(frozen=True)
class QuestionStats:
    """How often a question was answered (last answer of each session) and got full marks."""

    question_id: str
    attempted: int
    full_marks: int

    @property
    def rate(self) -> float:
        return self.full_marks / self.attempted if self.attempted else 0.0


@dataclass(frozen=True)
class Mistake:
    """A question whose last answer, across all sessions, was below full marks."""

    article_id: str
    article_title: str
    question_id: str
    score: float
    points: float
    answered: datetime
    session_id: str
    response: Any


@dataclass(frozen=True)
class AnswerRecord:
    id: int
    session_id: str
    question_id: str
    answered: datetime
    response: Any
    score: float
    points: float
    attempts: int
    hints: int
    glosses: list[Any]


@dataclass(frozen=True)
class WordRecord:
    """A word looked up, once per profile + headword + sentence."""

    profile_id: int
    article_id: str
    sentence_id: str
    word: str
    headword: str
    gloss: str
    sentence_fr: str
    sentence_en: str
    count: int
    first_seen: datetime
    last_seen: datetime


def changed_questions(
    session: SessionRecord, current_fingerprints: Mapping[str, str]
) -> frozenset[str]:
    """The questions of an old session that the teacher has changed or removed since."""
    return frozenset(
        qid for qid, old in session.fingerprints.items() if current_fingerprints.get(qid) != old
    )


def question_fingerprint(question: Any) -> str:
    """The session's own fingerprint (`core.quiz.orders.fingerprint`): one source of truth,
    so history and a resumed quiz agree on which questions a teacher changed."""
    return fingerprint(question)


def question_fingerprints(article: Any) -> dict[str, str]:
    """Fingerprints of every question of an article, by question id."""
    return {q.id: question_fingerprint(q) for q in article.questions}
