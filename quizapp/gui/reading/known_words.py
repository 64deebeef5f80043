"""Word colouring of the passage: the learner's words, and words never met, tinted.

Three modes (`word_colours` in the settings): "mine", the default, tints only
the words being learnt (looked up or saved: the learner sees them pile up),
"all" tints every word never met as well, "off" tints none. The tints are the
theme's `learning_tint` and `unknown_tint`; known words, numbers and elisions
stay plain. The marks lie under the
passage's other highlights (the current sentence, evidence, the glossed
word), and are laid again whenever the passage is rewritten (zoom,
translations, a reload).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat

from quizapp.core.gloss.lemmas import loaded as lemmas_loaded
from quizapp.core.review.known import KNOWN, LEARNING, is_vocabulary, status_of
from quizapp.gui.reading.document import u16
from quizapp.gui.reading.passage import PassageView

WAIT_FOR_LEMMAS_MS = 250  # the window preloads simplemma off the GUI thread


class KnownWordsPainter(QObject):
    def __init__(self, passage: PassageView):
        super().__init__(passage)
        self.passage = passage
        self.statuses: Mapping[str, str] = {}
        self.mode = "off"  # "off", "mine" or "all" (see the module's docstring)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.repaint)
        passage.document().contentsChanged.connect(lambda: self._timer.start(0))

    def set_statuses(self, statuses: Mapping[str, str]) -> None:
        self.statuses = dict(statuses)
        self.repaint()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.repaint()

    @property
    def enabled(self) -> bool:
        return self.mode != "off"

    def coloured(self) -> dict[str, str]:
        """Each coloured word's text -> its status (for tests and screen readers)."""
        doc = self.passage.document()
        out = {}
        for mark in self.passage.word_marks:
            cursor = mark.cursor
            text = doc.toPlainText()[cursor.selectionStart() : cursor.selectionEnd()]
            out[text] = str(mark.format.property(QTextCharFormat.Property.UserProperty))
        return out

    def repaint(self) -> None:
        passage, article = self.passage, self.passage.article
        if self.enabled and self.statuses and not lemmas_loaded():
            self._timer.start(WAIT_FOR_LEMMAS_MS)  # loading simplemma here stalls the window
            return
        marks = []
        if self.enabled and article is not None:
            palette = passage.theme().palette
            formats = {}
            for status, tint in ((LEARNING, palette.learning_tint), ("", palette.unknown_tint)):
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(tint))
                fmt.setProperty(QTextCharFormat.Property.UserProperty, status or "unknown")
                formats[status] = fmt
            for sid, span in passage._spans.items():
                text = article.sentence(sid).fr
                for token in article.gloss_index.tokens(sid):
                    if not is_vocabulary(token.kind):
                        continue
                    status = status_of(token.text, self.statuses) or ""
                    if status == KNOWN or (status != LEARNING and self.mode != "all"):
                        continue
                    start = span.start + u16(text[: token.start])
                    end = span.start + u16(text[: token.end])
                    marks.append(passage._selection((start, end), formats[status]))
        passage.word_marks = marks
        passage._update_highlights()
