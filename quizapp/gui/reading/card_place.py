"""Where the gloss card goes: never over the sentence it explains.

Below the sentence's last line, else above its first, next to the word and
inside the passage. When neither side has room (a large zoom, a small
window), the card docks as a bottom panel: the passage's viewport ends above
it and scrolls the sentence into view (a sentence too tall for that keeps at
least its word's line). A sentence's list of words (G) goes beside the column
when the window is wide enough.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.gloss_card import GlossPopover
    from quizapp.gui.reading.passage import PassageView


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

    def _area(self) -> QRect:
        """Where a card may go: over the passage only, never over the toolbar."""
        viewport = self.passage.viewport()
        return QRect(viewport.mapTo(self, viewport.rect().topLeft()), viewport.size())

    def _place_card(self, popover: GlossPopover, span: tuple[str, int, int]) -> None:
        """Open the card by the word of `span`, below or above its sentence; with room for
        neither, as a panel docked at the passage's foot, the sentence scrolled into view."""
        sentence_id, self._card_span = span[0], span
        self._undock()
        area, gap = self._area(), popover.GAP
        clear = self._sentence_rect(sentence_id)
        popover.widen(None)
        height = popover.sizeHint().height()
        below = clear.bottom() + gap + height <= area.bottom()
        if below or clear.top() - gap - height >= area.top():
            popover.popup_at(self._anchor(*span), clear, area)
            return
        if clear.height() + height + 3 * gap <= area.height():  # the sentence up: room below
            self._scroll_by(clear.top() - area.top() - gap)
            clear = self._sentence_rect(sentence_id)
            if clear.bottom() + gap + height <= area.bottom():  # (unless the text ends first)
                popover.popup_at(self._anchor(*span), clear, area)
                return
        # the whole sentence stays in view above it, the card's lines scrolling if need be;
        # a sentence taller than 3/5 of the passage keeps at least its word's line
        line, room = self._anchor(*span).height(), area.height()
        whole = room - clear.height() - 2 * gap
        limit = whole if whole >= room * 2 // 5 else min(room - line - 3 * gap, room * 2 // 5)
        popover.widen(self.passage.width(), limit)
        height = popover.sizeHint().height()
        self._placing = True
        try:
            self.passage.reserve_foot(height)
            area, clear = self._area(), self._sentence_rect(sentence_id)
            anchor = self._anchor(*span)
            if clear.top() < area.top() or clear.bottom() > area.bottom():
                whole = clear.height() + 2 * gap <= area.height()
                top = clear.top() if whole else anchor.top()
                self._scroll_by(top - area.top() - gap)
        finally:
            self._placing = False
        passage = self.passage
        corner = passage.mapTo(self, QPoint(0, passage.height() - height))
        popover.dock_at(QRect(corner, QSize(passage.width(), height)))

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
        size = popover.sizeHint()
        left = sentence.right() + popover.GAP
        if left + size.width() > area.right():
            self._place_card(popover, (sentence_id, 0, 1))
            return
        self._card_span = None
        popover._set_docked(False)
        y = min(max(area.top(), sentence.top()), area.bottom() - size.height())
        popover.move(QPoint(left, max(area.top(), y)))
        popover.show()
        popover.raise_()
        popover.translate_button.setFocus(Qt.FocusReason.PopupFocusReason)
