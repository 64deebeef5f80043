"""A long quiz is offered whole or in parts of about 8–10 questions, chosen at the start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from quizapp.core import load_article
from quizapp.core.quiz.parts import split_parts
from tests.gui.quiz_fixtures import click, load, make_host

BELARUS = Path(__file__).resolve().parents[3] / "questions" / "russie-armes-nucleaires-belarus.yaml"


def test_a_long_quiz_can_be_taken_in_parts(qtbot):
    article = load_article(BELARUS)
    parts = split_parts(article)
    _view, panel = make_host(qtbot, article)
    chooser = panel.chooser
    assert chooser.part.isVisible() and chooser.part.count() == len(parts) + 1
    assert chooser.part.itemText(0) == f"The whole quiz ({len(article.questions)} questions)"
    assert chooser.part.itemText(2).startswith(f"Part 2 of {len(parts)}: questions ")
    chooser.part.setFocus()
    qtbot.keyClick(chooser.part, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.part, Qt.Key.Key_Down)
    assert chooser.part.currentIndex() == 2
    click(qtbot, chooser.practice_button)
    assert panel.session.question_ids == parts[1]
    assert panel.page.position.text() == f"Question 1 of {len(parts[1])}"
    with qtbot.waitSignal(panel.controller.session_started):
        panel.controller.restart()  # "Start again" keeps the part
    assert panel.session.question_ids == parts[1]
    # at the end of a part, the summary offers the next one
    click(qtbot, panel.page.finish_button)
    with qtbot.waitSignal(panel.controller.session_finished):
        click(qtbot, panel.page.finish_bar.finish_button)
    button = panel.summary.next_part_button
    first = len(parts[0]) + len(parts[1]) + 1
    assert button.isVisible()
    assert button.text() == f"Go on: part 3 (questions {first}–{first + len(parts[2]) - 1})"
    with qtbot.waitSignal(panel.controller.session_started):
        click(qtbot, button)
    assert panel.session.question_ids == parts[2]


def test_a_short_quiz_is_offered_whole(qtbot, tmp_path):
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article)
    assert not panel.chooser.part.isVisible()
    click(qtbot, panel.chooser.practice_button)
    assert len(panel.session.question_ids) == len(article.questions)
