"""What this visit of an article did, for the end card's facts: when it began and the
words looked up (by headword, as the summary counts them), each with the place it was
clicked, so a chip can take the learner back to it, and which of them were looked up
during the quiz (the end card says « 5 words looked up, 2 of them during the quiz »:
one story with the summary's count, never a second number for the same words).

Plain Python: the card feeds it the passage's `word_looked_up`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class LookedUp:
    """One headword of the visit and where it was last clicked."""

    headword: str
    gloss: str
    sentence_id: str
    start: int


@dataclass
class Visit:
    """Reset when an article is opened; `note` each gloss the passage shows."""

    clock: Any = time.monotonic
    started: float = 0.0
    words: dict[str, LookedUp] = field(default_factory=dict)
    in_quiz: set[str] = field(default_factory=set)  # headwords looked up with a quiz open

    def __post_init__(self) -> None:
        self.started = self.clock()

    def reset(self) -> None:
        self.started = self.clock()
        self.words = {}
        self.in_quiz = set()

    def note(self, sentence_id: str, hit: Any, quiz: bool = False) -> bool:
        """A looked-up word the glossary explains (None: a dictionary's, not counted,
        like the summary), `quiz` while a quiz is on screen; True when it is new to
        this visit."""
        if hit is None:
            return False
        headword = hit.entry.fr
        new = headword not in self.words
        self.words[headword] = LookedUp(headword, hit.entry.en, sentence_id, hit.start)
        if quiz:
            self.in_quiz.add(headword)
        return new

    def quiz_words(self) -> int:
        """How many of the visit's words were looked up during the quiz (the summary's)."""
        return len(self.in_quiz & self.words.keys())

    def minutes(self) -> int:
        """Whole minutes since the article was opened."""
        return int((self.clock() - self.started) // 60)
