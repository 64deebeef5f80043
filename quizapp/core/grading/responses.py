"""Learners' responses: checking their shape, and turning them to JSON and back.

The shapes are the scripting API's (see the format page). A response of the
wrong shape is a programming error in the caller, so it raises `TypeError`
(wrong kind of value) or `ValueError` (right kind, impossible value) with a
message that says what was expected; it is never silently graded as wrong.
"""

from __future__ import annotations

import operator
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from quizapp.core.model import (
    NOT_GIVEN,
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)

Response = Any


def _kind(value: object) -> str:
    return type(value).__name__


def _index(question: ChoiceQuestion, value: object) -> int:
    if isinstance(value, bool):
        raise TypeError(f"question {question.id!r}: an option is picked by its index, not a bool")
    try:
        index = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"question {question.id!r}: an option is picked by its index in the file "
            f"(an int from 0), got {_kind(value)} {value!r}"
        ) from None
    count = len(question.options)
    if not 0 <= index < count:
        raise ValueError(
            f"question {question.id!r}: option index {index} is out of range; "
            f"it has {count} options, numbered 0 to {count - 1}"
        )
    return index


def _collection(question: Question, value: object, what: str) -> Iterable[Any]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise TypeError(
            f"question {question.id!r}: expected a set (or list) of {what}, "
            f"got {_kind(value)} {value!r}"
        )
    return value


def _text(question: Question, value: object, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(
            f"question {question.id!r}: {what} must be a string, got {_kind(value)} {value!r}"
        )
    return value


def _check_choice(q: ChoiceQuestion, r: object) -> int:
    return _index(q, r)


def _check_multi(q: MultiQuestion, r: object) -> frozenset[int]:
    return frozenset(_index(q, v) for v in _collection(q, r, "option indices"))


def _check_truefalse(q: TrueFalseQuestion, r: object) -> bool | str:
    if r is True or r is False or r == NOT_GIVEN:
        return r
    message = f"question {q.id!r}: expected True, False or 'not_given', got {r!r}"
    raise ValueError(message) if isinstance(r, str) else TypeError(message)


def _check_short(q: ShortQuestion, r: object) -> str:
    if not isinstance(r, str):
        raise TypeError(f"question {q.id!r}: expected the typed answer (a string), got {r!r}")
    return r


def _check_cloze(q: ClozeQuestion, r: object) -> tuple[str, ...]:
    if isinstance(r, str | bytes) or not isinstance(r, Sequence):
        raise TypeError(
            f"question {q.id!r}: expected a list of strings, one per blank, got {_kind(r)} {r!r}"
        )
    count = len(q.blanks)
    if len(r) != count:
        raise ValueError(
            f"question {q.id!r}: expected {count} answer(s), one per blank, got {len(r)}"
        )
    answers = tuple(_text(q, v, f"blank {i + 1}") for i, v in enumerate(r))
    if q.choices is not None:
        allowed = {unicodedata.normalize("NFC", c.strip()) for c in q.choices}
        for i, answer in enumerate(answers):
            pick = unicodedata.normalize("NFC", answer.strip())
            if pick and pick not in allowed:
                raise ValueError(
                    f"question {q.id!r}: blank {i + 1} is a drop-down; {answer!r} is not "
                    f"one of its choices {sorted(allowed)}"
                )
    return answers


def _check_match(q: MatchQuestion, r: object) -> dict[str, str | None]:
    if not isinstance(r, Mapping):
        raise TypeError(
            f"question {q.id!r}: expected a dict from left to right, got {_kind(r)} {r!r}"
        )
    lefts = {p.left for p in q.pairs}
    rights = {p.right for p in q.pairs}
    out: dict[str, str | None] = {}
    for left, right in r.items():
        if left not in lefts:
            raise ValueError(f"question {q.id!r}: {left!r} is not one of the left-hand items")
        chosen = _text(q, right, f"the match for {left!r}") or None
        if chosen is not None and chosen not in rights:
            raise ValueError(f"question {q.id!r}: {chosen!r} is not one of the right-hand items")
        out[left] = chosen
    return out


def _check_order(q: OrderQuestion, r: object) -> tuple[str, ...]:
    if isinstance(r, str | bytes) or not isinstance(r, Sequence):
        raise TypeError(f"question {q.id!r}: expected a list of the items, got {_kind(r)} {r!r}")
    given = tuple(_text(q, v, "an item") for v in r)
    if Counter(given) != Counter(q.items):
        missing = sorted((Counter(q.items) - Counter(given)).elements())
        unknown = sorted((Counter(given) - Counter(q.items)).elements())
        raise ValueError(
            f"question {q.id!r}: the response must list every item exactly once"
            + (f"; missing {missing}" if missing else "")
            + (f"; not items (or repeated) {unknown}" if unknown else "")
        )
    return given


def _check_locate(q: LocateQuestion, r: object, article: Article | None) -> frozenset[str]:
    picked = frozenset(_text(q, v, "a sentence id") for v in _collection(q, r, "sentence ids"))
    if article is not None:
        known = {s.id for s in article.sentences}
        unknown = sorted(picked - known)
        if unknown:
            raise ValueError(f"question {q.id!r}: no sentence with id {unknown[0]!r} in the text")
    return picked


def check_response(question: Question, response: object, article: Article | None = None) -> Any:
    """The response in its canonical shape, or a clear TypeError/ValueError."""
    if isinstance(question, MultiQuestion):
        return _check_multi(question, response)
    if isinstance(question, ChoiceQuestion):
        return _check_choice(question, response)
    if isinstance(question, TrueFalseQuestion):
        return _check_truefalse(question, response)
    if isinstance(question, ShortQuestion):
        return _check_short(question, response)
    if isinstance(question, ClozeQuestion):
        return _check_cloze(question, response)
    if isinstance(question, MatchQuestion):
        return _check_match(question, response)
    if isinstance(question, OrderQuestion):
        return _check_order(question, response)
    if isinstance(question, LocateQuestion):
        return _check_locate(question, response, article)
    raise TypeError(f"cannot grade a {_kind(question)}")


def response_to_json(response: Any) -> Any:
    """A canonical response as plain JSON data (sets become sorted lists)."""
    if isinstance(response, frozenset | set):
        return sorted(response)
    if isinstance(response, tuple):
        return list(response)
    if isinstance(response, Mapping):
        return dict(response)
    return response


def response_from_json(question: Question, data: Any) -> Any:
    """Back from `response_to_json`, checked against the question as it is now."""
    return check_response(question, data)


def right_response(question: Question) -> Any:
    """The response the file itself says is right, in the scripting API's shape.

    What the self-test enters through the widgets and what tests grade: one
    definition, so they cannot disagree. A cloze blank with a word bank answers
    with the first alternative that is among the `choices` (the only words a
    drop-down offers); a typed blank with its first alternative.
    """
    if isinstance(question, MultiQuestion):
        return {i for i, o in enumerate(question.options) if o.correct}
    if isinstance(question, ChoiceQuestion):
        return next(i for i, o in enumerate(question.options) if o.correct)
    if isinstance(question, TrueFalseQuestion):
        return question.answer
    if isinstance(question, ShortQuestion):
        return question.answers[0]
    if isinstance(question, ClozeQuestion):
        if question.choices:
            offered = set(question.choices)
            return [next((a for a in alts if a in offered), alts[0]) for alts in question.blanks]
        return [alts[0] for alts in question.blanks]
    if isinstance(question, MatchQuestion):
        return {p.left: p.right for p in question.pairs}
    if isinstance(question, OrderQuestion):
        return list(question.items)
    if isinstance(question, LocateQuestion):
        return set(question.sentences)
    raise TypeError(f"no right response for a {_kind(question)}")
