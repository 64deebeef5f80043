"""At the largest zoom in a small window the header (greeting, filters) scrolls away
with the list: two cards show once scrolled, and Ctrl+F or Shift+Tab brings it back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollBar

from quizapp.gui.library.view import LibraryView
from quizapp.gui.window.settings import ZOOM_MAX
from quizapp.gui.window.stylesheet import style_sheet

from .test_library_cards import article


def small_zoomed_library(qtbot) -> LibraryView:
    view = LibraryView()
    qtbot.addWidget(view)
    theme = view.cards.theme.with_zoom(ZOOM_MAX)
    view.set_theme(theme)
    view.setStyleSheet(style_sheet(theme))
    view.set_articles([article(100, id_=f"a{n:02d}") for n in range(8)])
    view.resize(900, 440)  # shorter than a 900×700 window's library: one card and the header
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    return view


def cards_in_view(view: LibraryView) -> int:
    """How many cards show at least half of themselves in the list's viewport."""
    table, shown = view.table, 0
    room = table.viewport().rect()
    for row in range(view.proxy.rowCount()):
        card = table.visualRect(view.proxy.index(row, 0))
        if 2 * card.intersected(room).height() >= card.height():
            shown += 1
    return shown


def on_screen(view: LibraryView, widget) -> bool:
    """`widget` whole inside the view and not folded away."""
    box = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
    return (
        widget.isVisible()
        and view.rect().contains(box)
        and widget.visibleRegion().boundingRect() == widget.rect()
    )


def test_scrolled_the_header_makes_room_for_two_cards(qtbot):
    view = small_zoomed_library(qtbot)
    assert view.header.short() and cards_in_view(view) < 2  # the header's share: one card
    view.table.setFocus()
    bar = view.table.verticalScrollBar()
    for _ in range(2):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.header.collapsed)
    qtbot.waitUntil(lambda: cards_in_view(view) >= 2)
    assert view.header.height() == 0 and bar.value() > 0
    qtbot.keyClick(view.table, Qt.Key.Key_Home)  # back at the top: the header again
    qtbot.waitUntil(lambda: not view.header.collapsed and on_screen(view, view.search))


def test_ctrl_f_and_shift_tab_bring_the_folded_header_back(qtbot):
    view = small_zoomed_library(qtbot)
    view.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.header.collapsed)
    view.focus_search()  # what the window's Ctrl+F calls
    qtbot.waitUntil(lambda: on_screen(view, view.search))
    assert view.search.hasFocus() and not view.header.collapsed
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.header.collapsed)
    qtbot.keyClick(view.table, Qt.Key.Key_Backtab)  # the keyboard order is kept
    qtbot.waitUntil(lambda: not view.header.collapsed)
    assert view.header.isAncestorOf(view.focusWidget())


def visible_bars(view: LibraryView) -> list[QScrollBar]:
    return [
        b
        for b in view.findChildren(QScrollBar)
        if b.orientation() == Qt.Orientation.Vertical and b.isVisible()
    ]


def test_the_scroll_bar_runs_the_library_s_height_its_handle_at_the_top(qtbot, window):
    """The list's own bar began under the header: at rest its handle sat part-way down
    the window, as if scrolled. One bar runs the library's height and mirrors the list."""
    view = window.library_view
    window.resize(900, 600)
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    (bar,) = visible_bars(view)  # one bar, not the list's own as well
    assert bar.mapTo(view, QPoint(0, 0)).y() == 0 and bar.height() == view.height()
    assert bar.value() == bar.minimum() == 0
    right = bar.mapTo(view, QPoint(0, 0)).x()
    assert right + bar.width() == view.width()
    assert view.table.geometry().right() < right  # the cards never under it
    assert view.search.mapTo(view, QPoint(view.search.width(), 0)).x() <= right
    inner = view.table.verticalScrollBar()
    assert (bar.maximum(), bar.pageStep()) == (inner.maximum(), inner.pageStep())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 4))
    qtbot.waitUntil(lambda: inner.value() > 0)  # a click on its track pages the list
    qtbot.waitUntil(lambda: bar.value() == inner.value())  # at rest on a card's top, both
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: bar.value() == 0 == inner.value())
