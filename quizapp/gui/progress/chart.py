"""Results over time for one article: a small line chart painted with QPainter.

No plotting library: axes, 0–100 % gridlines with labels, one dot per finished
quiz (its percent above it), dates under the axis (thinned when crowded), all
in the palette's colours so a dark theme works. Quizzes are spaced evenly, in
order: a learner reads "better each time", not the calendar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.progress import dates


@dataclass(frozen=True)
class ChartPoint:
    when: datetime
    percent: float  # 0–100
    note: str = ""  # e.g. "review" for a quiz over a few questions


def short_date(when: datetime) -> str:
    return dates.short_day(when)


class HistoryChart(QWidget):
    """Paints `points`; says so plainly when there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_chart")
        self.points: list[ChartPoint] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 9)
        self._update_accessible()

    def set_points(self, points: Sequence[ChartPoint]) -> None:
        self.points = list(points)
        self._update_accessible()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, line * 11)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Results over time"))
        text = "; ".join(f"{short_date(p.when)}: {round(p.percent)} %" for p in self.points)
        self.setAccessibleDescription(text or self.tr("No finished quiz yet"))
        self.setToolTip(text)

    def plot_rect(self) -> QRectF:
        """Where the data goes, inside the axis labels."""
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("100 %") + 12
        top = fm.height() * 1.6
        bottom = fm.height() * 2.0
        right = fm.horizontalAdvance("100 %") / 2 + 8
        return QRectF(
            left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom)
        )

    def point_positions(self) -> list[QPointF]:
        rect = self.plot_rect()
        pad = self.fontMetrics().horizontalAdvance("100 %") / 2 + 6  # off the axis, labels fit
        left, width = rect.left() + pad, max(1.0, rect.width() - 2 * pad)
        count = len(self.points)
        out = []
        for i, p in enumerate(self.points):
            x = rect.center().x() if count == 1 else left + width * i / (count - 1)
            y = rect.bottom() - rect.height() * max(0.0, min(100.0, p.percent)) / 100
            out.append(QPointF(x, y))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        line_colour = pal.color(QPalette.ColorRole.Highlight)
        fm = self.fontMetrics()
        rect = self.plot_rect()
        # gridlines and percent labels
        for value in (0, 25, 50, 75, 100):
            y = rect.bottom() - rect.height() * value / 100
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text)
            label = f"{value} %"
            painter.drawText(
                QRectF(0, y - fm.height() / 2, rect.left() - 6, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        # axes
        painter.setPen(QPen(text, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        if not self.points:
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("No finished quiz yet: finish one and your results show here."),
            )
            painter.end()
            return
        positions = self.point_positions()
        if len(positions) > 1:
            path = QPainterPath(positions[0])
            for pos in positions[1:]:
                path.lineTo(pos)
            painter.setPen(QPen(line_colour, 2))
            painter.drawPath(path)
        radius = max(3.0, fm.height() / 5)
        label_width = fm.horizontalAdvance("100 %") + 4
        step = positions[1].x() - positions[0].x() if len(positions) > 1 else rect.width()
        every = max(1, int((fm.horizontalAdvance("00/00") + 10) // max(step, 1)) + 1)
        show_values = step >= label_width or len(positions) == 1
        for i, (pos, point) in enumerate(zip(positions, self.points, strict=True)):
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(line_colour)
            painter.drawEllipse(pos, radius, radius)
            painter.setPen(text)
            last = i == len(positions) - 1
            if show_values or last or i % every == 0:
                painter.drawText(
                    QRectF(pos.x() - label_width / 2, pos.y() - radius - fm.height() - 2,
                           label_width, fm.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    f"{round(point.percent)} %",
                )  # fmt: skip
            if i % every == 0 or last:
                date_width = fm.horizontalAdvance("00 MMMM") + 8
                painter.drawText(
                    QRectF(pos.x() - date_width / 2, rect.bottom() + 4, date_width, fm.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    short_date(point.when),
                )
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._update_accessible()
            self.setMinimumHeight(self.fontMetrics().height() * 9)
            self.update()
        super().changeEvent(event)
