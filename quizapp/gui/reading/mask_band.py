"""A cloze's own sentence, hidden while its question is asked: one calm dashed box.

The sentence's words stay in the document (its layout never moves) but are not
drawn (`quiz_marks` gives them no ink). Over their place lies one rounded, dashed
box in the theme's border colour, shaped as a text selection (from the sentence's
first word to its last, over as many lines as it takes), with a muted caption
inside saying why and for how long: « Phrase cachée pendant cette question · elle
réapparaît après votre réponse ». One shape with a sentence inside reads as hidden
on purpose; word-shaped grey blocks read as a page still loading.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QTextCharFormat,
)

from quizapp.gui.window.theme import SANS

FILL = {False: 0.045, True: 0.07}  # the muted colour's opacity inside the box, light and dark
DASH = {False: 0.55, True: 0.6}  # the dashes: the muted colour, calmer than text, still seen


def hidden_ink() -> QTextCharFormat:
    """What a masked word is written with: no ink, no underline (the box says it)."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(0, 0, 0, 0))
    fmt.setFontUnderline(False)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    return fmt


def caption() -> str:
    """The whole caption (also the tooltip over the box)."""
    return QCoreApplication.translate(
        "PassageView", "Sentence hidden during this question · it comes back after you answer"
    )


def short_caption() -> str:
    """Its first half, for a line too short for the whole."""
    return QCoreApplication.translate("PassageView", "Sentence hidden during this question")


def fragments(passage: Any, start: int, end: int) -> list[QRectF]:
    """The line fragments of document span [start, end), in viewport coordinates."""
    return [piece for piece, _line in _pieces(passage, start, end)]


def _pieces(passage: Any, start: int, end: int) -> list[tuple[QRectF, QRectF]]:
    """Each line fragment of [start, end) with its whole line's rectangle."""
    doc = passage.document()
    layout_of = doc.documentLayout()
    offset = passage._doc_offset()
    out: list[tuple[QRectF, QRectF]] = []
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
            whole_left = origin.x() + line.x() - offset.x()
            out.append(
                (
                    QRectF(left, top, abs(x2 - x1), line.height()),
                    QRectF(whole_left, top, line.width(), line.height()),
                )
            )
        block = block.next()
    return out


def rows(passage: Any, start: int, end: int) -> list[QRectF]:
    """The box's rows, one per line: the first from the sentence's first word to the
    line's end, the middle ones whole, the last from the line's start to its last word
    (a lone line: the sentence's own width). Trailing spaces are left out."""
    pieces = _pieces(passage, start, end)
    out = []
    for index, (piece, line) in enumerate(pieces):
        row = QRectF(piece)
        if index > 0:
            row.setLeft(min(row.left(), line.left()))
        if index < len(pieces) - 1:
            row.setRight(max(row.right(), line.right()))
        out.append(row)
    return out


def outline(passage: Any, start: int, end: int) -> QPainterPath:
    """The box: each row rounded, rows one above the other joined where they overlap
    (one shape, as a selection's), a hair inside the lines so two boxes never touch."""
    radius = passage.theme().space(0.75)
    boxes = rows(passage, start, end)
    path = QPainterPath()
    for row in boxes:
        part = QPainterPath()
        part.addRoundedRect(row.adjusted(-1, 1, 1, -1), radius, radius)
        path = path.united(part)
    for upper, lower in pairwise(boxes):
        left, right = max(upper.left(), lower.left()) - 1, min(upper.right(), lower.right()) + 1
        if right > left:
            join = QPainterPath()
            join.addRect(
                QRectF(
                    left, upper.center().y(), right - left, lower.center().y() - upper.center().y()
                )
            )
            path = path.united(join)
    return path.simplified()


def caption_font(passage: Any) -> QFont:
    font = QFont()
    font.setFamilies(SANS)
    font.setPixelSize(passage.theme().px("caption"))
    return font


def caption_place(passage: Any, start: int, end: int) -> tuple[QRectF, str] | None:
    """Where the caption sits and what it says: the widest row, the whole caption if it
    fits, else its first half, else that elided (none on a row too short for a word:
    the tooltip says it)."""
    boxes = rows(passage, start, end)
    if not boxes:
        return None
    widest = max(boxes, key=lambda r: r.width())
    pad = passage.theme().space(1)
    room = widest.adjusted(pad, 0, -pad, 0)
    metrics = QFontMetrics(caption_font(passage))
    for text in (caption(), short_caption()):
        if metrics.horizontalAdvance(text) <= room.width():
            return room, text
    text = metrics.elidedText(short_caption(), Qt.TextElideMode.ElideRight, int(room.width()))
    return (room, text) if len(text) > 3 else None


def masked_at(passage: Any, spans: dict[str, Any], masked: frozenset[str], point: Any) -> bool:
    """Whether the viewport `point` lies on a masked sentence (for its tooltip)."""
    for sid in masked & spans.keys():
        if any(row.contains(point) for row in rows(passage, spans[sid].start, spans[sid].end)):
            return True
    return False


def paint_masks(passage: Any, spans: dict[str, Any], masked: frozenset[str]) -> None:
    """Each masked sentence as one dashed box with its caption inside."""
    shown = [sid for sid in masked if sid in spans]
    if not shown:
        return
    theme = passage.theme()
    p = theme.palette
    fill = QColor(p.muted)
    fill.setAlphaF(FILL[bool(p.dark)])
    ink = QColor(p.muted)
    ink.setAlphaF(DASH[bool(p.dark)])
    pen = QPen(ink, max(1.0, theme.space(0.125)))
    pen.setStyle(Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([4, 3])
    painter = QPainter(passage.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for sid in shown:
        span = spans[sid]
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(outline(passage, span.start, span.end))
        place = caption_place(passage, span.start, span.end)
        if place is not None:
            painter.setFont(caption_font(passage))
            painter.setPen(QColor(p.muted))
            align = Qt.AlignmentFlag.AlignCenter
            painter.drawText(place[0], int(align), place[1])
    painter.end()
