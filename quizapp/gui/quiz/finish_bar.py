"""The bar that asks before finishing with questions unanswered.

Non-modal: it sits above the navigation, says how many questions are left
and which, and offers to finish anyway or to go to the first one; the
learner may also just go on answering, and it goes away.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.window.theme import Theme


class FinishBar(QFrame):
    """`confirmed` to finish now; `go_to(index)` to answer the first unanswered question."""

    confirmed = Signal()
    go_to = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("finish_bar")
        self.text = plain_label("", self)
        self.finish_button = QPushButton(self)
        self.first_button = QPushButton(self)
        self.finish_button.clicked.connect(self.confirmed)
        self.first_button.clicked.connect(lambda: self.go_to.emit(self._first))
        buttons = QHBoxLayout()
        buttons.addWidget(self.first_button)
        buttons.addWidget(self.finish_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self._first = 0
        self.set_theme(Theme())
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        p = theme.palette
        self.setStyleSheet(
            f"#finish_bar {{ background: {p.partly_tint}; border: 1px solid {p.partly};"
            f" border-radius: {theme.radius}px; margin: 0 {theme.space(1)}px; }}"
            f" #finish_bar QLabel {{ color: {p.text}; background: transparent; }}"
        )

    def ask(self, unanswered: list[int], test: bool) -> None:
        """Show the question: `unanswered` are 0-based positions (never empty)."""
        self._first = unanswered[0]
        numbers = ", ".join(str(i + 1) for i in unanswered)
        text = self.tr("%n question(s) not answered yet: %1.", "", len(unanswered))
        cost = self.tr("They count 0.") if test else self.tr("They count 0 if you finish now.")
        self.text.setText(f"{text.replace('%1', numbers)} {cost}")
        self.finish_button.setText(self.tr("Finish anyway"))
        self.first_button.setText(self.tr("Go to question %1").replace("%1", str(self._first + 1)))
        self.show()
        self.first_button.setFocus()
