"""A scroll area as tall as its content: the action bar under it then follows a
short question (no empty gap above Check) and stays pinned once the body overflows.

While more lies below, its bottom edge fades into the page: a control under the
edge reads as "scroll for more", not as a button cut in half.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget


class EdgeFade(QWidget):
    """A soft band from clear to the page's colour, over the viewport's bottom edge."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.colour = QColor(0, 0, 0, 0)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        clear = QColor(self.colour)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0, clear)
        gradient.setColorAt(1, self.colour)
        painter = QPainter(self)
        painter.fillRect(self.rect(), gradient)
        painter.end()


class FitScroll(QScrollArea):
    """Asks for its content's height; the layout shrinks it (and it scrolls) only
    when the page has no room for all of it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.fade = EdgeFade(self)
        self._fade_height = 0
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._place_fade)
        bar.rangeChanged.connect(self._place_fade)

    def set_fade(self, colour: str, height: int) -> None:
        """The fade's colour (the page's, from the theme) and height (zoomed)."""
        self.fade.colour = QColor(colour)
        self._fade_height = height
        self._place_fade()

    def _place_fade(self, *_args: int) -> None:
        bar = self.verticalScrollBar()
        view = self.viewport().geometry()
        more = bar.value() < bar.maximum()
        self.fade.setVisible(more and self._fade_height > 0)
        if more:
            height = min(self._fade_height, view.height() // 3)
            self.fade.setGeometry(view.left(), view.bottom() + 1 - height, view.width(), height)
            self.fade.raise_()
            self.fade.update()

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
        self._place_fade()
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped text: another width, another height
