"""`right_response`: the file's own right answer earns full marks, for every type."""

from __future__ import annotations

from quizapp.core.grading.responses import right_response
from quizapp.core.model import ClozeQuestion, Settings
from tests.core.quiz_factory import all_questions


def test_every_type_of_question_gets_full_marks():
    for question in all_questions():
        grade = question.grade(right_response(question))
        assert grade.correct, (question.id, grade.feedback)


def test_a_drop_down_blank_answers_with_an_offered_word():
    question = ClozeQuestion(
        id="c",
        prompt="Complétez.",
        sentences=("s1",),
        text="Le Belarus partage une longue [limite|frontière] avec l’Ukraine.",
        choices=("frontière", "côte"),
        settings=Settings(),
    )
    assert right_response(question) == ["frontière"]
    assert question.grade(["frontière"]).correct
