"""Where the gloss card goes: never over the sentence it explains.

In the side margin beside the measured text column when it holds a card of
comfortable width (a margin note by the word's line, an accent notch toward
it: over no text at all). Else below the sentence's last line, or above its
first, at most 36 em wide, over an opaque band of the page's surface across the
passage, its edges in the gaps between lines, so no stray or half-cut letters show
beside it. When
neither side has room (a large zoom, a small window), the card docks as a
bottom panel: the passage's viewport ends above it and scrolls the sentence
into view (a sentence too tall for that keeps at least its word's line).
A sentence's list of words (G) goes beside the column when there is room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QWidget

from quizapp.gui.window.theme import LINE_HEIGHT

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.gloss_card import GlossPopover
    from quizapp.gui.reading.passage import PassageView


SIDE_EM = 22  # the least width of a card in the margin, in the card's own em
SIDE_MAX_EM = 30  # and the most: a note, not a sheet
CARD_EM = 36  # a floating card's most, its band hiding the rest of the lines it crosses
DOCK_SHARE = 55  # the share of the passage, in %, a docked card may always take
COMPACT_LINES = 14  # a passage showing fewer lines of its text: the card is compact


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


class CardBand(QWidget):
    """Under a floating card narrower than the column: the page's surface, almost
    opaque, across the whole column at the card's height, so the lines it crosses are
    hidden whole (no stray letters beside the card). A press on it closes the card."""

    def __init__(self, parent: QWidget, close) -> None:
        super().__init__(parent)
        self.setObjectName("card_band")
        self.colour = QColor()
        self._close = close
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._close()


class CardPlacement:
    """A mixin of `ReadingView`: the card's anchor, what it keeps clear of, where it may go."""

    passage: PassageView
    _placing = False  # the passage scrolls for the card: the card stays open
    _card_span: tuple[str, int, int] | None = None  # the word the card was placed by

    def _place_again(self) -> None:
        """The card grew (its Known button): placed again by the same word."""
        popover = getattr(self, "popover", None)
        if popover is not None and popover.isVisible() and self._card_span is not None:
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
        """The margin card's notch and the floating card's band go with the card."""
        if getattr(self, "_card_notch", None) is not None:
            self._card_notch.hide()
        if getattr(self, "_card_band", None) is not None:
            self._card_band.hide()

    def _line_across(self, y: int) -> tuple[int, int] | None:
        """(top, bottom) of the text line whose letters a horizontal edge at `y` (this
        widget's coordinates) would cut, or None when `y` lies between lines."""
        passage = self.passage
        viewport = passage.viewport()
        point = viewport.mapFrom(self, QPoint(self._column().left() + 2, y))  # type: ignore[arg-type]
        line = passage.cursorRect(passage.cursorForPosition(point))
        if not line.top() <= point.y() <= line.bottom():
            return None
        top = viewport.mapTo(self, line.topLeft()).y()  # type: ignore[arg-type]
        return top, top + line.height()

    def _band_under(self, popover: GlossPopover, clear: QRect) -> None:
        """Under the card, the page's surface across the whole passage (the EN chips in
        the margin too), from the gap above its top edge (and its shadow) to the gap
        below its bottom: a line its edges would cut is hidden whole, never half; never
        over `clear` (the sentence the card explains)."""
        band = getattr(self, "_card_band", None)
        if band is None:
            band = self._card_band = CardBand(self, self.close_popover)  # type: ignore[arg-type, attr-defined]
        shadow = popover.shadow
        spill = round(shadow.blurRadius() + abs(shadow.yOffset())) + 1
        top, bottom = popover.y() - spill, popover.geometry().bottom() + spill
        cut = self._line_across(top)
        top = min(top, cut[0] - 1) if cut else top
        cut = self._line_across(bottom)
        bottom = max(bottom, cut[1] + 1) if cut else bottom
        if popover.y() > clear.center().y():  # below its sentence
            top = max(top, clear.bottom() + 1)
        else:
            bottom = min(bottom, clear.top() - 1)
        area = self._area()
        top, bottom = max(area.top(), top), min(area.bottom(), bottom)
        band.colour = QColor(self.passage.theme().palette.surface)  # opaque: no ghost letters
        band.setGeometry(area.left(), top, area.width(), bottom - top + 1)
        band.show()
        band.stackUnder(popover)

    def _place_in_margin(self, popover: GlossPopover, span: tuple[str, int, int]) -> bool:
        """In the margin right of the column, its top by the word's line (inside the
        passage), a notch pointing at that line; False when the margin is too narrow."""
        area, column, gap = self._area(), self._column(), popover.GAP
        theme = self.passage.theme()
        tip = max(4, theme.space(0.75))
        em = popover.fontMetrics().horizontalAdvance("M")
        left = column.right() + gap + tip
        room = min(area.right() - gap - left, SIDE_MAX_EM * em)
        if room < SIDE_EM * em:
            return False
        popover._set_side(True)  # its accent edge measured too
        popover.widen(room, area.height() - 2 * gap)
        size = popover.sizeHint()
        if left + size.width() > area.right():  # its row of buttons is wider: shorter words
            popover.short_labels(True)
            size = popover.sizeHint()
        if left + size.width() > area.right():  # still wider: stacked
            popover.stack_buttons(True)
            size = popover.sizeHint()
        if left + size.width() > area.right():  # still too wide: over the text after all
            popover.stack_buttons(False)
            popover.short_labels(False)
            return False
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

    def _area(self) -> QRect:
        """Where a card may go: over the passage only, never over the toolbar."""
        viewport = self.passage.viewport()
        return QRect(viewport.mapTo(self, viewport.rect().topLeft()), viewport.size())

    def _place_card(self, popover: GlossPopover, span: tuple[str, int, int]) -> None:
        """Open the card by the word of `span`, below or above its sentence; with room for
        neither, as a panel docked at the passage's foot, the sentence scrolled into view."""
        sentence_id, self._card_span = span[0], span
        self._undock()
        self._hide_notch()
        popover.stack_buttons(False)  # one row, unless the margin is narrower
        popover.short_labels(False)
        popover.set_compact(self._short_passage())
        if self._place_in_margin(popover, span):
            return
        area, gap = self._area(), popover.GAP
        clear = self._sentence_rect(sentence_id)
        cover = self._cover(popover)
        card = QRect(cover)  # a note, not a sheet: at most its measure, aligned with the text
        card.setWidth(min(cover.width(), self._card_measure(popover)))
        popover.widen(card.width())
        height = popover.sizeHint().height()
        below = clear.bottom() + gap + height <= area.bottom()
        if below or clear.top() - gap - height >= area.top():
            popover.popup_at(self._anchor(*span), clear, area, card)
            self._band_under(popover, clear)
            return
        if clear.height() + height + 3 * gap <= area.height():  # the sentence up: room below
            self._scroll_by(clear.top() - area.top() - gap)
            clear = self._sentence_rect(sentence_id)
            if clear.bottom() + gap + height <= area.bottom():  # (unless the text ends first)
                popover.popup_at(self._anchor(*span), clear, area, card)
                self._band_under(popover, clear)
                return
        # the card takes what the sentence leaves, and at least DOCK_SHARE of the passage
        # (a long note is read whole, not a peek), its lines scrolling beyond that; a taller
        # sentence then keeps its word's line in view, with what room is left around it
        line, room = self._anchor(*span).height(), area.height()
        whole = room - clear.height() - 2 * gap
        limit = min(max(whole, room * DOCK_SHARE // 100), room - line - 3 * gap)
        popover.widen(self.passage.width(), limit)
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

    def _cover(self, popover: GlossPopover) -> QRect:
        """A floating card's extent: the whole column and a little more, its text aligned
        with the column's, so no stray letters show beside it (inside the passage)."""
        column, area = self._column(), self._area()
        inset = popover.body.contentsMargins().left() + popover.contentsMargins().left()
        left = max(area.left(), column.left() - inset)
        right = min(area.right(), column.right() + inset)
        return QRect(QPoint(left, column.top()), QPoint(right, column.bottom()))

    def _card_measure(self, popover: GlossPopover) -> int:
        """A floating card's widest: CARD_EM of its own font, with its margins."""
        inset = popover.body.contentsMargins().left() + popover.contentsMargins().left()
        return CARD_EM * popover.fontMetrics().horizontalAdvance("M") + 2 * inset

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
        popover.stack_buttons(False)
        popover.short_labels(False)
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
        popover.translate_button.setFocus(Qt.FocusReason.PopupFocusReason)
