"""The painted check mark the reward pills and rings share: a glyph ✓ takes the
font's shape and weight, which differ on every platform; this one is the theme's ink."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen


def paint_tick(painter: QPainter, centre: QPointF, size: float, ink: QColor) -> None:
    """A round-capped check of `size` pixels around `centre`."""
    path = QPainterPath(QPointF(centre.x() - size * 0.41, centre.y() + size * 0.01))
    path.lineTo(QPointF(centre.x() - size * 0.1, centre.y() + size * 0.31))
    path.lineTo(QPointF(centre.x() + size * 0.44, centre.y() - size * 0.3))
    pen = QPen(ink, max(1.5, size / 5))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
