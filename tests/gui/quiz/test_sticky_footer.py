"""The action bar follows a short question and stays pinned under a long one."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.gui.action_bar_helpers import start_page


def top_in_page(page, widget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_the_bar_sits_right_under_a_short_question(qtbot, tmp_path):
    _article, _view, panel = start_page(qtbot, tmp_path, width=1400, height=900)
    page = panel.page
    bar, scroll = page.action_bar, page.scroll
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() == 0)  # it all fits
    under_body = top_in_page(page, scroll) + scroll.height()
    qtbot.waitUntil(lambda: top_in_page(page, bar) - under_body <= page.theme.space(3))
    assert top_in_page(page, bar) + bar.height() < page.height() - 100  # no gap above it


def test_the_bar_stays_pinned_when_the_body_overflows(qtbot, tmp_path):
    _article, _view, panel = start_page(qtbot, tmp_path, width=900, height=520, zoom=6)
    page = panel.page
    bar = page.action_bar
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().maximum() > 0)  # the body scrolls
    bottom = top_in_page(page, bar) + bar.height()
    assert page.check_button.isVisible()
    assert page.height() - page.theme.space(3) <= bottom <= page.height()


def test_the_question_grows_slower_than_its_options_at_the_largest_zoom():
    from quizapp.gui.window.theme import Theme

    base, large = Theme(), Theme(zoom=6)
    assert base.px("question") > base.px("option")  # a heading at the normal size
    assert large.px("option") <= large.px("question") <= 1.15 * large.px("option")
