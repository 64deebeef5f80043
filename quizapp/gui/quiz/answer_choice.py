"""Answers picked from a list: `choice`, `multi` and `truefalse`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
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
from quizapp.gui.quiz import look
from quizapp.gui.quiz.answer_base import (
    RIGHT_MARK,
    AnswerWidget,
    PlainLabel,
    set_mark,
)
from quizapp.gui.quiz.buttons import KeyCheck, KeyRadio, set_prop
from quizapp.gui.quiz.option_fold import OptionFold
from quizapp.gui.window.theme import Theme


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
            event.accept()  # not again by the card around it
            return
        super().mouseReleaseEvent(event)


class OptionCard(QFrame):
    """One option as a rounded card: a click anywhere on it clicks its button."""

    def __init__(self, button: QAbstractButton, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = button
        self.setProperty("option", "plain")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class OptionList(AnswerWidget):
    """Numbered options, each a card: its key badge (the button), its text, its mark."""

    exclusive = True

    def __init__(self, question: Question, labels: list[str], parent: QWidget | None = None):
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.exclusive)
        self.buttons: list[QAbstractButton] = []
        self.cards: list[OptionCard] = []
        self.labels: list[ClickLabel] = []
        self.marks: list[QLabel] = []
        self.english: list[ClickLabel] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.inner: list[QGridLayout] = []
        for row, text in enumerate(labels):
            button: QAbstractButton = (
                KeyRadio(str(row + 1), self) if self.exclusive else KeyCheck(str(row + 1), self)
            )
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(text)
            card = OptionCard(button, self)
            button.setParent(card)
            label = ClickLabel(text, button, card)
            mark = QLabel(card)
            mark.setMinimumWidth(mark.fontMetrics().horizontalAdvance(RIGHT_MARK) + 4)
            english = ClickLabel("", button, card)  # the option's English, under it
            english.hide()
            self.group.addButton(button, row)
            grid = QGridLayout(card)
            grid.setColumnStretch(1, 1)
            grid.addWidget(button, 0, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, 0, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(mark, 0, 2, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(english, 1, 1)
            self.column.addWidget(card)
            self.inner.append(grid)
            self.buttons.append(button)
            self.cards.append(card)
            self.labels.append(label)
            self.marks.append(mark)
            self.english.append(english)
        self.fold = OptionFold(self.cards, self)  # a short pane, once marked: the rest fold
        self.column.addWidget(self.fold.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.keys = QLabel(self)  # a calm line under the cards: the keys that pick
        self.keys.setProperty("tone", "muted")
        self.keys.setProperty("edge_whole", True)  # the scroll's foot shows it whole or not at all
        self.column.addWidget(self.keys)
        self.keys.setVisible(self.exclusive and 1 < len(labels) < 10)
        self.group.buttonToggled.connect(lambda *_: self._toggled())
        self._key_tips()
        self._states: list[bool | None] = [None] * len(labels)

    def _key_tips(self) -> None:
        """Each option's key, said in its tooltip and to a screen reader (a check box
        no longer draws its number)."""
        for row, button in enumerate(self.buttons):
            tip = QCoreApplication.translate("OptionList", "Key %1").replace("%1", str(row + 1))
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        keys = QCoreApplication.translate("OptionList", "1–%1 to choose · Enter to confirm")
        self.keys.setText(keys.replace("%1", str(len(self.buttons))))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._key_tips()
        self.fold.retranslate()

    def fold_others(self, on: bool) -> None:
        self.fold.fold(on, self._states)

    def fold_extra(self) -> int:
        return self.fold.extra_height(self._states, self.column.spacing())

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        pad, gap = theme.space(1.25), theme.space(1)
        self.column.setSpacing(theme.space(1))
        self.keys.setStyleSheet(look.caption(theme))
        self.fold.button.setStyleSheet(  # a quiet caption-sized link, not a row of its own size
            f"font-size: {theme.ui_px('caption')}px; color: {theme.palette.accent}; padding: 0;"
        )
        for button in self.buttons:
            button.theme = theme  # type: ignore[attr-defined]
            button.updateGeometry()
        for grid in self.inner:
            grid.setContentsMargins(pad, theme.space(0.75), pad, theme.space(0.75))
            grid.setHorizontalSpacing(gap)
            grid.setVerticalSpacing(theme.space(0.25))

    def _toggled(self) -> None:
        self._paint_cards()
        self.changed.emit()

    def _paint_cards(self) -> None:
        """Each card's state: picked, or once marked right, wrong, or the right one missed."""
        for card, button, value in zip(self.cards, self.buttons, self._states, strict=True):
            if value is None:
                state = "checked" if button.isChecked() else "plain"
            elif value:
                state = "right" if button.isChecked() else "missed"
            else:
                state = "wrong"
            set_prop(card, "option", state)
            button.state = state  # type: ignore[attr-defined]  # its badge wears it too
            button.update()
            card.setCursor(
                Qt.CursorShape.PointingHandCursor
                if button.isEnabled()
                else Qt.CursorShape.ArrowCursor
            )

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self._paint_cards()
        self.keys.setVisible(self.exclusive and 1 < len(self.buttons) < 10 and not locked)

    def inputs(self) -> list[QWidget]:
        return list(self.buttons)

    def set_english(self, texts: list[str]) -> None:
        """The options' English (teacher text), shown by the question's EN toggle."""
        for label, text in zip(self.english, texts, strict=True):
            label.setText(text)
            label.setStyleSheet(look.caption(self.theme) + " font-style: italic;")

    def has_english(self) -> bool:
        return any(label.text() for label in self.english)

    def show_english(self, on: bool) -> None:
        for label in self.english:
            label.setVisible(on and bool(label.text()))

    def checked_rows(self) -> list[int]:
        return [row for row, b in enumerate(self.buttons) if b.isChecked()]

    def picked(self) -> QWidget | None:
        rows = self.checked_rows()
        return self.cards[rows[0]] if rows else None

    def picked_text(self) -> str:
        return " · ".join(self.labels[row].text() for row in self.checked_rows())

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
        self._paint_cards()
        self.changed.emit()

    def set_marks(self, marks: list[bool | None]) -> None:
        """✓/✗ beside each option, and its text tinted, readable even once locked."""
        self._states = list(marks)
        for mark, label, value in zip(self.marks, self.labels, marks, strict=True):
            set_mark(mark, value, self.theme)
            kind = None if value is None else ("right" if value else "wrong")
            label.setStyleSheet(look.verdict_text(self.theme, kind))
        if all(value is None for value in marks):
            self.fold.fold(False, self._states)  # open again: every option back
        self._paint_cards()


class ChoiceAnswer(OptionList):
    """`choice`: one radio button per option, in the session's display order."""

    exclusive = True

    def __init__(
        self, question: ChoiceQuestion, order: tuple[int, ...], parent: QWidget | None = None
    ):
        self.order = tuple(order)
        super().__init__(question, [question.options[i].text for i in self.order], parent)
        self.choice = question
        self.set_english([question.options[i].text_en or "" for i in self.order])

    def response(self) -> Any | None:
        rows = self.checked_rows()
        return self.order[rows[0]] if rows else None

    def set_response(self, response: Any) -> None:
        rows = {self.order.index(response)} if response is not None else set()
        self.set_checked_rows(rows)

    def reveal(self, grade: Grade | None) -> None:
        self.grade = grade
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
        # live count: several boxes can be ticked, and this says how many are
        self.count = QLabel(self)
        self.count.setProperty("tone", "muted")
        self.column.addWidget(self.count)
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.count.setStyleSheet(look.caption(theme))

    def _toggled(self) -> None:
        self.retranslate_ui()
        super()._toggled()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if hasattr(self, "count"):
            self.count.setText(self.tr("%n selected", "", len(self.checked_rows())))

    def response(self) -> Any | None:
        rows = self.checked_rows()
        return frozenset(self.order[r] for r in rows) if rows else None

    def set_response(self, response: Any) -> None:
        self.set_checked_rows({self.order.index(i) for i in (response or ())})

    def reveal(self, grade: Grade | None) -> None:
        self.grade = grade
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
        # the prompt is a statement, not a question: say what to do with it, as every
        # other kind's prompt does
        self.ask = QLabel(self)
        self.ask.setProperty("tone", "muted")
        self.ask.setWordWrap(True)
        self.column.insertWidget(0, self.ask)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        ask = self.tr("True, false, or not given in the text?")
        self.ask.setText(ask if NOT_GIVEN in self.values else self.tr("True or false?"))
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
        self.grade = grade
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
