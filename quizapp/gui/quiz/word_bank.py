"""A tappable word bank: word chips under the sentence, and pill slots to fill.

Tapping a chip puts its word in the active slot (the one tapped last, else
the first empty one); tapping a filled slot empties it and makes it the
active one (`slot_filler`). A word placed leaves the bank (a dead chip would only
take room: at a large zoom it pushed the slot still to fill out of sight) and comes
back at its own place when its slot is emptied: the chips keep the session's order,
the rest reflowing around it. A filled slot, its word centred like a chip's, shows
a small × on hover or keyboard focus (a click, Backspace or Delete empties it). A
caption after the last chip counts the filled slots (« Placés : 3 sur 5 »), kept on
the last chip's row (« Tous les mots sont placés » once the bank is empty).
A slot is as wide as what it holds; an empty one has the question's one width,
whatever its answer, so no blank gives its length away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.quiz import chip_mark
from quizapp.gui.quiz.bank_flow import BankFlow, Count, count_text
from quizapp.gui.quiz.buttons import set_prop
from quizapp.gui.window.theme import Theme

EMPTY_WIDTH = "m" * 5  # what every empty slot is as wide as (in its own font)
LEAST_FILLED = "mm"  # a filled slot is never narrower: a one-letter word stays tappable
KEY_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class TapButton(QPushButton):
    """A chip or a slot: Enter and Space tap it, like a click.

    Enter on a chip with no slot left to fill goes on to the answer, which checks:
    the learner who tapped the last word and presses Enter means "check". The focus
    ring (`ring`, drawn by the style sheet) shows only for keyboard focus, as a
    browser's :focus-visible: a click leaves no outline that would read as "selected".
    """

    keyboard = False  # whether the last tap came from a key (a focus moved after it rings)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.setProperty("ring", "false")
        self.enter_taps: Callable[[], bool] = lambda: True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.enter_taps():
            event.accept()
            TapButton.keyboard = True
            self.click()
            return
        if plain and event.key() == Qt.Key.Key_Space:
            TapButton.keyboard = True  # the click comes on the key's release
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        TapButton.keyboard = False
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        keyed = reason in KEY_FOCUS or (
            reason == Qt.FocusReason.OtherFocusReason and TapButton.keyboard
        )
        set_prop(self, "ring", "true" if keyed else "false")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        set_prop(self, "ring", "false")


def clear_room(metrics: QFontMetrics) -> int:
    """The room a filled slot keeps at its end for its × (drawn on hover or focus only,
    the room always: the sentence never moves under the pointer)."""
    return round(metrics.xHeight() * 0.7) + round(metrics.horizontalAdvance(" ") * 1.2)


def paint_cross(
    painter: QPainter, right: float, middle: float, metrics: QFontMetrics, colour: QColor
) -> None:
    """A small × ending at `right`, its middle at `middle`."""
    size = metrics.xHeight() * 0.7
    pen = QPen(colour, max(1.5, metrics.height() / 12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    left, top = right - size, middle - size / 2
    painter.drawLine(QPointF(left, top), QPointF(right, top + size))
    painter.drawLine(QPointF(left, top + size), QPointF(right, top))
    painter.restore()


def _ink(widget: QWidget) -> QColor:
    group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
    return widget.palette().color(group, QPalette.ColorRole.ButtonText)


def shows_cross(slot: QPushButton) -> bool:
    """A filled slot that can still be emptied, under the pointer or with the focus."""
    filled = slot.property("blank") == "filled"
    return filled and slot.isEnabled() and (slot.underMouse() or slot.hasFocus())


class Slot(TapButton):
    """A blank in the sentence: a pill as wide as its word, or the empty width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = ""
        self.setProperty("blank", "empty")
        self.setProperty("active", "false")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Backspace or Delete empties a filled slot (as a click does)."""
        erase = event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if erase and self.value and not event.modifiers():
            event.accept()
            TapButton.keyboard = True
            self.click()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """The word's width (in the filled slot's weight, which the style sheet sets),
        the ×'s room and the padding; an empty slot the width every empty slot of the
        question shares."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        least = metrics.horizontalAdvance(LEAST_FILLED if self.value else EMPTY_WIDTH)
        width = max(least, metrics.horizontalAdvance(self.value))
        if self.value and self.isEnabled():  # once checked, nothing to empty: no room
            width += clear_room(metrics)
        contents = QSize(width, metrics.height())
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        )
        return QSize(size.width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self.updateGeometry()  # the ×'s room comes and goes with it

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        waiting = not self.value and self.isEnabled()
        if not shows_cross(self) and not waiting:
            return
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        painter = QPainter(self)
        if waiting:
            chip_mark.paint_waiting(painter, self, inner, _ink(self))
            return
        colour = _ink(self)
        colour.setAlphaF(0.75)
        right = (inner.right() + self.rect().right()) / 2  # half into the padding: the word
        middle = inner.center().y() + 0.5  # sits centred, the ×'s room split around it
        paint_cross(painter, right, middle, self.fontMetrics(), colour)


class Chip(TapButton):
    """One word of the bank; hidden once every slot it may fill holds it."""

    def __init__(self, word: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.word = word
        self.setText(word.replace("&", "&&"))
        self.setProperty("chip", "word")
        self.setProperty("placed", "false")
        self.placed = 0  # the slots holding its word
        self.retranslate_ui()

    def set_placed(self, count: int, used_up: bool = False) -> None:
        """A word in `count` slots; `used_up`, it leaves the bank until a slot frees it."""
        self.setHidden(used_up)
        if count == self.placed:
            return
        self.placed = count
        self.retranslate_ui()
        self.update()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The word centred, in the ink the sheet gives its state."""
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, opt)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        painter.setPen(_ink(self))
        painter.setFont(self.font())
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), self.word)

    def retranslate_ui(self) -> None:
        if self.placed:
            text = QCoreApplication.translate("WordBank", "%1 (placed)")
            self.setAccessibleName(text.replace("%1", self.word))
        else:
            self.setAccessibleName(self.word)


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
        return width - inner.width() + self._room(), 400 - inner.height()

    def _room(self) -> int:
        """A filled slot's room for its × (a chip keeps none)."""
        filled = isinstance(self, Slot) and bool(self.value) and self.isEnabled()  # type: ignore[attr-defined]
        return clear_room(self.fontMetrics()) if filled else 0  # type: ignore[attr-defined]

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
        if isinstance(self, Slot) and not self.value and self.isEnabled():
            chip_mark.paint_waiting(painter, self, inner, _ink(self))
            return
        room = self._room()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        flags |= int(Qt.TextFlag.TextWordWrap)
        text = inner.adjusted(0, 0, -room, 0)
        metrics = self.fontMetrics()  # type: ignore[attr-defined]
        if shows_cross(self):  # type: ignore[arg-type]
            block = metrics.boundingRect(text, flags, self.shown())
            middle = block.top() + metrics.height() / 2
            colour = _ink(self)  # type: ignore[arg-type]
            colour.setAlphaF(0.75)
            paint_cross(painter, inner.right(), middle, metrics, colour)
        painter.setPen(_ink(self))  # type: ignore[arg-type]
        painter.setFont(self.font())  # type: ignore[attr-defined]
        painter.drawText(text, flags, self.shown())


class WrapSlot(Wrapping, Slot):
    """A match's slot: as wide as its row, the picked answer wrapping inside it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
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
    after them, on their last row, a caption that counts the slots filled."""

    def __init__(self, words: list[str], parent: QWidget | None = None, wrap: bool = False):
        super().__init__(parent)
        self.holder = QWidget(self)
        self.flow = BankFlow(self.holder)
        kind = WrapChip if wrap else Chip
        self.chips = [kind(word, self.holder) for word in words]
        self.wrap = wrap  # a match's answers, not a cloze's words
        for chip in self.chips:
            self.flow.addWidget(chip)
        self.count = Count(self.holder)
        self.count.setObjectName("bank_count")
        self.count.setProperty("type", "caption")
        self.count.setProperty("tone", "muted")
        self.flow.addWidget(self.count)  # the chips never move when its text does: it is last
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.holder)
        self.set_theme(Theme())

    def done_text(self) -> str:
        if self.wrap:
            return QCoreApplication.translate("WordBank", "All answers placed")
        return QCoreApplication.translate("WordBank", "All words placed")

    def set_theme(self, theme: Theme) -> None:
        """Gaps between chips, and room above the bank, scaled with the zoom."""
        self.flow.set_gaps(theme.space(1))
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.count.setContentsMargins(theme.space(0.5), 0, 0, 0)  # a little apart from a chip
        self.column.setContentsMargins(0, theme.space(1.5), 0, 0)
        self.column.setSpacing(theme.space(0.75))

    def set_count(self, placed: int, total: int) -> None:
        """« Placés : 3 sur 5 »: how many slots hold a word (none shown without slots);
        with every chip placed, the one line left says so."""
        done = all(chip.isHidden() for chip in self.chips)
        last = self.done_text()
        self.count.widest = max(
            count_text(total, total), last, key=self.count.fontMetrics().horizontalAdvance
        )
        self.count.setText(last if done else count_text(placed, total))
        self.count.setVisible(total > 0)
        self.count.updateGeometry()
