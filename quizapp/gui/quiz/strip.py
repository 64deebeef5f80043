"""The question strip: one round numbered chip per question, showing where the learner is.

Each chip says what became of its question (right, partly right, wrong,
answered but not yet graded in a test, skipped, or still ahead) by a sign and
a tint from the theme, never by colour alone; a ring marks the current one and
a click goes there. The chips wrap onto as many lines as they need, like
words, so nothing scrolls sideways or is cut at the panel's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz.buttons import Flow
from quizapp.gui.window.stylesheet_quiz import HEAD_SCALE_MAX
from quizapp.gui.window.theme import SPACING_PX, TYPE_PX, Theme

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


class Chip(QToolButton):
    """A question's chip: exactly the size the strip gives it (its number always fits)."""

    def sizeHint(self) -> QSize:
        return self.minimumSize()


class QuestionStrip(QWidget):
    """Numbered chips that wrap onto lines; `chosen(index)` when one is clicked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.chips: list[QToolButton] = []
        self.states: list[str] = []
        self._current = -1
        self._layout = Flow(self, spacing=4, line_spacing=4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.heightForWidth(width)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._restyle()

    def show_session(self, session: QuizSession) -> None:
        """Chips for the session's questions, in their present states."""
        count = len(session.questions)
        while len(self.chips) < count:
            chip = Chip(self)
            chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            position = len(self.chips)
            chip.clicked.connect(lambda _=False, n=position: self.chosen.emit(n))
            self._layout.addWidget(chip)
            chip.show()
            self.chips.append(chip)
        while len(self.chips) > count:
            chip = self.chips.pop()
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.states = [question_state(session, i) for i in range(count)]
        self._current = session.index
        self._restyle()

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
        gap = max(3, round(SPACING_PX * 0.5 * t.ui_scale))
        self._layout.set_gaps(gap, gap)
        # the chips grow with the zoom more slowly than the text, so a long quiz at the
        # largest zoom still leaves the question its room
        font = round(TYPE_PX["caption"] * min(t.ui_scale, HEAD_SCALE_MAX))
        side = round(font * 1.85)  # a round chip: as wide as high, at least
        bold = QFont(self.font())
        bold.setPixelSize(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for index, (chip, state) in enumerate(zip(self.chips, self.states, strict=True)):
            sign = SIGNS[state]
            chip.setText(f"{index + 1}{sign}" if sign else str(index + 1))
            wide = metrics.horizontalAdvance(chip.text()) + 2 * gap + 4
            chip.setFixedSize(max(side, wide), side)
            if state in ("right", "partly", "wrong"):
                fg, bg, edge = getattr(p, state), getattr(p, state + "_tint"), getattr(p, state)
            elif state == "skipped":
                fg, bg, edge = p.partly, p.window, p.partly
            elif state == "answered":
                fg, bg, edge = p.accent, p.selection_tint, p.accent
            else:
                fg, bg, edge = p.muted, p.surface, p.border
            current = index == self._current
            if current:
                edge = p.accent
            weight = "font-weight: 700;" if current else ""
            chip.setStyleSheet(
                f"QToolButton {{ color: {fg}; background: {bg};"
                f" border: {2 if current else 1}px solid {edge}; border-radius: {side // 2}px;"
                f" padding: 0; font-size: {font}px; {weight} }}"
                f" QToolButton:hover {{ border: 2px solid {p.accent}; }}"
                f" QToolButton:focus {{ border: 2px solid {p.text}; }}"
            )
            label = (
                self.tr("Question %1: %2").replace("%1", str(index + 1)).replace("%2", names[state])
            )
            if current:
                label += " " + self.tr("(current)")
            chip.setToolTip(label)
            chip.setAccessibleName(label)
        self._layout.invalidate()
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._restyle()
        super().changeEvent(event)
