"""The library's chip and the Review screen count the same thing: what the sitting can show.

A missed locate question is saved as a card, but the review cannot show it (it needs the
reading screen's passage): the chip once said « Review 1 word, 2 questions » over a
sitting of « 1 / 2 »."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    look_up,
    next_question,
    open_article,
    start_practice,
    store,
)

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_missed_locate_question_is_counted_neither_on_the_chip_nor_in_the_sitting(qtbot, win):
    review = win.progress_screens.review
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")
    start_practice(qtbot, win)
    answer(qtbot, win, right=False)  # a question card the review shows
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    while panel.session.current.id != "q10":  # the others right: no card
        answer(qtbot, win, right=True)
        next_question(qtbot, win)
    answer(qtbot, win, right=False)  # the locate question, missed: a card it cannot show
    win.show_screen("library")
    saved = store(win).review_cards(progress_helpers.bridge(win).profile)
    questions = [c for c in saved if c.kind == "question"]
    assert len(questions) == 2 and "q10" in {c.item for c in questions}
    qtbot.waitUntil(lambda: review.button.text() == "Review 1 word, 1 question")
    assert review.due_count == 2 and len(review.due_cards()) == 3  # q10 saved, not counted
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    view = review.view
    assert view.total == len(view.cards) == 2
    assert view.left.text() == "1 / 2"
