"""Where a library card's parts go, and the narrow card (a large zoom, a small window).

Narrow, the card used to stack its text and then a row for the button under it: at
the largest zoom in a 900×700 window a card took half the list and one showed. Now
the button sits at the foot of the text, beside the meta line (« 16 questions · ≈ 2
min »), and the state (best score, where a run stopped) at the head, across from the
level chip: the card is as tall as its words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize

from quizapp.gui.library.card_marks import state_kind

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.cards import AnyIndex, CardDelegate


@dataclass
class Layout:
    """Where everything of one card goes (row-relative rectangles)."""

    card: QRect
    cover: QRect  # the painted cover tile, at the card's left
    badge: QRect = field(default_factory=QRect)  # the level chip, above the title
    topic: str = ""  # the first tag, beside the level chip
    text_left: int = 0
    text_width: int = 0
    text_top: int = 0
    title: list[str] = field(default_factory=list)
    english: list[str] = field(default_factory=list)  # the English title, on two lines at most
    meta: list[str] = field(default_factory=list)  # questions, reading time…: two lines at most
    action: QRect = field(default_factory=QRect)
    state: QRect = field(default_factory=QRect)
    height: int = 0
    head: int = 0  # the eyebrow row's height (0: the level chip's)
    topic_right: int = 0  # where the topic stops (0: the text's right edge)
    meta_drop: int = 0  # the meta line's extra room above it (centred on the button)


def narrow(
    d: CardDelegate, out: Layout, index: AnyIndex, action: QSize, state: QSize, side: int
) -> None:
    """The narrow card: the state across from the chip, the button beside the meta line."""
    t, pad, card = d.theme, d.theme.padding, out.card
    gap = t.space(2)
    chip = out.badge.height()
    out.head = max(chip, state.height()) if chip or state.height() else 0
    out.text_top = card.y() + pad
    right = card.right() - pad + 1  # the text's right edge, which the button shares
    if state.height():
        trail = t.space(1.5) if state_kind(index) == "done" else 0
        x = right - state.width() + trail  # a best score's pill pads its words: flush right
        top = out.text_top + (out.head - state.height()) // 2
        out.state = QRect(x, top, state.width(), state.height())
        out.topic_right = x - gap
        small = QtGui.QFontMetrics(d._font("caption", 600)).horizontalAdvance(out.topic.upper())
        if out.badge.right() + t.space(1) + small * 1.06 > out.topic_right:
            out.topic = ""  # the level chip alone, rather than a topic cut mid-word
    out.badge.moveTop(out.text_top + (out.head - chip) // 2)
    caption = d._font("caption")
    out.meta = d._title_lines(d.meta_text(index), caption, out.text_width - action.width() - gap)
    meta = QtGui.QFontMetrics(caption).lineSpacing() * len(out.meta)
    foot = max(meta, action.height())
    out.meta_drop = (foot - meta) // 2
    height = out.head + t.space(0.75) if out.head else 0
    title = QtGui.QFontMetrics(d._font("question", 600, serif=True)).lineSpacing()
    height += title * len(out.title)
    if out.english:
        body = QtGui.QFontMetrics(d._font("body")).lineSpacing()
        height += t.space(0.5) + body * len(out.english)
    top = out.text_top + height + t.space(0.75)  # the foot: the meta line and the button
    out.action = QRect(
        right - action.width(), top + (foot - action.height()) // 2, *action.toTuple()
    )
    card.setHeight(max(top + foot - card.y(), pad + side) + pad)
    out.cover.moveTop(card.y() + pad)
