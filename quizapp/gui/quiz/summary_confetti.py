"""Confetti on full marks: a short burst from the score ring that rises, falls in front
of the whole summary and fades out completely, in the theme's accent, right, partly
and evidence colours.

It is seen (in front of the tiles and cards, not hidden behind them) and yet never rests
on the words: it lasts under two seconds, the pieces fade out as they fall, and at the
end the layer hides, so the summary at rest is exactly the still one. It follows the
score ring's celebration (`ScoreRing.stepped`) rather than a clock of its own, so the
ring's pop and the burst stay in step, a held frame (the selftest's pictures) holds
both, and less motion (no celebration) shows none. Clicks and keys pass through it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QWidget

from quizapp.gui.quiz.summary_ring import BURST_START
from quizapp.gui.window.theme import Theme

PIECES = 64  # on a wide panel; fewer on a narrow one
FEWEST = 36
FULL_WIDTH = 640  # px of panel for all the pieces
FADE_FROM = 0.55  # of the burst: pieces start to fade, gone at its end


def burst_pieces(seed: int = 11) -> list[tuple[float, ...]]:
    """(angle, speed, delay, colour, shape, spin, sway, fall) per piece: the same burst
    every time, calm rather than a slot machine. Angles mostly upward, some to the sides;
    each piece falls its own way, so they scatter rather than move as one band."""
    rng = random.Random(seed)
    pieces = []
    for _ in range(PIECES):
        angle = -math.pi / 2 + rng.uniform(-1.4, 1.4)
        pieces.append(
            (
                angle,
                rng.uniform(0.35, 1.0),
                rng.uniform(0.0, 0.22),
                float(rng.randrange(4)),
                float(rng.randrange(3)),
                rng.random(),
                rng.uniform(-1.0, 1.0),
                rng.uniform(0.25, 0.85),
            )
        )
    return pieces


class ConfettiBurst(QWidget):
    """A see-through layer over the summary, shown only while the burst runs."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("summary_confetti")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.theme = Theme()
        self.progress = 1.0  # of the ring's celebration; 1 = over, nothing shown
        # where the burst starts: the ring's centre (this layer's coordinates) and radius
        self.source: Callable[[], tuple[QPointF, float]] = lambda: (QPointF(), 0.0)
        self.pieces = burst_pieces()
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def follow(self, progress: float, full: bool) -> None:
        """One step of the ring's celebration; shown only on full marks, while it runs."""
        self.progress = progress
        on = full and 0.0 < self.burst() < 1.0
        if on and self.parentWidget() is not None:
            if self.geometry() != self.parentWidget().rect():
                self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(on)
        if on:
            self.update()

    def burst(self) -> float:
        """How far the burst has gone (0..1)."""
        return max(0.0, min(1.0, (self.progress - BURST_START) / (1.0 - BURST_START)))

    def count(self) -> int:
        """How many pieces: fewer on a narrow panel, for the same feel."""
        share = self.width() / (FULL_WIDTH * max(1.0, self.theme.scale))
        return max(FEWEST, min(PIECES, round(PIECES * share)))

    def place(self, piece: tuple[float, ...], t: float) -> tuple[QPointF, float, float]:
        """Where a piece is at `t` of the burst, its turn (degrees) and its opacity: out
        from the ring's edge across the panel (towards the side with room), up a little,
        then down, fading."""
        angle, speed, delay, _colour, _shape, spin, sway, fall = piece
        own = max(0.0, min(1.0, (t - delay) / (1.0 - delay)))
        centre, radius = self.source()
        size = self.size_px()
        across, up = math.cos(angle), -math.sin(angle)
        x0, y0 = centre.x() + across * radius, centre.y() - up * radius
        room = x0 if across < 0 else self.width() - x0  # the side it flies to
        reach = room * abs(across) ** 0.6 * speed * 1.1
        drift = 1 - (1 - own) ** 2.2  # quick out, slowed by the air
        x = x0 + math.copysign(reach * drift, across)
        x += sway * size * 1.5 * math.sin(own * math.pi * 3 + spin * 6)
        # up to `rise` above the start (never past the top), then down `drop` below it
        rise = max(1.0, min(radius * 2.5, y0 - 2 * size) * up * speed)
        drop = self.height() * fall
        lift = rise + math.sqrt(rise * rise + rise * drop)  # the apex's height is `rise`
        y = y0 - 2 * lift * own + (2 * lift + drop) * own * own
        turn = 360 * spin + 500 * own * (1 if spin > 0.5 else -1)
        fade = 1.0 if own < FADE_FROM else (1.0 - own) / (1.0 - FADE_FROM)
        appear = min(1.0, own / 0.04) if own > 0 else 0.0
        return QPointF(x, y), turn, max(0.0, fade * appear)

    def size_px(self) -> float:
        return max(6.0, self.theme.space(1.25))

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.burst()
        if t <= 0.0 or t >= 1.0:
            return
        p = self.theme.palette
        colours = [QColor(c) for c in (p.accent, p.right, p.partly, p.evidence_bar)]
        size = self.size_px()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        centre, radius = self.source()
        if radius > 0:  # never over the score inside the ring
            clip = QPainterPath()
            clip.addRect(QRectF(self.rect()))
            score = QPainterPath()
            score.addEllipse(centre, radius * 0.85, radius * 0.85)
            painter.setClipPath(clip.subtracted(score))
        for piece in self.pieces[: self.count()]:
            where, turn, opacity = self.place(piece, t)
            if opacity <= 0.0:
                continue
            colour = QColor(colours[int(piece[3])])
            colour.setAlphaF(opacity * 0.92)
            painter.save()
            painter.translate(where)
            painter.rotate(turn)
            painter.setBrush(colour)
            shape, own = int(piece[4]), t
            if shape == 0:
                painter.drawEllipse(QPointF(0, 0), size / 2.8, size / 2.8)
            elif shape == 1:
                star = QPainterPath(QPointF(0, -size / 2))
                star.lineTo(size / 2, size / 3)
                star.lineTo(-size / 2, size / 3)
                star.closeSubpath()
                painter.drawPath(star)
            else:  # a ribbon that flips as it turns
                flip = max(0.25, abs(math.cos(own * math.pi * 4 + piece[5] * 5)))
                painter.drawRoundedRect(
                    QRectF(-size / 2, -size / 5 * flip, size, size / 2.5 * flip), 1, 1
                )
            painter.restore()
        painter.end()
