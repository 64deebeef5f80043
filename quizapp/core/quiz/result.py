"""The end of a quiz run: its score and one row per question, as the summary shows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizapp.core.model import QuestionType


@dataclass(frozen=True)
class QuestionResult:
    """One question's line in the summary.

    `score` is after hint and retry penalties; `correct` says whether the
    learner got it right in the end (on any try), which a retried question
    can be while still short of full marks.
    """

    id: str
    type: QuestionType
    points: float
    score: float
    attempts: int
    hints: int
    correct: bool

    @property
    def full_marks(self) -> bool:
        return self.score >= self.points - 1e-9

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.value,
            "points": self.points,
            "score": self.score,
            "attempts": self.attempts,
            "hints": self.hints,
            "correct": self.correct,
        }


@dataclass(frozen=True)
class QuizResult:
    """A run's total and its rows, in the session's question order."""

    article_id: str
    mode: str  # a session Mode ("practice" or "test")
    score: float
    points: float
    rows: tuple[QuestionResult, ...]

    @property
    def percent(self) -> float:
        """The score as a percentage of the points (0 when there are none)."""
        return 100.0 * self.score / self.points if self.points else 0.0

    @property
    def mistakes(self) -> tuple[str, ...]:
        """The questions not at full marks: what "review mistakes" goes over."""
        return tuple(row.id for row in self.rows if not row.full_marks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "mode": str(self.mode),
            "score": self.score,
            "points": self.points,
            "percent": self.percent,
            "rows": [row.to_dict() for row in self.rows],
        }
