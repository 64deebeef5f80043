"""An article's cover as in the library, small: the same gradient and pictogram (the
library's painter, `gui/library/cover.py`), beside a line that names the article, so
a learner knows it by its colour on History's list and on a review card's « From … »."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from quizapp.gui.quiz.answer_base import PlainLabel
from quizapp.gui.review.text import palette_for, theme_for


class CoverTile(QWidget):
    """A square tile `lines` of its font's line tall; its object name picks its style."""

    def __init__(
        self,
        article_id: str,
        kind: str | None,
        parent: QWidget | None = None,
        lines: float = 2.6,
        name: str = "overview_cover",
    ):
        super().__init__(parent)
        self.article_id, self.kind, self.lines = article_id, kind, lines
        self.measure: QWidget = self  # whose line sets the side (its caption's, beside it)
        self.setObjectName(name)

    def show_for(self, article_id: str, kind: str | None) -> None:
        """Another article's cover (a review's next card)."""
        self.article_id, self.kind = article_id, kind
        self.update()

    def sizeHint(self) -> QSize:
        side = round(self.measure.fontMetrics().height() * self.lines)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        from quizapp.gui.library.cover import paint_cover

        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, (self.height() - side) / 2, side, side)
        radius = max(2, theme_for(self).radius * 0.8 * min(1.0, self.lines / 2.6))
        paint_cover(painter, rect, radius, palette_for(self), self.article_id, self.kind)
        painter.end()


class OneLineLabel(PlainLabel):
    """A wrapping label that asks for its one line's width first: beside a tile in a
    centred row it keeps its title on one line while there is room, and wraps only when
    the row is narrower (a plain wrapping label settles for a narrow guess)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + 2
        return QSize(max(hint.width(), width + margins.right()), hint.height())


def centred_row(tile: CoverTile, label: QWidget) -> QHBoxLayout:
    """The tile and its line side by side, centred as the card's other lines."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(tile, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(label, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addStretch(1)
    return row
