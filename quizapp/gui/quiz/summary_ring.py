"""The summary's score ring: a painted arc in the result's colour, the percentage inside,
the points under it. Every result gets its moment (shown still when the system asks for
less motion): the ring fills from empty while the percentage counts up. On full marks
the moment goes on: the ring and its check pop, confetti bursts outward behind the ring
(never over its words or its check) and falls over the whole summary (summary_confetti).

Colours and sizes come from the theme, so dark mode and zoom re-draw it at once.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation, Signal
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

from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.window.theme import Theme

FILL_MS = 700  # any result: the ring fills and the percentage counts up
BURST_MS = 1400  # the whole celebration: fill, pop, and confetti falling over the summary
PIECES = 56
FILL_END = 0.42  # of the celebration: the ring has filled
POP_START, POP_END = 0.36, 0.62  # the check grows past its size and settles


def ring_kind(percent: float) -> str:
    """The colour role of a result: right from 80 %, partly from 50 %, else wrong."""
    if percent >= 80 - 1e-9:
        return "right"
    return "partly" if percent >= 50 - 1e-9 else "wrong"


class ScoreRing(QWidget):
    """Paints the score; `text()` says what it shows, for tests and screen readers."""

    stepped = Signal(float, bool)  # the celebration's progress (0..1), full marks: the rain follows

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_ring")
        self.theme = Theme()
        self.percent = 0.0
        self.big = ""  # « 100 % »
        self.small = ""  # « 16 / 16 points »
        self.full = False
        self.compact = False  # small, beside the headline (a short summary)
        self.progress = 1.0  # of the celebration: 0 = just started, 1 = over (check drawn)
        self.celebration: QVariantAnimation | None = None
        rng = random.Random(7)  # the same burst every time: calm, not a slot machine
        self.pieces = [
            (rng.uniform(0, 2 * math.pi), rng.uniform(0.35, 1.0), rng.randrange(4), rng.random())
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
        if self.compact:
            self.setFixedWidth(self.sizeHint().width())
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    # -- celebration -----------------------------------------------------------------
    def celebrate(self, motion: bool) -> None:
        """The ring fills as the percentage counts up; on full marks the check then pops
        among confetti. Without motion, the result is simply there."""
        self.stop()
        self.progress = 1.0
        if not motion:
            self.update()
            return
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(BURST_MS if self.full else FILL_MS)
        animation.setEasingCurve(QEasingCurve.Type.Linear)
        animation.valueChanged.connect(self._step)
        self.celebration = animation
        self._step(0.0)
        animation.start()

    def stop(self) -> None:
        if self.celebration is not None:
            self.celebration.stop()
            self.celebration.deleteLater()
            self.celebration = None
        self.progress = 1.0
        self.stepped.emit(1.0, self.full)

    def still(self, progress: float) -> None:
        """One frame of the celebration, held (for the selftest's pictures)."""
        self.stop()
        self._step(max(0.0, min(1.0, progress)))

    def _step(self, value: float) -> None:
        self.progress = float(value)
        self.stepped.emit(self.progress, self.full)
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def set_compact(self, compact: bool) -> None:
        """Small, beside the headline, when the summary is short of room."""
        if compact != self.compact:
            self.compact = compact
            policy = QSizePolicy.Policy.Fixed if compact else QSizePolicy.Policy.Expanding
            self.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
            self.set_theme(self.theme)

    def diameter(self) -> int:
        """Large, but never more than half the panel's width (a narrow panel at a big zoom);
        small (9 units) beside the headline in a compact summary."""
        t = self.theme
        if self.compact:
            return t.space(9)
        room = self.width() * 0.5 if self.width() > 0 else t.space(16)
        return round(min(t.space(16), max(t.space(9), room)))

    def full_height(self) -> int:
        """The height of the large ring with its points (what a compact one saves)."""
        t = self.theme
        line = max(self.fontMetrics().height(), round(t.px("body") * 1.5))
        return t.space(16) + t.space(3) + line

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
        if self.compact:  # the ring alone: the points are told beside it (summary_head)
            return QSize(self.diameter() + t.space(1), self.diameter() + t.space(2))
        line = self.fontMetrics().height()
        small = max(line, round(t.px("body") * 1.5))
        return QSize(t.space(16) + 2 * t.space(3), self.diameter() + t.space(3) + small)

    def minimumSizeHint(self) -> QSize:
        if self.compact:
            return self.sizeHint()
        return QSize(self.theme.space(10), self.sizeHint().height())

    def ring_rect(self) -> QRectF:
        d, pen = self.diameter(), self.thickness()
        left = (self.width() - d) / 2
        return QRectF(left + pen / 2, self.theme.space(1) + pen / 2, d - pen, d - pen)

    # -- painting ------------------------------------------------------------------------
    def _phase(self, start: float, end: float) -> float:
        """How far the part of the celebration between `start` and `end` has gone (0..1)."""
        if self.progress >= 1.0:
            return 1.0
        return max(0.0, min(1.0, (self.progress - start) / (end - start)))

    def filled(self) -> float:
        """How much of the score the ring shows now (0..1), eased out."""
        phase = self._phase(0.0, FILL_END if self.full else 1.0)
        return QEasingCurve(QEasingCurve.Type.OutCubic).valueForProgress(phase)

    def shown_big(self) -> str:
        """The percentage as it counts up with the ring; the given words once it is full."""
        filled = self.filled()
        if filled >= 1.0:
            return self.big
        return quiz_format.percent(round(max(0.0, self.percent) * filled) / 100)

    def _words_rect(self, rect: QRectF) -> QRectF:
        """Where the points are written, under the ring."""
        t = self.theme
        top = rect.bottom() + self.thickness() / 2 + t.space(1)
        return QRectF(0, top, self.width(), t.px("body") * 1.5)

    def words_box(self) -> QRectF:
        """Around the points under the ring: confetti keeps out of it (none when compact)."""
        if self.compact:
            return QRectF()
        font = self._font("body", QFont.Weight.DemiBold)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        words = QFontMetricsF(font).boundingRect(
            self._words_rect(self.ring_rect()), flags, self.small
        )
        gap = self.theme.space(1)
        return words.adjusted(-2 * gap, -gap / 2, 2 * gap, gap / 2)

    def _check_centre(self, rect: QRectF) -> QPointF:
        angle = math.radians(-45)
        return QPointF(
            rect.center().x() + rect.width() / 2 * math.cos(angle),
            rect.center().y() - rect.height() / 2 * math.sin(angle),
        )

    def check_radius(self) -> float:
        return max(7.0, self.diameter() * 0.15)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self.theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect, pen_width = self.ring_rect(), self.thickness()
        colour = QColor(getattr(p, ring_kind(self.percent)))
        paper = QColor(p.window)
        font = self._font("body", QFont.Weight.DemiBold)
        below = self._words_rect(rect)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if self.full and self.progress < 1.0:  # first, so the ring, words and check cover it
            self._paint_confetti(painter, rect, self.words_box())
            pop = math.sin(math.pi * self._phase(POP_START, POP_END))  # the ring pops
            painter.translate(rect.center())
            painter.scale(1 + 0.07 * pop, 1 + 0.07 * pop)
            painter.translate(-rect.center())
        painter.setPen(QPen(QColor(p.border), pen_width))
        painter.setBrush(paper)
        painter.drawEllipse(rect)
        filled = self.filled()
        span = max(0.0, min(100.0, self.percent)) / 100 * filled
        if span > 0:
            arc = QPen(colour, pen_width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(rect, 90 * 16, -round(span * 360 * 16))
        painter.setPen(QColor(p.text))
        painter.setFont(self._big_font((rect.width() - pen_width) * 0.8))  # sized to the end
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.shown_big())
        painter.setPen(QColor(p.muted))
        painter.setFont(font)
        if not self.compact:
            painter.drawText(below, flags, self.small)
        if self.full:
            self._paint_check(painter, rect, colour)
        painter.end()

    def _paint_check(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """A disc on the ring's lower right with its check, popping in whole (never half
        drawn): it grows a little past its size, then settles."""
        p = self.theme.palette
        grow = self._phase(POP_START, POP_END)
        if grow <= 0:
            return
        scale = QEasingCurve(QEasingCurve.Type.OutBack).valueForProgress(grow)
        radius = self.check_radius() * scale
        centre = self._check_centre(rect)
        painter.setPen(QPen(QColor(p.window), max(2.0, radius * 0.22)))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        points = [QPointF(-0.42, 0.02), QPointF(-0.12, 0.32), QPointF(0.44, -0.28)]
        path = QPainterPath(centre + points[0] * radius)
        for q in points[1:]:
            path.lineTo(centre + q * radius)
        tick = QPen(QColor(p.surface), max(2.0, radius * 0.26))
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_confetti(self, painter: QPainter, rect: QRectF, words: QRectF) -> None:
        """Pieces burst outward from behind the ring, wide to both sides, slow down, drift
        down a little and fade; clipped away from the ring, its check and its words."""
        p = self.theme.palette
        t = self._phase(POP_START, 1.0)
        if t <= 0:
            return
        colours = [QColor(c) for c in (p.right, p.accent, p.partly, p.evidence_bar)]
        eased = QEasingCurve(QEasingCurve.Type.OutCubic).valueForProgress(t)
        d = rect.width()
        size = max(5.0, self.theme.space(1.5))
        reach_x = max(d * 0.7, min(self.width() / 2 - size, d * 1.9))
        reach_y = d * 0.62
        centre = rect.center()
        gap = self.theme.space(1)
        keep = QPainterPath()
        keep.addRect(QRectF(self.rect()))
        hide = QPainterPath()
        hide.addEllipse(rect.adjusted(-gap, -gap, gap, gap))
        hide.addRoundedRect(words, gap, gap)
        badge = self.check_radius() * 1.3 + gap
        hide.addEllipse(self._check_centre(rect), badge, badge)
        painter.save()
        painter.setClipPath(keep.subtracted(hide))
        painter.setPen(Qt.PenStyle.NoPen)
        for number, (angle, speed, colour, spin) in enumerate(self.pieces):
            out = 0.52 + (0.48 + 0.52 * speed) * eased
            x = centre.x() + math.cos(angle) * reach_x * out
            y = centre.y() + math.sin(angle) * reach_y * out + size * 3 * t * t
            edge = min(y, self.height() - y, x, self.width() - x)  # fade out near the edges
            near = max(0.0, min(1.0, (edge - size / 2) / (size * 1.5)))
            piece = QColor(colours[colour])
            piece.setAlphaF(max(0.0, 1.0 - t**4) * near)
            painter.save()
            painter.translate(x, y)
            painter.rotate(360 * spin + 420 * t * (1 if spin > 0.5 else -1))
            painter.setBrush(piece)
            if number % 4 == 0:
                painter.drawEllipse(QPointF(0, 0), size / 2.6, size / 2.6)
            elif number % 4 == 1:
                star = QPainterPath(QPointF(0, -size / 2))
                star.lineTo(size / 2, size / 3)
                star.lineTo(-size / 2, size / 3)
                star.closeSubpath()
                painter.drawPath(star)
            else:
                painter.drawRoundedRect(QRectF(-size / 2, -size / 5, size, size / 2.5), 1, 1)
            painter.restore()
        painter.restore()
