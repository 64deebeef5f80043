"""Small pieces the question page shares: a property switch that re-styles at once,
a quiet button that shows its keyboard key in a badge (H, R, S), and the radio
buttons and check boxes of options drawn as their number key in a badge.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
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


def _badge_colours(button: QAbstractButton, theme: Theme) -> tuple[str, str, str]:
    """(fill, edge, ink) for the badge's state: one set for every option list.

    `state` is the card's: plain, checked, right (picked and right), missed (the
    right one not picked), wrong (picked and wrong)."""
    p = theme.palette
    state = getattr(button, "state", "checked" if button.isChecked() else "plain")
    if state == "right":
        return p.right, p.right, p.surface
    if state == "wrong":
        return p.wrong, p.wrong, p.surface
    if state == "missed":
        return p.surface, p.right, p.right
    if state == "checked" or button.isChecked():
        fill = p.accent if button.isEnabled() else p.muted
        return fill, fill, p.on_accent
    return p.window, p.border, p.muted


def _badge_paint(button: QAbstractButton, theme: Theme, round_badge: bool) -> None:
    """An option's key as a badge: its number in a circle (one answer), or a check
    box with the number small in its corner and ✓ once ticked (several answers)."""
    p = theme.palette
    painter = QPainter(button)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(button.width(), button.height()) - 4
    box = QRectF((button.width() - side) / 2, (button.height() - side) / 2, side, side)
    fill, edge, ink = _badge_colours(button, theme)
    radius = side / 2 if round_badge else side * 0.25
    painter.setPen(QPen(QColor(edge), 1))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(box, radius, radius)
    if button.hasFocus():  # a ring outside the badge, never a dark outline on it
        painter.setPen(QPen(QColor(p.accent), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = box.adjusted(-1.5, -1.5, 1.5, 1.5)
        painter.drawRoundedRect(ring, radius + 1.5, radius + 1.5)
    font = QFont(button.font())
    font.setBold(True)
    if round_badge:
        font.setPixelSize(max(8, theme.px("caption")))
        painter.setFont(font)
        painter.setPen(QColor(ink))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, button.text())
    else:
        font.setPixelSize(max(7, round(theme.px("caption") * 0.7)))
        painter.setFont(font)
        painter.setPen(QColor(ink))
        inset = max(2.0, side * 0.1)
        corner = box.adjusted(inset, inset * 0.5, -inset, -inset)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(corner, align, button.text())
        if button.isChecked():
            pen = QPen(QColor(ink), max(2.0, side * 0.11))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            x, y, w = box.x(), box.y(), side
            tick = QPolygonF(
                [
                    QPointF(x + w * 0.3, y + w * 0.55),
                    QPointF(x + w * 0.45, y + w * 0.72),
                    QPointF(x + w * 0.75, y + w * 0.36),
                ]
            )
            painter.drawPolyline(tick)
    painter.end()


def _badge_size(theme: Theme) -> QSize:
    side = max(20, round(theme.px("option") * 1.75))
    return QSize(side, side)


class _KeyBadge:
    """A button drawn as its number in a badge (the key that picks it): round for a
    radio button, square for a check box; sized by the theme, hit anywhere in it."""

    ROUND = True

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)  # type: ignore[call-arg]
        self.theme = Theme()

    def sizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def minimumSizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # type: ignore[attr-defined]

    def paintEvent(self, event: QPaintEvent) -> None:
        _badge_paint(self, self.theme, self.ROUND)


class KeyRadio(_KeyBadge, QRadioButton):
    """A radio button drawn as its number in a round badge."""


class KeyCheck(_KeyBadge, QCheckBox):
    """A check box drawn as its number in a square badge."""

    ROUND = False


class Flow(FlowLayout):
    """The shared flow layout, with gaps a new theme can change (they grow with the zoom)."""

    def set_gaps(self, spacing: int, line_spacing: int) -> None:
        self._spacing, self._line_spacing = spacing, line_spacing
        self.invalidate()
