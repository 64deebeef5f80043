"""What this visit of an article did, for the end card's facts: when it began and the
words looked up (by headword, as the summary counts them), each with the place it was
clicked, so a chip can take the learner back to it, and which of them were looked up
during the quiz (the end card says « 5 words looked up, 2 of them during the quiz »:
one story with the summary's count, never a second number for the same words).

It also says when the text counts as read: a text that fits on one screen showed
« Text read » the moment it opened. Completion is earned: the reading cursor or the
scroll has reached the last sentence *and* the time to read the text at 200 words a
minute has passed since it opened, or the learner said « I've finished ».

Plain Python: the card feeds it the passage's `word_looked_up`; tests give a clock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

WORDS_PER_MINUTE = 200  # a learner's pace is slower: never shown too early


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
    reached_end: bool = False  # the last sentence has been in view (or the cursor on it)
    finished: bool = False  # earned: read long enough after reaching the end, or said so

    def __post_init__(self) -> None:
        self.started = self.clock()

    def reset(self) -> None:
        self.started = self.clock()
        self.words = {}
        self.in_quiz = set()
        self.reached_end = self.finished = False

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

    def seconds_left(self, words: int) -> float:
        """The reading time still due for a text of `words` words (0 once it has passed)."""
        return max(0.0, self.started + words * 60 / WORDS_PER_MINUTE - self.clock())

    def check(self, words: int, at_end: bool) -> bool:
        """Whether the text now counts as read: the end reached (once is enough) and its
        reading time passed. True from then on."""
        self.reached_end = self.reached_end or at_end
        if not self.finished and self.reached_end and self.seconds_left(words) <= 0:
            self.finished = True
        return self.finished

    def minutes(self) -> int:
        """Whole minutes since the article was opened."""
        return int((self.clock() - self.started) // 60)
