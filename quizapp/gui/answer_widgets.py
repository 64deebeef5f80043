"""One answer widget per question type: the learner's input, never the scoring.

Each widget turns what the learner did into the scripting API's response
(file indices, whatever the display order) and can show a response back,
lock itself once a question is done, and mark which parts were right. The
session decides everything else. Teacher text is always plain text.

The typed and arranged types live in `answer_widgets_text` and
`answer_widgets_arrange`; `make_answer_widget` picks the class.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from quizapp.core.model import (
    NOT_GIVEN,
    ChoiceQuestion,
    Grade,
    MultiQuestion,
    Question,
    TrueFalseQuestion,
)

RIGHT_MARK = "✓"
WRONG_MARK = "✗"


def escape_mnemonic(text: str) -> str:
    """Teacher text for a button: a lone & must show, not underline the next letter."""
    return text.replace("&", "&&")


ZWSP = "\u200b"
_LONG_WORD = re.compile(r"\S{25,}")


def wrappable(text: str) -> str:
    """Text whose overlong words (a URL, a 40-letter compound) may break anywhere.

    A word-wrapping label never breaks inside a word, so one very long word
    would make the whole quiz panel wider than the window; a zero-width space
    every 12 characters of such a word lets it wrap, and shows nothing.
    """
    return _LONG_WORD.sub(lambda m: ZWSP.join(_chunks(m.group(0), 12)), text)


def _chunks(word: str, size: int) -> list[str]:
    return [word[i : i + size] for i in range(0, len(word), size)]


class PlainLabel(QLabel):
    """A label that shows teacher text exactly (no HTML), wrapping even long words."""

    def __init__(self, parent: QWidget | None = None, wrap: bool = True):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)

    def setText(self, text: str) -> None:
        super().setText(wrappable(text) if self.wordWrap() else text)

    def text(self) -> str:
        """The text as given (without the invisible break points)."""
        return super().text().replace(ZWSP, "")


def plain_label(text: str = "", parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """A label that shows teacher text exactly (no HTML), wrapping long lines."""
    label = PlainLabel(parent, wrap)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def set_mark(label: QLabel, right: bool | None) -> None:
    """Show ✓ (right), ✗ (wrong) or nothing (None) in a mark label."""
    if right is None:
        label.clear()
        label.setAccessibleName("")
        return
    label.setText(RIGHT_MARK if right else WRONG_MARK)
    colour = "#1b7a2e" if right else "#b3261e"
    label.setStyleSheet(f"color: {colour}; font-weight: bold;")
    label.setAccessibleName(
        QCoreApplication.translate("AnswerWidget", "right")
        if right
        else QCoreApplication.translate("AnswerWidget", "wrong")
    )


class AnswerWidget(QWidget):
    """The common interface the quiz panel relies on."""

    changed = Signal()
    submit_requested = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._locked = False

    def response(self) -> Any | None:
        """The response in the scripting API's shape, or None while there is nothing to check."""
        raise NotImplementedError

    def set_response(self, response: Any) -> None:
        """Show a response given earlier (canonical shape)."""
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """The controls that change the response (disabled when locked)."""
        return []

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        for widget in self.inputs():
            widget.setEnabled(not locked)

    def locked(self) -> bool:
        return self._locked

    def reveal(self, grade: Grade | None) -> None:
        """Mark right and wrong parts once the question is done (None clears the marks)."""

    def pick_number(self, number: int) -> bool:
        """Keys 1–9: pick or toggle the n-th shown choice. True if it did something."""
        return False

    def activate(self) -> None:
        """The widget is now the current question's."""

    def deactivate(self) -> None:
        """The learner moved to another question, or the quiz closed."""

    def focus_first(self) -> None:
        inputs = [w for w in self.inputs() if w.isEnabled()]
        if inputs:
            inputs[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1–9 pick a choice; Enter (from any field or button inside) asks to check."""
        if self.handle_number_key(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            self.submit_requested.emit()
            return
        super().keyPressEvent(event)

    def handle_number_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        digit = modifiers == Qt.KeyboardModifier.NoModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9
        if digit and not self._locked and self.pick_number(key - Qt.Key.Key_0):
            event.accept()
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Re-set interface strings after a language switch."""


class ClickLabel(PlainLabel):
    """A wrapping plain-text label that clicks its button, like a checkbox's own text."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(text)
        self.button = button
        policy = self.sizePolicy()  # keeps the height-for-width that word wrap asks for
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class OptionList(AnswerWidget):
    """Numbered options, each a button (its number) and a wrapping label (its text)."""

    exclusive = True

    def __init__(self, question: Question, labels: list[str], parent: QWidget | None = None):
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.exclusive)
        self.buttons: list[QAbstractButton] = []
        self.labels: list[ClickLabel] = []
        self.marks: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(8)
        for row, text in enumerate(labels):
            button: QAbstractButton = (
                QRadioButton(str(row + 1), self)
                if self.exclusive
                else QCheckBox(str(row + 1), self)
            )
            button.setAccessibleName(text)
            label = ClickLabel(text, button, self)
            mark = QLabel(self)
            mark.setMinimumWidth(mark.fontMetrics().horizontalAdvance(RIGHT_MARK) + 4)
            self.group.addButton(button, row)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mark, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 2)
            self.buttons.append(button)
            self.labels.append(label)
            self.marks.append(mark)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def inputs(self) -> list[QWidget]:
        return list(self.buttons)

    def checked_rows(self) -> list[int]:
        return [row for row, b in enumerate(self.buttons) if b.isChecked()]

    def pick_number(self, number: int) -> bool:
        if number > len(self.buttons):
            return False
        button = self.buttons[number - 1]
        button.click()
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def set_checked_rows(self, rows: set[int]) -> None:
        self.group.setExclusive(False)
        for row, button in enumerate(self.buttons):
            button.setChecked(row in rows)
        self.group.setExclusive(self.exclusive)
        self.changed.emit()

    def set_marks(self, marks: list[bool | None]) -> None:
        for label, value in zip(self.marks, marks, strict=True):
            set_mark(label, value)


class ChoiceAnswer(OptionList):
    """`choice`: one radio button per option, in the session's display order."""

    exclusive = True

    def __init__(
        self, question: ChoiceQuestion, order: tuple[int, ...], parent: QWidget | None = None
    ):
        self.order = tuple(order)
        super().__init__(question, [question.options[i].text for i in self.order], parent)
        self.choice = question

    def response(self) -> Any | None:
        rows = self.checked_rows()
        return self.order[rows[0]] if rows else None

    def set_response(self, response: Any) -> None:
        rows = {self.order.index(response)} if response is not None else set()
        self.set_checked_rows(rows)

    def reveal(self, grade: Grade | None) -> None:
        if grade is None:
            self.set_marks([None] * len(self.order))
            return
        picked = set(self.checked_rows())
        marks: list[bool | None] = []
        for row, index in enumerate(self.order):
            right = self.choice.options[index].correct
            marks.append(True if right else (False if row in picked else None))
        self.set_marks(marks)


class MultiAnswer(ChoiceAnswer):
    """`multi`: one check box per option; keys 1–9 toggle."""

    exclusive = False

    def __init__(
        self, question: MultiQuestion, order: tuple[int, ...], parent: QWidget | None = None
    ):
        super().__init__(question, order, parent)

    def response(self) -> Any | None:
        rows = self.checked_rows()
        return frozenset(self.order[r] for r in rows) if rows else None

    def set_response(self, response: Any) -> None:
        self.set_checked_rows({self.order.index(i) for i in (response or ())})

    def reveal(self, grade: Grade | None) -> None:
        if grade is None:
            self.set_marks([None] * len(self.order))
            return
        picked = set(self.checked_rows())
        marks: list[bool | None] = []
        for row, index in enumerate(self.order):
            right = self.choice.options[index].correct
            if row in picked:
                marks.append(right)
            else:
                marks.append(True if right else None)
        self.set_marks(marks)


class TrueFalseAnswer(OptionList):
    """`truefalse`: Vrai / Faux, and « Non mentionné » when the question offers it."""

    exclusive = True

    def __init__(self, question: TrueFalseQuestion, parent: QWidget | None = None):
        self.values: list[Any] = [True, False] + ([NOT_GIVEN] if question.offers_not_given else [])
        super().__init__(question, ["" for _ in self.values], parent)
        self.truefalse = question
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = {True: self.tr("True"), False: self.tr("False"), NOT_GIVEN: self.tr("Not given")}
        for value, label, button in zip(self.values, self.labels, self.buttons, strict=True):
            label.setText(names[value])
            button.setAccessibleName(names[value])

    def response(self) -> Any | None:
        rows = self.checked_rows()
        return self.values[rows[0]] if rows else None

    def set_response(self, response: Any) -> None:
        rows = set()
        for row, value in enumerate(self.values):
            if response is not None and value == response and type(value) is type(response):
                rows.add(row)
        self.set_checked_rows(rows)

    def reveal(self, grade: Grade | None) -> None:
        if grade is None:
            self.set_marks([None] * len(self.values))
            return
        picked = set(self.checked_rows())
        answer = self.truefalse.answer
        marks: list[bool | None] = []
        for row, value in enumerate(self.values):
            right = value == answer and type(value) is type(answer)
            marks.append(True if right else (False if row in picked else None))
        self.set_marks(marks)


def make_answer_widget(question: Question, session: Any, passage: Any) -> AnswerWidget:
    """The widget for `question`, in the session's display orders.

    `passage` is the PassageView, needed by `locate` questions only.
    """
    from quizapp.core.model import (
        ClozeQuestion,
        LocateQuestion,
        MatchQuestion,
        OrderQuestion,
        ShortQuestion,
    )
    from quizapp.gui.answer_widgets_arrange import LocateAnswer, MatchAnswer, OrderAnswer
    from quizapp.gui.answer_widgets_text import ClozeAnswer, ShortAnswer

    if isinstance(question, MultiQuestion):
        return MultiAnswer(question, session.option_order(question.id))
    if isinstance(question, ChoiceQuestion):
        return ChoiceAnswer(question, session.option_order(question.id))
    if isinstance(question, TrueFalseQuestion):
        return TrueFalseAnswer(question)
    if isinstance(question, ShortQuestion):
        return ShortAnswer(question)
    if isinstance(question, ClozeQuestion):
        return ClozeAnswer(question)
    if isinstance(question, MatchQuestion):
        return MatchAnswer(question, session.right_order(question.id))
    if isinstance(question, OrderQuestion):
        return OrderAnswer(question, session.item_order(question.id))
    if isinstance(question, LocateQuestion):
        return LocateAnswer(question, passage)
    raise TypeError(f"no answer widget for a {type(question).__name__}")
