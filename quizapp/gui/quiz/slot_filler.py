"""Filling a question's slots from its word bank, by tap, key or a saved answer.

A chip tapped fills the active slot; once its word is used up (placed as many
times as the slots may need it: `copies`, once unless said) it leaves the bank, and
comes back, at its own place, when a slot holding it is emptied (a click on the slot,
or Backspace/Delete). The other chips keep their order. After a tap that uses a word up the
focus never stays on its chip (its ring read as "selected"): a keyboard goes
on to the next word to place, or
to Check once nothing is left to place; after a click the focus goes quietly to
the answer, so Enter and the keys 1–9 still work, with no ring anywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from quizapp.gui.quiz.buttons import set_prop
from quizapp.gui.quiz.word_bank import Chip, Slot, TapButton, WordBank


class SlotFiller(QObject):
    """Fills `slots` from `bank`'s chips; `changed` after every change of a value."""

    changed = Signal()

    def __init__(
        self,
        slots: list[Slot],
        bank: WordBank,
        name: Callable[[int, str], str],
        parent: QWidget,
        copies: dict[str, int] | None = None,
    ):
        super().__init__(parent)
        self.answer = parent  # focused, ring-less, after a click: its keys still work
        self.slots = slots
        self.bank = bank
        self.name = name  # (slot number from 1, value or "") -> the slot's accessible name
        self.copies = copies or {}  # how many slots a word may fill (1 unless said)
        self.active: int | None = 0 if slots else None
        self.locked = False
        for index, slot in enumerate(slots):
            slot.clicked.connect(lambda _=False, i=index: self.tap_slot(i))
        for chip in bank.chips:
            chip.clicked.connect(lambda _=False, c=chip: self.tap_chip(c))
            chip.enter_taps = self._target_exists
        self.refresh()

    def values(self) -> list[str]:
        return [slot.value for slot in self.slots]

    def set_values(self, values: list[str]) -> None:
        self.locked = False
        for slot, value in zip(self.slots, values, strict=False):
            slot.value = value or ""
        self.active = self._next_empty(0)
        self.refresh()

    def tap_slot(self, index: int) -> None:
        """A filled slot empties (its chip comes back); either way it becomes the one the
        next chip fills."""
        slot = self.slots[index]
        emptied = bool(slot.value)
        slot.value = ""
        self.active = index
        self.refresh()
        if emptied:
            self.changed.emit()

    def _target(self) -> int | None:
        return self.active if self.active is not None else self._next_empty(0)

    def _target_exists(self) -> bool:
        return self._target() is not None

    def tap_chip(self, chip: Chip) -> None:
        """The chip's word into the active slot (the focus leaves the chip it used up);
        a word used up is taken back from its last slot instead."""
        if self._used_up(chip.word):
            self.take_back(chip.word)
            return
        if not self._target_exists():
            return
        focused = chip.hasFocus()
        if focused:  # parked first, as before any move of the focus
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fill(chip.word)
        if focused and (self._used_up(chip.word) or not self._target_exists()):
            self._focus_after(chip)
        elif focused:
            chip.setFocus(Qt.FocusReason.OtherFocusReason)

    def take_back(self, word: str) -> None:
        """The last slot holding `word` empties and becomes the one the next chip fills."""
        index = max((i for i, v in enumerate(self.values()) if v == word), default=None)
        if index is not None:
            self.tap_slot(index)

    def fill(self, word: str) -> None:
        index = self._target()
        if index is None or self._used_up(word):
            return  # every slot is filled (tap one to change it), or the word is placed
        self.slots[index].value = word
        self.active = self._next_empty(index + 1)
        if self.active is None:
            self.active = self._next_empty(0)
        self.refresh()
        self.changed.emit()

    def pick(self, number: int) -> bool:
        """Keys 1–9: the n-th chip still in the bank, as if tapped."""
        chips = [chip for chip in self.bank.chips if not chip.isHidden()]
        if not 1 <= number <= len(chips) or not chips[number - 1].isEnabled():
            return False
        TapButton.keyboard = True
        chips[number - 1].click()
        return True

    def _used_up(self, word: str) -> bool:
        return self.values().count(word) >= self.copies.get(word, 1)

    def _next_empty(self, start: int) -> int | None:
        return next((i for i in range(start, len(self.slots)) if not self.slots[i].value), None)

    def _focus_after(self, chip: Chip) -> None:
        """Keyboard: the next word still to place, else what follows the bank (Check);
        mouse: the answer itself, which shows no ring."""
        if not TapButton.keyboard:
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        chips = self.bank.chips
        start = chips.index(chip)
        if self._target_exists():
            for other in chips[start + 1 :] + chips[:start]:
                if other.isEnabled() and not other.isHidden():
                    other.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        after = _next_in_chain(chips[-1])
        (after or self.answer).setFocus(Qt.FocusReason.TabFocusReason)

    def refresh(self) -> None:
        values = self.values()
        for index, slot in enumerate(self.slots):
            slot.setText(slot.value.replace("&", "&&"))
            set_prop(slot, "blank", "filled" if slot.value else "empty")
            set_prop(slot, "active", "true" if index == self.active else "false")
            slot.setAccessibleName(self.name(index + 1, slot.value))
            slot.updateGeometry()
        for chip in self.bank.chips:
            chip.set_placed(values.count(chip.word), self._used_up(chip.word))
            chip.setEnabled(not self.locked)
        self.bank.set_count(sum(1 for v in values if v), len(self.slots))

    def retranslate_ui(self) -> None:
        for chip in self.bank.chips:
            chip.retranslate_ui()
        self.refresh()

    def lock(self) -> None:
        """Answered: no slot is waiting for a word any more, no chip can be tapped."""
        self.locked = True
        self.active = None
        for slot in self.slots:
            set_prop(slot, "active", "false")
        for chip in self.bank.chips:
            chip.setEnabled(False)


def _next_in_chain(widget: QWidget) -> QWidget | None:
    """The next widget Tab would reach after `widget` (visible, enabled, tabbable)."""
    other = widget.nextInFocusChain()
    for _ in range(500):
        if other is None or other is widget:
            return None
        tabbable = bool(other.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tabbable and other.isVisible() and other.isEnabled():
            return other
        other = other.nextInFocusChain()
    return None
