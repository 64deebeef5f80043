"""Learners: a welcome on the first start, renaming and deleting, never a silent creation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    bridge,
    close_window,
    finish,
    look_up,
    open_article,
    open_window,
    start_practice,
    store,
)

progress_bank = progress_helpers.progress_bank  # fixtures


def card(win):
    return bridge(win).learners.card


def test_the_first_start_asks_the_name_prefilled_and_editable(
    qtbot, progress_bank, data_dir, monkeypatch
):
    monkeypatch.setattr("getpass.getuser", lambda: "camille")
    win = open_window(qtbot, progress_bank, data_dir)
    try:
        qtbot.waitUntil(lambda: card(win) is not None and card(win).isVisible())
        assert store(win).profiles() == []  # nothing created before the learner answers
        assert card(win).field.text() == "Camille"
        card(win).field.selectAll()
        qtbot.keyClicks(card(win).field, "Ines")
        qtbot.mouseClick(card(win).start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bridge(win).profile is not None)
        assert [p.name for p in store(win).profiles()] == ["Ines"]
        assert card(win) is None
    finally:
        close_window(win)
    again = open_window(qtbot, progress_bank, data_dir)  # a second start: no welcome
    try:
        assert card(again) is None
    finally:
        close_window(again)


def test_skip_keeps_a_neutral_name(qtbot, progress_bank, data_dir):
    win = open_window(qtbot, progress_bank, data_dir)
    try:
        qtbot.waitUntil(lambda: card(win) is not None and card(win).isVisible())
        qtbot.mouseClick(card(win).skip, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bridge(win).profile is not None)
        assert bridge(win).profile.name == "Learner 1"
    finally:
        close_window(win)


@progress_helpers.POPUP_LOGS
def test_rename_and_delete_say_what_goes(qtbot, progress_bank, data_dir):
    win = open_window(qtbot, progress_bank, data_dir)
    try:
        progress_helpers.add_learner(qtbot, win, "Kim")
        open_article(qtbot, win, "armes-belarus")
        look_up(qtbot, win, "s1", "stationner")
        start_practice(qtbot, win)
        answer(qtbot, win)
        finish(qtbot, win)
        win.show_screen("library")

        progress_helpers.avatar_menu(qtbot, win, "Rename…")
        dialog = win.findChild(QInputDialog, "rename_learner")
        assert dialog is not None and dialog.textValue() == "Kim"
        dialog.setTextValue("Kim Lee")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bridge(win).profile.name == "Kim Lee")
        assert [p.name for p in store(win).profiles()] == ["Kim Lee"]

        progress_helpers.avatar_menu(qtbot, win, "Delete…")
        box = win.findChild(QMessageBox, "delete_learner")
        assert box is not None and "Kim Lee" in box.text()
        assert "1 quiz run" in box.informativeText()
        delete = next(b for b in box.buttons() if b.text() == "Delete")
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: store(win).profiles() == [])
        said = win.statusBar().currentMessage()
        assert "“Kim Lee” deleted, with 1 quiz run" in said and "1 word" in said
        assert bridge(win).profile is None
        assert store(win).sessions() == []
    finally:
        QApplication.clipboard().clear()
        close_window(win)
