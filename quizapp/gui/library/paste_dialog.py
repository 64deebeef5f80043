"""« Paste a text »: a calm dialog where a learner brings a French text of their own.

A title (optional: the text's first words otherwise), a large plain-text box, the
count of words as it grows, and « Read » (the accent) beside « Cancel ». What keeps
a text from being read is said under the box, with the way to fix it (empty, too
long, not French, the disk refusing), never as a traceback; the box keeps the text.
The checks are `core/library/own_texts`'s; saving is the caller's (`submit`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.library import own_texts
from quizapp.core.library.own_texts import Trouble
from quizapp.gui.window.locale_format import ui_locale
from quizapp.gui.window.qt_names import plain_text
from quizapp.gui.window.theme import Theme

# submit(title, text) → None when saved and opened, else the reason to show
Submit = Callable[[str, str], str | None]


def trouble_text(trouble: Trouble) -> str:
    """What is wrong with a text, and what to do, in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    if trouble is Trouble.EMPTY:
        return QCoreApplication.translate(
            "PasteDialog", "The box is empty. Paste a French text into it (Ctrl+V), then Read."
        )
    if trouble is Trouble.TOO_LONG:
        limit = ui_locale().toString(own_texts.MAX_CHARS)
        return QCoreApplication.translate(
            "PasteDialog",
            "This text is too long: at most %1 characters. Keep one chapter or one article.",
        ).replace("%1", limit)
    if trouble is Trouble.NOT_FRENCH:
        return QCoreApplication.translate(
            "PasteDialog",
            "This does not look like a French sentence. Paste a text written in French"
            " (a few sentences at least).",
        )
    return QCoreApplication.translate("PasteDialog", "This text could not be read.")


def dropped_files(event: QEvent) -> list[Path]:
    """The local files a drag over the box carries (none for other events)."""
    kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
    if event.type() not in kinds:
        return []
    mime = event.mimeData()  # type: ignore[attr-defined]
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class PasteDialog(QDialog):
    """Calls `submit(title, text)` on « Read »; closes when it returns None. Its look is
    in `add_articles.rules`."""

    def __init__(self, parent: QWidget | None, submit: Submit, theme: Theme | None = None):
        super().__init__(parent)
        self.setObjectName("paste_dialog")
        self.submit = submit
        self.heading = QLabel(self)
        self.heading.setObjectName("paste_heading")
        self.intro = QLabel(self)
        self.intro.setProperty("type", "caption")
        self.intro.setProperty("tone", "muted")
        self.title_label = QLabel(self)
        self.title_label.setProperty("type", "caption")
        self.title = QLineEdit(self)
        self.title.setObjectName("paste_title")
        self.title.setMaxLength(own_texts.MAX_TITLE)
        self.title_label.setBuddy(self.title)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("paste_text")
        self.text.setProperty("type", "body")
        self.text.setTabChangesFocus(True)
        self.count = QLabel(self)
        self.count.setObjectName("paste_count")
        self.count.setProperty("type", "caption")
        self.count.setProperty("tone", "muted")
        self.message = QLabel(self)
        self.message.setObjectName("paste_message")
        self.message.setProperty("type", "body")
        self.message.setProperty("tone", "wrong")
        self.message.hide()
        for label in (self.heading, self.intro, self.count, self.message):
            plain_text(label)
            label.setWordWrap(True)
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("paste_cancel")
        self.read = QPushButton(self)
        self.read.setObjectName("paste_read")
        self.read.setProperty("primary", "true")
        self.read.setDefault(True)
        self.read.setAutoDefault(True)
        self.cancel.setAutoDefault(False)
        # « Open a file… »: a text saved on disk instead (`set_open_file`), a quiet link
        self.open_link = QToolButton(self)
        self.open_link.setObjectName("paste_open_file")
        self.open_link.setProperty("library", "link")
        self.open_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_link.hide()
        self.open_link.clicked.connect(self._open_file)
        self.open_file: Callable[[], object] | None = None
        self.open_path: Callable[[Path], object] | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.read)
        self.column = QVBoxLayout(self)
        top = QHBoxLayout()  # the heading, and the way to a file at its end
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_link, 0, Qt.AlignmentFlag.AlignVCenter)
        self.column.addLayout(top)
        self.column.addWidget(self.intro)
        self.column.addWidget(self.title_label)
        self.column.addWidget(self.title)
        self.column.addWidget(self.text, 1)
        self.column.addWidget(self.message)
        self.column.addLayout(buttons)
        self.buttons = buttons
        self.cancel.clicked.connect(self.reject)
        self.read.clicked.connect(self._read)
        keys = QKeySequence("Ctrl+Return")  # Enter is a new line in the box: this reads
        self.read.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self._changed)
        self.setTabOrder(self.title, self.text)
        self.setTabOrder(self.text, self.read)
        self.setTabOrder(self.read, self.cancel)
        self.setTabOrder(self.cancel, self.open_link)
        if theme is not None:
            self.set_theme(theme)
        self.retranslate_ui()
        self._changed()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_theme(self, theme: Theme) -> None:
        """Room to breathe at any zoom; a box about twelve lines high."""
        pad = theme.space(3)
        self.column.setContentsMargins(pad, theme.space(2.5), pad, pad)
        self.column.setSpacing(theme.space(1))
        self.buttons.setSpacing(theme.space(1))
        line = max(8, theme.px("body")) * 1.5
        self.text.setMinimumHeight(round(line * 8))
        self.setMinimumWidth(round(theme.px("body") * 26))
        width, height = round(theme.px("body") * 40), round(line * 20)
        parent = self.parentWidget()
        if parent is not None:  # never larger than the window it comes from (a large zoom)
            width = min(width, max(self.minimumWidth(), parent.width() - theme.space(4)))
            height = min(height, max(round(line * 14), parent.height() - theme.space(4)))
        self.resize(width, height)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Paste a text"))
        self.heading.setText(self.tr("Read a text of your own"))
        self.intro.setText(
            self.tr(
                "A news item, a song, a page of a novel: every word answers a click, and the"
                " words you look up come back in your reviews."
            )
        )
        self.title_label.setText(self.tr("&Title (optional)"))
        self.title.setPlaceholderText(self.tr("The text’s first words"))
        self.text.setPlaceholderText(self.tr("Paste a French text here"))
        self.text.setAccessibleName(self.tr("Your French text"))
        self.open_link.setText(self.tr("Open a file…"))
        self.open_link.setToolTip(self.tr("Read a French text saved as a .txt or .md file"))
        self.cancel.setText(self.tr("Cancel"))
        self.read.setText(self.tr("Read"))
        self._changed()

    def set_open_file(
        self, open_file: Callable[[], object], open_path: Callable[[Path], object]
    ) -> None:
        """The link's way to a file: this dialog closes, the file dialog opens; a file
        dropped on the box is opened (`open_path`) rather than pasted as its address."""
        self.open_file = open_file
        self.open_path = open_path
        self.open_link.show()
        self.text.viewport().installEventFilter(self)

    def _open_file(self) -> None:
        if self.open_file is not None:
            self.reject()
            self.open_file()

    def words(self) -> int:
        return own_texts.word_count(self.text.toPlainText())

    def _changed(self) -> None:
        """The live count; a message about the old text goes as the text changes."""
        body = self.text.toPlainText()
        count = self.tr("%n word(s)", "", own_texts.word_count(body))
        if len(body.strip()) > own_texts.MAX_CHARS:
            limit = ui_locale().toString(own_texts.MAX_CHARS)
            count += " · " + self.tr("too long (%1 characters at most)").replace("%1", limit)
        self.count.setText(count)
        first = own_texts.default_title(body)
        self.title.setPlaceholderText(first or self.tr("The text’s first words"))
        if self.message.isVisible():
            self.message.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _read(self) -> None:
        body = self.text.toPlainText()
        trouble = own_texts.trouble(body)
        if trouble is not None:
            self.show_message(trouble_text(trouble))
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        problem = self.submit(self.title.text(), body)
        if problem:
            self.show_message(problem)
            return
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the box reads the text (Enter alone starts a new line); a file
        dropped on the box is opened as a text file."""
        if watched is self.text.viewport() and self.open_path is not None:
            files = dropped_files(event)
            if files and event.type() == QEvent.Type.Drop:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.reject()
                self.open_path(files[0])
                return True
            if files:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._read()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
