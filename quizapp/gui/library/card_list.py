"""The list the article cards are painted in: its keys, its hand over a button, the
hairline it shows once scrolled, and scrolling that comes to rest at a card's top.

At rest, the first card in view is whole (or the list starts at the next card): a
card sliced under the filter row reads as a glitch. The scroll range ends at a card's
top too, so the last cards can rest there; the room below them stays empty.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QListView, QWidget

from quizapp.gui.library.cards import CardDelegate
from quizapp.gui.window.qt_names import set_by_name

SNAP_MS = 160  # this long after the last scroll step, the list comes to rest at a card


class LibraryList(QListView):
    """The article cards; Enter opens the current article, like a double-click."""

    activated_row = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # reached with the keyboard (Tab, arrows): the current card shows the strong
        # focus ring; at load or after a click, a calm look (not a selection to undo)
        self.keyboard = False
        self.footer: QWidget | None = None  # « Add your own articles », after the last card
        self._snapping = False
        self._bar_policy = "ScrollBarAsNeeded"  # on while the footer needs a scroll
        self.bar_outside = False  # the library's own bar along its height (side_bar.py)
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.timeout.connect(self.snap_to_card)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.sliderReleased.connect(self._rest.start)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # after the first paint: see quizapp/gui/window/qt_names.py

        self._set_keyboard(True)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
        if event.key() == Qt.Key.Key_End:  # the very end: the last card and the footer under it
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def focusInEvent(self, event: QFocusEvent) -> None:
        from PySide6.QtCore import Qt

        keys = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self._set_keyboard(event.reason() in keys)
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._set_keyboard(False)
        super().mousePressEvent(event)

    def _set_keyboard(self, keyboard: bool) -> None:
        if keyboard != self.keyboard:
            self.keyboard = keyboard
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolled, the cards pass under a hairline, not a hard cut below the filters."""
        super().scrollContentsBy(dx, dy)
        self.place_footer()
        scrolled = "true" if self.verticalScrollBar().value() > 0 else "false"
        if self.property("scrolled") != scrolled:
            self.setProperty("scrolled", scrolled)
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The hairline over the cards' column only, never past it to the window's edge."""
        super().paintEvent(event)
        delegate = self.itemDelegate()
        if self.property("scrolled") != "true" or not isinstance(delegate, CardDelegate):
            return
        from PySide6.QtGui import QColor, QPainter

        width = self.viewport().width()
        column = delegate.column_width(width)
        left = (width - column) // 2
        painter = QPainter(self.viewport())
        painter.setPen(QColor(delegate.theme.palette.border))
        painter.drawLine(left, 0, left + column - 1, 0)
        painter.end()

    def place_footer(self) -> None:
        """The footer card under the last card, in the cards' column; hidden while the list
        is filtered (a search, a level, a topic) or empty."""
        footer, model = self.footer, self.model()
        delegate = self.itemDelegate()
        if footer is None or model is None or not isinstance(delegate, CardDelegate):
            return
        rows = model.rowCount()
        filtering = getattr(model, "filtering", lambda: False)()
        last = self.visualRect(model.index(rows - 1, 0)) if rows else None
        if last is None or not last.isValid() or filtering:
            footer.hide()
            return
        # only what changed: this runs inside updateGeometries, and touching the footer's
        # layout or geometry for nothing posts events that lay the list out again (a loop)
        if getattr(footer, "_theme_seen", None) is not delegate.theme:
            footer._theme_seen = delegate.theme
            footer.set_theme(delegate.theme)
        footer.ensurePolished()  # its fonts from the style sheet before it is measured
        width = self.viewport().width()
        column = delegate.column_width(width)
        top = last.bottom() + 1 + delegate.theme.space(1.5)
        place = QRect((width - column) // 2, top, column, footer.height_for(column))
        if footer.geometry() != place:
            footer.setGeometry(place)
        if footer.isHidden():
            footer.show()

    def footer_room(self) -> int:
        """How far the footer reaches below the last card (0 without one)."""
        footer = self.footer
        if footer is None or footer.isHidden():
            return 0
        delegate = self.itemDelegate()
        gap = delegate.theme.space(1.5) if isinstance(delegate, CardDelegate) else 0
        return footer.height() + 2 * gap

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A hand over a card's button: it opens the article at a single click."""
        from PySide6.QtCore import Qt

        super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        delegate = self.itemDelegate()
        on_button = (
            index.isValid()
            and isinstance(delegate, CardDelegate)
            and delegate.action_rect(index).contains(pos)
        )
        if on_button:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()

    def relayout(self) -> None:
        """Card heights again (a new width, theme, zoom or state), at the next idle moment."""
        self.scheduleDelayedItemsLayout()
        if self.isVisible():  # before the first show, the first paint draws it anyway
            self.viewport().update()

    # -- coming to rest at a card ---------------------------------------------------
    def _scrolled(self, _value: int) -> None:
        """Scrolling goes on: rest once it stops (never under a dragged slider)."""
        if not self._snapping and not self.verticalScrollBar().isSliderDown():
            self._rest.start(SNAP_MS)

    def showEvent(self, event: QShowEvent) -> None:
        """The library shown again: the last-read card in view, the list as near its top
        as that allows, and its first card whole."""
        super().showEvent(event)
        self.return_to_current()

    def return_to_current(self) -> None:
        """The top of the list when the current card shows whole there (the « Continue »
        card and the first cards stay in view); else the least scroll that shows it."""
        self._rest.start(0)  # then at rest with the first card whole
        current = self.currentIndex()
        bar = self.verticalScrollBar()
        card = self.rectForIndex(current) if current.isValid() else None
        if card is None or not card.isValid():
            return
        height = self.viewport().height()
        if card.bottom() < height:
            bar.setValue(0)
        elif card.top() < bar.value():
            bar.setValue(card.top())
        elif card.bottom() >= bar.value() + height:
            bar.setValue(min(bar.maximum(), card.bottom() + 1 - height))

    def updateGeometries(self) -> None:
        """Cards laid out again (a width, zoom, state): the range ends at a card's top,
        and the first card in view is made whole once the layout has settled."""
        super().updateGeometries()
        bar = self.verticalScrollBar()
        row = self._row_at(bar.maximum()) if bar.maximum() > 0 else None
        if row is not None:
            card = self.rectForIndex(self.model().index(row, 0))
            if card.top() < bar.maximum():
                bar.setMaximum(card.bottom() + 1)  # the next card's top
        self.place_footer()
        room = self.footer_room()
        rows = self.model().rowCount() if self.model() is not None else 0
        reach = 0
        if room and rows:
            last = self.rectForIndex(self.model().index(rows - 1, 0))
            reach = last.bottom() + 1 + room - self.viewport().height()
            at = self._row_at(reach) if reach > bar.maximum() else None
            if at is not None:  # the footer's reach rounded on to a card's top as well
                card = self.rectForIndex(self.model().index(at, 0))
                reach = card.top() if card.top() == reach else card.bottom() + 1
            bar.setMaximum(max(bar.maximum(), reach))
        # The footer's room scrolls only through the range set here, which the base class
        # resets to the cards' alone on every layout: a bar shown "as needed" would hide
        # and show at each pass, the width would change, and the list would lay itself
        # out forever. While the footer needs a scroll, the bar stays on.
        policy = "ScrollBarAlwaysOn" if reach > 0 else "ScrollBarAsNeeded"
        if policy != self._bar_policy and not self.bar_outside:
            self._bar_policy = policy
            set_by_name(self, "verticalScrollBarPolicy", policy)
        if self.isVisible():
            self._rest.start(0)

    def snap_to_card(self) -> None:
        """Scroll to the nearer edge of the card cut at the top: to its top (it shows
        whole) or to the next card's. The current card, whole before, stays whole."""
        bar = self.verticalScrollBar()
        value = bar.value()
        row = self._row_at(value)
        if not self.isVisible() or bar.isSliderDown() or row is None:
            return
        card = self.rectForIndex(self.model().index(row, 0))
        up, down = card.top(), card.bottom() + 1
        if value in (up, down):
            return
        target, other = (up, down) if value - up <= down - value else (down, up)
        current = self.currentIndex()
        if current.isValid():
            mine, height = self.rectForIndex(current), self.viewport().height()

            def whole(top: int) -> bool:
                return top <= mine.top() and mine.bottom() < top + height

            if whole(value) and not whole(target) and whole(other):
                target = other
        self._snapping = True
        try:
            bar.setValue(min(target, bar.maximum()))
        finally:
            self._snapping = False

    def _row_at(self, y: int) -> int | None:
        """The row whose card spans the content's `y` (a binary search: hundreds of cards)."""
        model = self.model()
        low, high = 0, (model.rowCount() - 1) if model is not None else -1
        while low <= high:
            middle = (low + high) // 2
            rect = self.rectForIndex(model.index(middle, 0))
            if not rect.isValid():
                return None  # not laid out yet: the next layout snaps
            if y < rect.top():
                high = middle - 1
            elif y > rect.bottom():
                low = middle + 1
            else:
                return middle
        return None
