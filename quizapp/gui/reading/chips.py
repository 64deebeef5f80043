"""The EN chips: a small "EN" button at the end of a sentence's last line.

A chip shows for the sentence under the pointer, the reading cursor's sentence
and every sentence whose English is shown (filled with the accent: "on"); a
click on it shows or hides that English, as T does for the current sentence.
It sits in its line's own band, right after the sentence's last character when
the rest of that line is free, else just beside the text column (in its margin),
at least the caption size with padding; it is painted, never written into the
text: a chip that comes or goes (a hover) reflows nothing. The sentence under an
open gloss card keeps no plain chip: the card offers "Sentence in English".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen

from quizapp.gui.reading import style

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.document import Span
    from quizapp.gui.reading.style import PassageColours

CHIP = "EN"  # a language code, the same in every interface language


class EnglishChips:
    """A mixin of `PassageView`: which chips show, where, their painting and clicks."""

    _spans: dict[str, Span]
    _order: list[str]
    _shown: set[str]
    _hover: str | None
    _current: str | None
    _cursor_hidden: bool
    _parallel: bool
    _colours: PassageColours
    _chip_rects: dict[str, QRect]
    _chip_hover: str | None = None  # the chip under the pointer: a stronger fill

    def _chip_ids(self) -> list[str]:
        """The sentences whose chip shows, in painting order (the pointer's last, on top)."""
        if self._parallel or not self._spans:
            return []
        masked = self.masked()  # type: ignore[attr-defined]  # a cloze's own sentence: no English to give it away
        ids = [sid for sid in self._order if sid in self._shown and sid in self._spans]
        card = self._gloss_span[0] if self._gloss_span else None  # type: ignore[attr-defined]
        for sid in (None if self._cursor_hidden else self._current, self._hover):
            if sid is not None and sid in self._spans and sid not in ids and sid != card:
                ids.append(sid)
        return [sid for sid in ids if sid not in masked]

    def _chip_font(self):
        font = style.chip_font(self.document().defaultFont())
        font.setPixelSize(max(font.pixelSize(), self._theme.px("caption")))  # type: ignore[attr-defined]
        return font

    def _chip_rect(self, sentence_id: str) -> QRect:
        """Where the sentence's chip is drawn, in viewport coordinates: centred on its
        last line, after its last character, or beside the column when text follows."""
        span = self._spans[sentence_id]
        last = self._char_rect(max(span.start, span.end - 1))
        font = self._chip_font()
        metrics = QFontMetrics(font)
        size = font.pixelSize()
        width = metrics.horizontalAdvance(CHIP) + 2 * max(2, round(size * 0.55))
        height = min(last.height(), metrics.height() + 2 * max(2, round(size * 0.3)))
        gap = max(2, round(size * 0.4))
        left = last.right() + gap
        index = self._order.index(sentence_id) if sentence_id in self._order else -1
        following = self._order[index + 1] if 0 <= index < len(self._order) - 1 else None
        span_after = self._spans.get(following) if following is not None else None
        if span_after is not None and self._char_rect(span_after.start).top() == last.top():
            margin = self.document().rootFrame().frameFormat().rightMargin()
            left = self.viewport().width() - round(margin) + gap  # the text goes on
        left = min(left, self.viewport().width() - width - 1)
        return QRect(left, last.center().y() - height // 2, width, height)

    def chip_shown(self, sentence_id: str) -> bool:
        return sentence_id in self._chip_ids()

    def chip_position(self, sentence_id: str) -> QPoint:
        """The centre of the sentence's chip (shown on hover, the cursor, or its English)."""
        return self._chip_rect(sentence_id).center()

    def _chip_at(self, point: QPoint) -> str | None:
        """The sentence whose shown chip is under `point` (a little forgiving), or None."""
        reach = max(1, round(self._chip_font().pixelSize() * 0.2))
        margins = QMargins(reach, reach, reach, reach)
        for sid in reversed(self._chip_ids()):
            if self._chip_rect(sid).marginsAdded(margins).contains(point):
                return sid
        return None

    def hover_chip(self, sentence_id: str | None) -> None:
        """The pointer is over this sentence's chip (None: over none): its hover fill."""
        if sentence_id != self._chip_hover:
            for sid in (self._chip_hover, sentence_id):
                if sid is not None and sid in self._spans:
                    self.viewport().update(self._chip_rect(sid).adjusted(-2, -2, 2, 2))
            self._chip_hover = sentence_id

    def _refresh_chips(self) -> None:
        """Repaint where chips were and are (the text's own repaint misses the line gap)."""
        offset = self._doc_offset()  # kept in document coordinates: a scroll moves them
        old = getattr(self, "_chip_rects", {})
        new = {sid: self._chip_rect(sid).translated(offset) for sid in self._chip_ids()}
        if new != old:
            for rect in (*old.values(), *new.values()):
                self.viewport().update(rect.translated(-offset).adjusted(-2, -2, 2, 2))
        self._chip_rects = new

    def paint_chips(self) -> None:
        ids = self._chip_ids()
        if not ids:
            return
        c = self._colours
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._chip_font())
        for sid in ids:
            rect = self._chip_rect(sid)
            on, hover = sid in self._shown, sid == self._chip_hover
            # under the pointer: its edge drawn in the accent (filled: the text's colour)
            edge = c.on_marker if on else c.marker
            painter.setPen(QPen(edge, 1) if hover else Qt.PenStyle.NoPen)
            painter.setBrush(c.marker if on else c.chip)
            corner = rect.height() * 0.3
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), corner, corner)
            painter.setPen(c.on_marker if on else c.marker)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, CHIP)
        painter.end()
