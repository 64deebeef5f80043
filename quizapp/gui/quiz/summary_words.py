"""The words looked up during the visit, as chips under the summary's numbers.

Each chip names a headword, its English in the tooltip; a click shows it where it
was met (the window scrolls the passage to its sentence and opens its gloss card).
A word whose place is not known (looked up in an earlier sitting of a resumed
quiz) is a plain pill. Looked-up words enter the learner's review deck by
themselves (the progress store makes a word card for each): the line under the
chips says so, and only while progress is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.theme import Theme


class WordChips(QWidget):
    """A heading, one chip per word, and the review note; hidden without words."""

    requested = Signal(str)  # a headword: show it in the text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_words")
        # the window tells (gloss, whether it can show the word in the text) per headword
        self.info: Callable[[str], tuple[str, bool]] = lambda _word: ("", False)
        self.saved: Callable[[], bool] = lambda: False  # whether progress is saved
        self.words: tuple[str, ...] = ()
        self.chips: list[QWidget] = []
        self.heading = plain_label("", self)
        self.heading.setObjectName("summary_words_title")
        self.holder = QWidget(self)
        self.flow = FlowLayout(self.holder)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.note = plain_label("", self)
        self.note.setObjectName("summary_help")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.holder)
        self.column.addWidget(self.note)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        self.column.setSpacing(theme.space(0.5))
        self.flow._spacing = self.flow._line_spacing = theme.space(0.75)
        self.flow.invalidate()

    def set_words(self, words: Sequence[str]) -> None:
        self.words = tuple(words)
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = [self._chip(word) for word in self.words]
        for chip in self.chips:
            self.flow.addWidget(chip)
        self.setVisible(bool(self.words))
        self.retranslate_ui()

    def _chip(self, word: str) -> QWidget:
        gloss, showable = self.info(word)
        chip: QLabel | QPushButton
        if showable:
            chip = QPushButton(word.replace("&", "&&"), self.holder)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setAutoDefault(False)
            chip.clicked.connect(lambda _=False, w=word: self.requested.emit(w))
        else:
            chip = plain_label(word, self.holder, wrap=False)
        chip.setProperty("summary", "word")
        chip.setProperty("gloss", gloss)
        return chip

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Words you looked up"))
        for chip, word in zip(self.chips, self.words, strict=True):
            gloss = chip.property("gloss") or ""
            lines = [f"{word} — {gloss}" if gloss else word]
            if isinstance(chip, QPushButton):
                lines.append(self.tr("Click to see it in the text"))
                chip.setAccessibleName(
                    self.tr("%1: show it in the text").replace("%1", word)
                    if not gloss
                    else self.tr("%1, %2: show it in the text")
                    .replace("%1", word)
                    .replace("%2", gloss)
                )
            chip.setToolTip(tooltip("\n".join(lines)))
        self.note.setText(self.tr("These words will come back in your reviews."))
        self.note.setVisible(bool(self.words) and self.saved())
