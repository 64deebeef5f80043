"""« Open a text file… » and a .txt or .md file dropped on the window: an own text.

The library held a few articles and the one way to more was to paste; a learner with
a text saved on disk had to open it elsewhere and copy it. A file chosen (File menu,
the library's quick link, the paste dialog's link) or dropped on the window lands
exactly where a pasted text does: `OwnShelf.submit` saves it on the shelf and opens
it, with the same exercises. The reading of the file is `core/library/own_files`
(size, encoding, binary, French); here its refusals become a message saying what to
do, and a file read in another encoding than UTF-8 is said on the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quizapp.core.library import own_files, own_texts
from quizapp.core.library.own_files import Encoding, FileText, FileTrouble
from quizapp.core.library.own_texts import Trouble
from quizapp.gui.library.paste_dialog import dropped_files
from quizapp.gui.window.locale_format import ui_locale

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.own_shelf import OwnShelf


def trouble_text(trouble: FileTrouble | Trouble) -> str:
    """Why the file was not opened, and what to do instead."""
    if trouble is FileTrouble.TOO_LARGE:
        kb = ui_locale().toString(own_files.MAX_BYTES // 1024)
        return QCoreApplication.translate(
            "TextFiles",
            "This file is larger than %1 KB. Open a shorter text: one article or one chapter"
            " saved on its own.",
        ).replace("%1", kb)
    if trouble is FileTrouble.BINARY:
        return QCoreApplication.translate(
            "TextFiles",
            "This file is not plain text (a document, a picture or a program?). Save your"
            " text as plain text (.txt) first, or copy it and use Paste a text.",
        )
    if trouble is FileTrouble.NOT_TEXT:
        return QCoreApplication.translate(
            "TextFiles",
            "Only plain text files (.txt, .md) can be opened. Save your text as plain text"
            " first, or copy it and use Paste a text.",
        )
    if trouble is FileTrouble.UNREADABLE:
        return QCoreApplication.translate(
            "TextFiles",
            "This file could not be read. Check that it still exists and can be opened.",
        )
    if trouble is Trouble.EMPTY:
        return QCoreApplication.translate(
            "TextFiles", "This file is empty. Choose a file with a French text in it."
        )
    if trouble is Trouble.TOO_LONG:
        limit = ui_locale().toString(own_texts.MAX_CHARS)
        return QCoreApplication.translate(
            "TextFiles",
            "This text is too long: at most %1 characters. Keep one chapter or one article"
            " in the file, or paste a part of it.",
        ).replace("%1", limit)
    return QCoreApplication.translate(
        "TextFiles",
        "This does not look like a French text. Choose a file written in French (a few"
        " sentences at least).",
    )


def encoding_note(encoding: Encoding) -> str:
    """Said when the file was not UTF-8: its accents may need a look."""
    name = "Windows-1252" if encoding is Encoding.CP1252 else "Latin-1"
    return QCoreApplication.translate(
        "TextFiles",
        "The file was not in UTF-8: it was read as %1. If an accent looks wrong, save the"
        " file as UTF-8 and open it again.",
    ).replace("%1", name)


class TextFiles(QObject):
    """Opens text files for the shelf: chosen in a dialog, or dropped on the window."""

    def __init__(self, shelf: OwnShelf):
        super().__init__(shelf.view)
        self.shelf = shelf
        self.window = shelf.window
        self.box: QMessageBox | None = None  # the last refusal shown
        self.folder: Path | None = None  # where the last file came from: the dialog starts there
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)

    def choose(self) -> QFileDialog:
        """File → Open a text file…: the system's dialog, text files first."""
        start = self.folder or Path.home()
        dialog = QFileDialog(
            self.window, QCoreApplication.translate("TextFiles", "Open a text file"), str(start)
        )
        dialog.setObjectName("open_text_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                QCoreApplication.translate("TextFiles", "Text files (*.txt *.md)"),
                QCoreApplication.translate("TextFiles", "All files (*)"),
            ]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.open(Path(name)))
        dialog.open()
        return dialog

    def open(self, path: Path) -> bool:
        """Read the file; saved and opened as a pasted text is, or a message says why not."""
        self.folder = path.parent
        found = own_files.read(path)
        if not isinstance(found, FileText):
            self.refuse(path, trouble_text(found))
            return False
        problem = self.shelf.submit(found.title, found.body)
        if problem:
            self.refuse(path, problem)
            return False
        if found.encoding is not Encoding.UTF8:
            self.window.statusBar().showMessage(encoding_note(found.encoding), 20_000)
        return True

    def refuse(self, path: Path, text: str) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("text_file_refused")
        box.setWindowTitle(QCoreApplication.translate("TextFiles", "This file cannot be read"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate("TextFiles", "“%1” was not opened.").replace("%1", path.name)
        )
        box.setInformativeText(text)
        box.setIcon(QMessageBox.Icon.Information)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A file dragged over the window is welcome; dropped, it is opened (the first)."""
        kind = event.type()
        if watched is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if dropped_files(event):
                event.acceptProposedAction()
                return True
        if watched is self.window and kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = dropped_files(event)
            if files:
                event.acceptProposedAction()
                self.open(files[0])
                return True
        return False
