"""What moves when a check is answered, and only then (never on coming back to a
question already answered): the verdict card fades in, a right answer's ✓ pops,
its points float up beside the score, its chip in the strip pops (and the third
right in a row brings its pill rising in); a wrong pick shakes once. All of it
skipped when the system asks for less motion, and all of it ending on the very
same still screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QVariantAnimation

from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_choice import OptionList
from quizapp.gui.quiz.answer_streak import SHOWN_FROM
from quizapp.gui.quiz.motion import Floater, fade_in, motion_on, shake

if TYPE_CHECKING:
    from quizapp.gui.quiz.question import QuestionPage


class CheckMotion:
    """Watches the page's question: a new try on it is a check to answer with motion."""

    def __init__(self, page: QuestionPage):
        self.page = page
        self.seen: tuple[str, int] = ("", 0)  # (question id, tries) when last shown
        self.animations: list[QVariantAnimation] = []
        self.floater: Floater | None = None

    def forget(self, session: QuizSession) -> None:
        """A question comes on screen: what it already has is not news."""
        qid = session.current.id
        self.seen = (qid, session.attempts_used(qid))

    def follow(self, session: QuizSession) -> None:
        """After any change: a new try on the same question is a fresh verdict."""
        qid = session.current.id
        tries = session.attempts_used(qid)
        fresh = self.seen[0] == qid and tries > self.seen[1]
        self.seen = (qid, tries)
        outcome = session.outcome(qid)
        if fresh and outcome is not None and outcome.feedback_visible:
            self.play(session, outcome.grade.correct, outcome.score)

    def play(self, session: QuizSession, right: bool, gained: float) -> None:
        page = self.page
        motion = motion_on()
        if not motion:
            return
        found = [fade_in(page.feedback, page.theme), page.strip.pulse(session.index, True)]
        if right:
            page.feedback.disc.pop(True)
            found.append(page.feedback.disc.animation)
            pill = page.head.streak
            if pill.isVisible() and pill.count == SHOWN_FROM:  # the run is said: it rises in
                found.append(fade_in(pill, page.theme))
        elif isinstance(page.widget, OptionList) and page.widget.picked() is not None:
            found.append(shake(page.widget.picked(), page.theme))
        if gained > 0:
            colour = page.theme.palette.right if right else page.theme.palette.partly
            floater = Floater("+" + quiz_format.number(gained), colour, page.theme, page)
            pill = page.head.streak  # beside the pill when it shows, else the score
            floater.launch(pill if pill.isVisible() else page.running)
            self.floater = floater
            found.append(floater.animation)
        self.animations = [a for a in found if a is not None]

    def running(self) -> bool:
        """Whether any of the check's motions is still on."""
        alive = []
        for animation in self.animations:
            try:
                if animation.state() == QVariantAnimation.State.Running:
                    alive.append(animation)
            except RuntimeError:  # finished and deleted
                continue
        self.animations = alive
        return bool(alive)

    def settle(self) -> None:
        """Every motion jumps to its end (the selftest's pictures are of still screens)."""
        for animation in list(self.animations):
            try:
                animation.setCurrentTime(animation.totalDuration())
            except RuntimeError:
                continue
        self.animations = []
