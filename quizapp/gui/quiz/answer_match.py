"""`match`: each left item in a card with a slot, the right items as chips in a bank.

The chips are in the session's order (never the file's, where the partners
line up), and they wrap: a match's answers run to whole sentences. Tapping
works as in a cloze's word bank (`word_bank`, `slot_filler`): an answer placed
leaves the bank and comes back when its slot is emptied (the last pair is then
found by elimination, as it always could be). When the pairs
overflow the pane, the bank docks under them (`bank_dock`), and the pair whose
slot waits for the next word is kept in view.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.core.model import Grade, MatchQuestion
from quizapp.gui.quiz import look
from quizapp.gui.quiz.answer_base import AnswerWidget, plain_label, set_mark
from quizapp.gui.quiz.bank_dock import BankDock, band_style
from quizapp.gui.quiz.buttons import set_prop
from quizapp.gui.quiz.slot_filler import SlotFiller
from quizapp.gui.quiz.word_bank import WordBank, WrapSlot
from quizapp.gui.window.theme import Theme

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
SLOT_SHARE = 0.6  # of the longest answer's width: a slot this wide beside its item wraps it


class MatchAnswer(AnswerWidget):
    """`match`: a slot under each left item, filled by tapping the right items' chips."""

    def __init__(
        self, question: MatchQuestion, right_order: tuple[int, ...], parent: QWidget | None = None
    ):
        super().__init__(question, parent)
        self.match = question
        self.rights = [question.pairs[i].right for i in right_order]
        self.slots: list[WrapSlot] = []
        self.marks: list[QLabel] = []
        self.fixes: list[QLabel] = []  # the right partner, under a wrong pick
        self.cards: list[QFrame] = []
        self.lefts: list[QLabel] = []
        self.tops: list[QBoxLayout] = []  # item above its slot, or beside it when room allows
        self.side_by_side: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.layout_ = layout
        for pair in question.pairs:
            card = QFrame(self)
            card.setProperty("matchrow", "true")
            left = plain_label(pair.left, card)
            slot = WrapSlot(card)
            mark = QLabel(card)
            mark.hide()
            fix = plain_label("", card)
            fix.hide()
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(slot, 1)
            row.addWidget(mark)
            top = QBoxLayout(QBoxLayout.Direction.TopToBottom)
            top.addWidget(left)
            top.addLayout(row, 1)
            column = QVBoxLayout(card)
            column.addLayout(top)
            column.addWidget(fix)
            self.tops.append(top)
            layout.addWidget(card)
            self.cards.append(card)
            self.lefts.append(left)
            self.slots.append(slot)
            self.marks.append(mark)
            self.fixes.append(fix)
        self.word_bank = WordBank(self.rights, self, wrap=True)
        layout.addWidget(self.word_bank)
        copies = Counter(self.rights)  # an answer two pairs share fills both
        self.filler = SlotFiller(self.slots, self.word_bank, self._slot_name, self, copies)
        self.filler.changed.connect(self.changed)
        self.filler.changed.connect(self._keep_active_in_view)
        before = self.slots[-1] if self.slots else self
        self.dock = BankDock(self, self.word_bank, layout, before)
        self.dock.moved.connect(self._docked)
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.layout_.setSpacing(theme.space(0.75))  # close pairs: three in a short pane
        side, edge = theme.space(1), theme.space(0.75)
        for card in self.cards:
            card.layout().setContentsMargins(side, edge, side, edge)
            card.layout().setSpacing(theme.space(0.5))
        self.word_bank.set_theme(theme)
        self.dock.set_look(theme.space(1), *band_style(theme))
        self.side_by_side = None
        self._fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """Item and slot side by side when the slot keeps most of the longest answer's
        width (it wraps it, in two lines at most; the items' column as wide as the
        longest item, so the slots line up): half the height of a pair stacked, so a
        short pane (a large zoom) keeps three pairs in sight; else the slot under it."""
        if width <= 0 or not self.cards:
            return
        font = QFont(self.font())  # the option size the style sheet gives (maybe not yet applied)
        font.setPixelSize(self.theme.px("option"))
        metrics = QFontMetrics(font)
        items = max(metrics.horizontalAdvance(p.left) for p in self.match.pairs) + 2
        font.setWeight(QFont.Weight.DemiBold)  # a filled slot's text
        slot = max(QFontMetrics(font).horizontalAdvance(r) for r in self.rights) + 2
        pad_w, _ = self.slots[0].pads(slot + 100)
        margins = self.cards[0].layout().contentsMargins()
        gap = self.theme.space(1)
        mark = metrics.horizontalAdvance("✗") + gap
        need = margins.left() + items + gap + pad_w + mark + margins.right()
        side = width - need >= SLOT_SHARE * slot  # the longest answer in two lines at most

        if side == self.side_by_side:
            if side:
                for left in self.lefts:
                    left.setFixedWidth(items)
            return
        self.side_by_side = side
        direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        for top, left in zip(self.tops, self.lefts, strict=True):
            top.setDirection(direction)
            top.setSpacing(gap if side else self.theme.space(0.75))
            if side:
                left.setFixedWidth(items)
            else:
                left.setMinimumWidth(0)
                left.setMaximumWidth(QWIDGETSIZE_MAX)
            top.setAlignment(left, Qt.AlignmentFlag.AlignVCenter if side else Qt.AlignmentFlag(0))

    def _slot_name(self, number: int, value: str) -> str:
        left = self.match.pairs[number - 1].left
        if value:
            return self.tr("Match for %1: %2").replace("%1", left).replace("%2", value)
        return self.tr("Match for %1: empty").replace("%1", left)

    def _keep_active_in_view(self) -> None:
        """With the bank docked, the pair waiting for the next word stays in view."""
        scroll, active = self.dock.scroll, self.filler.active
        if self.dock.is_docked and scroll is not None and active is not None:
            scroll.ensureWidgetVisible(self.cards[active], 0, self.theme.space(1))

    def _docked(self) -> None:
        """The bank docked or went home (a new size, a zoom, the question shown again): a
        question not yet begun stays seen from its top, its prompt in sight; once a word
        is placed, the pair waiting for the next one (never under « More ↓», away from
        the bank that fills it)."""
        scroll = self.dock.scroll
        begun = any(self.filler.values())
        if scroll is not None and (scroll.verticalScrollBar().value() > 0 or begun):
            self._keep_active_in_view()

    def retranslate_ui(self) -> None:
        self.filler.retranslate_ui()
        self.word_bank.setAccessibleName(self.tr("Answers to match"))

    def inputs(self) -> list[QWidget]:
        return [*self.slots, *self.word_bank.chips]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.dock.allow(not locked)
        if locked:
            self.filler.lock()
        else:
            self.filler.set_values(self.filler.values())

    def pick_number(self, number: int) -> bool:
        """Keys 1–9 tap the n-th answer of the bank."""
        return self.filler.pick(number)

    def response(self) -> Any | None:
        values = self.filler.values()
        out = {p.left: (v or None) for p, v in zip(self.match.pairs, values, strict=True)}
        return out if any(v is not None for v in out.values()) else None

    def set_response(self, response: Any) -> None:
        response = response or {}
        values = [response.get(p.left) for p in self.match.pairs]
        self.filler.set_values([v if v in self.rights else "" for v in values])
        self.changed.emit()

    def choose(self, left: str, right: str | None) -> None:
        """Put `right` in `left`'s slot (None empties it), as tapping would."""
        row = [p.left for p in self.match.pairs].index(left)
        values = self.filler.values()
        values[row] = right or ""
        self.filler.set_values(values)
        self.changed.emit()

    def reveal(self, grade: Grade | None) -> None:
        """✓/✗ beside each pick, and the right partner under a wrong one."""
        self.grade = grade
        parts = grade.parts if grade is not None else ()
        for row, (mark, fix) in enumerate(zip(self.marks, self.fixes, strict=True)):
            value = parts[row] if row < len(parts) else None
            set_mark(mark, value, self.theme)
            mark.setVisible(value is not None)
            kind = None if value is None else ("right" if value else "wrong")
            set_prop(self.slots[row], "verdict", kind or "none")
            right = self.match.pairs[row].right
            fix.setText(self.tr("Right answer: %1").replace("%1", right))
            fix.setStyleSheet(look.verdict_text(self.theme, "right"))
            fix.setVisible(value is False)
