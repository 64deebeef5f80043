"""What every answer widget shares: the widget contract, plain labels, and ✓/✗ marks."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from quizapp.core.model import (
    Grade,
    Question,
)
from quizapp.gui.quiz import look
from quizapp.gui.window.theme import Theme

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


def set_mark(label: QLabel, right: bool | None, theme: Theme | None = None) -> None:
    """Show ✓ (right), ✗ (wrong) or nothing (None) in a mark label, in the theme's colour."""
    if right is None:
        label.clear()
        label.setAccessibleName("")
        return
    label.setText(RIGHT_MARK if right else WRONG_MARK)
    label.setStyleSheet(look.mark(theme or Theme(), right))
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
        self.theme = Theme()
        self.grade: Grade | None = None  # what `reveal` shows, re-shown on a new theme

    def set_theme(self, theme: Theme) -> None:
        """Re-style for a new palette or zoom (marks included)."""
        self.theme = theme
        self.setStyleSheet(f"QWidget {{ {look.option(theme)} }}")
        self.reveal(self.grade)

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

    def has_english(self) -> bool:
        """Whether the answer has English of its own (options) for the EN toggle."""
        return False

    def show_english(self, on: bool) -> None:
        """Show or hide that English (the question's EN toggle)."""

    def fold_others(self, on: bool) -> None:
        """Once marked on a short pane: hide the parts that say nothing new (options)."""

    def fold_extra(self) -> int:
        """The height the folded parts would add back (0: nothing folded)."""
        return 0

    def picked(self) -> QWidget | None:
        """The part showing the learner's pick, kept in view with the verdict (None: all)."""
        return None

    def picked_text(self) -> str:
        """The pick in words, said under the verdict when it can't stay in view ("": none)."""
        return ""

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
