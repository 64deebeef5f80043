"""Small pieces the question page shares: a property switch that re-styles at once,
a quiet button that shows its keyboard key in a badge (H, R, S), and the radio
buttons and check boxes of options drawn as their number key in a badge.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPushButton, QRadioButton, QWidget

from quizapp.gui.window.flow_layout import FlowLayout
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


def _badge_paint(button: QAbstractButton, theme: Theme, round_badge: bool) -> None:
    """An option's key as a badge: its number, filled with the accent once picked."""
    p = theme.palette
    painter = QPainter(button)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(button.width(), button.height()) - 4
    box = QRectF((button.width() - side) / 2, (button.height() - side) / 2, side, side)
    picked = button.isChecked()
    fill = (p.accent if button.isEnabled() else p.muted) if picked else p.window
    edge = fill if picked else p.border
    if button.hasFocus():
        edge = p.text if picked else p.accent
    painter.setPen(QPen(QColor(edge), 2 if button.hasFocus() else 1))
    painter.setBrush(QColor(fill))
    radius = side / 2 if round_badge else side * 0.25
    painter.drawRoundedRect(box, radius, radius)
    font = QFont(button.font())
    font.setPixelSize(max(8, theme.px("caption")))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(p.on_accent if picked else p.muted))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, button.text())
    painter.end()


def _badge_size(theme: Theme) -> QSize:
    side = max(20, round(theme.px("option") * 1.75))
    return QSize(side, side)


class KeyRadio(QRadioButton):
    """A radio button drawn as its number in a round badge (the key that picks it)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.theme = Theme()

    def sizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def minimumSizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        _badge_paint(self, self.theme, True)


class KeyCheck(QCheckBox):
    """A check box drawn as its number in a square badge (the key that toggles it)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.theme = Theme()

    def sizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def minimumSizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        _badge_paint(self, self.theme, False)


class Flow(FlowLayout):
    """The shared flow layout, with gaps a new theme can change (they grow with the zoom)."""

    def set_gaps(self, spacing: int, line_spacing: int) -> None:
        self._spacing, self._line_spacing = spacing, line_spacing
        self.invalidate()
