"""The magnifier at the start of the library's search field, drawn in the theme's
muted ink at the field's text size, so it follows dark mode and the zoom."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from quizapp.gui.window.theme import Theme


def magnifier(theme: Theme) -> QIcon:
    """A lens and its handle, drawn at twice the size (sharp on a HiDPI screen); called
    after the first paint (it names `Qt`)."""
    from PySide6.QtCore import QPointF, QRectF, Qt

    side = theme.px("body")
    pixmap = QPixmap(side * 2, side * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(theme.palette.muted), max(1.5, side / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    lens = side * 0.62
    painter.drawEllipse(QRectF(side * 0.1, side * 0.1, lens, lens))
    reach = side * 0.1 + lens * 0.85
    painter.drawLine(QPointF(reach, reach), QPointF(side * 0.9, side * 0.9))
    painter.end()
    return QIcon(pixmap)
