"""The speech glyphs, painted in a theme colour: a speaker, play and pause.

Drawn rather than taken from the style: a style's media glyphs are grey bitmaps
that read poorly on a dark theme and blur at a large zoom. Each is drawn at twice
its size, so it stays sharp on a HiDPI screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def _canvas(side: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(side * 2, side * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def speaker_icon(colour: str, side: int) -> QIcon:
    """A small speaker with two sound waves."""
    pixmap, painter = _canvas(side)
    s = side / 16.0
    body = QPainterPath()
    body.moveTo(2 * s, 6 * s)
    body.lineTo(5 * s, 6 * s)
    body.lineTo(9 * s, 2.5 * s)
    body.lineTo(9 * s, 13.5 * s)
    body.lineTo(5 * s, 10 * s)
    body.lineTo(2 * s, 10 * s)
    body.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawPath(body)
    pen = QPen(QColor(colour), max(1.0, 1.4 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (3.0, 5.5):  # two arcs, centred on the cone's mouth
        box = QRectF(8 * s - radius * s, 8 * s - radius * s, 2 * radius * s, 2 * radius * s)
        painter.drawArc(box, -50 * 16, 100 * 16)
    painter.end()
    return QIcon(pixmap)


def pause_icon(colour: str, side: int) -> QIcon:
    """The two bars of pause, while reading aloud (the speaker says "listen" otherwise)."""
    pixmap, painter = _canvas(side)
    s = side / 16.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    for x in (4.0, 9.5):
        painter.drawRoundedRect(QRectF(x * s, 3 * s, 2.5 * s, 10 * s), s, s)
    painter.end()
    return QIcon(pixmap)
