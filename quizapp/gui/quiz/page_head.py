"""The question page's header: one calm place for where the learner is.

The mode as a small chip and "Question 3 of 16" on the first line, one thin
progress bar with the score beside it, then the strip of question chips.
Only one counter of questions, so the position and the score never compete.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from quizapp.core.quiz.session import Mode, QuizSession
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.buttons import Flow
from quizapp.gui.quiz.strip import QuestionStrip
from quizapp.gui.window.theme import SPACING_PX, Theme


class QuizHeader(QWidget):
    """Mode chip, position, progress bar, score and the question strip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode_label = plain_label("", self, wrap=False)
        self.mode_label.setProperty("chip", "mode")
        self.position = plain_label("", self, wrap=False)
        self.position.setProperty("head", "position")
        self.bar = QProgressBar(self)
        self.bar.setProperty("head", "bar")
        self.bar.setTextVisible(False)
        self.running = plain_label("", self, wrap=False)
        self.running.setProperty("head", "score")
        self.strip = QuestionStrip(self)
        top = Flow(spacing=8, line_spacing=4)
        top.addWidget(self.mode_label)
        top.addWidget(self.position)
        self._top = top
        progress = QHBoxLayout()
        progress.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        progress.addWidget(self.running)
        self._progress = progress
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(progress)
        layout.addWidget(self.strip)
        self._layout = layout
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        gap = round(SPACING_PX * 0.75 * theme.ui_scale)
        self.bar.setFixedHeight(max(4, round(SPACING_PX * 0.5 * theme.ui_scale)))
        self._layout.setSpacing(gap)
        self._progress.setSpacing(gap)
        self._top.set_gaps(gap, round(gap / 2))
        self.strip.set_theme(theme)

    def show_state(self, session: QuizSession, review: bool) -> None:
        total = len(session.questions)
        practice = session.mode is Mode.PRACTICE
        mode = self.tr("Practice") if practice else self.tr("Test")
        if review:
            mode = self.tr("%1 · review of your mistakes").replace("%1", mode)
        self.mode_label.setText(mode)
        where = (
            self.tr("Question %1 of %2")
            .replace("%1", quiz_format.number(session.index + 1))
            .replace("%2", quiz_format.number(total))
        )
        self.position.setText(where)
        self.position.setAccessibleName(where)
        self.strip.show_session(session)
        self.bar.setRange(0, total)
        self.bar.setValue(session.answered)
        self.bar.setToolTip(self.tr("%n question(s) answered", "", session.answered))
        self.bar.setAccessibleName(self.bar.toolTip())
        self.bar.setAccessibleDescription(self.tr("How many questions you have answered"))
        if practice or session.finished:
            self.running.setText(quiz_format.points(session.score, session.points))
            self.running.setToolTip(self.tr("Your score so far"))
        else:
            self.running.setText(self.tr("%n answered", "", session.answered))
            self.running.setToolTip("")
