"""Results over time for one article: a small sparkline painted with QPainter.

No axes, no gridlines: History's summary card gives the numbers (best, last), so
the line only says the trend, « better each time ». One dot per finished quiz,
evenly spaced in order, the last one larger; a faint band is 0–100 %. It reads
the window's theme (accent, border, surface), so the dark theme and the zoom follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.progress import dates
from quizapp.gui.review.text import palette_for


@dataclass(frozen=True)
class ChartPoint:
    when: datetime
    percent: float  # 0–100
    note: str = ""  # e.g. "review" for a quiz over a few questions


def short_date(when: datetime) -> str:
    return dates.short_day(when)


class Sparkline(QWidget):
    """Paints `points` as a small line; nothing but its quiet band when there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_chart")
        self.points: list[ChartPoint] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_accessible()

    def set_points(self, points: Sequence[ChartPoint]) -> None:
        self.points = list(points)
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 10, round(line * 2.4))

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 6, round(line * 2.4))

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Results over time"))
        text = "; ".join(f"{short_date(p.when)}: {round(p.percent)} %" for p in self.points)
        self.setAccessibleDescription(text or self.tr("No finished quiz yet"))
        self.setToolTip(text)

    def plot_rect(self) -> QRectF:
        """Where the line goes: inset by the last dot's radius, so no dot is cut."""
        pad = self.radius() * 1.6
        return QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)

    def radius(self) -> float:
        return max(2.5, self.fontMetrics().height() / 7)

    def point_positions(self) -> list[QPointF]:
        rect = self.plot_rect()
        count = len(self.points)
        out = []
        for i, p in enumerate(self.points):
            x = rect.center().x() if count == 1 else rect.left() + rect.width() * i / (count - 1)
            y = rect.bottom() - rect.height() * max(0.0, min(100.0, p.percent)) / 100
            out.append(QPointF(x, y))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = palette_for(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plot_rect()
        band = QColor(palette.border)
        painter.setPen(QPen(band, 1, Qt.PenStyle.DotLine))
        for y in (rect.top(), rect.bottom()):  # 100 % and 0 %, faint
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        positions = self.point_positions()
        if not positions:
            painter.end()
            return
        accent = QColor(palette.accent)
        if len(positions) > 1:
            path = QPainterPath(positions[0])
            for pos in positions[1:]:
                path.lineTo(pos)
            pen = QPen(accent, max(1.5, self.radius() * 0.7))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(path)
        radius = self.radius()
        painter.setPen(QPen(QColor(palette.surface), 1.5))
        painter.setBrush(accent)
        for i, pos in enumerate(positions):
            last = i == len(positions) - 1
            painter.drawEllipse(
                pos, radius * (1.5 if last else 1.0), radius * (1.5 if last else 1.0)
            )
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._update_accessible()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)
