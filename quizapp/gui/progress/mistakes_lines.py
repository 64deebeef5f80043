"""Review my mistakes as History's cards: one card per article, one line per mistake.

Each line carries History's painted mark (✗ wrong, a half disc for part marks), the
question, and under it « Your answer: … » beside « Right answer: … », the score and
the day on the right. The chosen line opens in place (its evidence sentences and the
two actions, which the screen hands it); ↑ and ↓ walk the lines, Enter shows the
question in the text. Looks are the style sheet's (progress/style.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from quizapp.gui.progress import dates
from quizapp.gui.progress.history_parts import PARTLY, WRONG, ResultMark, plain_label, rule_line
from quizapp.gui.quiz import numbers
from quizapp.gui.window.plain_text import tooltip

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.progress.mistakes import MistakeRow


class MistakeLine(QFrame):
    """One mistake: a line that is chosen by a click or the keyboard."""

    picked = Signal(object)  # this line
    activated = Signal(object)  # Enter: show it in the text
    step = Signal(object, int)  # this line, -1 or +1 (↑ ↓)

    def __init__(self, row: MistakeRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setObjectName("mistake_line")
        self.setProperty("selected", "false")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        state = WRONG if row.score <= 0 else PARTLY
        self.mark = ResultMark(state, self)
        tip = (
            QCoreApplication.translate("HistoryView", "Wrong last time")
            if state == WRONG
            else QCoreApplication.translate("HistoryView", "Partly right last time")
        )
        self.mark.setToolTip(tip)
        self.mark.setAccessibleName(tip)
        prompt = row.prompt or QCoreApplication.translate("MistakesView", "(no longer in the bank)")
        if row.changed and row.prompt:
            prompt += " " + QCoreApplication.translate(
                "MistakesView", "(changed by the teacher since)"
            )
        self.prompt = plain_label(self, "mistake_prompt", wrap=True)
        self.prompt.setText(prompt)
        self.prompt.setToolTip(tooltip(prompt))
        self.yours = plain_label(self, "mistake_yours", wrap=True)
        self.right = plain_label(self, "mistake_right", wrap=True)
        self.yours.setText(
            QCoreApplication.translate("MistakesView", "Your answer: %1").replace(
                "%1", row.yours or QCoreApplication.translate("MistakesView", "(none)")
            )
        )
        self.right.setText(
            QCoreApplication.translate("MistakesView", "Right answer: %1").replace("%1", row.right)
        )
        self.yours.setVisible(row.available)
        self.right.setVisible(row.available and bool(row.right))
        self.score = plain_label(self, "mistake_score")
        self.score.setText(numbers.points(row.score, row.points))
        self.when = plain_label(self, "mistake_when")
        self.when.setText(dates.day(row.answered))
        for label in (self.score, self.when):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        for label in (self.prompt, self.yours, self.right):
            text.addWidget(label)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.score)
        side.addWidget(self.when)
        side.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        top.addLayout(side)
        self.top = top
        self.more = QVBoxLayout()  # the chosen line's evidence and actions (the screen's)
        self.more.setContentsMargins(0, 0, 0, 0)
        self.stack = QVBoxLayout(self)
        self.stack.addLayout(top)
        self.stack.addLayout(self.more)
        self.setAccessibleName(prompt)
        self.setAccessibleDescription(f"{self.yours.text()} {self.right.text()}")

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", "true" if selected else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def set_spacing(self, unit: int) -> None:
        self.stack.setContentsMargins(unit * 3 // 2, unit, unit * 3 // 2, unit)
        self.stack.setSpacing(unit)
        self.top.setSpacing(unit * 3 // 2)
        self.more.setContentsMargins(self.mark.sizeHint().width() + unit * 3 // 2, 0, 0, 0)
        self.more.setSpacing(unit)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(self)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self)
        elif key == Qt.Key.Key_Space:
            self.picked.emit(self)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step.emit(self, 1 if key == Qt.Key.Key_Down else -1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.picked.emit(self)  # tabbing onto a line chooses it, as a click does


class ArticleMistakes(QFrame):
    """An article's card: its title, then its mistakes' lines, a hairline between them."""

    def __init__(self, title: str, rows: Sequence[MistakeRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mistakes_card")
        self.setProperty("card", "plain")
        self.heading = plain_label(self, "mistakes_article", wrap=True)
        self.heading.setText(title)
        self.stack = QVBoxLayout(self)
        self.stack.setSpacing(0)
        self.stack.addWidget(self.heading)
        self.lines: list[MistakeLine] = []
        for index, row in enumerate(rows):
            if index:
                self.stack.addWidget(rule_line(self))
            line = MistakeLine(row, self)
            self.stack.addWidget(line)
            self.lines.append(line)

    def set_spacing(self, unit: int) -> None:
        self.stack.setContentsMargins(unit // 2, unit * 3 // 2, unit // 2, unit // 2)
        self.heading.setContentsMargins(unit * 3 // 2, 0, unit * 3 // 2, unit // 2)
        for line in self.lines:
            line.set_spacing(unit)
