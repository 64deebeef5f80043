"""The typed answer's field says what kind of answer to type, never the answer."""

from __future__ import annotations

import pytest

from quizapp.core.model import ShortQuestion
from quizapp.gui.quiz.answer_text import ShortAnswer


def short(*answers: str) -> ShortQuestion:
    return ShortQuestion(id="q", prompt="?", sentences=("s1",), answers=answers)


@pytest.mark.parametrize(
    ("answers", "hint"),
    [
        (("1996", "en 1996"), "A number"),
        (("dix euros", "10 euros", "10"), "In French, in words or figures"),
        (("une ponceuse", "ponceuse"), "Your answer in French"),
    ],
)
def test_the_field_says_the_kind_of_answer(qtbot, answers, hint):
    widget = ShortAnswer(short(*answers))
    qtbot.addWidget(widget)
    placeholder = widget.field.placeholderText()
    assert placeholder == hint
    for answer in answers:  # never the answer, nor a part of it
        assert answer.lower() not in placeholder.lower()
    assert widget.field.accessibleName() == "Your answer"
