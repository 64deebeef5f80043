"""Learners: picked or created without blocking the window, remembered, each with their history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.gui.library.model import Column
from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    POPUP_LOGS,
    add_learner,
    answer,
    avatar_menu,
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
    learners = bridge(w).learners
    qtbot.waitUntil(lambda: learners.card is not None and learners.card.field.isVisible())
    assert not picker.name.isVisible() and not picker.avatar.isVisible()  # one field, not two
    assert w.library_view.isVisible()  # the window is usable meanwhile
    w.progress_screens.new_learner()  # the learner chose Progress ▸ New learner instead
    assert picker.name.isVisible()
    click(qtbot, picker.add)
    assert "name" in picker.message.text()  # empty name: said, not raised
    add_learner(qtbot, w, "Zoe")
    assert picker.avatar.isVisible() and picker.avatar.name == "Zoe"
    assert picker.avatar.accessibleName() == "Profile: Zoe — switch learner, level…"
    assert store(w).last_profile().name == "Zoe"
    close_window(w)
    again = open_window(qtbot, progress_bank, data_dir)
    assert bridge(again).profile.name == "Zoe"
    assert bridge(again).picker.avatar.name == "Zoe"
    close_window(again)


@POPUP_LOGS
def test_new_learner_from_the_avatar_menu_and_a_taken_name(qtbot, win):
    picker = bridge(win).picker
    avatar_menu(qtbot, win, "Add a learner…")
    assert picker.name.isVisible() and picker.name.hasFocus()
    qtbot.keyClicks(picker.name, "kim")
    qtbot.keyClick(picker.name, Qt.Key.Key_Return)
    assert "already a profile" in picker.message.text()
    assert bridge(win).profile.name == "Kim"
    qtbot.keyClick(picker.name, Qt.Key.Key_Escape)
    assert not picker.name.isVisible() and picker.avatar.name == "Kim"
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
    assert bridge(win).picker.avatar.name == "Kim"
    assert best_score(win, "armes-belarus") == "Done · best 100%"
    assert store(win).last_profile().name == "Kim"


def test_new_learner_shortcut_opens_the_name_field(qtbot, win):
    qtbot.keyClick(
        win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    picker = bridge(win).picker
    assert picker.name.isVisible() and picker.name.hasFocus()


@POPUP_LOGS
def test_switch_learner_from_the_avatar_menu(qtbot, win):
    add_learner(qtbot, win, "Max")
    picker = bridge(win).picker
    assert picker.avatar.name == "Max"
    qtbot.mouseClick(picker.avatar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(picker.menu.isVisible)
    checked = [a.text() for a in picker.menu.actions() if a.isChecked()]
    assert checked == ["Max"]  # the current learner carries the check mark
    qtbot.keyClick(picker.menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not picker.menu.isVisible())
    avatar_menu(qtbot, win, "Kim")
    assert bridge(win).profile.name == "Kim" and picker.avatar.name == "Kim"
    assert store(win).last_profile().name == "Kim"
    assert [a.text() for a in picker.menu.actions() if a.isChecked()] == ["Kim"]


@POPUP_LOGS
def test_the_avatar_opens_its_menu_from_the_keyboard(qtbot, win):
    picker = bridge(win).picker
    picker.avatar.setFocus()
    qtbot.keyClick(picker.avatar, Qt.Key.Key_Space)
    qtbot.waitUntil(picker.menu.isVisible)
    qtbot.keyClick(picker.menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not picker.menu.isVisible())
