"""The accent keys under a typed answer: é è ê à ç … as small key caps.

Many learners type on keyboards without French accents. A click on a key inserts
its letter at the cursor of the field being typed in (Shift+click: the capital),
and typing simply goes on: the keys never take the focus from a click. The row is
one Tab stop of its own, between the field and Check (seventeen stops would make
Check far): ← → Home End move a ring along the keys, Enter or Space inserts the
ringed one and hands the focus back to the field. Quiet key caps from the theme
(`stylesheet_quiz`), never as loud as the primary button.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLayoutItem, QLineEdit, QToolButton, QWidget

from quizapp.gui.quiz.buttons import Flow, set_prop
from quizapp.gui.window.theme import Theme

NBSP = "\u00a0"
ACCENTS = ("é", "è", "ê", "ë", "à", "â", "ç", "î", "ï", "ô", "û", "ù", "ü", "ÿ", "œ", "«", "»")
# « and » come with the no-break space French puts inside the quotes
INSERTS = {"«": "«" + NBSP, "»": NBSP + "»"}
MOVES = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
}


class KeyFlow(Flow):
    """The keys in rows of even length: never a lone « » » on a row of its own."""

    def _balance(self, lines: list[list[tuple[QLayoutItem, QSize]]]) -> None:
        items = [entry for line in lines for entry in line]
        if len(lines) < 2 or not items:
            return
        rows = len(lines)  # as many rows, their lengths within one of each other
        base, extra = divmod(len(items), rows)
        lines.clear()
        for row in range(rows):
            take = base + (1 if row < extra else 0)
            lines.append(items[:take])
            items = items[take:]


def accent_text(char: str, upper: bool) -> str:
    """What a key inserts (Shift gives the capital: É, À, Ç, Œ)."""
    if char in INSERTS:
        return INSERTS[char]
    return char.upper() if upper else char


class AccentPalette(QWidget):
    """A row of accent keys that type into the field last focused."""

    inserted = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.target: QLineEdit | None = None
        self.buttons: dict[str, QToolButton] = {}
        self.current = 0  # the key the ring is on while the row has the keyboard focus
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flow = KeyFlow(self, spacing=4, line_spacing=4)  # `set_theme`
        for char in ACCENTS:
            button = QToolButton(self)
            button.setText(char)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("keycap", "true")
            button.setProperty("ring", "false")
            button.clicked.connect(lambda _=False, c=char: self.insert(c))
            self.flow.addWidget(button)
            self.buttons[char] = button
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        """Gaps between the keys, scaled with the zoom."""
        gap = theme.space(0.75)
        self.flow.set_gaps(gap, gap)

    def retranslate_ui(self) -> None:
        for char, button in self.buttons.items():
            if char in INSERTS:
                button.setToolTip(self.tr("Insert %1 with its no-break space").replace("%1", char))
            else:
                button.setToolTip(
                    self.tr("Insert %1 (Shift+click: %2)")
                    .replace("%1", char)
                    .replace("%2", char.upper())
                )
            button.setAccessibleName(self.tr("Insert %1").replace("%1", char))
        self.setAccessibleName(self.tr("Accented letters"))
        self.setAccessibleDescription(self.tr("Left and right arrows choose, Enter inserts"))

    def attach(self, field: QLineEdit) -> None:
        self.target = field

    def insert(self, char: str, upper: bool | None = None) -> None:
        field = self.target
        if field is None or not field.isEnabled() or field.isReadOnly():
            return
        if upper is None:
            upper = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
        text = accent_text(char, upper)
        field.insert(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inserted.emit(text)

    # -- the keyboard: one Tab stop, a ring that moves along the keys --------------
    def keys(self) -> list[QToolButton]:
        return list(self.buttons.values())

    def ringed(self) -> QToolButton | None:
        """The key the ring is on, while the row has the keyboard focus."""
        return self.keys()[self.current] if self.hasFocus() else None

    def _ring(self) -> None:
        for index, button in enumerate(self.keys()):
            on = self.hasFocus() and index == self.current
            set_prop(button, "ring", "true" if on else "false")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._ring()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._ring()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, count = event.key(), len(self.buttons)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in MOVES:
            self.current = (self.current + MOVES[key]) % count  # type: ignore[index]
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.current = 0 if key == Qt.Key.Key_Home else count - 1
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.insert(ACCENTS[self.current], shift)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
        self._ring()
