"""The reading toolbar's primary button says the way on, as the end card does (from the
same state): resume a run left unfinished, redo a finished quiz, else start it; and it
goes that way when clicked."""

from __future__ import annotations

from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    add_learner,
    answer,
    assert_run_resumed_at_q2,
    bridge,
    finish,
    next_question,
    open_article,
    start_practice,
)
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_the_toolbar_offers_to_resume_and_resumes_the_same_run(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    view = win.reading_view
    button = view.quiz_button
    start_practice(qtbot, win)
    answer(qtbot, win)
    next_question(qtbot, win)  # stopped at question 2
    sid = bridge(win).session_id
    open_article(qtbot, win, "armes-belarus")  # no run there: start
    assert button.isVisible() and button.text() == "Start the quiz"
    open_article(qtbot, win, "tous-les-types")
    panel = win.quiz.panel
    qtbot.waitUntil(lambda: panel.chooser.resume_button.isVisible())
    click(qtbot, panel.chooser.close_button)  # back to the text, to read it first
    qtbot.waitUntil(button.isVisible)
    total = len(view.article.questions)
    assert button.text() == "Resume the quiz" == button.accessibleName()
    assert button.toolTip() == f"Carry on from question 2 of {total}"
    assert view.end_card.state == ("resume", 2, total)  # the card's state, said shorter
    win.set_language("fr")
    assert button.text() == "Reprendre le quiz"
    assert button.toolTip() == f"Reprendre à la question 2 sur {total}"
    win.set_language("en")
    assert button.text() == "Resume the quiz"
    click(qtbot, button)
    qtbot.waitUntil(panel.in_question)
    assert view.side_panel() is panel and not button.isVisible()
    assert_run_resumed_at_q2(win, panel, sid)


def test_a_finished_quiz_is_redone_and_another_learner_starts_afresh(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    button = view.quiz_button
    assert button.text() == "Start the quiz"
    panel = start_practice(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    click(qtbot, panel.summary.back_button)  # back to the text
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Redo the quiz"
    assert button.property("quiet") == "true" and button.property("primary") == "false"
    assert button.toolTip() == "Best score: 100%. Answer the questions again"
    assert view.toolbar.width() >= view.toolbar.sizeHint().width()  # the row still fits
    add_learner(qtbot, win, "Zoé")  # a learner with no run of it
    qtbot.waitUntil(lambda: button.text() == "Start the quiz")
    assert button.property("primary") == "true"  # the way on again: the accent
    click(qtbot, button)
    qtbot.waitUntil(lambda: view.side_panel() is panel and panel.offering())
    assert not panel.chooser.resume_button.isVisible()  # a new start, the chooser's
