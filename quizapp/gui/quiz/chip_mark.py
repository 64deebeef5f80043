"""A match's placed answer: its chip stays usable, and says it is in a pair.

A match's answers are never used up (`answer_match`), so without a mark a placed
answer's chip looked untouched. Placed, the chip turns quiet (`placed`: outlined,
muted text, from `stylesheet_bank`) and ends with a small dot, « in use » (« • 2 »
when it went to two pairs): not a ✓, which reads as "right" before any check. The
room for the mark is kept whether it shows or not, so placing an answer never makes
the bank reflow.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

PLACED = "•"  # in use: the ✓ is the check's, after the answer
WIDEST = PLACED + "\u20099"  # the room kept: a mark with a one-digit count


def mark_font(chip: QWidget) -> QFont:
    """The chip's font, a size smaller and semibold: a mark, not a word."""
    font = QFont(chip.font())
    size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
    font.setPixelSize(max(8, round(size * 0.8)))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def mark_room(chip: QWidget) -> int:
    """The room a match's chip keeps at its end for its mark."""
    metrics = QFontMetrics(mark_font(chip))
    return metrics.horizontalAdvance(WIDEST) + metrics.horizontalAdvance(" ")


def mark_text(count: int) -> str:
    return PLACED if count <= 1 else f"{PLACED}\u2009{count}"


def paint_mark(painter: QPainter, chip: QWidget, inner: QRect, count: int, colour: QColor) -> None:
    """The dot (and count) right-aligned in `inner`, on the chip's first line of text."""
    font = mark_font(chip)
    line = QFontMetrics(chip.font()).height()
    box = QRect(inner.left(), inner.top(), inner.width(), line)
    if inner.height() < line * 2:  # one line: centred on it
        box.moveTop(inner.top() + (inner.height() - line) // 2)
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(box, int(flags), mark_text(count))
    painter.restore()


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
