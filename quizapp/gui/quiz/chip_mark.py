"""An empty blank's « … »: a place to fill, not a grey hole.

(A placed chip once ended with a « • » here; it is now told apart by its look alone,
faint and dashed, `stylesheet_bank`, so no chip keeps room for a mark.)
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

WAITING = "…"  # what an empty blank shows: a place to fill, not a grey hole


def paint_waiting(painter: QPainter, chip: QWidget, inner: QRect, colour: QColor) -> None:
    """An empty blank's « … », centred, in its ink a little softened."""
    soft = QColor(colour)
    soft.setAlphaF(0.8)
    painter.save()
    painter.setFont(chip.font())
    painter.setPen(soft)
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), WAITING)
    painter.restore()
