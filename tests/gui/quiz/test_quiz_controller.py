"""The controller: core session calls in, typed signals out, refusals as messages."""

from __future__ import annotations

import json

import pytest

from quizapp.core.grading.responses import right_response
from quizapp.core.quiz.session import Mode, QuizSession
from quizapp.gui.quiz.controller import QuizController
from tests.gui.quiz_fixtures import load, wrong_answer


@pytest.fixture
def article(tmp_path):
    return load(tmp_path)


def test_start_emits_the_session_then_the_first_question(qtbot, article):
    controller = QuizController()
    seen = []
    controller.session_started.connect(lambda s: seen.append(("started", s.mode)))
    controller.question_changed.connect(lambda i: seen.append(("question", i)))
    session = controller.start(article, Mode.TEST, seed=4)
    assert seen == [("started", Mode.TEST), ("question", 0)]
    assert controller.session is session and session.seed == 4
    assert controller.current.id == "q1"


def test_navigation_signals_only_real_moves(qtbot, article):
    controller = QuizController()
    controller.start(article, Mode.PRACTICE)
    moves = []
    controller.question_changed.connect(moves.append)
    assert not controller.previous()
    assert controller.next()
    controller.go_to(1)  # already there: no signal
    controller.go_to(9)
    assert not controller.next()
    assert moves == [1, 9]


def test_answers_hints_and_refusals(qtbot, article):
    controller = QuizController()
    controller.start(article, Mode.PRACTICE, seed=1)
    q1 = article.question("q1")
    with qtbot.waitSignal(controller.hint_revealed) as hint:
        controller.reveal_hint()
    assert hint.args[0] == "q1" and hint.args[1].startswith("Regardez")
    with qtbot.waitSignal(controller.answered) as answered:
        controller.submit(wrong_answer(q1))
    qid, outcome = answered.args
    assert qid == "q1" and outcome.can_retry and not outcome.done
    controller.give_up()
    with qtbot.waitSignal(controller.failed) as failed:
        assert controller.submit(right_response(q1)) is None  # no tries left
    assert "no tries left" in failed.args[0]
    controller.go_to(1)
    with qtbot.waitSignal(controller.failed):
        assert controller.reveal_hint() is None  # q2 has no hint
    with qtbot.waitSignal(controller.failed):
        assert controller.give_up() is None  # not answered yet


def test_finish_review_restart_and_saved_state(qtbot, article):
    controller = QuizController()
    assert controller.to_dict() is None
    controller.start(article, Mode.TEST, seed=9)
    controller.submit(right_response(article.question("q1")))
    controller.next()
    controller.submit(wrong_answer(article.question("q2")))
    data = controller.to_dict()
    assert json.loads(json.dumps(data)) == data
    resumed = QuizSession.from_dict(article, data)
    assert resumed.answered == 2 and resumed.seed == 9
    with qtbot.waitSignal(controller.session_finished) as finished:
        controller.finish()
    assert finished.args[0].score == 1
    review = controller.review_mistakes()
    assert review is not None and review.question_ids == ("q2",)  # the others were skipped
    assert review.mode is Mode.TEST and controller.review
    fresh = controller.restart()
    assert len(fresh.question_ids) == len(article.questions) and fresh.answered == 0
    assert not controller.review


def test_resume_of_bad_data_is_a_message(qtbot, article):
    controller = QuizController()
    with qtbot.waitSignal(controller.failed):
        assert controller.resume(article, {"mode": "practice", "seed": "x"}) is None
    assert controller.session is None
