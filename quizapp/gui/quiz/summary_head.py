"""The top of the summary: the score, what the run was like, a word of encouragement,
and a small celebration on full marks.

The encouragement depends on the result and never mocks; the celebration is a
badge that fades in, shown still when the system asks for less motion.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt
from PySide6.QtWidgets import QApplication, QGraphicsOpacityEffect, QLabel, QVBoxLayout, QWidget

from quizapp.core.quiz.describe import describe, describe_right
from quizapp.core.quiz.result import QuizResult
from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.window.theme import Theme


@dataclass(frozen=True)
class RunFacts:
    """What the session alone cannot say: time spent and words looked up during the quiz."""

    seconds: float = 0.0
    words: tuple[str, ...] = ()
    review: bool = False


def reduced_motion() -> bool:
    """Whether the system asks for less motion (its UI effects are off)."""
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class SummaryHead(QWidget):
    """Title, score, facts, encouragement and the full-marks badge."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.title = plain_label("", self)
        self.score = plain_label("", self)
        self.badge = QLabel(self)
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.hide()
        self.cheer = plain_label("", self)
        self.details = plain_label("", self)
        self.facts = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.badge, self.score, self.cheer, self.details, self.facts):
            layout.addWidget(widget)
        self.fade: QPropertyAnimation | None = None
        self._result: QuizResult | None = None
        self._facts = RunFacts()
        self._practice = True
        self.set_theme(self.theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        p = theme.palette
        self.title.setStyleSheet(f"font-size: {theme.px('question')}px; font-weight: bold;")
        self.score.setStyleSheet(f"font-size: {theme.px('title')}px; font-weight: bold;")
        self.badge.setStyleSheet(
            f"color: {p.right}; background: {p.right_tint}; border-radius: {theme.radius}px;"
            f" padding: {theme.space(1)}px {theme.space(2)}px; font-size: {theme.px('question')}px;"
            " font-weight: bold;"
        )
        self.cheer.setStyleSheet(f"font-size: {theme.px('option')}px; color: {p.text};")
        for label in (self.details, self.facts):
            label.setStyleSheet(f"color: {p.muted}; font-size: {theme.px('body')}px;")

    def show_result(self, result: QuizResult, practice: bool, facts: RunFacts) -> None:
        self._result, self._practice, self._facts = result, practice, facts
        self.render()
        full = result.points > 0 and result.score >= result.points - 1e-9
        self.badge.setVisible(full)
        if full:
            self._celebrate()

    def render(self) -> None:
        result, facts = self._result, self._facts
        if result is None:
            return
        if facts.review:
            title = self.tr("Review finished")
        else:
            title = self.tr("Practice finished") if self._practice else self.tr("Test finished")
        self.title.setText(title)
        self.score.setText(
            f"{quiz_format.points(result.score, result.points)} · "
            f"{quiz_format.percent(result.percent / 100)}"
        )
        self.badge.setText("★ " + self.tr("Full marks!"))
        self.cheer.setText(self.encouragement(result.percent))
        full = sum(1 for r in result.rows if r.full_marks)
        lines = [
            self.tr("Full marks on %1 of %n question(s).", "", len(result.rows)).replace(
                "%1", str(full)
            ),
            self.tr("Right at the first try: %1.").replace("%1", str(result.first_try)),
        ]
        if result.skipped:
            lines.append(self.tr("Skipped: %n question(s).", "", len(result.skipped)))
        self.details.setText("\n".join(lines))
        facts_lines = [self.tr("Time spent: %1.").replace("%1", self.duration(facts.seconds))]
        if facts.words:
            facts_lines.append(
                self.tr("Words looked up (%n): %1.", "", len(facts.words)).replace(
                    "%1", ", ".join(facts.words)
                )
            )
        else:
            facts_lines.append(self.tr("No word looked up during this quiz."))
        self.facts.setText("\n".join(facts_lines))

    def duration(self, seconds: float) -> str:
        minutes, rest = divmod(round(seconds), 60)
        if minutes == 0:
            return self.tr("%n second(s)", "", rest)
        return self.tr("%n minute(s)", "", minutes + (1 if rest >= 30 else 0))

    def encouragement(self, percent: float) -> str:
        """A short line that fits the result, and never mocks."""
        if percent >= 100 - 1e-9:
            return self.tr("Every answer right. Bravo, you read this text closely!")
        if percent >= 80:
            return self.tr("Very good: you understood this text well.")
        if percent >= 50:
            return self.tr("Good work: more than half right. The mistakes below are worth a look.")
        if percent > 0:
            return self.tr(
                "A good start. Each mistake below shows its sentence in the text: read it again."
            )
        return self.tr(
            "This text was a hard one. Read it again with the evidence highlighted,"
            " then try once more."
        )

    def _celebrate(self) -> None:
        """The badge fades in, unless the system asks for less motion."""
        if self.fade is not None:
            self.fade.stop()
            self.fade = None
        if reduced_motion():
            self.badge.setGraphicsEffect(None)
            return
        effect = QGraphicsOpacityEffect(self.badge)
        self.badge.setGraphicsEffect(effect)
        self.fade = QPropertyAnimation(effect, b"opacity", self)
        self.fade.setDuration(900)
        self.fade.setStartValue(0.0)
        self.fade.setEndValue(1.0)
        self.fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.fade.start()


def run_summary(
    session: QuizSession, seconds: float, review: bool
) -> tuple[RunFacts, list[tuple[str, str]]]:
    """The run's facts, and each question's (your answer, the right one) in words."""
    lang = "fr" if quiz_format.is_french() else "en"
    words: dict[str, None] = {}
    answers = []
    for q in session.questions:
        words.update(dict.fromkeys(session.lookups(q.id)))
        yours = describe(q, session.response(q.id), session.article, lang)
        answers.append((yours, describe_right(q, session.article, lang)))
    return RunFacts(seconds=seconds, words=tuple(words), review=review), answers
