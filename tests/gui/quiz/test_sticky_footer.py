"""The action bar is pinned to the pane's foot, under a short question (a tall pane's
lower half was an empty band, top-heavy beside the text) and a long one (it never
scrolls away)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.gui.action_bar_helpers import start_page
from tests.gui.quiz_fixtures import click, load


def top_in_page(page, widget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_the_bar_sits_at_the_foot_under_a_short_question(qtbot, tmp_path):
    _article, _view, panel = start_page(qtbot, tmp_path, width=1400, height=900)
    page = panel.page
    bar, scroll = page.action_bar, page.scroll
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() == 0)  # it all fits
    page.layout().activate()
    answer_bottom = page.widget.mapTo(page, QPoint(0, page.widget.height())).y()
    margin = page.layout().contentsMargins().bottom()
    assert top_in_page(page, bar) + bar.height() == page.height() - margin  # at the foot
    assert top_in_page(page, bar) - answer_bottom > page.theme.space(8)  # a short question
    window_bottom = bar.mapTo(bar.window(), QPoint(0, bar.height())).y()
    assert window_bottom >= bar.window().height() - page.theme.space(2)  # the window's foot
    assert not scroll.fade.isVisible()  # nothing below: no fade over the answer


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


def test_match_slots_keep_even_pads_in_their_cards(qtbot, tmp_path):
    from tests.gui.quiz_fixtures import make_host

    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=1400, height=900)
    click(qtbot, panel.chooser.practice_button)
    match = next(i for i, q in enumerate(article.questions) if q.type.value == "match")
    panel.controller.go_to(match)
    widget = panel.widget
    card, left, slot = widget.cards[0], widget.lefts[0], widget.slots[0]
    qtbot.waitUntil(lambda: slot.isVisible() and card.width() > 0)
    left_pad = left.mapTo(card, QPoint(0, 0)).x()
    right_pad = card.width() - slot.mapTo(card, QPoint(slot.width(), 0)).x()
    assert abs(left_pad - right_pad) <= 2


def test_scrolled_to_the_end_no_feedback_line_is_under_the_fade(qtbot, tmp_path):
    from quizapp.core.grading.responses import right_response
    from tests.gui.quiz_fixtures import answer_current

    article, _view, panel = start_page(qtbot, tmp_path, width=900, height=560, zoom=6)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: page.feedback.isVisible() and bar.maximum() > 0)
    QApplication.processEvents()  # the verdict's own scroll (on the next turn) done first
    bar.setValue(bar.maximum())  # the learner scrolls to the end
    qtbot.waitUntil(lambda: not page.scroll.fade.isVisible())
    viewport = page.scroll.viewport()
    feedback = page.feedback
    bottom = feedback.mapTo(viewport, QPoint(0, feedback.height())).y()
    assert bottom + page.theme.space(0.5) <= viewport.height()  # its last line clear of the edge


def test_at_rest_no_control_is_half_under_the_fade(qtbot, tmp_path):
    """Scrolled step by step through a question at the largest zoom in a small window:
    each control in the body shows whole above the fade, or is wholly covered."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    _article, _view, panel = start_page(qtbot, tmp_path, width=900, height=520, zoom=6)
    page = panel.page
    scroll, fade = page.scroll, page.scroll.fade
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and fade.isVisible())
    viewport = scroll.viewport()
    controls = [
        w
        for kind in (QAbstractButton, QLineEdit)
        for w in page.body.findChildren(kind)
        if w.isVisibleTo(page.body)
    ]
    seen = 0
    for value in range(0, bar.maximum(), max(1, page.theme.space(1))):
        bar.setValue(value)
        if not fade.isVisible():
            continue
        fade_top = fade.geometry().top() - viewport.geometry().top()
        covered = viewport.height() - fade.solid  # where the solid cover begins
        for control in controls:
            top = control.mapTo(viewport, QPoint(0, 0)).y()
            bottom = top + control.height()
            if top >= viewport.height() or bottom <= fade_top:
                continue  # below the edge, or clear above the fade
            if control.parent() is not None and control.parent().property("option"):
                continue  # an option card's badge: the card fades as one
            seen += 1
            assert fade.solid and top >= covered - 1, f"{control} half under the fade at {value}"
    assert seen  # the walk met controls at the edge


def test_the_keys_hint_is_never_shown_cut_by_the_edge(qtbot, tmp_path):
    """« 1–4 to choose · Enter to confirm » at the foot of a scrolling pane: whole
    above the fade, or wholly covered, at every scroll step."""
    seen = 0
    for height in (560, 600, 640):
        _article, _view, panel = start_page(qtbot, tmp_path, width=900, height=height, zoom=6)
        page, keys = panel.page, panel.widget.keys
        scroll, fade = page.scroll, page.scroll.fade
        bar, viewport = scroll.verticalScrollBar(), scroll.viewport()
        qtbot.waitUntil(lambda: keys.isVisible())  # noqa: B023
        assert keys.property("edge_whole")
        for value in range(0, bar.maximum() + 1):
            bar.setValue(value)
            top = keys.mapTo(viewport, QPoint(0, 0)).y()
            if top >= viewport.height() or top + keys.height() <= viewport.height():
                continue  # below the edge, or whole above it
            seen += 1  # the edge cuts the line: the fade covers it whole
            assert fade.isVisible() and top >= viewport.height() - fade.solid - 1, (height, value)
    assert seen  # the walk met the line at the edge
