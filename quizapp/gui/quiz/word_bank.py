"""A tappable word bank: word chips under the sentence, and pill slots to fill.

Tapping a chip puts its word in the active slot (the one tapped last, else
the first empty one); tapping a filled slot empties it and makes it the
active one. A word may go in several slots, as the drop-downs allowed and the
question format permits (a word bank's words are not used up): a chip in use
is shown quiet (muted text on a faint fill, a thin solid edge) and stays tappable.
A caption under the bank counts the filled slots (« 3 sur 5 placés »).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.buttons import set_prop
from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.theme import Theme


class TapButton(QPushButton):
    """A chip or a slot: Enter and Space tap it, like a click.

    Enter on a chip with no slot left to fill goes on to the answer, which checks:
    the learner who tapped the last word and presses Enter means "check".
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.enter_taps: Callable[[], bool] = lambda: True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.enter_taps():
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


class Slot(TapButton):
    """A blank in the sentence: a pill as wide as the bank's longest word."""

    def __init__(self, longest: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.longest = longest
        self.value = ""
        self.setProperty("blank", "empty")
        self.setProperty("active", "false")

    def sizeHint(self) -> QSize:
        """Room for the longest word (in the filled slot's weight), whatever the slot
        holds, so every slot of a question has one width and filling never reflows."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        option.text = self.longest
        option.fontMetrics = metrics
        contents = QSize(metrics.horizontalAdvance(self.longest), metrics.height())
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        )
        return QSize(size.width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class Chip(TapButton):
    """One word of the bank."""

    def __init__(self, word: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.word = word
        self.setText(word.replace("&", "&&"))
        self.setProperty("chip", "word")
        self.setProperty("used", "false")


class _Flow(FlowLayout):
    """A flow whose gaps follow the zoom."""

    def set_gaps(self, gap: int) -> None:
        self._spacing = self._line_spacing = gap
        self.invalidate()


class Wrapping:
    """A chip or slot whose text wraps (a match's answers run to whole sentences).

    The style sheet draws the pill (border, padding, colours); the text is
    painted here, word-wrapped inside the padding, in the colour the sheet set.
    """

    def shown(self) -> str:
        raise NotImplementedError

    def _setup_wrapping(self) -> None:
        policy = self.sizePolicy()  # type: ignore[attr-defined]
        if policy.horizontalPolicy() == QSizePolicy.Policy.Minimum:
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # may narrow, and wrap
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # may grow to its wrapped height
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # type: ignore[attr-defined]

    def pads(self, width: int) -> tuple[int, int]:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)  # type: ignore[attr-defined]
        opt.rect = QRect(0, 0, width, 400)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)  # type: ignore[attr-defined]
        return width - inner.width(), 400 - inner.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        pad_w, pad_h = self.pads(width)
        box = QRect(0, 0, max(1, width - pad_w), 10**6)
        flags = int(Qt.TextFlag.TextWordWrap)
        text = self.fontMetrics().boundingRect(box, flags, self.shown() or " ")  # type: ignore[attr-defined]
        return max(text.height() + pad_h, self.minimumHeight())  # type: ignore[attr-defined]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()  # type: ignore[attr-defined]
        width = metrics.horizontalAdvance(self.shown() or " ") + 2
        pad_w, _ = self.pads(max(width, 100) + 100)
        return QSize(width + pad_w, self.heightForWidth(width + pad_w))

    def minimumSizeHint(self) -> QSize:
        """One line high (a layout asks `heightForWidth` for more), a few letters wide."""
        hint = self.sizeHint()
        narrow = self.fontMetrics().horizontalAdvance("M" * 4)  # type: ignore[attr-defined]
        return QSize(min(narrow, hint.width()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)  # type: ignore[attr-defined]
        opt.text = ""
        painter = QStylePainter(self)  # type: ignore[arg-type]
        painter.drawControl(QStyle.ControlElement.CE_PushButton, opt)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)  # type: ignore[attr-defined]
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled  # type: ignore[attr-defined]
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))  # type: ignore[attr-defined]
        painter.setFont(self.font())  # type: ignore[attr-defined]
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(inner, int(flags) | int(Qt.TextFlag.TextWordWrap), self.shown())


class WrapSlot(Wrapping, Slot):
    """A match's slot: as wide as its row, the picked answer wrapping inside it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._setup_wrapping()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, self.sizePolicy().verticalPolicy())
        self._setup_wrapping()

    def shown(self) -> str:
        return self.value


class WrapChip(Wrapping, Chip):
    """A match's chip: one line when it fits, else wrapped to the bank's width."""

    def __init__(self, word: str, parent: QWidget | None = None):
        super().__init__(word, parent)
        self._setup_wrapping()

    def shown(self) -> str:
        return self.word


class WordBank(QWidget):
    """The chips, wrapping like words, in the order given (the session's shuffle), and
    under them a caption that counts the slots filled."""

    def __init__(self, words: list[str], parent: QWidget | None = None, wrap: bool = False):
        super().__init__(parent)
        self.holder = QWidget(self)
        self.flow = _Flow(self.holder)
        kind = WrapChip if wrap else Chip
        self.chips = [kind(word, self.holder) for word in words]
        for chip in self.chips:
            self.flow.addWidget(chip)
        self.count = plain_label("", self)
        self.count.setObjectName("bank_count")
        self.count.setProperty("type", "caption")
        self.count.setProperty("tone", "muted")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.holder)
        self.column.addWidget(self.count)
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        """Gaps between chips, and room above the bank, scaled with the zoom."""
        self.flow.set_gaps(theme.space(1))
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.column.setContentsMargins(0, theme.space(1.5), 0, 0)
        self.column.setSpacing(theme.space(0.75))

    def set_count(self, placed: int, total: int) -> None:
        """« 3 sur 5 placés »: how many slots hold a word (none shown without slots)."""
        text = QCoreApplication.translate("WordBank", "%1 of %2 placed")
        self.count.setText(text.replace("%1", str(placed)).replace("%2", str(total)))
        self.count.setVisible(total > 0)


class SlotFiller(QObject):
    """Fills `slots` from `bank`'s chips; `changed` after every change of a value."""

    changed = Signal()

    def __init__(
        self, slots: list[Slot], bank: WordBank, name: Callable[[int, str], str], parent: QObject
    ):
        super().__init__(parent)
        self.slots = slots
        self.bank = bank
        self.name = name  # (slot number from 1, value or "") -> the slot's accessible name
        self.active: int | None = 0 if slots else None
        for index, slot in enumerate(slots):
            slot.clicked.connect(lambda _=False, i=index: self.tap_slot(i))
        for chip in bank.chips:
            chip.clicked.connect(lambda _=False, w=chip.word: self.fill(w))
            chip.enter_taps = self._target_exists
        self.refresh()

    def values(self) -> list[str]:
        return [slot.value for slot in self.slots]

    def set_values(self, values: list[str]) -> None:
        for slot, value in zip(self.slots, values, strict=False):
            slot.value = value or ""
        self.active = self._next_empty(0)
        self.refresh()

    def tap_slot(self, index: int) -> None:
        """A filled slot empties; either way it becomes the one the next chip fills."""
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

    def fill(self, word: str) -> None:
        index = self._target()
        if index is None:
            return  # every slot is filled: tap one to change it
        self.slots[index].value = word
        self.active = self._next_empty(index + 1)
        if self.active is None:
            self.active = self._next_empty(0)
        self.refresh()
        self.changed.emit()

    def pick(self, number: int) -> bool:
        """Keys 1–9: the n-th chip, as if tapped."""
        chips = self.bank.chips
        if not 1 <= number <= len(chips) or not chips[number - 1].isEnabled():
            return False
        chips[number - 1].click()
        return True

    def _next_empty(self, start: int) -> int | None:
        return next((i for i in range(start, len(self.slots)) if not self.slots[i].value), None)

    def refresh(self) -> None:
        used = set(self.values())
        for index, slot in enumerate(self.slots):
            slot.setText(slot.value.replace("&", "&&"))
            set_prop(slot, "blank", "filled" if slot.value else "empty")
            set_prop(slot, "active", "true" if index == self.active else "false")
            slot.setAccessibleName(self.name(index + 1, slot.value))
            slot.updateGeometry()
        for chip in self.bank.chips:
            set_prop(chip, "used", "true" if chip.word in used else "false")
        self.bank.set_count(sum(1 for slot in self.slots if slot.value), len(self.slots))

    def lock(self) -> None:
        """Answered: no slot is waiting for a word any more."""
        self.active = None
        for slot in self.slots:
            set_prop(slot, "active", "false")
