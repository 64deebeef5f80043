"""How far through the article the learner is: a thin accent line along the foot of the
passage (at the top it read as the toolbar's active tab), filling as the text scrolls
by (the reading cursor scrolls it too).

Calm on purpose, and plainly a progress line: a faint full-width track in the border's
colour with the accent filling it (2 px at the base size, 3 at the largest zoom), so it
never reads as the underline of an active tab over the toolbar; no number; hidden
when the whole text fits (nothing to measure), during a quiz, where
the question strip already says where the learner is, and while a docked gloss
card takes the foot (it would read as a stray stroke on the card's top edge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from quizapp.gui.window.locale_format import percent

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.passage import PassageView


class ReadingProgress(QWidget):
    """The passage's progress line, over the bottom edge of its viewport."""

    def __init__(self, passage: PassageView):
        super().__init__(passage)
        self.setObjectName("reading_progress")
        self.passage = passage
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        bar = passage.verticalScrollBar()
        bar.valueChanged.connect(self.place)
        bar.rangeChanged.connect(self.place)
        passage.highlights_changed.connect(self.place)  # a quiz came or went
        passage.current_changed.connect(self.place)  # the reading cursor moved
        passage.installEventFilter(self)

    def share(self) -> float:
        """How far the learner is, from 0 to 1: the text scrolled by, or the reading
        cursor's place among the sentences when it is further (a long last sentence
        never scrolls the text to its end, yet the learner has reached it)."""
        passage = self.passage
        bar = passage.verticalScrollBar()
        if bar.maximum() <= 0:
            return 1.0
        scrolled = bar.value() / bar.maximum()
        order, current = passage._order, passage.current()
        if current not in order or len(order) < 2:
            return scrolled
        return max(scrolled, order.index(current) / (len(order) - 1))

    def thickness(self) -> int:
        return max(2, round(2 * self.passage.theme().ui_scale))

    def place(self, *_args: int) -> None:
        passage = self.passage
        shown = passage.verticalScrollBar().maximum() > 0 and not passage._cursor_hidden
        shown = shown and passage.viewportMargins().bottom() == 0  # a docked card: no stroke
        self.setVisible(shown)
        if shown:
            view = passage.viewport().geometry()
            thick = self.thickness()  # at the foot: far from the toolbar and its buttons
            self.setGeometry(view.left(), view.bottom() + 1 - thick, view.width(), thick)
            self.raise_()
            name = QCoreApplication.translate("ReadingProgress", "Reading progress")
            self.setAccessibleName(name)
            self.setAccessibleDescription(percent(self.share()))
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.passage and event.type() == QEvent.Type.Resize:
            self.place()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.passage.theme().palette
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(palette.border))  # the track: the whole way
        width = round(self.width() * self.share())
        if width > 0:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.accent))
            radius = self.height() / 2  # a soft leading end
            painter.drawRoundedRect(
                QRectF(-radius, 0, width + radius, self.height()), radius, radius
            )
        painter.end()
