"""Small pieces the question page shares: a property switch that re-styles at once,
and a quiet button that shows its keyboard key in a badge (H, R, S).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QPushButton, QWidget

from quizapp.gui.window.theme import Theme


def set_prop(widget: QWidget, name: str, value: object) -> None:
    """Set a style-sheet property and re-apply the style sheet when it changed."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class KeyButton(QPushButton):
    """A quiet button whose shortcut key is drawn in a small badge at its right."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.theme = Theme()
        self.setProperty("quiet", "true")
        self.setProperty("keyed", "true")

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        t, p = self.theme, self.theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(max(8, t.ui_px("caption") - 1))
        font.setBold(True)
        painter.setFont(font)
        side = painter.fontMetrics().height() + 2
        margin = max(4, round(side * 0.45))
        box = QRectF(self.width() - margin - side, (self.height() - side) / 2, side, side)
        painter.setPen(QPen(QColor(p.border), 1))
        painter.setBrush(QColor(p.window))
        painter.drawRoundedRect(box, side * 0.2, side * 0.2)
        painter.setPen(QColor(p.muted))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.key)
        painter.end()
