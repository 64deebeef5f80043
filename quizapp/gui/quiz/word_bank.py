"""A tappable word bank: word chips under the sentence, and pill slots to fill.

Tapping a chip puts its word in the active slot (the one tapped last, else
the first empty one); tapping a filled slot empties it and makes it the
active one (`slot_filler`). A word placed is used up: its chip stays in its
place, dimmed, a painted ✓ before its word, and cannot be tapped (the bank never
reflows; a dashed outline would read as a blank), and comes back when the word
leaves its slot. A caption after the last chip, on its row, counts the filled
slots (« 3 sur 5 placés »; under the bank it sat beneath the scroll's fade). A
slot is as wide as what it holds; an empty one has the question's one width,
whatever its answer, so no blank gives its length away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QSize, Qt
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

from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.buttons import set_prop
from quizapp.gui.window.flow_layout import FlowLayout
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


class Slot(TapButton):
    """A blank in the sentence: a pill as wide as its word, or the empty width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = ""
        self.setProperty("blank", "empty")
        self.setProperty("active", "false")

    def sizeHint(self) -> QSize:
        """The word's width (in the filled slot's weight, which the style sheet sets) and
        the padding; an empty slot the width every empty slot of the question shares."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        least = metrics.horizontalAdvance(LEAST_FILLED if self.value else EMPTY_WIDTH)
        contents = QSize(max(least, metrics.horizontalAdvance(self.value)), metrics.height())
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        )
        return QSize(size.width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def check_room(metrics: QFontMetrics) -> int:
    """The width a chip keeps for its ✓ (the mark and a gap), used or not: no reflow."""
    return round(metrics.xHeight() * 1.0) + round(metrics.horizontalAdvance(" ") * 1.1)


def paint_check(
    painter: QPainter, left: float, middle: float, metrics: QFontMetrics, colour: QColor
) -> None:
    """A ✓ an x-height tall, its middle at `middle` (Inter has no ✓ glyph)."""
    size = metrics.xHeight() * 1.0
    pen = QPen(colour, max(1.5, metrics.height() / 11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    top = middle - size / 2
    points = [
        QPointF(left, top + size * 0.55),
        QPointF(left + size * 0.35, top + size * 0.9),
        QPointF(left + size, top + size * 0.1),
    ]
    painter.drawPolyline(points)
    painter.restore()


def _ink(widget: QWidget) -> QColor:
    group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
    return widget.palette().color(group, QPalette.ColorRole.ButtonText)


class Chip(TapButton):
    """One word of the bank; `used` while its word is in a slot (dimmed, a ✓ before it)."""

    def __init__(self, word: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.word = word
        self.setText(word.replace("&", "&&"))
        self.setProperty("chip", "word")
        self.setProperty("used", "false")
        self.retranslate_ui()

    def set_used(self, used: bool) -> None:
        """A used chip keeps its place and size, dims, and cannot be tapped."""
        set_prop(self, "used", "true" if used else "false")
        shape = Qt.CursorShape.ArrowCursor if used else Qt.CursorShape.PointingHandCursor
        self.setCursor(shape)
        self.retranslate_ui()

    def is_used(self) -> bool:
        return self.property("used") == "true"

    def sizeHint(self) -> QSize:
        """Room for the ✓ in every state, so placing a word never reflows the bank."""
        hint = super().sizeHint()
        return QSize(hint.width() + check_room(self.fontMetrics()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_used():
            super().paintEvent(event)  # the word centred, the ✓'s room split both sides
            return
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, opt)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        metrics = self.fontMetrics()
        room = check_room(metrics)
        left = inner.center().x() - (room + metrics.horizontalAdvance(self.word)) / 2
        ink = _ink(self)
        top = inner.top() + (inner.height() - metrics.height()) / 2
        paint_check(painter, left, top + metrics.ascent() - metrics.xHeight() / 2, metrics, ink)
        painter.setPen(ink)
        painter.setFont(self.font())
        text = inner.adjusted(round(left - inner.left()) + room, 0, 0, 0)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text, int(flags) | int(Qt.TextFlag.TextSingleLine), self.word)

    def retranslate_ui(self) -> None:
        if self.is_used():
            text = QCoreApplication.translate("WordBank", "%1 (placed)")
            self.setAccessibleName(text.replace("%1", self.word))
        else:
            self.setAccessibleName(self.word)


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
        return width - inner.width() + self._room(), 400 - inner.height()

    def _room(self) -> int:
        """A chip's room for its ✓ (a slot has none)."""
        return check_room(self.fontMetrics()) if isinstance(self, Chip) else 0  # type: ignore[attr-defined]

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
        room = self._room()
        ink = _ink(self)  # type: ignore[arg-type]
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        flags |= int(Qt.TextFlag.TextWordWrap)
        if self.property("used") == "true":  # type: ignore[attr-defined]
            inner.setLeft(inner.left() + room)  # the ✓ before the first line
            metrics = self.fontMetrics()  # type: ignore[attr-defined]
            block = metrics.boundingRect(inner, flags, self.shown())
            middle = block.top() + metrics.ascent() - metrics.xHeight() / 2
            paint_check(painter, inner.left() - room, middle, metrics, ink)
        else:
            inner.adjust(room // 2, 0, -(room - room // 2), 0)
        painter.setPen(ink)
        painter.setFont(self.font())  # type: ignore[attr-defined]
        painter.drawText(inner, flags, self.shown())


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
        self.flow = _Flow(self.holder)
        kind = WrapChip if wrap else Chip
        self.chips = [kind(word, self.holder) for word in words]
        for chip in self.chips:
            self.flow.addWidget(chip)
        self.count = plain_label("", self.holder, wrap=False)
        self.count.setObjectName("bank_count")
        self.count.setProperty("type", "caption")
        self.count.setProperty("tone", "muted")
        self.flow.addWidget(self.count)  # the chips never move when its text does: it is last
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.holder)
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        """Gaps between chips, and room above the bank, scaled with the zoom."""
        self.flow.set_gaps(theme.space(1))
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.count.setContentsMargins(theme.space(0.5), 0, 0, 0)  # a little apart from a chip
        self.column.setContentsMargins(0, theme.space(1.5), 0, 0)
        self.column.setSpacing(theme.space(0.75))

    def set_count(self, placed: int, total: int) -> None:
        """« 3 sur 5 placés »: how many slots hold a word (none shown without slots)."""
        text = QCoreApplication.translate("WordBank", "%1 of %2 placed")
        self.count.setText(text.replace("%1", str(placed)).replace("%2", str(total)))
        self.count.setVisible(total > 0)
