"""Small pieces the question page shares: a property switch that re-styles at once,
a quiet button that shows its keyboard key in a badge (H, R, S), and the radio
buttons and check boxes of options: a radio is its number key in a round badge;
a check box is a clean square box alone (a keycap beside it doubled the marker up);
its number key stays in its tooltip and accessible description, and keys 1–9 work.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
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
    """A quiet button whose shortcut key is drawn as a small keycap at its right: a
    key to press (the same in every language), never "(H)" in the words."""

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
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = _keycap_font(self, self.theme.ui_px("caption"))
        cap = _keycap_rect(font, self.key)
        margin = max(4, round(cap.height() * 0.45))
        cap.moveTo(self.width() - margin - cap.width(), (self.height() - cap.height()) / 2)
        draw_keycap(painter, self.theme, cap, font, self.key)
        painter.end()


def _keycap_font(widget: QWidget, size: int) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(max(8, size - 1))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def _keycap_rect(font: QFont, key: str) -> QRectF:
    metrics = QFontMetricsF(font)
    height = metrics.height() + 2
    return QRectF(0, 0, max(height * 0.9, metrics.horizontalAdvance(key) + height * 0.5), height)


def draw_keycap(painter: QPainter, theme: Theme, cap: QRectF, font: QFont, key: str) -> None:
    """A key of the keyboard, small and muted: a pale cap on a slightly deeper bottom
    edge, the same for an option's number and a button's letter (a key, not a word)."""
    p = theme.palette
    radius = cap.height() * 0.22
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(p.border))
    painter.drawRoundedRect(cap.adjusted(0, 0, 0, 1.5), radius, radius)  # the key's depth
    painter.setPen(QPen(QColor(p.border), 1))
    painter.setBrush(QColor(p.surface))
    painter.drawRoundedRect(cap, radius, radius)
    painter.setFont(font)
    painter.setPen(QColor(p.muted))
    painter.drawText(cap, Qt.AlignmentFlag.AlignCenter, key)


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


def _badge_paint(button: QAbstractButton, theme: Theme) -> None:
    """An option's key as a badge: its number in a circle (one answer)."""
    painter = QPainter(button)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(button.width(), button.height()) - 4
    box = QRectF((button.width() - side) / 2, (button.height() - side) / 2, side, side)
    _draw_box(painter, button, theme, box, side / 2)
    font = QFont(button.font())
    font.setBold(True)
    font.setPixelSize(max(8, theme.px("caption")))
    painter.setFont(font)
    painter.setPen(QColor(_badge_colours(button, theme)[2]))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, button.text())
    painter.end()


def _draw_box(
    painter: QPainter,
    button: QAbstractButton,
    theme: Theme,
    box: QRectF,
    radius: float,
    plain_edge: str | None = None,
) -> None:
    """The badge's or the box's shape in its state's colours, and the focus ring;
    an empty box's edge may be `plain_edge` (stronger: it is all there is to see)."""
    fill, edge, _ink = _badge_colours(button, theme)
    plain = fill == theme.palette.window
    painter.setPen(QPen(QColor(plain_edge if plain and plain_edge else edge), 1.5 if plain else 1))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(box, radius, radius)
    if button.hasFocus():  # the app's one focus look: a 2 px accent ring outside it
        painter.setPen(QPen(QColor(theme.palette.accent), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = box.adjusted(-2.5, -2.5, 2.5, 2.5)
        painter.drawRoundedRect(ring, radius + 2.5, radius + 2.5)


def _check_box(button: QAbstractButton, theme: Theme) -> QRectF:
    """The check box's square, centred in the button (room left for the focus ring)."""
    side = round(theme.px("option") * 1.2)
    return QRectF((button.width() - side) / 2, (button.height() - side) / 2, side, side)


def _check_paint(button: QAbstractButton, theme: Theme) -> None:
    """A check box: a square box, ✓ once ticked; right, wrong and missed in the same
    colours as a radio's badge."""
    p = theme.palette
    painter = QPainter(button)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = _check_box(button, theme)
    side = box.width()
    _draw_box(painter, button, theme, box, side * 0.22, p.muted)
    if button.isChecked():
        pen = QPen(QColor(_badge_colours(button, theme)[2]), max(2.0, side * 0.12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        x, y = box.x(), box.y()
        tick = QPolygonF(
            [
                QPointF(x + side * 0.27, y + side * 0.53),
                QPointF(x + side * 0.44, y + side * 0.7),
                QPointF(x + side * 0.75, y + side * 0.34),
            ]
        )
        painter.drawPolyline(tick)
    painter.end()


def _badge_size(theme: Theme) -> QSize:
    side = max(20, round(theme.px("option") * 1.75))
    return QSize(side, side)


class _KeyButtonBase:
    """An option's button sized and drawn by the theme, hit anywhere in it."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)  # type: ignore[call-arg]
        self.theme = Theme()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()  # type: ignore[attr-defined]

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # type: ignore[attr-defined]


class KeyRadio(_KeyButtonBase, QRadioButton):
    """A radio button drawn as its number in a round badge (the key that picks it)."""

    def sizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def paintEvent(self, event: QPaintEvent) -> None:
        _badge_paint(self, self.theme)


class KeyCheck(_KeyButtonBase, QCheckBox):
    """A check box drawn as a square box; its number key is said, not drawn."""

    def sizeHint(self) -> QSize:
        return _badge_size(self.theme)

    def paintEvent(self, event: QPaintEvent) -> None:
        _check_paint(self, self.theme)


class Flow(FlowLayout):
    """The shared flow layout, with gaps a new theme can change (they grow with the zoom)."""

    def set_gaps(self, spacing: int, line_spacing: int) -> None:
        self._spacing, self._line_spacing = spacing, line_spacing
        self.invalidate()

    def setGeometry(self, rect: QRect) -> None:
        """A last item aligned right (`setAlignment`) ends its line at the right edge."""
        super().setGeometry(rect)
        last = next((i for i in reversed(self._items) if not i.isEmpty()), None)
        if last is not None and last.alignment() & Qt.AlignmentFlag.AlignRight:
            place = last.geometry()
            right = rect.right() - self.contentsMargins().right()
            last.setGeometry(place.translated(max(0, right - place.right()), 0))
