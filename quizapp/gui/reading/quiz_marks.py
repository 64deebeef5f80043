"""What a quiz puts on the passage: masked sentences and a locate question's result.

A mixin of `PassageView`, kept apart so the passage stays about reading. Both
are extra selections added to the passage's own (the document never changes),
coloured from the theme's palette (light or dark, as the passage's palette is).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from quizapp.gui.reading.document import u16
from quizapp.gui.window.theme import Palette

_WORD = re.compile(r"\S+")


class QuizMarks:
    """Masks (a cloze's own sentence, hidden while it is asked) and locate marks."""

    _masked: frozenset[str] = frozenset()
    _answer_right: frozenset[str] = frozenset()
    _answer_wrong: frozenset[str] = frozenset()

    def set_masked(self, ids: Any) -> None:
        """Hide the words of these sentences behind blanks of the same length, and
        their English too (a parallel row or a shown line) while they are masked."""
        before, self._masked = self._masked, frozenset(ids)
        english = self._parallel or (before | self._masked) & self._shown  # type: ignore[attr-defined]
        if before != self._masked and english:
            self._rerender_keeping_place()  # type: ignore[attr-defined]
        self.set_gloss_highlight(None)  # type: ignore[attr-defined]

    def masked(self) -> frozenset[str]:
        return self._masked

    def set_answer_marks(self, right: Any = (), wrong: Any = ()) -> None:
        """Mark the right sentences of a locate question, and the wrong picks."""
        self._answer_right, self._answer_wrong = frozenset(right), frozenset(wrong)
        self._update_highlights()  # type: ignore[attr-defined]

    def answer_marks(self) -> tuple[frozenset[str], frozenset[str]]:
        return self._answer_right, self._answer_wrong

    def quiz_palette(self) -> Palette:
        return self.theme().palette  # type: ignore[attr-defined]

    def setExtraSelections(self, selections: Any) -> None:
        """The passage's own highlights, then the quiz's on top."""
        QTextEdit.setExtraSelections(self, [*selections, *self._quiz_selections()])  # type: ignore[arg-type]

    def _quiz_selections(self) -> list[QTextEdit.ExtraSelection]:
        spans = getattr(self, "_spans", {})
        article = getattr(self, "article", None)
        if article is None:
            return []
        colours = self.quiz_palette()
        out = []
        for sid, colour, text in (
            *((s, colours.right_tint, colours.right) for s in self._answer_right),
            *((s, colours.wrong_tint, colours.wrong) for s in self._answer_wrong),
        ):
            if sid in spans:
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(colour))
                fmt.setForeground(QColor(text))
                fmt.setFontUnderline(True)
                out.append(self._selection(spans[sid], fmt))  # type: ignore[attr-defined]
        bar = QColor(colours.border if not colours.dark else colours.muted)
        blank = QTextCharFormat()
        blank.setBackground(bar)
        blank.setForeground(bar)
        for sid in self._masked & spans.keys():
            text = article.sentence(sid).fr
            base = spans[sid].start
            for m in _WORD.finditer(text):
                span = (base + u16(text[: m.start()]), base + u16(text[: m.end()]))
                out.append(self._selection(span, blank))  # type: ignore[attr-defined]
        return out
