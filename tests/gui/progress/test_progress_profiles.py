"""Learners: picked or created without blocking the window, remembered, each with their history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.gui.library.model import Column
from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    add_learner,
    answer,
    bridge,
    close_window,
    finish,
    open_article,
    open_window,
    start_practice,
    store,
)
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def best_score(window, article_id: str) -> str:
    model = window.library_view.model
    row = next(r for r in range(model.rowCount()) if model.article(r).id == article_id)
    return model.index(row, Column.BEST).data() or ""


def test_first_run_asks_a_name_inline_and_remembers_it(qtbot, progress_bank, data_dir):
    w = open_window(qtbot, progress_bank, data_dir)
    picker = bridge(w).picker
    assert picker.name.isVisible() and not picker.combo.isVisible()  # no learner yet
    assert w.library_view.isVisible()  # the window is usable meanwhile
    click(qtbot, picker.add)
    assert "name" in picker.message.text()  # empty name: said, not raised
    add_learner(qtbot, w, "Zoe")
    assert picker.combo.isVisible() and picker.combo.currentText() == "Zoe"
    assert store(w).last_profile().name == "Zoe"
    close_window(w)
    again = open_window(qtbot, progress_bank, data_dir)
    assert bridge(again).profile.name == "Zoe"
    assert bridge(again).picker.combo.currentText() == "Zoe"
    close_window(again)


def test_new_learner_from_the_drop_down_and_a_taken_name(qtbot, win):
    picker = bridge(win).picker
    picker.combo.setFocus()
    qtbot.keyClick(picker.combo, Qt.Key.Key_Down)  # onto "New learner…"
    assert picker.name.isVisible()
    qtbot.keyClicks(picker.name, "kim")
    qtbot.keyClick(picker.name, Qt.Key.Key_Return)
    assert "already a profile" in picker.message.text()
    assert bridge(win).profile.name == "Kim"
    qtbot.keyClick(picker.name, Qt.Key.Key_Escape)
    assert not picker.name.isVisible() and picker.combo.currentText() == "Kim"
    add_learner(qtbot, win, "Léo")
    assert [p.name for p in store(win).profiles()] == ["Kim", "Léo"]


def test_switch_learner_from_the_menu_each_with_own_history(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    start_practice(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    assert best_score(win, "armes-belarus") == "Done · best 100%"
    add_learner(qtbot, win, "Max")
    assert best_score(win, "armes-belarus") == "New"
    menu = win.progress_screens.learner_menu
    names = [a.text() for a in menu.actions()]
    assert names == ["Kim", "Max"]
    assert menu.actions()[1].isChecked()
    menu.actions()[0].trigger()
    assert bridge(win).profile.name == "Kim"
    assert bridge(win).picker.combo.currentText() == "Kim"
    assert best_score(win, "armes-belarus") == "Done · best 100%"
    assert store(win).last_profile().name == "Kim"


def test_new_learner_shortcut_opens_the_name_field(qtbot, win):
    qtbot.keyClick(
        win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    picker = bridge(win).picker
    assert picker.name.isVisible() and picker.name.hasFocus()
