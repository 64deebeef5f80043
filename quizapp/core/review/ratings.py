"""From what the learner did in a missed question's review to an FSRS rating.

A question is graded, so its rating is read from the answer, never asked:
- wrong (below full marks, after the retry too), or given up -> Again;
- right after a hint, a retry, or with an accepted slip (accents) -> Hard;
- right the first time -> Good.

Easy is never guessed from speed (a quick answer may be a lucky one): the
learner says it ("It was easy", E or 4). Keys 1-4 still override, as in Anki.
A word's flash card has no answer to read: there the learner rates it (Not yet,
Hard, Good, Easy), and the same four ratings reach the scheduler.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

FULL_MARKS_EPSILON = 1e-9


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
    slips: int = 0  # answers accepted with a slip (a missing accent)


def rating_for(outcome: Outcome, kind: str = "word") -> Rating:
    """The rating the outcome earns; `kind` is kept for callers (no per-kind rule now)."""
    del kind
    if outcome.score < outcome.points - FULL_MARKS_EPSILON:
        return Rating.AGAIN
    if outcome.attempts > 1 or outcome.hints > 0 or outcome.slips > 0:
        return Rating.HARD
    return Rating.GOOD


def rating_from_key(key: str) -> Rating | None:
    """The rating a key overrides with (1-4, or E for Easy), or None for any other key."""
    if key in ("e", "E"):
        return Rating.EASY
    return Rating(int(key)) if key in ("1", "2", "3", "4") else None
