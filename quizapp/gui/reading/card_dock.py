"""Where the gloss card sits: a note in the margin by its word, or a bottom panel.

A mixin of `GlossPopover` (gloss_card.py); `card_place.py` decides which. Beside the
column, a margin note over no text; docked, it fills the strip the passage gave up
at its foot, with a rounded top edge and a ✕, and covers no text either.
Its measure too: as wide as its lines up to a limit, and, docked, no taller than
the room left, its lines scrolling inside (`card_lines.CardLines`). Its buttons keep to
one row: too wide, their keycaps go, then « ✓ Added » is said briefly, then « In English »;
only a margin narrower still stacks them, one under the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton

from quizapp.gui.reading.card_answers import FIRST_SENSES

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import (
        QGraphicsDropShadowEffect,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )

    from quizapp.gui.reading.key_button import KeyButton


class CardPosition:
    """Placing the card (`self` is the QFrame of `GlossPopover`)."""

    GAP = 8  # between the card and the sentence it keeps clear of
    docked = False
    shadow: QGraphicsDropShadowEffect
    close_button: QToolButton
    translate_button: KeyButton
    known_button: KeyButton
    body: QVBoxLayout
    buttons: QWidget
    foot: QWidget
    widest: int | None
    limit: int | None
    _short = False  # a margin note's buttons without their keycaps, so they keep to one row
    _brief_note = False  # then « ✓ Added » alone, so a docked card's row stays one row
    _terse = False  # and then the button's shorter words too

    def _button_text(self) -> None:
        """One wording that says it is the sentence; short labels drop the keycaps first
        (the tooltips keep the keys), terse ones then say it in fewer words."""
        button, translate = self.translate_button, QCoreApplication.translate
        if button.isChecked():
            hide = translate("GlossPopover", "Hide English", "terse: a narrow card's row")
            button.setText(hide if self._terse else translate("GlossPopover", "Hide the English"))
        else:
            terse = translate("GlossPopover", "In English", "terse: the sentence's English")
            whole = translate("GlossPopover", "Sentence in English")
            button.setText(terse if self._terse else whole)
        button.setToolTip(translate("GlossPopover", "The sentence’s English, in this card (T)"))
        for key_button in (button, self.known_button):
            key_button.keycap.setVisible(not self._short)
        saved, label = translate("GlossPopover", "✓ Added to my words"), self.saved_label  # type: ignore[attr-defined]
        brief = self._terse or self._brief_note
        label.setText(
            translate("GlossPopover", "✓ Added", "terse: to my words") if brief else saved
        )
        label.setToolTip(saved if brief else "")

    def brief_note(self, on: bool) -> None:
        """A row still too wide without its keycaps: « ✓ Added » (its tooltip says where)."""
        if self._brief_note != on:
            self._brief_note = on
            self._button_text()
            self._rebuild()  # type: ignore[attr-defined]

    def terse_labels(self, on: bool) -> None:
        """And still too wide: « In English » too."""
        if self._terse != on:
            self._terse = on
            self._button_text()
            self.translate_button.updateGeometry()
            self.buttons.layout().activate()
            self._rebuild()  # type: ignore[attr-defined]

    def short_labels(self, on: bool) -> None:
        """In a margin too narrow for the buttons' row: their keycaps go first."""
        if self._short != on:
            self._short = on
            self._button_text()
            self.translate_button.updateGeometry()
            self.known_button.updateGeometry()
            self.buttons.layout().activate()
            self._rebuild()  # type: ignore[attr-defined]

    def side_at(self, top_left: QPoint) -> None:
        """A margin note at `top_left`, beside the text column: over no text; an accent
        edge toward the word (stylesheet_reading.py)."""
        self._set_docked(False)
        self._set_side(True)
        self._fit()
        self.move(top_left)
        self._open()

    def _set_side(self, on: bool) -> None:
        if (self.property("side") == "true") != on:
            self.setProperty("side", "true" if on else None)
            self.style().unpolish(self)
            self.style().polish(self)

    def dock_at(self, foot: QRect) -> None:
        """A panel filling `foot` (the strip the passage gave up at its bottom): a bottom
        sheet with a rounded top edge and a ✕, over nothing of the text."""
        self._set_docked(True)
        self._set_side(False)
        self.setGeometry(foot)
        self._open()

    def _set_docked(self, on: bool) -> None:
        if on != self.docked:
            self.docked = on
            self.setProperty("dock", "true" if on else None)
            self.shadow.setEnabled(not on)
            self.style().unpolish(self)
            self.style().polish(self)
        self.close_button.setVisible(on)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        side = self.close_button.sizeHint()
        margins = self.body.contentsMargins()
        self.close_button.move(
            self.width() - side.width() - margins.right() // 2, margins.top() // 2
        )

    def _open(self) -> None:
        if not self.isVisible():  # a card opens at its top: the headword first
            self.scroller.verticalScrollBar().setValue(0)  # type: ignore[attr-defined]
        self.show()
        self.raise_()
        self.close_button.raise_()
        # the card itself takes the keys (Esc, T, K): no button looks pressed by a ring
        # the learner never asked for; Tab reaches the buttons, their ring shown then
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- measure -------------------------------------------------------------
    def stack_buttons(self, on: bool) -> None:
        """The buttons one under the other (a margin note narrower than their row), or in
        one row; laid out again when that changes."""
        row = self.buttons.layout()
        direction = QBoxLayout.Direction.TopToBottom if on else QBoxLayout.Direction.LeftToRight
        if row.direction() == direction:
            return
        row.setDirection(direction)
        for index in range(row.count()):
            widget = row.itemAt(index).widget()
            if widget is not None:  # left-aligned, as wide as their words
                row.setAlignment(widget, Qt.AlignmentFlag.AlignLeft if on else Qt.AlignmentFlag(0))
        row.activate()  # measured now, not when the layout request comes
        self.buttons.updateGeometry()
        self._rebuild()

    def needed_width(self) -> int:
        """The card's width with its whole row of buttons (measured afresh: a cached hint
        of the card may predate a button's new words)."""
        row = self.buttons.layout()
        row.invalidate()
        margins, frame = self.body.contentsMargins(), self.contentsMargins()
        sides = margins.left() + margins.right() + frame.left() + frame.right()
        return max(self.sizeHint().width(), row.sizeHint().width() + sides)

    def buttons_stacked(self) -> bool:
        return self.buttons.layout().direction() == QBoxLayout.Direction.TopToBottom

    def widen(self, width: int | None, limit: int | None = None) -> None:
        """At most `width` wide (None: the card's own measure) and `limit` tall (None: as
        tall as its lines), laid out again."""
        if (width, limit) != (self.widest, self.limit):
            self.widest, self.limit = width, limit
            self._cap = FIRST_SENSES  # a dictionary's senses, all three tried again
            self._rebuild()

    def _room(self) -> int | None:
        """How tall the lines may be within `limit`, under the margins and above the buttons."""
        if self.limit is None:
            return None
        margins = self.body.contentsMargins()
        buttons = self.buttons.sizeHint().height() if not self.buttons.isHidden() else 0
        if not self.foot.isHidden():  # « ✓ Added to my words », the source
            buttons += self.foot.sizeHint().height()
        frame = self.contentsMargins()  # the style sheet's border and padding
        chrome = margins.top() + margins.bottom() + frame.top() + frame.bottom()
        return self.limit - chrome - buttons

    def _fit(self) -> None:
        """Its size from the lines it has now (a rebuild leaves the layout's cache stale)."""
        self.body.invalidate()
        self.body.activate()
        self.resize(self.sizeHint())

    def _collapse(self) -> None:
        self.translate_button.blockSignals(True)
        self.translate_button.setChecked(False)
        self.translate_button.blockSignals(False)

    def _show_row(self) -> None:
        notes = (self.saved_label, self.remove_button, self.source_caption)  # type: ignore[attr-defined]
        noted = any(not label.isHidden() for label in notes)
        row, foot = self.buttons.layout(), self.foot.layout()
        into = row if self.compact else foot  # type: ignore[attr-defined]
        for place, label in enumerate(notes):  # compact: at the row's end, not a line
            if into.indexOf(label) < 0:  # of their own
                shown = not label.isHidden()
                (foot if into is row else row).removeWidget(label)
                label.setParent(self.buttons if into is row else self.foot)
                first = into is foot and place < 2  # the foot: ✓ Remove left, source right
                into.insertWidget(place if first else into.count(), label)
                label.setVisible(shown)
        shown = [b for b in self.buttons.findChildren(QPushButton) if not b.isHidden()]
        self.buttons.setVisible(bool(shown) or (noted and into is row))
        self.foot.setVisible(noted and into is foot)
