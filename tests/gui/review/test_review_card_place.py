"""A review card sits in the middle of the room under the sitting's bar (not in its top
third over an empty half), and its « From “…” » line carries the article's small cover,
painted as the library's card of that article."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from quizapp.core.library.cover_subject import cover_kind
from quizapp.core.review.ratings import Rating
from tests.gui import progress_helpers
from tests.gui.progress_helpers import look_up, open_article
from tests.gui.reading.test_card_place import zoom_in

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _review(qtbot, win, size: tuple[int, int], zoom: int = 0):
    """One word looked up, then the review opened by its keys in a `size` window."""
    win.resize(*size)
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")
    win.show_screen("library")
    zoom_in(qtbot, win, zoom)
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    view = win.progress_screens.review.view
    qtbot.waitUntil(lambda: view.word_page.card is not None and view.word_page.isVisible())
    view.layout().activate()
    return view


def test_the_card_sits_in_the_middle_of_the_room_under_the_bar(qtbot, win):
    view = _review(qtbot, win, (1400, 900))
    page = view.word_page
    room = page.scroll.viewport()
    card = page.card_frame

    def share_above() -> float:
        top = card.mapTo(room, QPoint(0, 0)).y()
        return top / (room.height() - card.height())

    qtbot.waitUntil(lambda: 0.35 < share_above() < 0.5)  # a little above the middle
    top = card.mapTo(room, QPoint(0, 0)).y()
    assert top > room.height() * 0.15  # not glued under the bar
    assert view.progress_row.mapTo(view, QPoint(0, 0)).y() < view.pages.y()  # the bar on top
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Space)  # turned over: it does not move
    good = page.buttons[Rating.GOOD]
    qtbot.waitUntil(lambda: good.height() >= good.sizeHint().height() - 2)  # its two lines
    assert card.mapTo(room, QPoint(0, 0)).y() == top


def test_the_source_line_shows_the_article_cover(qtbot, win):
    view = _review(qtbot, win, (1400, 900))
    page = view.word_page
    tile = page.source_tile
    article = next(a for a in win.library_view.model.articles() if a.id == "armes-belarus")
    assert tile.isVisible() and tile.article_id == "armes-belarus"
    assert tile.kind == cover_kind(article.tags, article.title)
    line = page.source
    assert tile.geometry().right() < line.geometry().left()  # beside it, before the words
    assert abs(tile.geometry().center().y() - line.geometry().center().y()) <= 2
    assert tile.height() < 3 * line.fontMetrics().height()  # small: a caption's tile
    image = tile.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre != page.card_frame.grab().toImage().pixelColor(4, image.height() // 2)


def test_at_the_largest_zoom_in_a_small_window_the_card_still_fits(qtbot, win):
    view = _review(qtbot, win, (900, 700), zoom=6)
    page = view.word_page
    room = page.scroll.viewport()
    card = page.card_frame
    assert card.height() > room.height()  # taller than its room: it scrolls, from its top
    assert card.mapTo(room, QPoint(0, 0)).y() <= page.column.layout().contentsMargins().top()
    show = page.show_button.mapTo(room, QPoint(0, page.show_button.height()))
    bar = page.scroll.verticalScrollBar()
    assert 0 < show.y() - bar.value() <= room.height() + bar.maximum()  # scrolled to, at worst
    assert page.source_tile.isVisible()


def test_the_sittings_end_sits_a_little_above_the_middle_too(qtbot, win):
    view = _review(qtbot, win, (1400, 900))
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_3)  # Good: the sitting ends
    done = view.done_page
    qtbot.waitUntil(lambda: view.pages.currentWidget() is done)
    room = done.card.parentWidget()

    def above_and_below() -> tuple[int, int]:
        top = done.card.mapTo(room, QPoint(0, 0)).y()
        return top, room.height() - top - done.card.height()

    qtbot.waitUntil(lambda: above_and_below()[0] > 100)  # not at the top over an empty half

    def share_above() -> float:
        top, below = above_and_below()
        return top / (top + below)

    assert 0.3 < share_above() < 0.5
    assert done.scroll.verticalScrollBar().maximum() == 0  # it fits: nothing to scroll
    qtbot.waitUntil(lambda: not done.scroll.verticalScrollBar().isVisible())
    win.resize(900, 560)  # a smaller window: still in the middle of what is left
    qtbot.waitUntil(lambda: room.height() < 500 and 0.3 < share_above() < 0.5)
    assert done.scroll.verticalScrollBar().maximum() == 0
