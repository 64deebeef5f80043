"""Saving a quiz run after every answer and resuming it exactly, even after edits."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from quizapp.core.model import Option
from quizapp.core.quiz.orders import fingerprint
from quizapp.core.quiz.session import Mode, QuizSession
from tests.core import quiz_factory as f


def through_json(quiz: QuizSession) -> dict[str, Any]:
    data = quiz.to_dict()
    return json.loads(json.dumps(data, ensure_ascii=False))


def test_round_trip_preserves_orders_state_and_outcomes() -> None:
    art = f.article()
    quiz = QuizSession(art, Mode.PRACTICE, seed=1234)
    quiz.answer("choice", 1)
    quiz.reveal_hint("choice")
    quiz.answer("multi", {0, 1})
    quiz.answer("locate", {"s3"})
    quiz.answer("short", "génrale")
    quiz.give_up("short")
    quiz.record_lookup("multi", "citer")
    quiz.go_to("cloze")
    back = QuizSession.from_dict(art, through_json(quiz))
    assert back.to_dict() == quiz.to_dict()
    assert back.changed_questions == () and not back.article_changed
    assert (back.seed, back.mode, back.index, back.current.id) == (1234, Mode.PRACTICE, 4, "cloze")
    for qid in ("choice", "multi"):
        assert back.option_order(qid) == quiz.option_order(qid)
    assert back.right_order("match") == quiz.right_order("match")
    assert back.item_order("order") == quiz.item_order("order")
    for qid in quiz.question_ids:
        assert back.outcome(qid) == quiz.outcome(qid)
        assert back.can_answer(qid) == quiz.can_answer(qid)
        assert back.hint_shown(qid) == quiz.hint_shown(qid)
    assert back.response("multi") == frozenset({0, 1})
    assert back.lookups("multi") == ("citer",)
    assert back.score == quiz.score and back.result() == quiz.result()
    # and the resumed run goes on exactly like the original
    assert back.answer("choice", 0) == quiz.answer("choice", 0)
    assert back.answer("locate", {"s3", "s4"}) == quiz.answer("locate", {"s3", "s4"})


def test_saving_after_every_answer_and_resuming_each_time() -> None:
    art = f.article()
    quiz = QuizSession(art, Mode.TEST, seed=99)
    steps: list[tuple[str, Any]] = [
        ("choice", 2),
        ("tf", True),
        ("cloze", ["limite", "Pologne"]),
        ("order", list(reversed(f.order().items))),
        ("match", {"Vladimir Poutine": "« rien d’inhabituel »"}),
    ]
    for qid, response in steps:
        quiz = QuizSession.from_dict(art, through_json(quiz))
        quiz.answer(qid, response)
    quiz = QuizSession.from_dict(art, through_json(quiz))
    result = quiz.finish()
    assert [r.attempts for r in result.rows] == [1, 0, 1, 0, 1, 1, 1, 0]
    finished = QuizSession.from_dict(art, through_json(quiz))
    assert finished.finished and finished.result() == result
    outcome = finished.outcome("cloze")
    assert outcome is not None and outcome.feedback_visible and outcome.grade.correct


def test_a_changed_question_starts_afresh_and_is_named() -> None:
    art = f.article()
    quiz = QuizSession(art, seed=5)
    quiz.answer("choice", 1)
    quiz.answer("multi", {0, 2})
    data = through_json(quiz)
    edited_choice = replace(
        art.question("choice"), options=(*f.choice().options, Option("Une quatrième."))
    )
    questions = tuple(edited_choice if q.id == "choice" else q for q in art.questions)
    edited = replace(art, questions=questions, content_hash="hash-2")
    back = QuizSession.from_dict(edited, data)
    assert back.changed_questions == ("choice",)
    assert back.article_changed
    assert back.attempts_used("choice") == 0 and back.outcome("choice") is None
    assert sorted(back.option_order("choice")) == [0, 1, 2, 3]
    assert back.attempts_used("multi") == 1 and back.question_score("multi") == 1


def test_a_removed_question_is_dropped_and_named() -> None:
    art = f.article()
    quiz = QuizSession(art, seed=5)
    quiz.go_to("locate")
    data = through_json(quiz)
    smaller = replace(art, questions=art.questions[:-1])
    back = QuizSession.from_dict(smaller, data)
    assert back.changed_questions == ("locate",)
    assert "locate" not in back.question_ids and back.index == 0


def test_the_current_question_is_found_again_by_its_id() -> None:
    art = f.article()
    quiz = QuizSession(art, seed=5)
    quiz.go_to("order")
    back = QuizSession.from_dict(replace(art, questions=art.questions[1:]), through_json(quiz))
    assert back.current.id == "order" and back.index == 5


def test_settings_changes_do_not_reset_questions_but_show_in_the_article_hash() -> None:
    art = f.article()
    stricter = f.article(s=f.settings("strict"), content_hash="hash-3")
    q = art.question("short")
    assert fingerprint(q) == fingerprint(stricter.question("short"))
    assert fingerprint(q) != fingerprint(replace(q, answers=("générales",)))
    assert fingerprint(q) != fingerprint(replace(q, points=2))
    assert fingerprint(q) == fingerprint(replace(q, line=99))
    quiz = QuizSession(art, seed=1)
    quiz.answer("short", "générale")
    back = QuizSession.from_dict(stricter, through_json(quiz))
    assert back.article_changed and back.changed_questions == ()
    assert back.question_score("short") == 1


def test_a_review_session_round_trips_too() -> None:
    art = f.article()
    quiz = QuizSession(art, seed=2)
    quiz.answer("choice", 0)
    quiz.answer("short", "zzzz")  # wrong; the questions not answered are skipped, not mistakes
    review = quiz.review_mistakes(seed=3)
    back = QuizSession.from_dict(art, through_json(review))
    assert back.question_ids == review.question_ids == ("short",)


DAMAGED = [
    ([], "mapping"),
    ({"mode": "exam", "seed": 1}, "unknown mode"),
    ({"mode": "test", "seed": "x"}, "seed"),
    ({"mode": "test", "seed": 1, "format": 9}, "unknown format"),
    ({"mode": "test", "seed": 1, "format": 1, "article_id": "other"}, "belongs to article"),
    (
        {"mode": "test", "seed": 1, "format": 1, "article_id": "belarus", "questions": "choice"},
        "'questions' has the wrong type",
    ),
]


@pytest.mark.parametrize(("data", "message"), DAMAGED)
def test_damaged_saved_data_is_a_clear_value_error(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        QuizSession.from_dict(f.article(), data)


def test_a_stored_response_that_no_longer_fits_is_a_clear_error() -> None:
    art = f.article()
    quiz = QuizSession(art, seed=1)
    quiz.answer("choice", 2)
    data = through_json(quiz)
    data["state"]["choice"]["tries"][0]["response"] = 17
    with pytest.raises(ValueError, match="no longer fits"):
        QuizSession.from_dict(art, data)


def test_stored_orders_that_do_not_fit_are_drawn_again() -> None:
    art = f.article()
    quiz = QuizSession(art, seed=8)
    data = through_json(quiz)
    data["orders"]["choice"] = {"options": [0, 0, 1]}
    back = QuizSession.from_dict(art, data)
    assert back.option_order("choice") == quiz.option_order("choice")
