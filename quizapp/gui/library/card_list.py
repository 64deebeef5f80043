"""The list the article cards are painted in: its keys, its hand over a button, and
the hairline it shows once scrolled."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QListView

from quizapp.gui.library.cards import CardDelegate


class LibraryList(QListView):
    """The article cards; Enter opens the current article, like a double-click."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # after the first paint: see quizapp/gui/window/qt_names.py

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolled, the cards pass under a hairline, not a hard cut below the filters."""
        super().scrollContentsBy(dx, dy)
        scrolled = "true" if self.verticalScrollBar().value() > 0 else "false"
        if self.property("scrolled") != scrolled:
            self.setProperty("scrolled", scrolled)
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A hand over a card's button: it opens the article at a single click."""
        from PySide6.QtCore import Qt

        super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        delegate = self.itemDelegate()
        on_button = (
            index.isValid()
            and isinstance(delegate, CardDelegate)
            and delegate.action_rect(index).contains(pos)
        )
        if on_button:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()

    def relayout(self) -> None:
        """Card heights again (a new width, theme, zoom or state), at the next idle moment."""
        self.scheduleDelayedItemsLayout()
        if self.isVisible():  # before the first show, the first paint draws it anyway
            self.viewport().update()
