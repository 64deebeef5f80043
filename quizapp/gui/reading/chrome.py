"""The reading toolbar's painted parts: the Parallel English switch glyph, and the
primary "Start the quiz" button that acts as its action with an icon of its own.

Their style-sheet rules are in window/stylesheet_reading.py (plain text, no Qt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolButton

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.theme import Theme


SWITCH_RATIO = 2.0  # the switch glyph's width to its height (with a gap before the text)


def switch_icon(theme: Theme, side: int) -> QIcon:
    """A small on/off switch (a track and a knob), for a checkable action: the accent
    track with the knob at the right when on, a quiet track at the left when off.
    The button showing it needs an icon size SWITCH_RATIO times as wide as tall."""
    p = theme.palette
    icon = QIcon()
    height = side
    width = round(side * SWITCH_RATIO)
    gap = round(side * 0.3)  # between the switch and the action's words
    for state, on in ((QIcon.State.Off, False), (QIcon.State.On, True)):
        pixmap = QPixmap(width * 2, height * 2)  # drawn at 2x, sharp on a HiDPI screen
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track_h = height * 0.8
        track = QRectF(0.75, (height - track_h) / 2, width - gap - 1.5, track_h)
        painter.setPen(QPen(QColor(p.accent if on else p.muted), 1.2))
        painter.setBrush(QColor(p.accent if on else p.surface))
        painter.drawRoundedRect(track, track_h / 2, track_h / 2)
        inset = max(2.0, track_h * 0.14)
        knob = track_h - 2 * inset
        x = track.right() - knob - inset if on else track.left() + inset
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.on_accent if on else p.muted))
        painter.drawEllipse(QRectF(x, track.top() + inset, knob, knob))
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        icon.addPixmap(pixmap, QIcon.Mode.Active, state)
    return icon


def mirror(button: QToolButton, action: QAction) -> None:
    """`button` acts as `action` (text, tip, enabled, shown, trigger) but keeps its own
    icon: the primary button's glyph is drawn on the accent, the menu's is not."""

    def follow() -> None:
        button.setText(action.iconText())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.setVisible(action.isVisible())

    action.changed.connect(follow)
    button.clicked.connect(action.trigger)
    follow()
