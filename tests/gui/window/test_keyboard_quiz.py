"""The keyboard reaches everything: toolbar buttons by Tab, J/K after a toolbar click,
and the quiz's H (hint), R (try again), S (show the answer)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import progress_helpers
from tests.gui.progress_helpers import next_question, open_article, start_practice
from tests.gui.quiz_fixtures import answer_current, click, wrong_answer

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_a_toolbar_click_leaves_j_and_k_to_the_passage(qtbot, reading):
    view = reading.reading_view
    passage = view.passage
    passage.setFocus()
    qtbot.waitUntil(passage.hasFocus)
    click(qtbot, view.parallel_button)
    assert passage.hasFocus()
    before = passage.current()
    qtbot.keyClick(passage, Qt.Key.Key_J)
    assert passage.current() != before
    # and Tab still reaches the toolbar buttons
    assert view.parallel_button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_h_r_and_s_drive_the_quiz(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    assert win.actions_by_name["start_quiz"].isVisible()
    panel = start_practice(qtbot, win)
    assert not win.actions_by_name["start_quiz"].isVisible()  # out of the toolbar meanwhile
    page = panel.page
    q1 = panel.session.current  # a choice with a hint, two tries
    page.check_button.setFocus()
    qtbot.keyClick(page.check_button, Qt.Key.Key_H)
    assert panel.session.hint_shown(q1.id) and page.hint_text.isVisible()
    answer_current(qtbot, panel, wrong_answer(q1))
    click(qtbot, page.check_button)
    assert panel.widget.locked() and panel.session.can_retry(q1.id)
    qtbot.keyClick(page.retry_button, Qt.Key.Key_R)
    assert not panel.widget.locked()
    next_question(qtbot, win)
    q2 = panel.session.current
    answer_current(qtbot, panel, wrong_answer(q2))
    click(qtbot, page.check_button)
    assert panel.session.can_retry(q2.id)
    qtbot.keyClick(page.give_up_button, Qt.Key.Key_S)
    assert panel.session.outcome(q2.id).done
    assert page.feedback.verdict_kind() == "wrong"


def test_letters_typed_in_an_answer_stay_in_the_answer(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    short = next(i for i, q in enumerate(panel.session.questions) if q.type.value == "short")
    panel.controller.go_to(short)
    field = panel.widget.field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    for key in (Qt.Key.Key_H, Qt.Key.Key_R, Qt.Key.Key_S):
        qtbot.keyClick(field, key)
    assert field.text() == "hrs"
    assert not panel.session.hint_shown(panel.session.current.id)
