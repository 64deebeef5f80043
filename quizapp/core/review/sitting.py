"""One card on screen: its tries, hints and time, and the rating they earn.

The window shows a card, reports each answer (right or not, with its score)
and each hint, and asks for the rating when the card is done. A card allows
one retry: wrong twice is Again, right the second time is Hard.
Question cards show their options in the quiz's display orders (seeded by
the card), so a review never shows an order question already in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from quizapp.core.model import Question
from quizapp.core.progress.review_records import CardRecord
from quizapp.core.quiz.orders import CHOICES, ITEMS, OPTIONS, RIGHTS, display_orders
from quizapp.core.review.ratings import Outcome, Rating, rating_for

MAX_TRIES = 2


@dataclass
class Turn:
    card: CardRecord
    clock: Callable[[], float] = time.monotonic
    started: float = field(default=-1.0)
    attempts: int = 0
    hints: int = 0
    score: float = 0.0
    points: float = 1.0
    slips: int = 0
    done: bool = False

    def __post_init__(self) -> None:
        if self.started < 0:
            self.started = self.clock()

    def hint(self) -> None:
        self.hints += 1

    def answer(self, score: float, points: float, slip: bool = False) -> bool:
        """Record one try; True when the card is done (right, or out of tries).
        `slip`: right only once a slip (a missing accent) is forgiven."""
        self.attempts += 1
        self.slips += int(slip)
        self.score, self.points = float(score), float(points)
        right = self.score >= self.points - 1e-9
        self.done = right or self.attempts >= MAX_TRIES
        return self.done

    def give_up(self) -> None:
        """ "I don't know": the card is done, wrong."""
        self.attempts = max(1, self.attempts)
        self.score, self.done = 0.0, True

    @property
    def seconds(self) -> float:
        return self.clock() - self.started

    @property
    def duration_ms(self) -> int:
        return round(self.seconds * 1000)

    def suggested(self) -> Rating:
        outcome = Outcome(
            self.score, self.points, self.attempts, self.hints, self.seconds, self.slips
        )
        return rating_for(outcome, self.card.kind)


class ReviewOrders:
    """What an answer widget asks a quiz session for: display orders, seeded by the card."""

    def __init__(self, question: Question, seed: int):
        self._orders = display_orders(question, seed)

    def option_order(self, _qid: str) -> tuple[int, ...]:
        return tuple(self._orders[OPTIONS])

    def right_order(self, _qid: str) -> tuple[int, ...]:
        return tuple(self._orders[RIGHTS])

    def item_order(self, _qid: str) -> tuple[int, ...]:
        return tuple(self._orders[ITEMS])

    def bank_order(self, _qid: str) -> tuple[int, ...]:
        """A cloze's word bank, shuffled as a quiz session shuffles it."""
        return tuple(self._orders[CHOICES])
