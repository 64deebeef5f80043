"""My words as one card of entries, as History's questions: no spreadsheet.

Each entry reads like a dictionary line: the word (its headword beside it when
the form differs) and its meaning, the sentence it was met in (the word in bold),
a quiet caption: the article, how often it was looked up, when last; and when it
comes back in Review as a small tinted badge. The card ends with its last entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.gui.progress.history_parts import plain_label
from quizapp.gui.window.plain_text import tooltip


@dataclass
class WordLine:
    """The labels of one entry, for tests and refits."""

    word: QLabel
    gloss: QLabel
    sentence: QLabel
    caption: QLabel
    due: QLabel


class WordList(QFrame):
    """The entries on one card, a hairline between them; built again when filled."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("word_list")
        self.setProperty("card", "plain")
        self.column = QVBoxLayout(self)
        self.lines: list[WordLine] = []
        self._unit = 8

    def clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget()
            if widget is not None:  # off the card now, not at the next turn of the loop
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.lines = []

    def fill(self, entries: Sequence[dict]) -> None:
        """`entries`: word, gloss, sentence, tip (the English), caption, due."""
        self.clear()
        for index, entry in enumerate(entries):
            if index:
                rule = QFrame(self)
                rule.setObjectName("history_rule")
                rule.setFixedHeight(1)
                self.column.addWidget(rule)
                rule.show()
            self.column.addWidget(self._entry(entry))
        self.set_spacing(self._unit)
        self.ensurePolished()  # the style's sizes, then the entries' heights at once
        for line in self.lines:
            line.sentence.parentWidget().layout().activate()
        self.column.activate()

    def _entry(self, entry: dict) -> QWidget:
        box = QWidget(self)
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(self._unit)
        word = plain_label(box, "word_head", wrap=True)
        word.setText(entry["word"])
        gloss = plain_label(box, "word_gloss", wrap=True)
        gloss.setText(entry["gloss"])
        due = plain_label(box, "word_due")
        due.setText(entry["due"])
        due.setVisible(bool(entry["due"]))
        due.setProperty("now", "true" if entry.get("now") else "false")  # the accent: due
        due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(word, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(gloss, 1, Qt.AlignmentFlag.AlignTop)
        head.addWidget(due, 0, Qt.AlignmentFlag.AlignTop)
        sentence = plain_label(box, "word_sentence", wrap=True)
        sentence.setTextFormat(Qt.TextFormat.RichText)  # the looked-up word in bold
        sentence.setText(entry.get("marked", entry["sentence"]))
        sentence.setAccessibleName(entry["sentence"])
        sentence.setToolTip(tooltip(entry["tip"]))
        caption = plain_label(box, "history_caption", wrap=True)
        caption.setText(entry["caption"])
        stack.addLayout(head)
        stack.addWidget(sentence)
        stack.addWidget(caption)
        box.show()
        self.lines.append(WordLine(word, gloss, sentence, caption, due))
        return box

    def set_spacing(self, unit: int) -> None:
        """The card's air and the gap between entries, from the theme."""
        self._unit = unit
        self.column.setContentsMargins(unit * 2, unit * 3 // 2, unit * 2, unit * 3 // 2)
        self.column.setSpacing(unit)
