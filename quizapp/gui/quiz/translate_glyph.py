"""The question's translate chip: a small painted glyph beside « EN ».

A bare « EN » read like the toolbar's parallel-English switch; this chip translates
one question, so it shows the usual translate sign (an « A » bubble behind a filled
bubble of text lines), painted in the theme's accent at the caption's size, crisp at
any zoom. The button stays the same checkable QToolButton: keys and names unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolButton

from quizapp.gui.window.theme import Theme

GAP = 1.25  # the pixmap's width in glyph sides: the glyph, then a gap before « EN »


def glyph(ink: str, paper: str, side: int, ratio: float) -> QPixmap:
    """The sign on a transparent square `side` px wide (and a gap before the words):
    an outlined bubble with an « A » at the back, a filled one with text lines in front."""
    pixmap = QPixmap(round(side * GAP * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(ink), max(1.0, side * 0.08))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    def at(x: float, y: float) -> QPointF:
        return QPointF(side * x, side * y)

    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    back = QRectF(at(0.05, 0.05), at(0.62, 0.58))
    painter.drawRoundedRect(back, side * 0.1, side * 0.1)
    painter.drawPolyline([at(0.2, 0.47), at(0.335, 0.16), at(0.47, 0.47)])  # the « A »
    painter.drawLine(at(0.25, 0.36), at(0.42, 0.36))
    front = QRectF(at(0.4, 0.4), at(0.95, 0.92))
    painter.setBrush(QColor(ink))
    painter.drawRoundedRect(front, side * 0.1, side * 0.1)
    lines = QPen(QColor(paper), max(1.0, side * 0.07))
    lines.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(lines)
    painter.drawLine(at(0.52, 0.58), at(0.83, 0.58))
    painter.drawLine(at(0.52, 0.74), at(0.75, 0.74))
    painter.end()
    return pixmap


def dress(button: QToolButton, theme: Theme) -> None:
    """The glyph beside the button's words, in the theme's colours and size."""
    side = theme.px("caption")
    p = theme.palette
    button.setIcon(QIcon(glyph(p.accent, p.surface, side, button.devicePixelRatioF())))
    button.setIconSize(QSize(round(side * GAP), side))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
