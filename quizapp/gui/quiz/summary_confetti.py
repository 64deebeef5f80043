"""Confetti on full marks: a short shower from the summary's top edge, across its whole
width, that falls in front of the summary and fades out completely, in the theme's
accent, right, partly and evidence colours.

It falls around the head's words (the title, the ring, the headline, the encouragement,
the streak: `keep_clear`) and no lower than the last of them, so it never covers a
line the learner reads (the tiles and the list under it stay clear); it lasts under two
seconds, the pieces fade out as they fall, and at the end the layer hides, so the
summary at rest is exactly the still one. It follows the score ring's celebration
(`ScoreRing.stepped`) rather than a clock of its own, so the ring's pop and the burst
stay in step, a held frame (the selftest's pictures) holds both, and less motion (no
celebration) shows none. Clicks and keys pass through it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QRegion
from PySide6.QtWidgets import QWidget

from quizapp.gui.quiz.summary_ring import BURST_START
from quizapp.gui.window.theme import Theme

PIECES = 96  # on a wide panel; fewer on a narrow one
FEWEST = 48
FULL_WIDTH = 640  # px of panel for all the pieces
FADE_FROM = 0.5  # of a piece's fall: pieces start to fade, gone at its end


def burst_pieces(seed: int = 11) -> list[tuple[float, ...]]:
    """(column, speed, delay, colour, shape, spin, sway, fall) per piece: the same shower
    every time, calm rather than a slot machine. Columns spread evenly across the width
    (jittered), each piece with its own delay, sway and depth of fall, so they scatter
    rather than move as one band."""
    rng = random.Random(seed)
    order = list(range(PIECES))
    rng.shuffle(order)  # the first `count()` pieces still cover the whole width
    pieces = []
    for slot in order:
        pieces.append(
            (
                (slot + rng.uniform(0.1, 0.9)) / PIECES,
                rng.uniform(0.7, 1.0),
                rng.uniform(0.0, 0.45),  # staggered: some still high as others fall
                float(rng.randrange(4)),
                float(rng.randrange(3)),
                rng.random(),
                rng.uniform(-1.0, 1.0),
                rng.uniform(0.3, 0.95),
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
        # the ring, the score and the headline (this layer's coordinates): kept clear
        self.keep_clear: Callable[[], list[QRectF]] = list
        # how much of the summary's width it falls on: the result's column when the
        # answers have one of their own beside it (`summary_columns`)
        self.span: Callable[[], int] | None = None
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
            area = self.parentWidget().rect()
            if self.span is not None:
                area.setWidth(max(1, min(area.width(), self.span())))
            clear = self.keep_clear()
            if clear:  # down to the last words it keeps clear: never on the tiles or list
                floor = max(r.bottom() for r in clear)
                area.setHeight(max(1, min(area.height(), round(floor))))
            if self.geometry() != area:
                self.setGeometry(area)
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
        """Where a piece is at `t` of the shower, its turn (degrees) and its opacity: from
        just above the top edge at its column, down part of the panel, swaying, fading
        out before it could settle on anything."""
        column, speed, delay, _colour, _shape, spin, sway, fall = piece
        own = max(0.0, min(1.0, (t - delay) / (1.0 - delay)))
        size = self.size_px()
        x = column * self.width() + sway * size * 1.8 * math.sin(own * math.pi * 2.5 + spin * 6)
        drop = (self.height() * fall + size) * speed
        y = -size / 2 + drop * own * (0.55 + 0.45 * own)  # half in at once, then falling
        turn = 360 * spin + 420 * own * (1 if spin > 0.5 else -1)
        fade = 1.0 if own < FADE_FROM else (1.0 - own) / (1.0 - FADE_FROM)
        return QPointF(x, y), turn, max(0.0, fade) if own > 0 else 0.0

    def size_px(self) -> float:
        return max(9.0, self.theme.space(1.75))  # seen at a glance, still a sprinkle

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
        clear = QRegion()
        for rect in self.keep_clear():  # never over the ring, the score or the headline
            clear = clear.united(rect.toAlignedRect())
        if not clear.isEmpty():
            painter.setClipRegion(QRegion(self.rect()).subtracted(clear))
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
