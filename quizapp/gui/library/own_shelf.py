"""The learner's own texts on the library's shelf: pasted, listed first, opened, deleted.

`core/library/own_texts` keeps each text as a plain file under the data folder and
makes it an article with no questions; this puts those articles in the library's
model (before the bank's, newest first), opens a pasted text at once in the normal
reading screen, and deletes one from its card (right-click, or the Delete key) after
asking. Files the folder holds that cannot be read are named on the status bar.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from quizapp.core.library import own_texts
from quizapp.core.library.own_texts import OwnText, Skipped
from quizapp.gui.library.model import ARTICLE_ROLE

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article
    from quizapp.gui.library.view import LibraryView


class OwnShelf:
    """Built by the window after its first paint (`MainWindow.own_shelf`)."""

    def __init__(self, window: Any, data_dir: Path):
        self.window = window
        self.view: LibraryView = window.library_view
        self.folder = own_texts.texts_dir(data_dir)
        self.texts: dict[str, OwnText] = {}
        self.skipped: list[Skipped] = []
        self.menu: QMenu | None = None
        table = self.view.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu_at)
        self.delete_action = QAction(table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_current)
        table.addAction(self.delete_action)
        self.reload(listed=bool(self.view.model.rowCount()))
        from quizapp.gui.library.text_files import TextFiles

        self.files = TextFiles(self)  # a text file chosen or dropped: saved as a pasted one
        window.bank_loaded.connect(self._tell_skipped)

    # -- the folder ---------------------------------------------------------------------
    def reload(self, listed: bool = True) -> None:
        """Read the folder again and list its texts (before the bank's articles)."""
        texts, self.skipped = own_texts.load(self.folder)
        self.texts = {text.article_id: text for text in texts}
        articles = [text.article() for text in texts]
        self.view.model.set_own_texts(articles, listed=listed)
        if listed:
            self.view._fill_tags()  # « votre texte » joins the topics
            self.view._update_empty()
        for skipped in self.skipped:
            sys.stderr.write(f"quizapp: skipped {skipped.path}: {skipped.trouble.value}\n")

    def article(self, article_id: str) -> Article | None:
        text = self.texts.get(article_id)
        return (
            None
            if text is None
            else next((a for a in self.view.model.articles() if a.id == article_id), text.article())
        )

    def _tell_skipped(self) -> None:
        if self.skipped:
            names = ", ".join(s.path.name for s in self.skipped[:3])
            line = QCoreApplication.translate(
                "OwnTexts",
                "%n own text(s) could not be read and were left out: %1",
                "",
                len(self.skipped),
            )
            self.window.statusBar().showMessage(line.replace("%1", names), 15000)

    # -- pasting ------------------------------------------------------------------------
    def paste(self) -> Any:
        """File → Paste a text…: the dialog; « Read » saves the text and opens it."""
        from quizapp.gui.window import dialogs

        dialog = dialogs.show_paste_text(self.window, self.submit)
        dialog.set_open_file(self.open_file, self.files.open)  # « Open a file… », a drop
        return dialog

    def open_file(self) -> Any:
        """File → Open a text file…: a .txt or .md file, read as a pasted text is."""
        return self.files.choose()

    def submit(self, title: str, body: str) -> str | None:
        """Save and open; the reason in words when the disk refuses (the dialog says it)."""
        try:
            text = own_texts.save(self.folder, title, body)
        except OSError as error:
            return (
                QCoreApplication.translate(
                    "OwnTexts",
                    "The text could not be saved in %1 (%2). Check that the folder can be"
                    " written to.",
                )
                .replace("%1", str(self.folder))
                .replace("%2", error.strerror or type(error).__name__)
            )
        self.reload()
        article = self.article(text.article_id)
        if article is not None:
            self.window.show_screen("library")  # the list behind the text is the new one
            self.window.open_article(article)
        return None

    # -- deleting -----------------------------------------------------------------------
    def _menu_at(self, point: QPoint) -> None:
        index = self.view.table.indexAt(point)
        article = index.data(ARTICLE_ROLE) if index.isValid() else None
        if article is None or article.id not in self.texts:
            return
        self.menu = menu = QMenu(self.view.table)
        menu.setObjectName("own_text_menu")
        menu.addAction(
            QCoreApplication.translate("OwnTexts", "Read"),
            lambda: self.view.article_activated.emit(article),
        )
        menu.addAction(
            QCoreApplication.translate("OwnTexts", "Delete this text…"),
            lambda: self.ask_delete(article.id),
        )
        menu.popup(self.view.table.viewport().mapToGlobal(point))

    def _delete_current(self) -> None:
        article = self.view.table.currentIndex().data(ARTICLE_ROLE)
        if article is not None and article.id in self.texts:
            self.ask_delete(article.id)

    def ask_delete(self, article_id: str) -> Any:
        """Asks first; only « Delete » removes the file."""
        from quizapp.gui.window import dialogs

        text = self.texts.get(article_id)
        if text is None:
            return None
        return dialogs.confirm_delete_text(self.window, text.title, lambda: self.delete(article_id))

    def delete(self, article_id: str) -> bool:
        text = self.texts.get(article_id)
        if text is None:
            return False
        try:
            own_texts.delete(text)
        except OSError as error:
            from quizapp.gui.window import dialogs

            dialogs.show_error(
                self.window,
                QCoreApplication.translate("OwnTexts", "Could not delete the text"),
                QCoreApplication.translate("OwnTexts", "The file %1 could not be deleted.").replace(
                    "%1", str(text.path)
                ),
                f"{type(error).__name__}: {error}",
            )
            return False
        reading = self.window._reading_view
        if reading is not None and reading.article is not None and reading.article.id == article_id:
            self.window.show_screen("library")  # the text read is gone
        self.reload()
        return True
