"""A quiz run's state as plain data: the mode, and each question's tries.

The session changes it; saving and resuming read and fill it. Both import it
from here, so neither has to import the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.grading.score import Assessment


class Mode(StrEnum):
    PRACTICE = "practice"
    TEST = "test"


@dataclass
class Try:
    response: Any  # canonical (sets, tuples); JSON via response_to_json
    hinted: bool
    assessment: Assessment


@dataclass
class State:
    tries: list[Try] = field(default_factory=list)
    hint_shown: bool = False
    closed: bool = False
    lookups: list[str] = field(default_factory=list)
