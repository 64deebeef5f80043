"""Right first time, several in a row: a small warm pill in the quiz header.

It counts the run of questions answered right at the first try that ends at the
question on screen (or just before it, while it is still open), so a wrong answer
ends it at once and going back to an old question shows the run as it was there.
Only in practice, where the learner sees each verdict; it never shows a failure.
The pill is the summary's streak pill at the header's size; short of room, the
header hides it whole (a bare « ★ 4 » beside « 4 / 16 points » read as a second score).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from quizapp.core.quiz.session import Mode, QuizSession
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.summary_streak import StreakPill
from quizapp.gui.window.theme import SPACING_PX

SHOWN_FROM = 3  # a run this long is worth a word


def right_first_time(session: QuizSession, qid: str) -> bool | None:
    """True: right at the first try; False: a wrong first try; None: not answered."""
    if session.attempts_used(qid) == 0:
        return None
    outcome = session.outcome(qid)
    if outcome is None:
        return None
    return session.attempts_used(qid) == 1 and outcome.grade.correct


def run_length(session: QuizSession) -> int:
    """Questions right first time in a row, ending at the current one (or the one
    before it while the current one is unanswered); 0 outside practice."""
    if session.mode is not Mode.PRACTICE:
        return 0
    ids = session.question_ids
    end = session.index
    if right_first_time(session, ids[end]) is None:
        end -= 1
    count = 0
    while end >= 0 and right_first_time(session, ids[end]):
        count += 1
        end -= 1
    return count


class AnswerStreak(StreakPill):
    """ "3 in a row", with the painted spark, once the run is long enough."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("answer_streak")
        self.count = 0
        self.hide()

    def _font(self) -> QFont:
        """The header's chrome size (damped with the zoom), like the score beside it."""
        font = QFont(self.font())
        font.setPixelSize(self.theme.ui_px("caption"))
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _pads(self) -> tuple[float, float, float, float]:
        unit = SPACING_PX * self.theme.ui_scale
        return round(unit), round(unit * 0.25), float(self.theme.ui_px("caption")), unit * 0.5

    def shown(self) -> bool:
        """Whether the run is long enough to be said (the header may lack the room)."""
        return self.count >= SHOWN_FROM

    def show_count(self, count: int) -> None:
        self.count = count
        self._say()
        self.setVisible(self.shown())

    def _say(self) -> None:
        number = quiz_format.number(self.count)
        text = QCoreApplication.translate("AnswerStreak", "%1 in a row").replace("%1", number)
        tip = QCoreApplication.translate("AnswerStreak", "Right at the first try: %1 in a row")
        self.setText(text)
        self.setToolTip(tip.replace("%1", number))
        self.setAccessibleName(text)
