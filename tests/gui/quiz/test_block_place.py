"""The question block in a tall pane: lifted a little above the middle (the header
stays at the top), never moved by Check, the action bar still right under the
answer; in a wide pane a step larger; none of it in a small window at a large zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from quizapp.core.grading.responses import right_response
from quizapp.gui.window.settings import ZOOM_MAX
from quizapp.gui.window.stylesheet import style_sheet
from quizapp.gui.window.theme import Theme
from tests.gui.quiz_fixtures import answer_current, click, load, make_host


def open_first(qtbot, tmp_path, width, height, zoom=0):
    theme = Theme(zoom=zoom)
    QApplication.instance().setStyleSheet(style_sheet(theme))
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=width, height=height)
    panel.set_theme(theme)
    click(qtbot, panel.chooser.practice_button)
    return article, panel


def settle(page) -> None:
    """Run the lift's deferred measure (a zero-time timer) and the layouts after it."""
    for _ in range(3):
        QApplication.processEvents()
    assert not page.lift._timer.isActive()


def top_of(page, widget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_a_tall_pane_lifts_the_question_and_check_does_not_move_it(qtbot, tmp_path):
    try:
        article, panel = open_first(qtbot, tmp_path, 1400, 900)
        page = panel.page
        qtbot.waitUntil(lambda: page.lift.isVisible() and page.lift.height() > 0)
        strip_bottom = top_of(page, page.strip) + page.strip.height()
        assert top_of(page, page.prompt) > strip_bottom + page.lift.height() - 1
        bar_gap = page.action_bar.geometry().top() - page.scroll.geometry().bottom()
        assert bar_gap <= page.theme.space(2)  # the bar follows the answer, not the page's foot
        answer_current(qtbot, panel, right_response(article.questions[0]))
        before = top_of(page, page.prompt)
        click(qtbot, page.check_button)
        qtbot.waitUntil(page.feedback.isVisible)
        settle(page)  # the lift's deferred measure, if it were to move
        assert top_of(page, page.prompt) == before  # the block only grew downward
        feedback_bottom = top_of(page, page.feedback) + page.feedback.height()
        assert feedback_bottom <= top_of(page, page.action_bar)  # nothing covered
        assert page.widget.theme.px("option") > page.theme.px("option")  # a wide pane
    finally:
        QApplication.instance().setStyleSheet("")


def test_a_small_window_at_the_largest_zoom_gets_no_lift_and_no_larger_type(qtbot, tmp_path):
    try:
        _article, panel = open_first(qtbot, tmp_path, 900, 700, ZOOM_MAX)
        page = panel.page
        settle(page)
        assert not page.lift.isVisible()
        assert page.widget.theme == page.theme
        bottom = top_of(page, page.action_bar) + page.action_bar.height()
        assert bottom <= page.height() and page.check_button.isVisible()
    finally:
        QApplication.instance().setStyleSheet("")
