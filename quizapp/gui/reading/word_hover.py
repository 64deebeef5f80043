"""What says a word can be clicked: under the pointer, a word the passage can look up
(glossed, or any French word a dictionary may know) takes an underline and a faint
tint in the look-up colour, and the pointer becomes a pointing hand.

A mixin of `PassageView`, kept apart so the view's module stays about behaviour; the
span is drawn with the other highlights (highlights.py), under the looked-up word's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from quizapp.gui.reading.document import u16

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article
    from quizapp.gui.reading.document import Span
    from quizapp.gui.reading.style import PassageColours


class WordHover:
    """The word under the pointer, when a click on it would look it up."""

    article: Article | None
    _colours: PassageColours
    _spans: dict[str, Span]
    _hover_word: tuple[str, int, int] | None = None
    _spoken: tuple[str, int, int] | None = None  # UTF-16 offsets in the sentence said

    def lookup_span_at(self, point: QPoint) -> tuple[str, int, int] | None:
        """(sentence, start, end) of what a click at `point` would look up, or None."""
        if self.article is None or getattr(self, "_locate_mode", False):
            return None
        found = self.sentence_at(point)  # type: ignore[attr-defined]
        if found is None or found[0] in self.masked():  # type: ignore[attr-defined]
            return None
        sid, offset = found
        hit = self.article.gloss_at(sid, offset)
        if hit is not None:
            return sid, hit.start, hit.end
        token = self.article.gloss_index.word_at(sid, offset)
        if token is None or not token.is_word:
            return None
        return sid, token.start, token.end

    def hovered_word(self) -> tuple[str, int, int] | None:
        return self._hover_word

    def set_hovered_word(self, span: tuple[str, int, int] | None) -> bool:
        """Remember the word under the pointer; True when it changed."""
        if span == self._hover_word:
            return False
        self._hover_word = span
        return True

    def spoken_word(self) -> tuple[str, int, int] | None:
        return self._spoken

    def set_spoken_word(self, span: tuple[str, int, int] | None) -> None:
        """The word a voice is saying while it reads aloud (gui/speech): the hover's
        underline, so it reads as "this word", never as a new meaning."""
        if span != self._spoken:
            self._spoken = span
            self._update_highlights()  # type: ignore[attr-defined]

    def spoken_word_selection(self) -> list[QTextEdit.ExtraSelection]:
        span = self._spoken
        if span is None or span[0] not in self._spans:
            return []
        sid, start, end = span
        base = self._spans[sid].start
        return [self._selection((base + start, base + end), self._word_format())]  # type: ignore[attr-defined]

    def _word_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        tint = QColor(self._colours.gloss)
        tint.setAlpha(max(12, tint.alpha() // 2))  # lighter than the looked-up word's
        fmt.setBackground(tint)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(self._colours.gloss_line)
        return fmt

    def hover_word_selection(self) -> list[QTextEdit.ExtraSelection]:
        """The hovered word's underline and tint (none on the word already looked up)."""
        span: Any = self._hover_word
        gloss = getattr(self, "_gloss_span", None)
        if span is None or span == gloss or span[0] not in self._spans or self.article is None:
            return []
        sid, start, end = span
        text = self.article.sentence(sid).fr
        base = self._spans[sid].start
        cut = (base + u16(text[:start]), base + u16(text[:end]))
        return [self._selection(cut, self._word_format())]  # type: ignore[attr-defined]
