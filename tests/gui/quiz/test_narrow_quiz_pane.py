"""The quiz pane in a small window: words not bare arrows, chips inside the pane, the
mode chip kept, and after a check the question above its verdict and explanation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from quizapp.core.grading.responses import right_response
from quizapp.gui.window.theme import Theme
from tests.gui.quiz.test_progress_strip import start
from tests.gui.quiz_fixtures import answer_current, click, load, make_host


def test_at_900_by_700_the_skip_button_says_its_word(qtbot, tmp_path):
    _article, _view, panel = start(qtbot, tmp_path, width=900, height=700)
    page = panel.page
    bar = page.action_bar
    qtbot.waitUntil(lambda: bar.width() > 0 and bar.skip_words_shown())
    skip = page.next_button
    assert skip.text() == "Skip →" and skip.isVisible()
    assert skip.width() >= skip.fontMetrics().horizontalAdvance("Skip →")
    if not bar.words_shown():  # ← alone: a square that still names itself
        assert page.previous_button.text() == "←"
        assert page.previous_button.toolTip() == "Previous question (Page Up)"
    click(qtbot, skip)
    assert panel.session.index == 1


@pytest.mark.parametrize("zoom", [0, 6])
@pytest.mark.parametrize("size", [(900, 700), (1400, 900), (700, 600)])
def test_the_chips_stay_inside_the_pane_and_the_mode_chip_stays(qtbot, tmp_path, zoom, size):
    _article, _view, panel = start(qtbot, tmp_path, width=size[0], height=size[1], zoom=zoom)
    page, head = panel.page, panel.page.head
    strip = head.strip
    qtbot.waitUntil(lambda: strip.width() > 0 and head.mode_label.isVisible())
    page.layout().activate()
    edge = head.mapTo(page, QPoint(head.contentsRect().right() + 1, 0)).x()
    for chip in strip.chips:
        assert chip.isVisible()
        assert chip.mapTo(page, QPoint(chip.width(), 0)).x() <= edge
    assert edge <= page.width()
    # never cut short to « Pract. »: whole, with its tries where the line has room
    assert head.mode_label.text() in ("Practice", "Practice · 2 tries")
    line = (head.mode_label, head.position, head.end_button)
    assert line[-1].mapTo(head, QPoint(line[-1].width(), 0)).x() <= head.width()
    assert head.mode_label.mapTo(head, QPoint(head.mode_label.width(), 0)).x() <= (
        head.position.mapTo(head, QPoint(0, 0)).x()
    )


def test_after_check_at_zoom_6_the_question_stays_above_its_verdict(qtbot, tmp_path):
    """900×700 at zoom 6: the options with nothing to say fold away, so the question's
    first line, the verdict and the explanation show together, none under the bar."""
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=900, height=700)
    panel.set_theme(Theme(zoom=6))
    click(qtbot, panel.chooser.practice_button)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    viewport, feedback = page.scroll.viewport(), page.feedback

    def top(widget) -> int:
        return widget.mapTo(viewport, QPoint(0, 0)).y()

    first_line = page.prompt.fontMetrics().lineSpacing()
    fold = panel.widget.fold
    qtbot.waitUntil(
        lambda: (
            feedback.isVisible()
            and fold.folded
            and top(page.prompt) >= 0
            and top(page.prompt) + first_line <= viewport.height()
            and top(feedback) + feedback.verdict_bottom() <= viewport.height()
        )
    )
    assert fold.button.isVisible()  # « Show all answers »
    assert panel.widget.picked().isVisible()
    explanation = feedback.explanation
    assert explanation.isVisible()
    bottom = top(explanation) + explanation.height()
    assert bottom <= viewport.height()  # never under the bar at the foot
    assert feedback.quote.isVisible() and top(feedback.quote) < top(explanation)  # proof first
    hidden = [card for card in panel.widget.cards if not card.isVisible()]
    assert hidden
    click(qtbot, fold.button)  # every answer back, on request
    assert all(card.isVisible() for card in panel.widget.cards)
    assert not fold.button.isVisible()
    assert page.column.spacing() < page.theme.space(1)  # the rows closer while folded
    click(qtbot, page.next_button)  # the next question: the usual rows again
    assert panel.session.index == 1
    assert page.column.spacing() == page.theme.space(1)


def test_the_question_translate_chip_names_itself_and_keeps_its_key(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=1400, height=900)
    click(qtbot, panel.chooser.practice_button)
    page = panel.page
    chip = page.en_button
    qtbot.waitUntil(chip.isVisible)
    assert chip.toolTip() == "Translate the question"  # not the toolbar's EN switch
    assert not chip.icon().isNull() and chip.text() == "EN"  # the painted sign beside it
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chip, Qt.Key.Key_Space)  # the keyboard still turns it on
    assert chip.isChecked()


@pytest.mark.parametrize("size", [(900, 700), (1400, 900)])
def test_the_fold_holds_its_state_through_repeated_layouts(qtbot, tmp_path, size):
    """Measured with the usual rows each time: a re-layout (a new theme, a resize) never
    flips the options between folded and unfolded on its own."""
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=size[0], height=size[1])
    panel.set_theme(Theme(zoom=6))
    click(qtbot, panel.chooser.practice_button)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    qtbot.waitUntil(page.feedback.isVisible)
    qtbot.wait(50)  # the posted scroll-to-feedback has run
    fold = panel.widget.fold
    first = fold.folded
    for _ in range(3):
        page.set_theme(page.theme)
        qtbot.wait(20)
        assert fold.folded == first
    viewport, body = page.scroll.viewport(), page.body
    if not first:  # unfolded only when everything fits, or nothing could fold
        hidden = fold.foldable(panel.widget._states)
        assert not hidden or body.height() <= viewport.height()
