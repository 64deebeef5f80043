"""A cloze's own sentence, hidden while its question is asked, drawn as deliberate.

The sentence's words stay in the document (its layout never moves) but are not
drawn (`quiz_marks` gives them no ink). Each word becomes its own rounded blank of
that word's width, in the theme's muted colour, spaces and punctuation left as
gaps: a redacted line that keeps the sentence's shape and rhythm, so it reads as
words hidden on purpose, not as grey slabs of a rendering glitch. A small muted
pill at the sentence's start says why, once: « phrase masquée pendant la question ».
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextCharFormat, QTextCursor

from quizapp.gui.window.theme import SANS

BAND_SHARE = 0.62  # of the line's height: a blank sits on the x-height and caps, the leading left
TINT = {False: 0.30, True: 0.36}  # the muted colour's opacity, light and dark
# a word, its inner apostrophes and hyphens kept (« l’ont », « grand-mère »: one blank)
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def hidden_ink() -> QTextCharFormat:
    """What a masked word is written with: no ink, no underline (the blanks say it)."""
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


def word_spans(passage: Any, start: int, end: int) -> list[tuple[int, int]]:
    """The document spans of the words in [start, end): what each blank covers."""
    cursor = QTextCursor(passage.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    text = cursor.selectedText()  # one character per document position
    return [(start + m.start(), start + m.end()) for m in WORD.finditer(text)]


def blanks(passage: Any, start: int, end: int) -> list[QRectF]:
    """One rounded blank per word (per line piece, should a word ever break)."""
    out = []
    for lo, hi in word_spans(passage, start, end):
        for piece in fragments(passage, lo, hi):
            inset = (1 - BAND_SHARE) * piece.height() / 2
            out.append(piece.adjusted(0, inset * 1.15, 0, -inset * 0.85))  # on the baseline side
    return out


def caption_font(passage: Any) -> QFont:
    font = QFont()
    font.setFamilies(SANS)
    font.setPixelSize(passage.theme().px("caption"))
    font.setWeight(QFont.Weight.Medium)
    return font


def caption_pill(passage: Any, start: int, end: int) -> QRectF | None:
    """Where the caption sits: a pill at the start of the first line piece of the
    sentence that holds it whole, standing for the words under it, else none (the
    tooltip says it)."""
    metrics = QFontMetrics(caption_font(passage))
    pad = passage.theme().space(0.75)
    width = metrics.horizontalAdvance(caption()) + 2 * pad
    height = metrics.height() + pad // 2
    for piece in fragments(passage, start, end):
        if piece.width() >= width:
            top = piece.center().y() - height / 2
            pill = QRectF(piece.left(), top, width, height)
            # it ends where the last word it covers ends: the blanks go on after a word's gap
            covered = [b.right() for b in blanks(passage, start, end) if b.intersects(pill)]
            pill.setRight(max([pill.right(), *covered]))
            return pill
    return None


def masked_at(passage: Any, spans: dict[str, Any], masked: frozenset[str], point: Any) -> bool:
    """Whether the viewport `point` lies on a masked sentence (for its tooltip)."""
    for sid in masked & spans.keys():
        pieces = fragments(passage, spans[sid].start, spans[sid].end)
        if any(piece.contains(point) for piece in pieces):
            return True
    return False


def paint_masks(passage: Any, spans: dict[str, Any], masked: frozenset[str]) -> None:
    """Each masked sentence's words as blanks, its caption pill over the first ones."""
    shown = [sid for sid in masked if sid in spans]
    if not shown:
        return
    theme = passage.theme()
    p = theme.palette
    tint = QColor(p.muted)
    tint.setAlphaF(TINT[bool(p.dark)])
    painter = QPainter(passage.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for sid in shown:
        span = spans[sid]
        pill = caption_pill(passage, span.start, span.end)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        for blank in blanks(passage, span.start, span.end):
            if pill is not None and blank.intersects(pill):
                continue  # under the caption: the pill stands for those words
            radius = min(blank.height() / 2, theme.space(0.5))
            painter.drawRoundedRect(blank, radius, radius)
        if pill is not None:
            painter.setPen(QColor(p.border))
            painter.setBrush(QColor(p.window))
            radius = pill.height() / 2
            painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            painter.setFont(caption_font(passage))
            painter.setPen(QColor(p.muted))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), caption())
    painter.end()
