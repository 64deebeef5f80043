"""Session invariants over random runs: scores in range, tries bounded, exact resume."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.model import Settings
from quizapp.core.quiz.session import Mode, QuizSession
from tests.core import quiz_factory as f
from tests.core.grading.test_grading_properties import response_for

SESSION_SETTINGS = st.builds(
    Settings,
    attempts=st.integers(1, 3),
    retry_penalty=st.sampled_from([0.0, 0.3, 0.5, 1.0]),
    hint_penalty=st.sampled_from([0.0, 0.25, 0.9]),
    shuffle=st.booleans(),
)


def check_invariants(quiz: QuizSession) -> None:
    total = 0.0
    for q in quiz.questions:
        score = quiz.question_score(q.id)
        assert 0 <= score <= q.points
        limit = 1 if quiz.mode is Mode.TEST else q.settings.attempts
        assert quiz.attempts_used(q.id) <= limit
        assert quiz.attempts_left(q.id) >= 0
        total += score
    assert abs(quiz.score - total) < 1e-9
    result = quiz.result()
    assert 0 <= result.percent <= 100


def resumed(quiz: QuizSession) -> QuizSession:
    data = json.loads(json.dumps(quiz.to_dict()))
    back = QuizSession.from_dict(quiz.article, data)
    assert back.to_dict() == quiz.to_dict()
    assert back.result() == quiz.result()
    for qid in quiz.question_ids:
        assert back.outcome(qid) == quiz.outcome(qid)
    return back


@settings(max_examples=40, deadline=None)
@given(
    s=SESSION_SETTINGS,
    mode=st.sampled_from(list(Mode)),
    seed=st.integers(0, 2**32 - 1),
    data=st.data(),
)
def test_random_runs_keep_their_invariants_and_resume_exactly(
    s: Settings, mode: Mode, seed: int, data: Any
) -> None:
    quiz = QuizSession(f.article(s=s), mode, seed=seed)
    for _ in range(data.draw(st.integers(1, 12))):
        q = data.draw(st.sampled_from(quiz.questions))
        action = data.draw(st.sampled_from(["answer", "answer", "hint", "go", "give_up"]))
        if action == "answer" and quiz.can_answer(q.id):
            out = quiz.answer(q.id, data.draw(response_for(q)))
            assert out.feedback_visible is (mode is Mode.PRACTICE)
            assert 0 <= out.score <= out.question_score <= q.points
        elif action == "hint" and q.hint:
            quiz.reveal_hint(q.id)
        elif action == "go":
            quiz.go_to(q.id)
        elif action == "give_up" and mode is Mode.PRACTICE and quiz.attempts_used(q.id):
            assert quiz.give_up(q.id).done
        check_invariants(quiz)
        quiz = resumed(quiz)
    quiz.finish()
    check_invariants(quiz)
    resumed(quiz)
