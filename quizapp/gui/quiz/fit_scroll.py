"""A scroll area as tall as its content: the action bar under it then follows a
short question (no empty gap above Check) and stays pinned once the body overflows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget


class FitScroll(QScrollArea):
    """Asks for its content's height; the layout shrinks it (and it scrolls) only
    when the page has no room for all of it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def content_height(self) -> int:
        widget = self.widget()
        if widget is None:
            return 0
        width = self.viewport().width() or self.width()
        if widget.hasHeightForWidth():
            return widget.heightForWidth(width)
        return widget.sizeHint().height()

    def sizeHint(self) -> QSize:
        frame = 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), self.content_height() + frame)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content changed: ask again for its height
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped text: another width, another height
