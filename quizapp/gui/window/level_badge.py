"""The one CEFR level badge: a rounded pill in its level's calm tint, wherever a level is
shown (the library's cards and « Continue » card, History's lines). A review found
rounded teal pills in the library and square pink tags in History for the same « B1 »:
one component, one look, its size and colours from the theme.

`LevelBadge` is the widget; `paint_badge` draws the same pill where a delegate paints
(the library's cards); `rules` is its style sheet (window/stylesheet.py adds it once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.theme import Theme

LEVELS = ("a1", "a2", "b1", "b2", "c1", "c2")
PAD_UNITS = 1.25  # spacing units either side of the level's letters


def badge_height(theme: Theme) -> int:
    """The pill's height: a caption line and a little air, never taller than its row."""
    return round(theme.px("caption") * 1.3) + theme.space(0.25)


def colours(theme: Theme, level: str) -> tuple[str, str]:
    """(text, tint) of `level` (an unknown one: the text on the quiet tint)."""
    p, key = theme.palette, f"level_{level.lower()}"
    return getattr(p, key, p.text), getattr(p, key + "_tint", p.cursor_tint)


class LevelBadge(QLabel):
    """« B1 » in its pill; hidden when there is no level to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("level_badge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_level(self, level: str) -> None:
        self.setText(level)
        self.setProperty("level", level.lower())
        self.setVisible(bool(level))
        self.style().unpolish(self)
        self.style().polish(self)


def rules(theme: Theme) -> list[str]:
    """The badge's style sheet: the pill's size and each level's colours."""
    high = badge_height(theme)
    found = [
        f"QLabel#level_badge {{ font-size: {theme.px('caption')}px; font-weight: 700;"
        f" border: none; border-radius: {high // 2}px;"
        f" padding: 0 {theme.space(PAD_UNITS)}px;"
        f" min-height: {high}px; max-height: {high}px; }}"
    ]
    for level in LEVELS:
        text, tint = colours(theme, level)
        found.append(
            f'QLabel#level_badge[level="{level}"] {{ background: {tint}; color: {text}; }}'
        )
    return found


def paint_badge(painter: QPainter, chip: QRect, level: str, font: QFont, theme: Theme) -> None:
    """The same pill painted in `chip` (a delegate's card)."""
    text, tint = colours(theme, level)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(tint))
    painter.drawRoundedRect(QRectF(chip), chip.height() / 2, chip.height() / 2)
    painter.setPen(QColor(text))
    painter.setFont(font)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, level)
