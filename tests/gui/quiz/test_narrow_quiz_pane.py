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


@pytest.mark.parametrize(("zoom", "size"), [(0, (1400, 900)), (0, (900, 700)), (6, (900, 700))])
def test_after_check_every_option_stays_in_sight_with_its_mark(qtbot, tmp_path, zoom, size):
    """A wrong answer given up, then marked: every option still shown, each with ✓ or
    ✗ or nothing (the wrong ones teach too), no « hidden » link, the verdict in view."""
    from tests.gui.quiz_fixtures import wrong_answer

    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=size[0], height=size[1])
    panel.set_theme(Theme(zoom=zoom))
    click(qtbot, panel.chooser.practice_button)
    page = panel.page
    answer_current(qtbot, panel, wrong_answer(article.questions[0]))
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: page.give_up_button.isVisible())
    click(qtbot, page.give_up_button)  # marked: the right one and the pick
    widget = panel.widget
    viewport, feedback = page.scroll.viewport(), page.feedback
    qtbot.waitUntil(lambda: feedback.isVisible() and any(m.text() for m in widget.marks))
    assert all(card.isVisibleTo(widget) for card in widget.cards)
    assert not widget.fold.folded and not widget.fold.button.isVisibleTo(widget)
    assert {m.text() for m in widget.marks if m.text()} == {"✓", "✗"}
    top = feedback.mapTo(viewport, QPoint(0, 0)).y()
    qtbot.waitUntil(lambda: 0 <= feedback.mapTo(viewport, QPoint(0, 0)).y() < viewport.height())
    assert top + feedback.verdict_bottom() <= viewport.height() or top < viewport.height()


def test_a_pane_too_short_for_them_all_folds_the_others_and_says_so(qtbot, tmp_path):
    """900×500 at zoom 6: the question, all the options and the verdict cannot show
    together; the options with nothing to say fold away, the link says how many and
    why, and brings them back."""
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=900, height=500)
    panel.set_theme(Theme(zoom=6))
    click(qtbot, panel.chooser.practice_button)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    viewport, feedback = page.scroll.viewport(), page.feedback
    fold = panel.widget.fold
    qtbot.waitUntil(lambda: feedback.isVisible() and fold.folded)
    hidden = [card for card in panel.widget.cards if not card.isVisible()]
    assert len(hidden) == 2
    assert fold.button.isVisible() and fold.button.text() == "2 answers hidden to fit · Show all"
    assert panel.widget.picked().isVisible()
    top = feedback.mapTo(viewport, QPoint(0, 0)).y()
    assert top + feedback.verdict_bottom() <= viewport.height()
    click(qtbot, fold.button)  # every answer back, on request
    assert all(card.isVisible() for card in panel.widget.cards)
    assert not fold.button.isVisible()
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
    body = page.body
    if not first:  # unfolded when the options and the verdict fit, or nothing could fold
        hidden = fold.foldable(panel.widget._states)
        feedback = page.feedback
        verdict = feedback.mapTo(body, QPoint(0, 0)).y() + feedback.verdict_bottom()
        assert not hidden or verdict <= page.scroll.shown_room(body.height())
