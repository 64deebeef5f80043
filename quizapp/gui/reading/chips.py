"""The EN chips: a small "EN" tab painted just above the end of a sentence.

A chip shows for the sentence under the pointer, the reading cursor's sentence
and every sentence whose English is shown (filled with the accent: "on"); a
click on it shows or hides that English, as T does for the current sentence.
It is painted in the line gap above the sentence's last character, never
written into the text: sentences keep their ordinary spacing, and a chip that
comes or goes (a hover) reflows nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from quizapp.gui.reading import style

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.document import Span
    from quizapp.gui.reading.style import PassageColours

CHIP = "EN"  # a language code, the same in every interface language
RAISE = 0.85  # the share of the chip above its line's top, in the gap between lines


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

    def _chip_ids(self) -> list[str]:
        """The sentences whose chip shows, in painting order (the pointer's last, on top)."""
        if self._parallel or not self._spans:
            return []
        masked = self.masked()  # type: ignore[attr-defined]  # a cloze's own sentence: no English to give it away
        ids = [sid for sid in self._order if sid in self._shown and sid in self._spans]
        for sid in (None if self._cursor_hidden else self._current, self._hover):
            if sid is not None and sid in self._spans and sid not in ids:
                ids.append(sid)
        return [sid for sid in ids if sid not in masked]

    def _chip_font(self):
        return style.chip_font(self.document().defaultFont())

    def _chip_rect(self, sentence_id: str) -> QRect:
        """Where the sentence's chip is drawn, in viewport coordinates: ending with its
        last character, mostly above the line (in the gap the line height leaves)."""
        span = self._spans[sentence_id]
        last = self._char_rect(max(span.start, span.end - 1))
        font = self._chip_font()
        metrics = QFontMetrics(font)
        size = font.pixelSize()
        pad = max(1, round(size * 0.35))
        width = metrics.horizontalAdvance(CHIP) + 2 * pad
        height = metrics.height() + max(1, round(size * 0.1))
        right = last.right() + pad // 2  # over its own last letters, a tab of its tint
        return QRect(right - width, last.top() - round(height * RAISE), width, height)

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
            on = sid in self._shown
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.marker if on else c.chip)
            corner = rect.height() * 0.35
            painter.drawRoundedRect(rect, corner, corner)
            painter.setPen(c.on_marker if on else c.marker)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, CHIP)
        painter.end()
