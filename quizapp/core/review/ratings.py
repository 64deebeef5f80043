"""From what the learner did to an FSRS rating, so reviewing never asks "how well did you know it?".

- wrong (below full marks, after the retry too) -> Again;
- right after a hint or a retry -> Hard;
- right the first time, and fast -> Easy;
- right otherwise -> Good.

"Fast" is per kind: typing one word back is quicker than reading a question
beside its passage. On word cards the learner may override with 1-4, as in Anki.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

FULL_MARKS_EPSILON = 1e-9
FAST_SECONDS = {"word": 8.0, "question": 20.0}


class Rating(IntEnum):
    """FSRS's four ratings, with Anki's keys 1-4."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


@dataclass(frozen=True)
class Outcome:
    """One review's result: the final score, how many tries, hints, and the seconds taken."""

    score: float
    points: float
    attempts: int = 1
    hints: int = 0
    seconds: float = 0.0


def rating_for(outcome: Outcome, kind: str = "word") -> Rating:
    if outcome.score < outcome.points - FULL_MARKS_EPSILON:
        return Rating.AGAIN
    if outcome.attempts > 1 or outcome.hints > 0:
        return Rating.HARD
    if outcome.seconds <= FAST_SECONDS.get(kind, FAST_SECONDS["word"]):
        return Rating.EASY
    return Rating.GOOD


def rating_from_key(key: str) -> Rating | None:
    """The rating a key 1-4 overrides with, or None for any other key."""
    return Rating(int(key)) if key in ("1", "2", "3", "4") else None
