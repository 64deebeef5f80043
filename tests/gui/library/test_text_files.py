"""« Open a text file… »: a French text saved on disk, chosen or dropped on the window,
lands where a pasted text lands; a file that cannot be read says what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

from quizapp.core.library import own_texts
from quizapp.gui.library.paste_dialog import PasteDialog
from tests.gui.library.test_own_texts import TEXT, open_dialog, own_rows
from tests.gui.progress_helpers import POPUP_LOGS  # the name box's completer, offscreen

TITLED = "Le chat de Camille\n\n" + TEXT + "\n"


def file_dialog(qtbot) -> QFileDialog:
    found: list[QFileDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        return any(d.isVisible() for d in found)

    qtbot.waitUntil(shown)
    return next(d for d in found if d.isVisible())


def choose(qtbot, dialog: QFileDialog, path: Path) -> None:
    """Type the file's name in the dialog and click its Open button, as a learner does."""
    box = dialog.findChild(QLineEdit, "fileNameEdit")
    assert box is not None
    dialog.setDirectory(str(path.parent))
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, path.name)
    buttons = dialog.findChild(QDialogButtonBox)
    accept = buttons.button(QDialogButtonBox.StandardButton.Open)
    qtbot.waitUntil(accept.isEnabled)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)


def drop(window, paths: list[Path], target=None) -> QDropEvent:
    """Drag the files over the library's cards (or `target`) and drop them there."""
    target = target or window.library_view.table.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()  # the pointer says a drop is welcome
    dropped = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(target, dropped)
    return dropped


def refusal(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "text_file_refused") is not None)
    return window.findChild(QMessageBox, "text_file_refused")


@POPUP_LOGS
def test_the_menu_s_shortcut_opens_a_file_as_a_pasted_text(qtbot, window, data_dir, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TITLED.encode())
    action = window.actions_by_name["open_text"]
    assert action in window.menus["file"].actions()
    assert action.text() == "Open a text file…"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_T, shift_ctrl)
    choose(qtbot, file_dialog(qtbot), path)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    view = window.reading_view
    assert view.article.id.startswith("own:") and view.article.title == "Le chat de Camille"
    assert view.article.sentences[1].fr == "Il rêve d’une souris « très rapide »."
    assert view.quiz_button.isVisible() and view.quiz_button.text() == "Exercises"
    # on the shelf, as a file of its own, as a pasted text is
    assert [a.title for a in own_rows(window)] == ["Le chat de Camille"]
    saved = list(own_texts.texts_dir(data_dir).glob("*.txt"))
    assert len(saved) == 1 and TEXT in saved[0].read_text(encoding="utf-8")
    dialog = window.show_shortcuts()
    assert ("Open a text file…", "Ctrl+Shift+T") in dialog.rows()
    dialog.close()


def test_a_dropped_file_is_opened_and_its_name_titles_a_one_paragraph_text(qtbot, window, tmp_path):
    path = tmp_path / "mon_texte.md"
    path.write_text(TEXT, encoding="utf-8")
    assert drop(window, [path]).isAccepted()
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    assert window.reading_view.article.title == "mon texte"
    assert [a.title for a in own_rows(window)] == ["mon texte"]


def test_a_windows_file_is_read_and_the_encoding_said(qtbot, window, tmp_path):
    path = tmp_path / "ancien.txt"
    path.write_bytes(TITLED.encode("cp1252"))
    drop(window, [path])
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    assert window.reading_view.article.sentences[0].fr.endswith("le canapé.")
    assert "read as Windows-1252" in window.statusBar().currentMessage()


def test_a_binary_a_large_and_an_english_file_are_refused_with_the_way_out(qtbot, window, tmp_path):
    cases = {
        "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00IHDR", "not plain text"),
        "livre.txt": (b"Le chat dort. " * 20_000, "larger than 200 KB"),
        "notes.txt": (b"The cat is on the sofa and it was asleep for an hour.", "French"),
        "vide.txt": (b"", "empty"),
    }
    for name, (data, said) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        drop(window, [path])
        box = refusal(qtbot, window)
        assert name in box.text() and said in box.informativeText()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "text_file_refused") is None)
    assert window.current_screen() == "library" and own_rows(window) == []


@POPUP_LOGS
def test_the_paste_dialog_s_link_leads_to_a_file(qtbot, window, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(TITLED, encoding="utf-8")
    paste = open_dialog(qtbot, window)
    assert paste.open_link.isVisible() and paste.open_link.text() == "Open a file…"
    qtbot.mouseClick(paste.open_link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(PasteDialog, "paste_dialog") is None)
    choose(qtbot, file_dialog(qtbot), path)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    assert window.reading_view.article.title == "Le chat de Camille"


def test_a_file_dropped_on_the_paste_box_is_opened_not_pasted_as_its_address(
    qtbot, window, tmp_path
):
    path = tmp_path / "chat.txt"
    path.write_text(TITLED, encoding="utf-8")
    paste = open_dialog(qtbot, window)
    drop(window, [path], paste.text.viewport())
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    assert window.reading_view.article.title == "Le chat de Camille"
    qtbot.waitUntil(lambda: window.findChild(PasteDialog, "paste_dialog") is None)
