"""What a session fixes once per question: display orders, and content fingerprints.

Orders are drawn from a seeded generator per question, and stored with the
session, so a resumed run shows exactly what it showed before. Questions
themselves keep the file's order: the quiz follows the reading of the text.

A fingerprint is a stable hash of what a question says (not where it sits in
the file, nor the article's settings), so a resumed run or the progress
history can tell which question a teacher has since changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from enum import Enum
from typing import Any

from quizapp.core.model import (
    ChoiceQuestion,
    ClozeQuestion,
    MatchQuestion,
    OrderQuestion,
    Question,
)

OPTIONS = "options"
RIGHTS = "rights"
ITEMS = "items"
CHOICES = "choices"

_NOT_CONTENT = {"line", "settings"}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _NOT_CONTENT
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def fingerprint(question: Question) -> str:
    """A short stable hash of the question's content (type, text, answers, points)."""
    data = {"type": question.type.value, **_plain(question)}
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _rng(seed: int, question_id: str, kind: str) -> random.Random:
    return random.Random(f"{seed}/{question_id}/{kind}")


def _not_as_given(order: list[int], texts: tuple[str, ...]) -> list[int]:
    """The order, moved one step when it would show the texts as written."""
    if [texts[i] for i in order] == list(texts) and len(set(texts)) >= 2:
        order = order[1:] + order[:1]
    return order


def display_orders(question: Question, seed: int) -> dict[str, list[int]]:
    """The file indices in display order, by what is reordered for this question.

    Options follow the question's `shuffled`. A drop-down word bank (a match's
    right-hand sides, a cloze's `choices`) is always shuffled: in the file's
    order the right word would come first, or face its own left item. Order
    items are always shuffled and never shown in the right order.
    """
    if isinstance(question, ChoiceQuestion):
        order = list(range(len(question.options)))
        if question.shuffled:
            _rng(seed, question.id, OPTIONS).shuffle(order)
        return {OPTIONS: order}
    if isinstance(question, MatchQuestion):
        order = list(range(len(question.pairs)))
        _rng(seed, question.id, RIGHTS).shuffle(order)
        return {RIGHTS: _not_as_given(order, tuple(p.right for p in question.pairs))}
    if isinstance(question, ClozeQuestion) and question.choices is not None:
        order = list(range(len(question.choices)))
        _rng(seed, question.id, CHOICES).shuffle(order)
        return {CHOICES: order}
    if isinstance(question, OrderQuestion):
        order = list(range(len(question.items)))
        _rng(seed, question.id, ITEMS).shuffle(order)
        return {ITEMS: _not_as_given(order, question.items)}
    return {}


def shown_items(question: Question, orders: dict[str, list[int]]) -> tuple[str, ...] | None:
    """An `order` question's items as the learner was given them (None for other types)."""
    if not isinstance(question, OrderQuestion) or ITEMS not in orders:
        return None
    return tuple(question.items[i] for i in orders[ITEMS])


def valid_orders(question: Question, stored: Any) -> bool:
    """Whether stored orders still fit the question (a permutation of each list)."""
    if not isinstance(stored, dict):
        return False
    fresh = display_orders(question, 0)
    if set(stored) != set(fresh):
        return False
    return all(
        isinstance(stored[k], list)
        and all(isinstance(i, int) and not isinstance(i, bool) for i in stored[k])
        and sorted(stored[k]) == sorted(v)
        for k, v in fresh.items()
    )
