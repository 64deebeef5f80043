"""The question strip: one numbered chip per question, showing where the learner is.

Each chip says what became of its question (right, partly right, wrong,
answered but not yet graded in a test, skipped, or still ahead) by a sign and
a colour from the theme, never by colour alone; a click goes to the question.
The chips stay on one row that scrolls sideways to the current one, so a long
quiz in a narrow window, or at the largest zoom, leaves the question its room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from quizapp.core.quiz.session import QuizSession
from quizapp.gui.window.theme import Theme

SIGNS = {"right": "✓", "partly": "◐", "wrong": "✗", "answered": "•", "skipped": "–", "ahead": ""}


def question_state(session: QuizSession, index: int) -> str:
    """What became of question `index`: right, partly, wrong, answered, skipped or ahead."""
    question = session.questions[index]
    outcome = session.outcome(question.id)
    if outcome is None:
        return "skipped" if session.finished or index < session.index else "ahead"
    if not outcome.feedback_visible:
        return "answered"
    if outcome.can_retry or not outcome.done:
        return "answered" if outcome.question_score == 0 else "partly"
    if outcome.grade.correct or outcome.question_score >= question.points:
        return "right"
    return "partly" if outcome.question_score > 0 else "wrong"


class QuestionStrip(QScrollArea):
    """Numbered chips on one scrolling row; `chosen(index)` when one is clicked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.chips: list[QToolButton] = []
        self.states: list[str] = []
        self._current = -1
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)  # the row keeps its chips' width; the area scrolls
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._row = QWidget(self)
        self._layout = QHBoxLayout(self._row)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self._layout.addStretch(1)
        self.setWidget(self._row)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._restyle()

    def show_session(self, session: QuizSession) -> None:
        """Chips for the session's questions, in their present states."""
        count = len(session.questions)
        while len(self.chips) < count:
            chip = QToolButton(self._row)
            chip.setSizePolicy(
                QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed
            )  # scroll, not squeeze
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            position = len(self.chips)
            chip.clicked.connect(lambda _=False, n=position: self.chosen.emit(n))
            self._layout.insertWidget(len(self.chips), chip)
            self.chips.append(chip)
        while len(self.chips) > count:
            chip = self.chips.pop()
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.states = [question_state(session, i) for i in range(count)]
        self._current = session.index
        self._restyle()
        QTimer.singleShot(0, self, self._show_current)

    def _show_current(self) -> None:
        if 0 <= self._current < len(self.chips):
            self.ensureWidgetVisible(self.chips[self._current], 24, 0)

    def skipped(self) -> list[int]:
        """The positions (0-based) of the questions passed without an answer."""
        return [i for i, state in enumerate(self.states) if state == "skipped"]

    def _restyle(self) -> None:
        t, p = self.theme, self.theme.palette
        names = {
            "right": self.tr("right"),
            "partly": self.tr("partly right"),
            "wrong": self.tr("wrong"),
            "answered": self.tr("answered"),
            "skipped": self.tr("skipped"),
            "ahead": self.tr("not answered yet"),
        }
        for index, (chip, state) in enumerate(zip(self.chips, self.states, strict=True)):
            sign = SIGNS[state]
            chip.setText(f"{index + 1}{sign}" if sign else str(index + 1))
            fg = getattr(p, state) if state in ("right", "partly", "wrong") else p.text
            bg = getattr(p, state + "_tint") if state in ("right", "partly", "wrong") else p.surface
            if state == "skipped":
                fg, bg = p.partly, p.partly_tint
            edge = p.accent if index == self._current else p.border
            width = 2 if index == self._current else 1
            chip.setStyleSheet(
                f"QToolButton {{ color: {fg}; background: {bg}; border: {width}px solid {edge};"
                f" border-radius: {t.radius}px; min-width: {t.target}px;"
                f" min-height: {round(t.target * 0.8)}px; font-size: {t.px('caption')}px; }}"
                f" QToolButton:focus {{ border: 2px solid {p.accent}; }}"
            )
            label = (
                self.tr("Question %1: %2").replace("%1", str(index + 1)).replace("%2", names[state])
            )
            chip.setToolTip(label)
            chip.setAccessibleName(label)
        tallest = max((chip.sizeHint().height() for chip in self.chips), default=0)
        self.setFixedHeight(tallest + self.horizontalScrollBar().sizeHint().height() + 2)
        self._layout.activate()  # the row's new least width now, before the next frame

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._restyle()
        super().changeEvent(event)
