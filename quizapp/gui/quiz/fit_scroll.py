"""A scroll area that asks for its content's height: the question page gives it the
rest of the pane (the action bar stays pinned at the foot), another page may let it
be as tall as its content.

While more lies below, its bottom edge fades into the page: a control under the
edge reads as "scroll for more", not as a button cut in half. A control the edge
cuts (a hint button, a field) is covered whole, the fade ending just above it, so
no half-faded button ever reads as disabled; a line marked `edge_whole` (the keys hint)
is covered whole too, never shown cut. The band is never taller than what
is left to scroll, so near the end it dims only the margin. Under it, while more
lies below, a small « More ↓ » link in a strip of its own (`more_cue`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from quizapp.gui.quiz.more_cue import MoreCue

CONTROLS = (QPushButton, QToolButton, QLineEdit, QComboBox)  # what the edge must never cut in half
WHOLE = "edge_whole"  # a widget's property: a line (a keys hint) shown whole or not at all


def kept_whole(widget: QWidget) -> bool:
    return isinstance(widget, CONTROLS) or bool(widget.property(WHOLE))


class EdgeFade(QWidget):
    """A soft band from clear to the page's colour over a scroll area's bottom edge,
    shown while more lies below (any scroll area: the question's, the summary's)."""

    def __init__(self, scroll: QScrollArea):
        super().__init__(scroll)
        self.scroll = scroll
        self.colour = QColor(0, 0, 0, 0)
        self.band = 0
        self.solid = 0  # the fully covered height at the foot: a control the edge cuts
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        bar = scroll.verticalScrollBar()
        bar.valueChanged.connect(self.place)
        bar.rangeChanged.connect(self.place)
        scroll.installEventFilter(self)

    def set_look(self, colour: str, band: int) -> None:
        """The fade's colour (the page's, from the theme) and height (zoomed)."""
        self.colour, self.band = QColor(colour), band
        self.place()

    def place(self, *_args: int) -> None:
        bar = self.scroll.verticalScrollBar()
        view = self.scroll.viewport().geometry()
        more = bar.value() < bar.maximum()
        self.setVisible(more and self.band > 0)
        if more:
            # never taller than what lies below: near the end it fades only the rest
            height = min(self.band, view.height() // 3, bar.maximum() - bar.value())
            self.solid, height = self.cut_control(view.height() // 3, height)
            height += self.solid
            self.setGeometry(view.left(), view.bottom() + 1 - height, view.width(), height)
            self.raise_()
            self.update()

    def cut_control(self, most: int, band: int) -> tuple[int, int]:
        """(cover, band): how much of the viewport's foot a control cut by its edge
        takes, wholly covered (0: none, or one whose top is more than `most` above the
        edge), and the fade's band, shortened to end under a control it would dim."""
        body, port = self.scroll.widget(), self.scroll.viewport()
        edge, cover = port.height(), 0
        for control in body.findChildren(QWidget) if body is not None else ():
            if not kept_whole(control) or not control.isVisibleTo(body):
                continue
            top = control.mapTo(port, QPoint(0, 0)).y()
            bottom = top + control.height()
            if bottom <= edge - band or top >= edge:
                continue
            if bottom > edge:
                cover = max(cover, edge - top)
            else:
                band = min(band, edge - bottom)
        return (cover, band) if cover <= most else (0, band)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll and event.type() == QEvent.Type.Resize:
            self.place()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        clear = QColor(self.colour)
        clear.setAlpha(0)
        fade = self.height() - self.solid
        gradient = QLinearGradient(0, 0, 0, max(1, fade))
        gradient.setColorAt(0, clear)
        gradient.setColorAt(1, self.colour)
        painter = QPainter(self)
        painter.fillRect(0, 0, self.width(), fade, gradient)
        painter.fillRect(0, fade, self.width(), self.solid, self.colour)
        painter.end()


class FitScroll(QScrollArea):
    """Asks for its content's height; the layout shrinks it (and it scrolls) only
    when the page has no room for all of it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.fade = EdgeFade(self)
        self.more = MoreCue(self)

    def set_fade(self, colour: str, height: int) -> None:
        self.more.band = height
        self.fade.set_look(colour, height)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def room(self) -> int:
        """The viewport's height with the « More ↓ » strip given back: what the body
        has to fit in (a fold, a packing measured against it never flips on the strip)."""
        return self.viewport().height() + self.viewportMargins().bottom()

    def shown_room(self, content: int) -> int:
        """What shows of a body `content` tall: the room, less the strip if it overflows."""
        room = self.room()
        return room - self.more.strip() if content > room else room

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
