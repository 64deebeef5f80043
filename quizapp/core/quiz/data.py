"""Saving a quiz run as plain JSON data, and resuming it, checking the data as it goes.

Saved data may be old or damaged, and the teacher may have edited the article
since: a question whose fingerprint changed (or that is gone) starts afresh
and is listed in `session.changed_questions`; anything that is not a saved
run at all is a ValueError saying what is wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizapp.core.grading.responses import check_response, response_to_json
from quizapp.core.grading.score import assess
from quizapp.core.quiz.orders import display_orders, fingerprint, shown_items, valid_orders
from quizapp.core.quiz.state import Mode, State, Try

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.quiz.session import QuizSession

SESSION_FORMAT = 1


def _fail(message: str) -> ValueError:
    return ValueError(f"saved quiz: {message}")


def dump(session: QuizSession) -> dict[str, Any]:
    """Everything needed to resume the run exactly, as JSON-able data."""
    return {
        "format": SESSION_FORMAT,
        "article_id": session.article.id,
        "content_hash": session.article.content_hash,
        "mode": session.mode.value,
        "seed": session.seed,
        "questions": list(session.question_ids),
        "fingerprints": {q.id: fingerprint(q) for q in session.questions},
        "current": session.index,
        "current_id": session.current.id if session.questions else None,
        "finished": session.finished,
        "orders": {
            qid: {kind: list(order) for kind, order in orders.items()}
            for qid, orders in session._orders.items()
        },
        "state": {
            qid: {
                "tries": [
                    {"response": response_to_json(t.response), "hinted": t.hinted}
                    for t in state.tries
                ],
                "hint_shown": state.hint_shown,
                "closed": state.closed,
                "lookups": list(state.lookups),
            }
            for qid, state in session._states.items()
        },
    }


def blank_mode_and_seed(data: Any) -> tuple[Mode, int]:
    """The mode and seed of saved data, to build the session to restore into."""
    if not isinstance(data, dict):
        raise _fail(f"it should be a mapping, not {type(data).__name__}")
    try:
        mode = Mode(str(data.get("mode")))
    except ValueError:
        raise _fail(f"unknown mode {data.get('mode')!r}") from None
    seed = data.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise _fail(f"the seed must be a whole number, not {seed!r}")
    return mode, seed


def _typed(data: dict[str, Any], key: str, kind: type | tuple[type, ...], default: Any) -> Any:
    value = data.get(key, default)
    if not isinstance(value, kind):
        raise _fail(f"{key!r} has the wrong type ({type(value).__name__})")
    return value


def restore(session: QuizSession, data: dict[str, Any]) -> QuizSession:
    """Fill a blank session (right article, mode and seed) from saved data."""
    article = session.article
    if data.get("format") != SESSION_FORMAT:
        raise _fail(f"unknown format {data.get('format')!r} (expected {SESSION_FORMAT})")
    if data.get("article_id") != article.id:
        raise _fail(f"it belongs to article {data.get('article_id')!r}, not {article.id!r}")
    ids = _typed(data, "questions", list, None)
    fingerprints = _typed(data, "fingerprints", dict, {})
    orders = _typed(data, "orders", dict, {})
    states = _typed(data, "state", dict, {})
    known = {q.id: q for q in article.questions}
    changed: list[str] = []
    questions = []
    for qid in ids:
        if not isinstance(qid, str):
            raise _fail(f"question id {qid!r} is not text")
        q = known.get(qid)
        if q is None:
            changed.append(qid)
            continue
        questions.append(q)
        session._states[qid] = State()
        fresh = fingerprints.get(qid) == fingerprint(q)
        stored = orders.get(qid)
        if fresh and valid_orders(q, stored):
            session._orders[qid] = {k: list(v) for k, v in stored.items()}
        else:
            session._orders[qid] = display_orders(q, session.seed)
        if not fresh:
            changed.append(qid)
            continue
        saved = states.get(qid, {})
        if not isinstance(saved, dict):
            raise _fail(f"the state of question {qid!r} is not a mapping")
        state = session._states[qid]
        for entry in _typed(saved, "tries", list, []):
            if not isinstance(entry, dict) or "response" not in entry:
                raise _fail(f"a try of question {qid!r} has no response")
            try:
                response = check_response(q, entry["response"], article)
            except (TypeError, ValueError) as err:
                raise _fail(f"a response to question {qid!r} no longer fits it: {err}") from None
            hinted = bool(entry.get("hinted", False))
            shown = shown_items(q, session._orders[qid])
            graded = assess(q, response, article=article, shown=shown)
            state.tries.append(Try(response, hinted, graded))
        state.hint_shown = bool(saved.get("hint_shown", False))
        state.closed = bool(saved.get("closed", False))
        state.lookups = [str(w) for w in _typed(saved, "lookups", list, [])]
    session._questions = questions
    current = data.get("current", 0)
    ids_now = [q.id for q in questions]
    if data.get("current_id") in ids_now:
        session._index = ids_now.index(data["current_id"])
    elif isinstance(current, int) and 0 <= current < len(questions):
        session._index = current
    else:
        session._index = 0
    session._finished = bool(data.get("finished", False))
    session.changed_questions = tuple(changed)
    session.article_changed = data.get("content_hash") != article.content_hash
    return session
