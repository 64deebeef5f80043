"""The question page's header: one calm line for where the learner is.

The mode as a small chip (always: it says how the quiz counts, « Practice · 2 tries »
where the line has room; the streak pill never costs it those words), "Question 3 of 16"
(or "3 / 16" when the line is short of room, once the streak pill has gone), the
score (the first to go on a very short line), and at the far end the quiet
"Finish and see the score" link: up here, a row away from Check and Next, nobody ends a quiz
by a slip of the mouse. Under it the question strip, which is the progress bar too.
One counter, one score, nothing said twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from quizapp.core.quiz.session import Mode, QuizSession
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.answer_streak import AnswerStreak, run_length
from quizapp.gui.quiz.strip import QuestionStrip
from quizapp.gui.window.theme import SPACING_PX, Theme

COMPACT_UNITS = 50  # spacing units (400 px at zoom 0, 708 at zoom 6): a shorter pane packs


class QuizHeader(QWidget):
    """Mode chip, position and score on one line, then the question strip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode_label = plain_label("", self, wrap=False)
        self.mode_label.setProperty("chip", "mode")
        self.position = plain_label("", self, wrap=False)
        self.position.setProperty("head", "position")
        self.running = plain_label("", self, wrap=False)
        self.running.setProperty("head", "score")
        self.streak = AnswerStreak(self)  # right first time, 3 or more in a row
        self.strip = QuestionStrip(self)
        self.end_button = QPushButton(self)  # ending early: a quiet link, far from Check
        self.end_button.setProperty("endlink", "true")
        self.end_button.setProperty("head", "end")
        self.end_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.end_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for label in (self.mode_label, self.position, self.running):
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.mode_label)
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.streak, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.running)
        top.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        self._layout = layout
        self._pane = 0  # the page's height (`fit_height`)
        self._texts = ("", "", "", "")  # mode (long, short), position (long, short)
        self._ends = ("", "")  # the far link (whole, short)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.strip.compact = 0 < self._pane < theme.space(COMPACT_UNITS)
        gap = round(SPACING_PX * (0.25 if self.strip.compact else 0.5) * theme.ui_scale)
        self._layout.setSpacing(gap)  # damped: the question keeps room
        self.setContentsMargins(theme.space(1), 0, theme.space(1), 0)  # the page's sides
        self._top.setSpacing(round(SPACING_PX * theme.ui_scale))
        self.strip.set_theme(theme)
        self.streak.set_theme(theme)
        self._fit()

    def fit_height(self, height: int) -> None:
        """A pane shorter than COMPACT_UNITS (a large zoom in a small window): whole
        chips or the segmented bar and the rows closer, so the question keeps its room."""
        self._pane = height
        if (height < self.theme.space(COMPACT_UNITS)) != self.strip.compact:
            self.set_theme(self.theme)

    def show_state(self, session: QuizSession, review: bool) -> None:
        total = len(session.questions)
        practice = session.mode is Mode.PRACTICE
        mode = self.tr("Practice") if practice else self.tr("Test")
        tries = session.current.settings.attempts  # how the badge's mode counts, said in place
        counted = self.tr("Practice · %n tries", "", tries) if practice else mode
        long_mode = (
            self.tr("%1 · review of your mistakes").replace("%1", mode) if review else counted
        )
        number, count = quiz_format.number(session.index + 1), quiz_format.number(total)
        where = self.tr("Question %1 of %2").replace("%1", number).replace("%2", count)
        short = self.tr("%1 / %2", "question number / questions").replace("%1", number)
        self._texts = (long_mode, mode, where, short.replace("%2", count))
        self.position.setAccessibleName(where)
        self.position.setToolTip(f"{long_mode} · {where}")
        self.mode_label.setToolTip(f"{long_mode} — {self._mode_meaning(practice)}")
        self.strip.show_session(session)
        self.streak.show_count(run_length(session))
        answered = self.tr("%n question(s) answered", "", session.answered)
        self.strip.setAccessibleName(self.tr("Questions"))
        self.strip.setAccessibleDescription(answered)
        if practice or session.finished:
            self.running.setText(quiz_format.points(session.score, session.points))
            self.running.setToolTip(self.tr("Your score so far") + " · " + answered)
        else:
            self.running.setText(self.tr("%n answered", "", session.answered))
            self.running.setToolTip(answered)
        self._fit()

    def _mode_meaning(self, practice: bool) -> str:
        """What the badge's mode means, for its tooltip: how this quiz counts."""
        if practice:
            return self.tr(
                "Feedback after each question: you see whether you are right and the"
                " answer, with retries when the quiz allows them. A test shows it all at the end."
            )
        return self.tr(
            "One answer per question, which you can change until you finish; no feedback"
            " until the end. Practice shows each answer as you go."
        )

    def _fit(self) -> None:
        """The longest wording of mode and position that fits the line beside the score
        and the far link. The streak pill shows only beside every other word whole: short
        of room the link says just « Finish » beside it, then it goes (never a bare « ★ 5 »
        beside the score, never at the cost of
        « Practice · 2 tries », so the mode reads the same from one question to the next
        whether a run is on or not); then the link says just « Finish », then the mode
        just « Practice », then « Question 6 of 16 » shortens to « 6 / 16 », then the score
        goes (its chip in the strip and the summary say it): the mode chip stays, it says
        how the quiz counts."""
        long_mode, mode, where, short = self._texts
        full_end, short_end = self._ends
        # the line's own height: the pill has no vertical padding, so its words fit whole
        self.end_button.setFixedHeight(self.position.sizeHint().height())
        ending = not self.end_button.isHidden()
        spacing = self._top.spacing()
        room = self.contentsRect().width() - (spacing if ending else 0)
        score = self.running.sizeHint().width() + spacing if self.running.text() else 0
        # the pill: all else whole, the far link maybe just « Finish » (its tooltip says
        # it scores), so a run shows even beside « Finish and see the score »
        pill_words = [(long_mode, where, full_end, True), (long_mode, where, short_end, True)]
        tries = [(True, *w) for w in pill_words] if self.streak.shown() else []
        # the mode's words before the far link's: « Finish » alone still scores (its tooltip)
        tries += [(False, long_mode, where, full_end, True)]
        tries += [(False, long_mode, where, short_end, True), (False, mode, where, short_end, True)]
        tries += [(False, mode, short, short_end, True)]
        tries += [(False, mode, short, short_end, False), (False, "", short, short_end, False)]
        pill = self.streak.sizeHint().width() + spacing
        for with_pill, chip, position, end, with_score in tries:
            self.mode_label.setText(chip)
            self.mode_label.setVisible(bool(chip))
            self.position.setText(position)
            self.end_button.setText(end)
            self.running.setVisible(with_score)
            need = self.position.sizeHint().width() + (score if with_score else 0)
            need += self.mode_label.sizeHint().width() + spacing if chip else 0
            need += self.end_button.sizeHint().width() if ending else 0
            if need + (pill if with_pill else 0) <= room:
                self.streak.setVisible(with_pill)
                return
        self.streak.setVisible(False)

    def show_end(self, text: str, short: str, tip: str) -> None:
        """The far link's words, whole and short ("" hides it: the results are the
        bar's accent); its name is always the whole one."""
        self._ends = (text, short or text)
        self.end_button.setText(text)
        self.end_button.setToolTip(tip)
        self.end_button.setAccessibleName(text)
        self.end_button.setVisible(bool(text))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()
