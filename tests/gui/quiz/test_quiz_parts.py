"""A long quiz is offered whole or in parts of about 8–10 questions, chosen at the start."""

from __future__ import annotations

from pathlib import Path

from quizapp.core import load_article
from quizapp.core.quiz.parts import split_parts
from tests.gui.quiz_fixtures import click, load, make_host

BELARUS = Path(__file__).resolve().parents[3] / "questions" / "russie-armes-nucleaires-belarus.yaml"


def test_a_long_quiz_can_be_taken_in_parts(qtbot, translators):
    article = load_article(BELARUS)
    parts = split_parts(article)
    _view, panel = make_host(qtbot, article)
    chooser = panel.chooser
    cards = chooser.part_buttons
    assert chooser.part_box.isVisible() and len(cards) == len(parts) + 1
    # parts by default: the first one is picked, the whole quiz is the last card
    assert cards[0].isChecked() and chooser.selected_ids() == parts[0]
    assert cards[0].text() == f"Part 1 of {len(parts)} ({len(parts[0])} questions)"
    assert cards[-1].text() == f"The whole quiz ({len(article.questions)} questions)"
    click(qtbot, cards[1])
    assert cards[1].isChecked() and not cards[0].isChecked()
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
    assert not panel.chooser.part_box.isVisible() and not panel.chooser.part_buttons
    click(qtbot, panel.chooser.practice_button)
    assert len(panel.session.question_ids) == len(article.questions)


def test_the_next_part_not_answered_is_preselected_and_the_whole_is_a_click_away(qtbot):
    article = load_article(BELARUS)
    parts = split_parts(article)
    _view, panel = make_host(qtbot, article)
    chooser = panel.chooser
    chooser.set_done(article.id, set(parts[0]) | set(parts[1][:1]))
    assert chooser.part_buttons[1].isChecked()  # part 2 is not finished yet
    chooser.set_done(article.id, set(parts[0]) | set(parts[1]))
    assert chooser.part_buttons[2].isChecked()
    click(qtbot, chooser.part_buttons[-1])
    assert chooser.selected_ids() is None
    click(qtbot, chooser.practice_button)
    assert len(panel.session.question_ids) == len(article.questions)
