"""The summary's score ring: a painted arc in the result's colour, the percentage inside,
the points under it, and on full marks a check that draws itself in a short burst of
confetti (under a second; shown still when the system asks for less motion).

Colours and sizes come from the theme, so dark mode and zoom re-draw it at once.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.window.theme import Theme

BURST_MS = 900  # the whole celebration, confetti and check, stays under a second
PIECES = 36


def ring_kind(percent: float) -> str:
    """The colour role of a result: right from 80 %, partly from 50 %, else wrong."""
    if percent >= 80 - 1e-9:
        return "right"
    return "partly" if percent >= 50 - 1e-9 else "wrong"


class ScoreRing(QWidget):
    """Paints the score; `text()` says what it shows, for tests and screen readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_ring")
        self.theme = Theme()
        self.percent = 0.0
        self.big = ""  # « 100 % »
        self.small = ""  # « 16 / 16 points »
        self.full = False
        self.progress = 1.0  # of the celebration: 0 = just started, 1 = over (check drawn)
        self.celebration: QVariantAnimation | None = None
        rng = random.Random(7)  # the same burst every time: calm, not a slot machine
        self.pieces = [
            (rng.uniform(0, 2 * math.pi), rng.uniform(0.55, 1.0), rng.randrange(4), rng.random())
            for _ in range(PIECES)
        ]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- content -------------------------------------------------------------------
    def show_score(self, percent: float, big: str, small: str, full: bool) -> None:
        self.percent, self.big, self.small, self.full = percent, big, small, full
        self.setAccessibleName(self.text())
        self.update()

    def text(self) -> str:
        return f"{self.small} · {self.big}" if self.small else self.big

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    # -- celebration -----------------------------------------------------------------
    def celebrate(self, motion: bool) -> None:
        """The check draws itself among confetti; without motion, the check is simply there."""
        self.stop()
        self.progress = 1.0
        if not motion:
            self.update()
            return
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(BURST_MS)
        animation.setEasingCurve(QEasingCurve.Type.Linear)
        animation.valueChanged.connect(self._step)
        self.celebration = animation
        self.progress = 0.0
        animation.start()

    def stop(self) -> None:
        if self.celebration is not None:
            self.celebration.stop()
            self.celebration.deleteLater()
            self.celebration = None
        self.progress = 1.0

    def still(self, progress: float) -> None:
        """One frame of the celebration, held (for the selftest's pictures)."""
        self.stop()
        self.progress = max(0.0, min(1.0, progress))
        self.update()

    def _step(self, value: float) -> None:
        self.progress = float(value)
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def diameter(self) -> int:
        """Large, but never more than half the panel's width (a narrow panel at a big zoom)."""
        t = self.theme
        room = self.width() * 0.5 if self.width() > 0 else t.space(16)
        return round(min(t.space(16), max(t.space(9), room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def _big_font(self, room: float) -> QFont:
        """The percentage's font: the title size, smaller if it would touch the ring."""
        font = self._font("title", QFont.Weight.Bold)
        size = font.pixelSize()
        while size > 8 and QFontMetricsF(font).horizontalAdvance(self.big) > room:
            size -= 1
            font.setPixelSize(size)
        return font

    def thickness(self) -> int:
        return max(4, self.theme.space(1.25))

    def _font(self, role: str, weight: QFont.Weight) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self.theme.px(role))
        font.setWeight(weight)
        return font

    def sizeHint(self) -> QSize:
        t = self.theme
        line = self.fontMetrics().height()
        small = max(line, round(t.px("body") * 1.5))
        return QSize(t.space(16) + 2 * t.space(3), self.diameter() + t.space(3) + small)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.theme.space(10), self.sizeHint().height())

    def ring_rect(self) -> QRectF:
        d, pen = self.diameter(), self.thickness()
        left = (self.width() - d) / 2
        return QRectF(left + pen / 2, self.theme.space(1) + pen / 2, d - pen, d - pen)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        t, p = self.theme, self.theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect, pen_width = self.ring_rect(), self.thickness()
        colour = QColor(getattr(p, ring_kind(self.percent)))
        paper = QColor(p.window)
        if self.full and self.progress < 1.0:  # behind the ring and the words
            self._paint_confetti(painter, rect)
        painter.setPen(QPen(QColor(p.border), pen_width))
        painter.setBrush(paper)
        painter.drawEllipse(rect)
        span = max(0.0, min(100.0, self.percent)) / 100
        if span > 0:
            arc = QPen(colour, pen_width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(rect, 90 * 16, -round(span * 360 * 16))
        painter.setPen(QColor(p.text))
        painter.setFont(self._big_font((rect.width() - pen_width) * 0.8))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.big)
        font = self._font("body", QFont.Weight.DemiBold)
        top = rect.bottom() + pen_width / 2 + t.space(1)
        below = QRectF(0, top, self.width(), t.px("body") * 1.5)
        words = QFontMetricsF(font).boundingRect(
            below, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.small
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(paper)
        painter.drawRoundedRect(words.adjusted(-t.space(1), 0, t.space(1), 0), t.radius, t.radius)
        painter.setPen(QColor(p.muted))
        painter.setFont(font)
        painter.drawText(
            below, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.small
        )
        if self.full:
            self._paint_check(painter, rect, colour)
        painter.end()

    def _paint_check(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """A disc on the ring's lower right, its check drawn stroke by stroke."""
        p = self.theme.palette
        radius = max(6.0, self.diameter() * 0.13)
        angle = math.radians(-45)
        centre = QPointF(
            rect.center().x() + rect.width() / 2 * math.cos(angle),
            rect.center().y() - rect.height() / 2 * math.sin(angle),
        )
        grow = min(1.0, self.progress / 0.25) if self.progress < 1 else 1.0
        grow = QEasingCurve(QEasingCurve.Type.OutBack).valueForProgress(grow)
        painter.setPen(QPen(QColor(p.window), max(2.0, radius * 0.25)))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius * grow, radius * grow)
        drawn = max(0.0, min(1.0, (self.progress - 0.2) / 0.45)) if self.progress < 1 else 1.0
        if drawn <= 0:
            return
        points = [QPointF(-0.45, 0.02), QPointF(-0.12, 0.34), QPointF(0.48, -0.3)]
        points = [QPointF(centre.x() + q.x() * radius, centre.y() + q.y() * radius) for q in points]
        first = math.dist((points[0].x(), points[0].y()), (points[1].x(), points[1].y()))
        second = math.dist((points[1].x(), points[1].y()), (points[2].x(), points[2].y()))
        length = (first + second) * drawn
        path = QPainterPath(points[0])
        if length <= first:
            path.lineTo(points[0] + (points[1] - points[0]) * (length / first))
        else:
            path.lineTo(points[1])
            path.lineTo(points[1] + (points[2] - points[1]) * ((length - first) / second))
        tick = QPen(QColor(p.surface), max(2.0, radius * 0.28))
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_confetti(self, painter: QPainter, rect: QRectF) -> None:
        """Pieces burst out from behind the ring, slow down, drift down a little and fade."""
        p = self.theme.palette
        colours = [QColor(c) for c in (p.right, p.accent, p.partly, p.evidence_bar)]
        t = self.progress
        eased = QEasingCurve(QEasingCurve.Type.OutCubic).valueForProgress(t)
        d = rect.width()
        reach = min(self.width() / 2, d * 1.35)
        size = max(4.0, self.theme.space(1.1))
        centre = rect.center()
        painter.setPen(Qt.PenStyle.NoPen)
        for number, (angle, speed, colour, spin) in enumerate(self.pieces):
            distance = d * 0.4 + (reach - d * 0.4) * (0.45 + 0.55 * speed) * eased
            x = centre.x() + math.cos(angle) * distance
            y = centre.y() + math.sin(angle) * distance * 0.8 + size * 5 * t * t
            piece = QColor(colours[colour])
            piece.setAlphaF(max(0.0, 1.0 - t**3))
            painter.save()
            painter.translate(x, y)
            painter.rotate(360 * spin + 400 * t * (1 if spin > 0.5 else -1))
            painter.setBrush(piece)
            if number % 3 == 0:
                painter.drawEllipse(QPointF(0, 0), size / 3, size / 3)
            else:
                painter.drawRoundedRect(QRectF(-size / 2, -size / 5, size, size / 2.5), 1, 1)
            painter.restore()
