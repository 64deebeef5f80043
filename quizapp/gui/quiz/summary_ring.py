"""The summary's score ring: a painted arc in the result's colour, the percentage inside,
the points under it. Every result gets its moment (shown still when the system asks for
less motion): the ring's arc sweeps from empty to the score while the percentage counts
up with it, eased. On full marks the moment goes on: the ring and its check pop, and
confetti falls from the summary's top edge in front of it, then fades out
completely (summary_confetti), so the screen at rest is exactly the still one.

Colours and sizes come from the theme, so dark mode and zoom re-draw it at once.
"""

from __future__ import annotations

import math

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

FILL_MS = 800  # the arc sweeps to the score, the percentage counting up with it
CELEBRATION_MS = 2600  # full marks: the fill, the pop, then confetti falling and fading
FILL_END = FILL_MS / CELEBRATION_MS  # of the celebration: the ring has filled
POP_START, POP_END = 0.27, 0.42  # the check grows past its size and settles
BURST_START = 0.29  # the confetti leaves the ring as it fills
SHOWCASE = 0.72  # a frame with the confetti mid-fall, held for the selftest's pictures


def ring_kind(percent: float) -> str:
    """The colour role of a result: right from 80 %, partly from 50 %, else wrong."""
    if percent >= 80 - 1e-9:
        return "right"
    return "partly" if percent >= 50 - 1e-9 else "wrong"


class ScoreRing(QWidget):
    """Paints the score; `text()` says what it shows, for tests and screen readers."""

    stepped = Signal(float, bool)  # the celebration's progress (0..1), full marks: confetti follows

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
        """The arc sweeps to the score as the percentage counts up; on full marks the check
        then pops and confetti falls. Without motion, the result is simply there."""
        self.stop()
        self.progress = 1.0
        if not motion:
            self.update()
            return
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(CELEBRATION_MS if self.full else FILL_MS)
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

    def keep_clear(self) -> list[QRectF]:
        """The ring (with its pop and its check) and the points written under it: what
        the confetti never covers."""
        rect = self.ring_rect()  # its pen, its 7 % pop and the check's disc past it
        grow = self.thickness() / 2 + rect.width() * 0.035 + self.check_radius() * 0.5
        ring = rect.adjusted(-grow, -grow, grow, grow)
        if self.compact:
            return [ring]
        below = self._words_rect(rect)
        font = self._font("body", QFont.Weight.DemiBold)
        width = QFontMetricsF(font).horizontalAdvance(self.small) + self.theme.space(1)
        width = min(below.width(), width)
        return [ring, QRectF(below.center().x() - width / 2, below.top(), width, below.height())]

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
        if self.full and self.progress < 1.0:
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
