"""The learner's round avatar: their initials on a calm tint, at the greeting's right end.

An account control, not a form field: reading apps show who is learning as a face,
and a drop-down labelled « Élève » in the status bar read as a teacher's setting.
The tint is one of the level chips' pairs (ink on its own tint, AA in both
palettes), picked by a stable digest of the name, so « Camille » keeps her colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from quizapp.gui.window.qt_names import set_by_name
from quizapp.gui.window.theme import TARGET_PX, Palette, Theme

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QPaintEvent

TINTS = ("level_a1", "level_a2", "level_b1", "level_b2", "level_c1", "level_c2")
EDGE_ALPHA = 90  # out of 255
SIDE_TARGETS = 1.15  # the disc's diameter, in the least clickable height
CHEVRON_SHARE = 0.4  # the chevron's room beside the disc, in the disc's diameter


def initials(name: str) -> str:
    """« Camille Durand » → « CD », « kim » → « K », "" → « ? »."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_colours(palette: Palette, name: str) -> tuple[str, str]:
    """(ink, tint) for this name: the same on every run and machine."""
    import hashlib

    digest = hashlib.md5(name.strip().casefold().encode("utf-8"), usedforsecurity=False)
    role = TINTS[int.from_bytes(digest.digest()[:2], "big") % len(TINTS)]
    return getattr(palette, role), getattr(palette, f"{role}_tint")


class Avatar(QToolButton):
    """A painted disc with the initials; a click (or Space) opens the learner's menu."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("learner_avatar")
        self.theme = Theme()
        self.name = ""
        set_by_name(self, "focusPolicy", "StrongFocus")  # built before the first paint
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_theme(self, theme: Theme) -> None:
        """Its sizes and colours (after the first paint: `Qt` may be named here)."""
        from PySide6.QtCore import Qt

        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.theme = theme
        self.updateGeometry()
        self.update()

    def set_name(self, name: str) -> None:
        self.name = name
        self.update()

    def side(self) -> int:
        """Chrome, like the menus: it grows half as fast as the text with the zoom."""
        return round(TARGET_PX * SIDE_TARGETS * self.theme.ui_scale)

    def chevron(self) -> int:
        """The width beside the disc for its ▾: it reads as a menu, not a badge."""
        return round(self.side() * CHEVRON_SHARE)

    def sizeHint(self) -> QSize:
        ring = 2 * self.ring_width()
        return QSize(self.side() + ring + self.chevron(), self.side() + ring)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def ring_width(self) -> int:
        return max(2, round(2 * self.theme.ui_scale))

    def paintEvent(self, _event: QPaintEvent) -> None:
        # the painting classes here, not at import: the picker is built before the first
        # paint, and start-up is timed
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QFont, QPainter, QPen

        palette = self.theme.palette
        ink, tint = avatar_colours(palette, self.name)
        ring = self.ring_width()
        square = QRectF(0, 0, self.height(), self.height())  # the disc's; the chevron after
        disc = square.adjusted(ring, ring, -ring, -ring)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = QColor(ink)
        edge.setAlpha(EDGE_ALPHA)  # a hairline of its own hue: the tint is close to the paper
        painter.setPen(QPen(edge, 1.0))
        painter.setBrush(QColor(tint))
        painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5))
        if self.hasFocus() or self.underMouse() or self.isDown():
            pen = QPen(QColor(palette.accent if self.hasFocus() else palette.border), ring)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = ring / 2
            painter.drawEllipse(square.adjusted(half, half, -half, -half))
        font = QFont(self.font())
        font.setPixelSize(max(8, round(disc.height() * 0.4)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(ink))
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), initials(self.name))
        self._paint_chevron(
            painter, square, QColor(palette.accent if self.underMouse() else palette.muted)
        )
        painter.end()

    def _paint_chevron(self, painter, square, ink) -> None:
        """A small ▾ centred in the room right of the disc, drawn as two strokes."""
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QPainterPath, QPen

        room = self.width() - square.width()
        half = max(2.5, room * 0.28)
        x, y = square.right() + room / 2, square.center().y() + half / 4
        path = QPainterPath(QPointF(x - half, y - half / 2))
        path.lineTo(QPointF(x, y + half / 2))
        path.lineTo(QPointF(x + half, y - half / 2))
        pen = QPen(ink, max(1.25, self.ring_width() * 0.75))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.Leave):
            self.update()  # the hover ring
        return super().event(event)
