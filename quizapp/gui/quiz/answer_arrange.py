"""Answers made by arranging: `match` (word chips, in `answer_match`), `order` (cards
to reorder, in `answer_order`), and `locate` (sentences clicked in the passage itself).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import LocateQuestion
from quizapp.gui.quiz.answer_base import AnswerWidget, plain_label
from quizapp.gui.quiz.answer_match import MatchAnswer
from quizapp.gui.quiz.answer_order import OrderAnswer, OrderList
from quizapp.gui.quiz.numbers import quoted
from quizapp.gui.window.locale_format import ui_locale

__all__ = ["LocateAnswer", "MatchAnswer", "OrderAnswer", "OrderList"]

PICK_WORDS = 6  # a pick's first words, enough to recognise the sentence


class LocateAnswer(AnswerWidget):
    """`locate`: the learner clicks sentences in the passage; this shows the count and
    repeats each pick (its number and first words), so what Check sends is in sight."""

    def __init__(self, question: LocateQuestion, passage: Any, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.passage = passage
        self.selected: frozenset[str] = frozenset()
        self.active = False
        self.instructions = plain_label("", self)
        self.count = plain_label("", self)
        self.instructions.setProperty("tone", "muted")
        self.picks = plain_label("", self)  # « Your choice: sentence 4 — “Avec trois amis…” »
        self.picks.setObjectName("locate_picks")
        self.picks.hide()
        self.clear_button = QPushButton(self)
        self.clear_button.setProperty("quiet", "true")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.instructions)
        layout.addLayout(row)
        layout.addWidget(self.picks)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.instructions.setText(
            self.tr(
                "Click the sentence(s) that answer the question (again to unselect)."
                " Keyboard: ↑ ↓ in the text, then Space."
            )
        )
        self.count.setText(self.tr("%n sentence(s) selected", "", len(self.selected)))
        self.clear_button.setText(self.tr("Clear the selection"))
        self._show_picks()

    def _show_picks(self) -> None:
        """One line a pick, in the text's order: its number in the margin, its first words."""
        article = getattr(self.passage, "article", None)
        number = getattr(self.passage, "sentence_number", None)
        lines = []
        if article is not None and callable(number):
            known = {s.id for s in article.sentences}  # a past question's picks, once
            for sid in sorted(self.selected & known, key=number):  # another article shows
                words = article.sentence(sid).fr.split()
                start = " ".join(words[:PICK_WORDS])
                if len(words) > PICK_WORDS:  # « poste… », never « poste,… »
                    start = start.rstrip(",;:—–-\u00a0 ") + "…"
                lines.append(
                    self.tr("Your choice: sentence %1 — %2")
                    .replace("%1", ui_locale().toString(number(sid)))
                    .replace("%2", quoted(start))
                )
        self.picks.setText("\n".join(lines))
        self.picks.setVisible(bool(lines))

    def inputs(self) -> list[QWidget]:
        return [self.clear_button]

    def activate(self) -> None:
        if self.active:
            return
        self.active = True
        self.passage.locate_changed.connect(self._passage_changed)
        self.passage.set_locate_selection(self.selected)
        self.passage.set_locate_mode(not self._locked)

    def deactivate(self) -> None:
        if not self.active:
            return
        self.active = False
        self.passage.locate_changed.disconnect(self._passage_changed)
        self.passage.set_locate_mode(False)
        self.passage.set_locate_selection(())

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.clear_button.setEnabled(bool(self.selected) and not locked)
        if self.active:
            self.passage.set_locate_mode(not locked)

    def _passage_changed(self, ids: Any) -> None:
        if self._locked:
            return
        self._set(frozenset(ids))

    def _set(self, ids: frozenset[str]) -> None:
        self.selected = ids
        self.count.setText(self.tr("%n sentence(s) selected", "", len(ids)))
        self._show_picks()
        self.clear_button.setEnabled(bool(ids) and not self._locked)
        self.changed.emit()

    def clear(self) -> None:
        self._set(frozenset())
        if self.active:
            self.passage.set_locate_selection(())

    def response(self) -> Any | None:
        return self.selected or None

    def set_response(self, response: Any) -> None:
        self._set(frozenset(response or ()))
        if self.active:
            self.passage.set_locate_selection(self.selected)
