"""Where the gloss card goes: never over the sentence it explains.

In the side margin beside the measured text column when it holds a card of
comfortable width (a margin note by the word's line, an accent notch toward
it: over no text at all). Else (a narrow window, a large zoom) the card docks
as a bottom panel, never floating over the lines being read: the passage's
viewport ends above it and scrolls the whole sentence into view (a sentence too
tall for that keeps at least its word's line).
A sentence's list of words (G) goes beside the column when there is room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QWidget

from quizapp.gui.window.theme import LINE_HEIGHT

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.gloss_card import GlossPopover
    from quizapp.gui.reading.passage import PassageView


SIDE_EM = 22  # the least width of a card in the margin, in the card's own em
SIDE_MAX_EM = 30  # and the most: a note, not a sheet
DOCK_SHARE = 55  # the share of the passage, in %, a docked card may always take
COMPACT_LINES = 14  # a passage showing fewer lines of its text: the card is compact
COMPACT_SHARE = 34  # and then takes at most about a third of it, its lines scrolling


class CardNotch(QWidget):
    """The margin card's pointer: a small accent triangle toward the word's line."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("card_notch")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.colour = QColor()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        w, h = self.width(), self.height()
        painter.drawPolygon(QPolygonF([QPointF(w, 0), QPointF(0, h / 2), QPointF(w, h)]))
        painter.end()


class CardPlacement:
    """A mixin of `ReadingView`: the card's anchor, what it keeps clear of, where it may go."""

    passage: PassageView
    _placing = False  # the passage scrolls for the card: the card stays open
    _card_span: tuple[str, int, int] | None = None  # the word the card was placed by
    _card_pending: tuple[GlossPopover, tuple[str, int, int]] | None = None

    def _place_later(self, popover: GlossPopover, span: tuple[str, int, int]) -> None:
        """A clicked word's card is placed once the look-up's other slots have filled it
        (its Known button, the speaker, an own text's « Saved »): `_place_pending`, on
        the passage's `look_up_done`. Placed at each of them, a click laid it out thrice."""
        self._card_pending = (popover, span)

    def _place_pending(self) -> None:
        pending, self._card_pending = self._card_pending, None
        if pending is not None:
            self._place_card(*pending)

    def _place_again(self) -> None:
        """The card grew (its Known button): placed again by the same word."""
        popover = getattr(self, "popover", None)
        if self._card_pending is not None:  # a click's card, placed once it is filled
            return
        if popover is None or not popover.isVisible() or self._card_span is None:
            return
        if self._card_span[0] not in self.passage._spans:  # another text since (a reload)
            popover.hide()
            return
        self._place_card(popover, self._card_span)

    def _anchor(self, sentence_id: str, start: int, end: int) -> QRect:
        view = self.passage
        first = view.word_position(sentence_id, start)
        last = view.word_position(sentence_id, max(start, end - 1))
        line = view.sentence_rect(sentence_id).height() or 20
        rect = QRect(first.x() - 4, first.y() - line // 2, 8, line)
        if last.y() == first.y():
            rect.setRight(last.x() + 4)
        top_left = view.viewport().mapTo(self, rect.topLeft())
        return QRect(top_left, rect.size())

    def _sentence_rect(self, sentence_id: str) -> QRect:
        """The sentence's lines, in this widget's coordinates (the card keeps clear of it)."""
        passage = self.passage
        rect = passage.sentence_bounds(sentence_id)
        return QRect(passage.viewport().mapTo(self, rect.topLeft()), rect.size())

    def _column(self) -> QRect:
        """The measured text column (between the frame's margins), in this widget's
        coordinates, as tall as the passage."""
        passage, area = self.passage, self._area()
        fmt = passage.document().rootFrame().frameFormat()
        left = area.left() + round(fmt.leftMargin()) - passage.horizontalScrollBar().value()
        right = area.left() + passage.viewport().width() - round(fmt.rightMargin())
        return QRect(QPoint(left, area.top()), QPoint(right, area.bottom()))

    def _notch(self) -> CardNotch:
        notch = getattr(self, "_card_notch", None)
        if notch is None:
            notch = self._card_notch = CardNotch(self)  # type: ignore[arg-type]
        return notch

    def _hide_notch(self) -> None:
        """The margin card's notch goes with the card."""
        if getattr(self, "_card_notch", None) is not None:
            self._card_notch.hide()

    def _place_in_margin(self, popover: GlossPopover, span: tuple[str, int, int]) -> bool:
        """In the margin right of the column, its top by the word's line (inside the
        passage), a notch pointing at that line; False when the margin is too narrow."""
        area, theme = self._area(), self.passage.theme()
        tip, gap = max(4, theme.space(0.75)), popover.GAP
        left, room = self._margin_room(popover)
        if room is None:
            return False
        popover._set_side(True)  # its accent edge measured too
        popover.widen(room, area.height() - 2 * gap)
        if not self._fit_buttons(popover, area.right() - left):  # over the text after all
            popover.stack_buttons(False)
            popover.short_labels(False)
            popover.brief_note(False)
            popover.terse_labels(False)
            return False
        size = popover.sizeHint()
        height = size.height()
        line = self._anchor(*span)
        top = min(max(area.top() + gap, line.top() - gap), area.bottom() - gap - height)
        popover.side_at(QPoint(left, max(area.top(), top)))
        notch = self._notch()
        notch.colour = QColor(theme.palette.accent)
        low, high = popover.y() + theme.radius, popover.geometry().bottom() - theme.radius
        middle = min(max(line.center().y(), low + tip), high - tip)
        notch.setGeometry(left - tip, middle - tip, tip + 1, 2 * tip)
        notch.show()
        notch.raise_()
        return True

    def _margin_room(self, popover: GlossPopover) -> tuple[int, int | None]:
        """(the left edge, the width) a margin note would have right of the column; the
        width None when the margin is narrower than a comfortable card."""
        area, gap = self._area(), popover.GAP
        tip = max(4, self.passage.theme().space(0.75))
        em = popover.fontMetrics().horizontalAdvance("M")
        left = self._column().right() + gap + tip
        room = min(area.right() - gap - left, SIDE_MAX_EM * em)
        return left, (room if room >= SIDE_EM * em else None)

    @staticmethod
    def _fit_buttons(popover: GlossPopover, width: int) -> bool:
        """Its row of buttons wider than `width`: no keycaps, then shorter words, then
        stacked (a docked card's row is as wide as the passage: one row in practice);
        whether the card is now at most `width` wide."""
        steps = (popover.short_labels, popover.brief_note, popover.terse_labels)
        for narrower in (*steps, popover.stack_buttons):
            if popover.needed_width() <= width:
                return True
            narrower(True)
        return popover.needed_width() <= width

    def _area(self) -> QRect:
        """Where a card may go: over the passage only, never over the toolbar."""
        viewport = self.passage.viewport()
        return QRect(viewport.mapTo(self, viewport.rect().topLeft()), viewport.size())

    def _place_card(self, popover: GlossPopover, span: tuple[str, int, int]) -> None:
        """Open the card by the word of `span` in the margin; with no room there, as a
        panel docked at the passage's foot, the sentence scrolled into view above it."""
        sentence_id, self._card_span = span[0], span
        self._undock()
        self._hide_notch()
        popover.stack_buttons(False)  # one row, unless the margin is narrower
        popover.short_labels(False)
        popover.brief_note(False)
        popover.terse_labels(False)
        popover.set_compact(self._short_passage())
        if self._margin_room(popover)[1] is not None:  # else docked: its inset is set once, below
            popover.set_inset(0)
            if self._place_in_margin(popover, span):
                return
        # no margin beside the column: never over the text, even the lines after the
        # sentence (a reader reads on), but a panel at the passage's foot
        area, gap = self._area(), popover.GAP
        clear = self._sentence_rect(sentence_id)
        # the card takes what the sentence leaves, and at least DOCK_SHARE of the passage
        # (a long note is read whole, not a peek), its lines scrolling beyond that; a taller
        # sentence then keeps its word's line in view, with what room is left around it
        frame = popover.contentsMargins().left()  # its lines under the text column's
        popover.set_inset(max(0, self._column().left() - area.left() - frame))
        line, room = self._anchor(*span).height(), area.height()
        whole = room - clear.height() - 2 * gap
        limit = min(max(whole, room * DOCK_SHARE // 100), room - line - 3 * gap)
        if popover.compact and not popover._note_open:  # the text keeps two thirds of it,
            peek = room * COMPACT_SHARE // 100  # or what a glossary peek needs (headword,
            if not popover._answers:  # two lines, its row; a dictionary's cuts its senses)
                popover.widen(self.passage.width(), None)
                self._fit_buttons(popover, self.passage.width())
                peek = max(peek, popover.sizeHint().height())
            limit = min(limit, peek)
        popover.widen(self.passage.width(), limit)
        self._fit_buttons(popover, self.passage.width())  # docked: as wide as the passage
        height = popover.sizeHint().height()
        self._placing = True
        try:
            self.passage.reserve_foot(height)
            area, clear = self._area(), self._sentence_rect(sentence_id)
            anchor = self._anchor(*span)
            if clear.top() < area.top() or clear.bottom() > area.bottom():
                if clear.height() + 2 * gap <= area.height():  # the whole sentence
                    top = clear.top() - gap
                else:  # its word's line in the middle, within the sentence
                    top = anchor.center().y() - area.height() // 2
                    top = max(clear.top() - gap, min(top, clear.bottom() + gap - area.height()))
                self._scroll_by(top - area.top())
                self.passage.settle_top(clear.bottom() + gap - top)  # the level line's margin
        finally:
            self._placing = False
        passage = self.passage
        corner = passage.mapTo(self, QPoint(0, passage.height() - height))
        popover.dock_at(QRect(corner, QSize(passage.width(), height)))

    def _short_passage(self) -> bool:
        """Fewer than COMPACT_LINES lines of the text in view (a large zoom, a small
        window): the card keeps to a few lines (card_compact.py)."""
        theme = self.passage.theme()
        line = theme.px("passage") * LINE_HEIGHT
        return (
            self.passage.viewport().height() + self.passage.viewportMargins().bottom()
            < COMPACT_LINES * line
        )

    def _scroll_by(self, pixels: int) -> None:
        """The passage scrolls for the card, which stays open."""
        self._placing, placing = True, self._placing
        try:
            bar = self.passage.verticalScrollBar()
            bar.setValue(bar.value() + pixels)
        finally:
            self._placing = placing

    def _undock(self) -> None:
        """The passage takes its whole height back (the docked card closed or moved)."""
        self._placing = True
        try:
            self.passage.reserve_foot(0)
        finally:
            self._placing = False

    def _place_beside(self, popover: GlossPopover, sentence_id: str) -> None:
        """The words of a sentence: right of the column if there is room, else as a word's card."""
        sentence, area = self._sentence_rect(sentence_id), self._area()
        popover._set_side(False)  # measured without a margin note's accent edge
        popover.set_compact(self._short_passage())
        popover.set_inset(0)
        popover.stack_buttons(False)
        popover.short_labels(False)
        popover.brief_note(False)
        popover.terse_labels(False)
        size = popover.sizeHint()
        left = sentence.right() + popover.GAP
        if left + size.width() > area.right():
            self._place_card(popover, (sentence_id, 0, 1))
            return
        self._card_span = None
        self._hide_notch()
        popover._set_docked(False)
        y = min(max(area.top(), sentence.top()), area.bottom() - size.height())
        popover.move(QPoint(left, max(area.top(), y)))
        popover.show()
        popover.raise_()
        popover.setFocus(Qt.FocusReason.PopupFocusReason)  # no button ringed (card_dock.py)
