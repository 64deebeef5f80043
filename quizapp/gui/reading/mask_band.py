"""A cloze's own sentence, hidden while its question is asked, drawn as deliberate.

The sentence's words stay in the document (its layout never moves) but are not
drawn (`quiz_marks` gives them no ink); over its lines lies one soft rounded shape
in the theme's muted colour (its line fragments joined, as a selection is), and the
longest fragment says why in a muted caption: « phrase masquée pendant la
question ». Grey pieces line by line read as holes in the page; one shape that says
what it is reads as a choice.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QTextCharFormat

from quizapp.gui.window.theme import SANS

BAND_SHARE = 0.74  # of the line's height: the band sits on the text, the leading left
TINT = {False: 0.16, True: 0.24}  # the muted colour's opacity, light and dark


def hidden_ink() -> QTextCharFormat:
    """What a masked word is written with: no ink, no underline (the band says it)."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(0, 0, 0, 0))
    fmt.setFontUnderline(False)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    return fmt


def caption() -> str:
    return QCoreApplication.translate("PassageView", "sentence hidden during this question")


def fragments(passage: Any, start: int, end: int) -> list[QRectF]:
    """The line fragments of document span [start, end), in viewport coordinates."""
    doc = passage.document()
    layout_of = doc.documentLayout()
    offset = passage._doc_offset()
    out: list[QRectF] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        layout, origin = block.layout(), layout_of.blockBoundingRect(block).topLeft()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            first = block.position() + line.textStart()
            lo, hi = max(start, first), min(end, first + line.textLength())
            if lo >= hi:
                continue
            x1 = line.cursorToX(lo - block.position())
            x2 = line.cursorToX(hi - block.position())
            x1 = x1[0] if isinstance(x1, tuple) else x1
            x2 = x2[0] if isinstance(x2, tuple) else x2
            left = origin.x() + min(x1, x2) - offset.x()
            top = origin.y() + line.y() - offset.y()
            out.append(QRectF(left, top, abs(x2 - x1), line.height()))
        block = block.next()
    return out


def caption_font(passage: Any) -> QFont:
    font = QFont()
    font.setFamilies(SANS)
    font.setPixelSize(passage.theme().px("body"))  # read at a glance, not squinted at
    return font


def paint_masks(passage: Any, spans: dict[str, Any], masked: frozenset[str]) -> None:
    """One soft shape over the lines of each masked sentence (its line fragments,
    joined across the leading), the caption in the widest fragment (when it fits)."""
    shown = [sid for sid in masked if sid in spans]
    if not shown:
        return
    theme = passage.theme()
    p = theme.palette
    tint = QColor(p.muted)
    tint.setAlphaF(TINT[bool(p.dark)])
    font = caption_font(passage)
    metrics = QFontMetrics(font)
    words = caption()
    pad = theme.space(1)
    height = passage.viewport().height()
    painter = QPainter(passage.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for sid in shown:
        span = spans[sid]
        pieces = fragments(passage, span.start, span.end)
        # one shape over every line it spans (touching lines join, as a selection does):
        # a sentence hidden on purpose, not three grey holes in a paragraph
        shape = QPainterPath()
        shape.setFillRule(Qt.FillRule.WindingFill)
        inset = max(1.0, (1 - BAND_SHARE) * min((r.height() for r in pieces), default=0) / 4)
        bands = [r.adjusted(0, inset, 0, -inset) for r in pieces]
        for band in bands:
            piece = QPainterPath()
            piece.addRoundedRect(band, theme.space(0.5), theme.space(0.5))
            shape = shape.united(piece)
        for upper, lower in pairwise(bands):  # the leading between lines
            left, right = max(upper.left(), lower.left()), min(upper.right(), lower.right())
            if right > left:
                bridge = QPainterPath()
                bridge.addRect(
                    QRectF(left, upper.bottom() - 1, right - left, lower.top() - upper.bottom() + 2)
                )
                shape = shape.united(bridge)
        if shape.boundingRect().bottom() >= 0 and shape.boundingRect().top() <= height:
            painter.setBrush(tint)
            painter.drawPath(shape)
        widest = max(bands, key=lambda b: b.width(), default=None)
        if widest is not None and widest.width() >= metrics.horizontalAdvance(words) + 2 * pad:
            painter.setFont(font)
            painter.setPen(QColor(p.muted))
            text = widest.adjusted(pad, 0, -pad, 0)
            painter.drawText(text, int(Qt.AlignmentFlag.AlignVCenter), words)
            painter.setPen(Qt.PenStyle.NoPen)
    painter.end()
