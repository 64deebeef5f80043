"""My words as one card of entries, as History's questions: no spreadsheet.

Each entry reads like a dictionary line: the word (its headword beside it when
the form differs) and its meaning, the sentence it was met in (the word in bold),
a quiet caption: the article, how often it was looked up, when last; and when it
comes back in Review as a plain caption (the accent when due). A quiet « ⋯ » at the
entry's end (Tab, then Space or Enter) holds what a learner may do with a word:
take it back out of My words, or say it is known. The card ends with its last entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.quiz.describe import quote_sentence
from quizapp.gui.progress.history_parts import plain_label, rule_line
from quizapp.gui.window.plain_text import tooltip


@dataclass
class WordLine:
    """The labels of one entry, for tests and refits."""

    word: QLabel
    gloss: QLabel
    sentence: QLabel
    caption: QLabel
    due: QLabel
    more: QToolButton
    menu: QMenu
    headword: str = ""
    kind: QLabel | None = None


class WordList(QFrame):
    """The entries on one card, a hairline between them; built again when filled."""

    remove_requested = Signal(str)  # a headword, out of My words
    known_requested = Signal(str, bool)  # a headword, known (True) or learning again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("word_list")
        self.setProperty("card", "plain")
        self.column = QVBoxLayout(self)
        self.lines: list[WordLine] = []
        self.acted: int | None = None  # the entry whose « ⋯ » menu was used last
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
        """`entries`: word, gloss, sentence, tip (the English), caption, due, headword,
        known (whether the learner said they know it)."""
        self.clear()
        for index, entry in enumerate(entries):
            if index:
                self.column.addWidget(rule_line(self))
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
        kind = plain_label(box, "word_kind")  # « nom masculin », when a dictionary says it
        kind.setText(entry.get("kind", ""))
        kind.setVisible(bool(kind.text()))
        gloss = plain_label(box, "word_gloss", wrap=True)
        gloss.setText(entry["gloss"])
        due = plain_label(box, "word_due")
        due.setText(entry["due"])
        due.setVisible(bool(entry["due"]))
        due.setProperty("now", "true" if entry.get("now") else "false")  # the accent: due
        due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(word, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(kind, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(gloss, 1, Qt.AlignmentFlag.AlignTop)
        head.addWidget(due, 0, Qt.AlignmentFlag.AlignTop)
        more, menu = self._more_button(box, entry)
        head.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
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
        self.lines.append(
            WordLine(word, gloss, sentence, caption, due, more, menu, entry["headword"], kind)
        )
        return box

    def _more_button(self, box: QWidget, entry: dict) -> tuple[QToolButton, QMenu]:
        """« ⋯ »: the entry's menu, quiet until hovered or reached with Tab."""
        headword, known = entry["headword"], bool(entry.get("known"))
        index = len(self.lines)  # this entry's, once added

        def act(signal: Signal, *args: object) -> None:
            self.acted = index  # the refilled list gives the keyboard back here
            signal.emit(*args)

        more = QToolButton(box)
        more.setObjectName("word_more")
        more.setText("⋯")
        more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        more.setCursor(Qt.CursorShape.PointingHandCursor)
        more.setToolTip(self.tr("What to do with this word"))
        word = quote_sentence(entry["word"])
        more.setAccessibleName(self.tr("Actions for %1").replace("%1", word))
        menu = QMenu(more)
        menu.setObjectName("word_more_menu")
        remove = QAction(self.tr("Remove from My words"), menu)
        remove.triggered.connect(lambda: act(self.remove_requested, headword))
        knows = QAction(
            self.tr("I’m still learning it") if known else self.tr("I know this word"), menu
        )
        knows.triggered.connect(lambda: act(self.known_requested, headword, not known))
        menu.addAction(knows)
        menu.addAction(remove)
        more.clicked.connect(lambda: self._open_menu(more, menu))
        return more, menu

    @staticmethod
    def _open_menu(more: QToolButton, menu: QMenu) -> None:
        """The menu under the « ⋯ », right-aligned with it, never blocking; its first
        choice current, so Enter takes it and the arrows walk the others."""
        corner = more.mapToGlobal(more.rect().bottomRight())
        corner.setX(corner.x() - menu.sizeHint().width() + 1)
        menu.popup(corner)
        menu.setActiveAction(menu.actions()[0])

    def set_spacing(self, unit: int) -> None:
        """The card's air and the gap between entries, from the theme."""
        self._unit = unit
        self.column.setContentsMargins(unit * 2, unit * 3 // 2, unit * 2, unit * 3 // 2)
        self.column.setSpacing(unit)
