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
    can be while still short of full marks; `first_try` whether the first
    answer was already right. A question never answered is `skipped`.
    """

    id: str
    type: QuestionType
    points: float
    score: float
    attempts: int
    hints: int
    correct: bool
    first_try: bool = False

    @property
    def full_marks(self) -> bool:
        return self.score >= self.points - 1e-9

    @property
    def skipped(self) -> bool:
        return self.attempts == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.value,
            "points": self.points,
            "score": self.score,
            "attempts": self.attempts,
            "hints": self.hints,
            "correct": self.correct,
            "first_try": self.first_try,
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
        """The questions answered below full marks: what "review mistakes" goes over.

        The same questions the Mistakes screen lists (it knows only answers);
        a skipped question is not a mistake, it is `skipped`.
        """
        return tuple(row.id for row in self.rows if not row.full_marks and not row.skipped)

    @property
    def skipped(self) -> tuple[str, ...]:
        return tuple(row.id for row in self.rows if row.skipped)

    @property
    def first_try(self) -> int:
        """How many questions were right at the first answer."""
        return sum(1 for row in self.rows if row.first_try)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "mode": str(self.mode),
            "score": self.score,
            "points": self.points,
            "percent": self.percent,
            "rows": [row.to_dict() for row in self.rows],
        }
