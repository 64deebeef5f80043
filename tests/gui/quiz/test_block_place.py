"""The question's place in the pane: a fixed gap under the strip (the same in a tall
pane), so the heading never moves from one question to the next (a short one or a tall
one), and the action bar pinned to the pane's foot for every question; in
a wide pane a step larger type and one centred column, none of it in a small window at
a large zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from quizapp.core.grading.responses import right_response
from quizapp.gui.quiz.block_place import column_width, head_gap
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


def top_of(page, widget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def places(page) -> tuple[int, int, int]:
    """(the heading's top, Check's top, the answer's height) as laid out now."""
    page.layout().activate()
    return top_of(page, page.prompt), top_of(page, page.check_button), page.widget.height()


def test_heading_and_check_keep_their_places_between_questions(qtbot, tmp_path):
    for size, zoom in (((1400, 900), 0), ((900, 700), ZOOM_MAX)):
        folder = tmp_path / str(zoom)
        folder.mkdir()
        try:
            article, panel = open_first(qtbot, folder, *size, zoom)
            page = panel.page
            qtbot.waitUntil(page.check_button.isVisible)
            first = places(page)
            strip_bottom = top_of(page, page.strip) + page.strip.height()
            gap = first[0] - strip_bottom
            want = head_gap(page.theme, page.height())  # no tall pane's band above it
            assert want - 2 <= gap <= want + page.theme.space(1)
            heights = {first[2]}
            for index in range(1, len(article.questions)):
                click(qtbot, page.next_button)  # ▶: skipped to the next one
                assert panel.session.index == index
                if not page.check_button.isVisible():
                    continue  # a locate question one column at a time: its bar has Check
                now = places(page)
                assert now[0] == first[0], article.questions[index].type
                heights.add(now[2])
                bar_top = top_of(page, page.action_bar)
                bar_bottom = bar_top + page.action_bar.height()
                margin = page.layout().contentsMargins().bottom()
                assert bar_bottom == page.height() - margin  # pinned to the foot, short or long
                scroll_bottom = top_of(page, page.scroll) + page.scroll.height()
                assert scroll_bottom <= bar_top  # the question never under the bar
            assert len(heights) > 1  # questions of different heights were compared
        finally:
            QApplication.instance().setStyleSheet("")


def test_check_never_moves_the_question_and_a_wide_pane_takes_larger_type(qtbot, tmp_path):
    try:
        article, panel = open_first(qtbot, tmp_path, 1400, 900)
        page = panel.page
        answer_current(qtbot, panel, right_response(article.questions[0]))
        before = top_of(page, page.prompt)
        click(qtbot, page.check_button)
        qtbot.waitUntil(page.feedback.isVisible)
        QApplication.processEvents()
        assert top_of(page, page.prompt) == before  # the block only grew downward
        feedback_bottom = top_of(page, page.feedback) + page.feedback.height()
        assert feedback_bottom <= top_of(page, page.action_bar)  # nothing covered
        assert page.widget.theme.px("option") > page.theme.px("option")  # a wide pane
    finally:
        QApplication.instance().setStyleSheet("")


def test_a_small_window_at_the_largest_zoom_gets_no_larger_type(qtbot, tmp_path):
    try:
        _article, panel = open_first(qtbot, tmp_path, 900, 700, ZOOM_MAX)
        page = panel.page
        qtbot.waitUntil(page.check_button.isVisible)
        assert page.widget.theme == page.theme
        bottom = top_of(page, page.action_bar) + page.action_bar.height()
        assert bottom <= page.height() and page.check_button.isVisible()
    finally:
        QApplication.instance().setStyleSheet("")


def test_a_wide_pane_keeps_header_question_and_bar_in_one_centred_column(qtbot, tmp_path):
    try:
        _article, panel = open_first(qtbot, tmp_path, 1400, 900, ZOOM_MAX)
        page = panel.page
        page.resize(1380, page.height())  # the questions alone in the window's width
        qtbot.waitUntil(lambda: page.layout().contentsMargins().left() > 0)
        page.layout().activate()
        column = column_width(page.block_theme)
        for part in (page.head, page.scroll, page.action_bar):
            left = part.mapTo(page, QPoint(0, 0)).x()
            assert abs(left - (page.width() - part.width()) // 2) <= 1  # centred
            assert part.width() <= column
        option = page.widget.cards[0]
        assert option.width() <= column  # lines a reader takes in, not a 1300 px row
        assert page.minimumSizeHint().width() < page.theme.space(60)  # the sides never
        assert panel.minimumSizeHint().width() < page.theme.space(60)  # stop a splitter
        page.resize(page.theme.space(60), page.height())  # narrow: every pixel is used
        qtbot.waitUntil(lambda: page.layout().contentsMargins().left() == 0)
    finally:
        QApplication.instance().setStyleSheet("")
