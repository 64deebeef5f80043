"""The review's « Settings » button's gear, painted in the theme's colours at its zoom
(an icon font or a file would not follow the palette or Ctrl+=)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QApplication

from quizapp.gui.window.theme import Theme

TEETH = 8


def gear_path(size: float) -> QPainterPath:
    """A gear of `size` across: eight square teeth round a ring, a hole in its middle."""
    c, outer, inner = size / 2, size * 0.5, size * 0.36
    path = QPainterPath()
    steps = TEETH * 4
    for i in range(steps):
        angle = 2 * math.pi * (i - 0.5) / steps
        r = outer if (i % 4) in (0, 1) else inner
        point = QPointF(c + r * math.cos(angle), c + r * math.sin(angle))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    path.closeSubpath()
    hole = QPainterPath()
    hole.addEllipse(QPointF(c, c), size * 0.15, size * 0.15)
    return path.subtracted(hole)


def gear_icon(theme: Theme, colour: str, checked_colour: str) -> QIcon:
    """The gear at the caption's size, in `colour` (`checked_colour` while open)."""
    size = round(theme.px("caption") * 1.05)
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    icon = QIcon()
    for state, tint in ((QIcon.State.Off, colour), (QIcon.State.On, checked_colour)):
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(gear_path(size), QColor(tint))
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon
