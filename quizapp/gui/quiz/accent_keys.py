"""The accent keys under a typed answer: é è à ç … as small key caps, in one row.

Many learners type on keyboards without French accents. A click on a key inserts
its letter at the cursor of the field being typed in, and typing simply goes on:
the keys never take the focus from a click. The keys come in the order French uses
them (é first, then è à ç ê …), the rare ones last, and a few extras (â, « ») only
when the row has room for them: one row at the usual sizes. Shift held (in the
field or on the row) types the capital (É, À, Ç), and the keys show capitals while
it is down. The row is one Tab stop of its own, between the field and Check:
← → Home End move a ring along the keys, Enter or Space inserts the ringed one and
hands the focus back to the field. Quiet key caps from the theme (`stylesheet_quiz`),
never as loud as the primary button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLayoutItem, QLineEdit, QToolButton, QWidget

from quizapp.gui.quiz.buttons import Flow, set_prop
from quizapp.gui.window.theme import Theme

NBSP = "\u00a0"
# by how often French writes them; the last three rarely
ACCENTS = ("é", "è", "à", "ç", "ê", "ô", "î", "û", "ù", "œ", "ë", "ï", "ü")
EXTRAS = (("â",), ("«", "»"))  # shown after them, each group only while the row has room
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
        self.shift = False  # Shift held: the keys show and type capitals
        self.pad = 4  # room each side of a key's letter (`set_theme`)
        for char in ACCENTS + tuple(c for group in EXTRAS for c in group):
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
        gap = theme.space(0.375)
        self.flow.set_gaps(gap, gap)
        self.pad = theme.space(0.5)
        self._size_keys()
        self._fit_extras(self.width())

    def _size_keys(self) -> None:
        """Every key as wide as the widest letter (capital or not; Œ uses some of its air)
        and a little air: an even row of caps, thirteen of them in a narrow pane; a key
        whose style needs more (œ under the window's style sheet) keeps its own width."""
        widest = 0
        for char, button in self.buttons.items():
            button.ensurePolished()
            metrics = button.fontMetrics()
            shown = (char,) if char == "œ" else (char, char.upper())  # Œ: within the air
            widest = max(widest, *(metrics.horizontalAdvance(c) for c in shown))
        for button in self.buttons.values():  # never narrower than its style needs (œ)
            button.setFixedWidth(max(widest + 2 * self.pad + 2, button.sizeHint().width()))

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style sheet (a zoom): the keys measured again, at once, so the
        row never shows a layout that is about to change."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_keys()
            self._fit_extras(self.width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_keys()
        self._fit_extras(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_extras(event.size().width())

    def _fit_extras(self, width: int) -> None:
        """The extra keys, a group at a time, while the row keeps them in one line."""
        if width <= 0:
            return
        pitch = self.buttons[ACCENTS[0]].width() + self.flow.spacing()
        room = (width + self.flow.spacing()) // max(1, pitch) - len(ACCENTS)
        for group in EXTRAS:
            fits = room >= len(group)
            room -= len(group) if fits else room
            for char in group:
                self.buttons[char].setVisible(fits)
        self.current = min(self.current, len(self.shown_keys()) - 1)

    def retranslate_ui(self) -> None:
        for char, button in self.buttons.items():
            if char in INSERTS:
                button.setToolTip(self.tr("Insert %1 with its no-break space").replace("%1", char))
            else:
                button.setToolTip(
                    self.tr("Insert %1 (with Shift held: %2)")
                    .replace("%1", char)
                    .replace("%2", char.upper())
                )
            button.setAccessibleName(self.tr("Insert %1").replace("%1", char))
        self.setAccessibleName(self.tr("Accented letters"))
        self.setAccessibleDescription(
            self.tr("Left and right arrows choose, Enter inserts; Shift for capitals")
        )

    def attach(self, field: QLineEdit) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = field
        field.installEventFilter(self)

    def set_shift(self, on: bool) -> None:
        """Capitals on the keys (and typed) while Shift is held."""
        if on == self.shift:
            return
        self.shift = on
        for char, button in self.buttons.items():
            button.setText(char.upper() if on and char not in INSERTS else char)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift pressed or released in the field being typed in: the keys follow."""
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if event.key() == Qt.Key.Key_Shift:  # type: ignore[attr-defined]
                self.set_shift(kind == QEvent.Type.KeyPress)
        elif kind == QEvent.Type.FocusOut:
            self.set_shift(False)  # its release may go elsewhere
        return False

    def insert(self, char: str, upper: bool | None = None) -> None:
        field = self.target
        if field is None or not field.isEnabled() or field.isReadOnly():
            return
        if upper is None:
            held = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
            upper = self.shift or bool(held)
        text = accent_text(char, upper)
        field.insert(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inserted.emit(text)

    # -- the keyboard: one Tab stop, a ring that moves along the keys --------------
    def shown_keys(self) -> list[QToolButton]:
        """The keys shown (an extra the row has no room for is not one)."""
        return [b for b in self.buttons.values() if not b.isHidden()]

    def ringed(self) -> QToolButton | None:
        """The key the ring is on, while the row has the keyboard focus."""
        return self.shown_keys()[self.current] if self.hasFocus() else None

    def _ring(self) -> None:
        for index, button in enumerate(self.shown_keys()):
            on = self.hasFocus() and index == self.current
            set_prop(button, "ring", "true" if on else "false")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._ring()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.set_shift(False)
        self._ring()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Shift:
            self.set_shift(False)
        super().keyReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, count = event.key(), len(self.shown_keys())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Shift:
            self.set_shift(True)
        elif key in MOVES:
            self.current = (self.current + MOVES[key]) % count  # type: ignore[index]
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.current = 0 if key == Qt.Key.Key_Home else count - 1
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            ringed = self.shown_keys()[self.current]
            char = next(c for c, b in self.buttons.items() if b is ringed)
            self.insert(char, shift or self.shift)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
        self._ring()
