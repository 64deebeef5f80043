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

__all__ = ["LocateAnswer", "MatchAnswer", "OrderAnswer", "OrderList"]


class LocateAnswer(AnswerWidget):
    """`locate`: the learner clicks sentences in the passage; this shows the count."""

    def __init__(self, question: LocateQuestion, passage: Any, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.passage = passage
        self.selected: frozenset[str] = frozenset()
        self.active = False
        self.instructions = plain_label("", self)
        self.count = plain_label("", self)
        self.instructions.setProperty("tone", "muted")
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
