"""The preview follows the teacher's edits: the quiz stays on its question, or goes to
the one question the teacher changed, and keeps the answers given."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.bank.loader import check_bytes
from quizapp.core.quiz.follow import question_to_show
from tests.gui.quiz_fixtures import ALL_TYPES, answer_current, click


@pytest.fixture
def quiz(qtbot, window, bank: Path):
    """The all-types article open in the window, a practice run on its third question."""
    from quizapp.core.grading.responses import right_response

    path = bank / "tous.yaml"
    path.write_text(ALL_TYPES, encoding="utf-8")
    with qtbot.waitSignal(window.article_opened, timeout=5000):
        window.open_file(path)
    click(qtbot, window.reading_view.quiz_button)
    panel = window.quiz.panel
    qtbot.waitUntil(lambda: panel.offering(), timeout=5000)
    click(qtbot, panel.chooser.practice_button)
    answer_current(qtbot, panel, right_response(panel.session.current))
    with qtbot.waitSignal(panel.controller.answered):
        click(qtbot, panel.page.check_button)
    for _ in range(2):
        click(qtbot, panel.page.next_button)
    assert panel.session.current.id == "q3"
    return path, panel


def test_one_question_edited_is_the_one_shown(qtbot, quiz) -> None:
    path, panel = quiz
    path.write_text(
        ALL_TYPES.replace("prompt: Complétez.", "prompt: Complétez la phrase."), encoding="utf-8"
    )
    qtbot.waitUntil(lambda: panel.session.current.id == "q6", timeout=5000)
    assert panel.page.prompt.text() == "Complétez la phrase."
    assert panel.session.attempts_used("q1") == 1  # the answer given is kept


def test_other_edits_keep_the_question_on_screen(qtbot, window, quiz) -> None:
    path, panel = quiz
    path.write_text(
        ALL_TYPES.replace("prompt: Complétez.", "prompt: Complétez bien.").replace(
            "prompt: Choisissez.", "prompt: Choisissez bien."
        ),
        encoding="utf-8",
    )
    qtbot.waitUntil(lambda: panel.session.article.question("q6").prompt == "Complétez bien.")
    assert panel.session.current.id == "q3"
    assert panel.page.prompt.text() == "Ils ont trois enfants."
    assert window.reading_view.side_panel() is panel


def test_which_question_to_show() -> None:
    old, _ = check_bytes(ALL_TYPES.encode(), "a.yaml")
    new, _ = check_bytes(ALL_TYPES.replace("Associez.", "Associez-les.").encode(), "a.yaml")
    assert question_to_show(old, new, "q2") == "q8"
    gone, _ = check_bytes(ALL_TYPES.replace("title: Un article", "title: Un texte").encode(), "a")
    assert question_to_show(old, gone, "q2") == "q2"
    assert question_to_show(old, gone, "q99") == "q1"
