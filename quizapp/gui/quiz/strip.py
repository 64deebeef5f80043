"""The question strip: one round numbered chip per question, showing where the learner is.

Each chip says what became of its question (right, partly right, wrong,
answered but not yet graded in a test, skipped, or still ahead) by a sign and
a tint from the theme, never by colour alone; a ring marks the current one and
a click goes there. The chips wrap onto as many lines as they need, like
words, so nothing scrolls sideways or is cut at the panel's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz.buttons import Flow
from quizapp.gui.window.stylesheet_quiz import HEAD_SCALE_MAX
from quizapp.gui.window.theme import SPACING_PX, TYPE_PX, Theme

MAX_LINES = 3  # the most lines of chips a long quiz may take (they shrink to fit)
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
    """A question's round chip, drawn from the theme: its number, a tint for what became
    of the question, and that fate's sign (✓ ✗ ◐ • –) in a small badge on its shoulder,
    so nothing relies on colour alone; a ring marks the current question."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.number, self.sign, self.current = "", "", False
        self.fg = self.bg = self.edge = self.badge = self.ring = "#000000"
        self.font_px, self.side = 13, 24

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shoulder = self.height() - self.side  # room above and right for the badge
        body = QRectF(1, shoulder + 1, self.width() - shoulder - 2, self.side - 2)
        focus, hover = self.hasFocus(), self.underMouse()
        edge = QColor(self.ring if focus else self.edge)
        painter.setPen(QPen(edge, 2 if (self.current or focus or hover) else 1))
        painter.setBrush(QColor(self.bg))
        painter.drawRoundedRect(body, body.height() / 2, body.height() / 2)
        font = QFont(self.font())
        font.setPixelSize(self.font_px)
        font.setBold(self.current)
        painter.setFont(font)
        painter.setPen(QColor(self.fg))
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self.number)
        if self.sign:
            size = shoulder * 2.4
            badge = QRectF(self.width() - size, 0, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.badge))
            painter.drawEllipse(badge)
            font.setPixelSize(max(6, round(size * 0.72)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(self.bg))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.sign)
        painter.end()


class QuestionStrip(QWidget):
    """Numbered chips that wrap onto lines; `chosen(index)` when one is clicked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.chips: list[Chip] = []
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

    def _sizes(self, gap: int) -> tuple[int, int, int]:
        """(font px, chip height, badge shoulder): the chips grow with the zoom more slowly
        than the text, and shrink (never below the caption size) so a long quiz takes at
        most MAX_LINES lines of a narrow panel and leaves the question its room."""
        font = round(TYPE_PX["caption"] * min(self.theme.ui_scale, HEAD_SCALE_MAX))
        side = round(font * 2.0)
        count, width = len(self.chips), self.width()
        if count and width > 0:
            per_line = -(-count // MAX_LINES)
            room = width // per_line - gap  # what one chip may take, its badge included
            side = max(round(TYPE_PX["caption"] * 1.6), min(side, int(room / 1.25)))
            font = min(font, max(round(TYPE_PX["caption"]), round(side / 1.8)))
        return font, side, max(3, int(side * 0.25))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
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
        font, side, shoulder = self._sizes(gap)
        bold = QFont(self.font())
        bold.setPixelSize(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for index, (chip, state) in enumerate(zip(self.chips, self.states, strict=True)):
            sign = SIGNS[state]
            chip.setText(f"{index + 1}{sign}" if sign else str(index + 1))
            wide = metrics.horizontalAdvance(str(index + 1)) + gap
            chip.setFixedSize(max(side, wide) + shoulder, side + shoulder)
            if state in ("right", "partly", "wrong"):
                fg, bg, badge = getattr(p, state), getattr(p, state + "_tint"), getattr(p, state)
            elif state == "skipped":
                fg, bg, badge = p.partly, p.window, p.partly
            elif state == "answered":
                fg, bg, badge = p.accent, p.selection_tint, p.accent
            else:
                fg, bg, badge = p.muted, p.surface, p.border
            current = index == self._current
            chip.number, chip.sign, chip.current = str(index + 1), sign, current
            chip.fg, chip.bg, chip.badge, chip.ring = fg, bg, badge, p.text
            chip.edge = p.accent if current else (badge if sign else p.border)
            chip.font_px, chip.side = font, side
            chip.update()
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
