"""At the largest zoom the library comes to rest with its first card whole: after the
keyboard scrolls it, after a drag of the scroll bar, and when it is shown again."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from quizapp.gui.library.view import LibraryView
from quizapp.gui.window.settings import ZOOM_MAX

from .test_library_cards import article


def large_library(qtbot) -> LibraryView:
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_theme(view.cards.theme.with_zoom(ZOOM_MAX))
    view.set_articles([article(100, id_=f"a{n:02d}") for n in range(12)])
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: view.search.x() > 0)  # settled: the filters fitted to the column
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    return view


def first_card_top(view: LibraryView) -> int:
    """Where the first card in view starts (0: whole, at the top; below 0: sliced)."""
    return view.table.visualRect(view.table.indexAt(QPoint(10, 0))).top()


def test_scrolling_by_keyboard_comes_to_rest_at_a_card(qtbot):
    assert ZOOM_MAX >= 6
    view = large_library(qtbot)
    view.table.setFocus()
    bar = view.table.verticalScrollBar()
    for _ in range(3):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)  # the current card kept in view
    qtbot.waitUntil(lambda: bar.value() > 0 and first_card_top(view) == 0)
    current = view.table.visualRect(view.table.currentIndex())
    assert current.top() >= 0 and current.bottom() < view.table.viewport().height()


def test_a_drag_to_the_middle_of_a_card_rests_on_its_nearer_edge(qtbot):
    view = large_library(qtbot)
    bar = view.table.verticalScrollBar()
    height = view.table.visualRect(view.proxy.index(0, 0)).height()
    bar.setSliderDown(True)  # the learner holds the slider: nothing moves under it
    bar.setValue(height + height // 5)  # the second card a fifth hidden
    assert first_card_top(view) < 0
    bar.setSliderDown(False)
    qtbot.waitUntil(lambda: first_card_top(view) == 0)
    assert bar.value() == height  # back to the second card's top, the nearer edge
    bar.setValue(height * 2 - height // 5)  # the third card four fifths hidden
    qtbot.waitUntil(lambda: first_card_top(view) == 0)
    assert bar.value() == height * 2  # on to the fourth card's top


def test_the_end_of_the_list_rests_at_a_card_too(qtbot):
    view = large_library(qtbot)
    bar = view.table.verticalScrollBar()
    qtbot.keyClick(view.table, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() and first_card_top(view) == 0)
    last = view.table.visualRect(view.proxy.index(view.proxy.rowCount() - 1, 0))
    assert last.bottom() < view.table.viewport().height()  # the last card whole as well


def test_the_library_shown_again_shows_its_first_card_whole(qtbot):
    view = large_library(qtbot)
    bar = view.table.verticalScrollBar()
    view.hide()
    height = view.table.visualRect(view.proxy.index(0, 0)).height()
    view.table.setCurrentIndex(view.proxy.index(3, 0))  # the card last read
    bar.setValue(3 * height + height // 3)  # left sliced (a zoom or a new state since)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: first_card_top(view) == 0)
    assert bar.value() == 3 * height


def card_whole(view: LibraryView, row: int) -> bool:
    rect = view.table.visualRect(view.proxy.index(row, 0))
    return rect.top() >= 0 and rect.bottom() < view.table.viewport().height()


def test_back_from_an_article_whose_card_fits_at_the_top_the_list_is_at_its_top(qtbot):
    view = large_library(qtbot)  # the « Continue » card and the first cards in view again
    bar = view.table.verticalScrollBar()
    view.hide()
    view.table.setCurrentIndex(view.proxy.index(0, 0))  # the card last read: the first
    height = view.table.visualRect(view.proxy.index(0, 0)).height()
    bar.setValue(2 * height)  # scrolled away meanwhile
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bar.value() == 0)
    assert card_whole(view, 0)


def test_back_from_an_article_further_down_the_list_scrolls_just_enough(qtbot):
    view = large_library(qtbot)
    bar = view.table.verticalScrollBar()
    view.hide()
    bar.setValue(0)
    view.table.setCurrentIndex(view.proxy.index(5, 0))
    bar.setValue(0)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bar.value() > 0 and card_whole(view, 5) and first_card_top(view) == 0)
    # the least scroll: the card is not brought to the top while less shows it whole
    top = view.table.rectForIndex(view.proxy.index(5, 0)).top()
    assert bar.value() <= top
