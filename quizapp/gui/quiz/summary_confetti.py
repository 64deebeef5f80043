"""Confetti falling over the whole summary on full marks: pieces in the theme's accent,
right, partly and evidence colours drop from the top, sway, turn and fade out.

It follows the score ring's celebration (`ScoreRing.stepped`) rather than running a
clock of its own, so the ring's pop and the rain stay in step, a held frame (the
selftest's pictures) holds both, and less motion (no celebration) shows none. It passes
behind everything the summary shows (the ring, its words, the pill, the tiles, the cards,
the buttons): it falls on the bare page only, and a small panel gets fewer pieces.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QWidget

from quizapp.gui.window.theme import Theme

PIECES = 90  # on a panel of FULL_AREA px or more; fewer on a smaller one
FULL_AREA = 700 * 900
FEWEST = 30
RAIN_START = 0.12  # of the ring's celebration: the rain begins as the ring fills
FADE_FROM = 0.7  # of the rain: pieces start to fade


class ConfettiRain(QWidget):
    """A see-through layer over the summary; clicks and keys pass through it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("summary_confetti")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.theme = Theme()
        self.progress = 1.0  # of the ring's celebration; 1 = over, nothing shown
        # what the rain passes behind (the ring, its points, the headline): ellipses first
        self.keep_clear: Callable[[], tuple[list[QRectF], list[QRectF]]] = lambda: ([], [])
        rng = random.Random(11)  # the same rain every time: calm, not a slot machine
        # (across, delay, speed, colour, shape, spin, sway)
        self.pieces = [
            (
                rng.random(),
                rng.uniform(0.0, 0.55),  # staggered: the whole height has pieces at once
                rng.uniform(0.7, 1.3),
                rng.randrange(4),
                rng.randrange(3),
                rng.random(),
                rng.uniform(-1.0, 1.0),
            )
            for _ in range(PIECES)
        ]
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def follow(self, progress: float, full: bool) -> None:
        """One step of the ring's celebration; shown only on full marks, while it runs."""
        self.progress = progress
        on = full and progress < 1.0 and self.rain() > 0.0
        if on and self.parentWidget() is not None:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(on)
        if on:
            self.update()

    def count(self) -> int:
        """How many pieces fall: as many per area on a small panel as on a large one."""
        share = self.width() * self.height() / FULL_AREA
        return max(FEWEST, min(PIECES, round(PIECES * share)))

    def rain(self) -> float:
        """How far the rain has gone (0..1)."""
        return max(0.0, min(1.0, (self.progress - RAIN_START) / (1.0 - RAIN_START)))

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.rain()
        if t <= 0.0 or t >= 1.0:
            return
        p = self.theme.palette
        colours = [QColor(c) for c in (p.accent, p.right, p.partly, p.evidence_bar)]
        size = max(6.0, self.theme.space(1.6))
        fade = 1.0 if t < FADE_FROM else 1.0 - (t - FADE_FROM) / (1.0 - FADE_FROM)
        width, height = self.width(), self.height()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        ellipses, boxes = self.keep_clear()
        if ellipses or boxes:
            keep, hide = QPainterPath(), QPainterPath()
            hide.setFillRule(Qt.FillRule.WindingFill)  # overlapping shapes stay hidden
            keep.addRect(QRectF(self.rect()))
            for ellipse in ellipses:
                hide.addEllipse(ellipse)
            for box in boxes:
                hide.addRect(box)
            painter.setClipPath(keep.subtracted(hide))
        for across, delay, speed, colour, shape, spin, sway in self.pieces[: self.count()]:
            own = max(0.0, min(1.0, (t - delay) / (1.0 - delay)))
            if own <= 0.0:
                continue
            drop = own * (0.6 + 0.4 * own) * speed  # gathering speed as it falls
            y = -size + drop * (height * 0.95 + size)
            x = across * width + sway * size * 2.5 * math.sin(own * math.pi * 2 + spin * 6)
            piece = QColor(colours[colour])
            piece.setAlphaF(max(0.0, fade) * 0.9)
            painter.save()
            painter.translate(x, y)
            painter.rotate(360 * spin + 540 * own * (1 if spin > 0.5 else -1))
            painter.setBrush(piece)
            if shape == 0:
                painter.drawEllipse(QPointF(0, 0), size / 2.8, size / 2.8)
            elif shape == 1:
                star = QPainterPath(QPointF(0, -size / 2))
                star.lineTo(size / 2, size / 3)
                star.lineTo(-size / 2, size / 3)
                star.closeSubpath()
                painter.drawPath(star)
            else:  # a ribbon that flips as it turns
                flip = abs(math.cos(own * math.pi * 3 + spin * 5))
                painter.drawRoundedRect(
                    QRectF(-size / 2, -size / 5 * flip, size, size / 2.5 * flip), 1, 1
                )
            painter.restore()
        painter.end()
