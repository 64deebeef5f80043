"""Narrow windows and large zooms: the text and the quiz one at a time, a switch between."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import progress_helpers
from tests.gui.progress_helpers import answer, open_article, start_practice
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def both_shown(view) -> bool:
    return view.passage.isVisible() and view.side_panel().isVisible()


def test_a_wide_window_keeps_the_split_and_a_narrow_one_shows_one_column(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    switch = view.columns.switch
    start_practice(qtbot, win)
    win.resize(1400, 900)
    qtbot.waitUntil(lambda: both_shown(view))
    assert not switch.isVisible()

    win.resize(700, 700)  # the quiz and 32 characters of text do not both fit
    qtbot.waitUntil(switch.isVisible)
    assert switch.quiz_button.isChecked()  # a question is shown: it comes first
    assert view.side_panel().isVisible() and not view.passage.isVisible()
    click(qtbot, switch.text_button)
    assert view.passage.isVisible() and not view.side_panel().isVisible()
    qtbot.keyClick(view.passage, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.side_panel().isVisible() and not view.passage.isVisible()
    qtbot.keyClick(view.side_panel(), Qt.Key.Key_F6)
    assert view.passage.isVisible() and view.passage.hasFocus()

    win.resize(1400, 900)
    qtbot.waitUntil(lambda: both_shown(view))
    assert not switch.isVisible()


def test_the_largest_zoom_switches_to_one_column_and_leaving_the_quiz_restores_the_text(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    win.resize(900, 700)
    panel = start_practice(qtbot, win)
    qtbot.waitUntil(lambda: both_shown(view))
    for _ in range(6):
        win.actions_by_name["zoom_in"].trigger()
    qtbot.waitUntil(view.columns.switch.isVisible)
    assert not view.passage.isVisible()
    win.actions_by_name["zoom_reset"].trigger()
    qtbot.waitUntil(lambda: both_shown(view))
    for _ in range(6):
        win.actions_by_name["zoom_in"].trigger()
    qtbot.waitUntil(view.columns.switch.isVisible)
    panel.close_quiz()
    qtbot.waitUntil(view.passage.isVisible)
    assert view.side_panel() is None and not view.columns.switch.isVisible()


def test_show_in_the_text_brings_the_text_forward_at_its_evidence(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    win.resize(700, 700)
    panel = start_practice(qtbot, win)
    qtbot.waitUntil(view.columns.switch.isVisible)
    answer(qtbot, win)
    button = panel.page.feedback.evidence_button
    qtbot.waitUntil(button.isVisible)
    assert not view.passage.isVisible()
    click(qtbot, button)
    assert view.passage.isVisible() and view.columns.switch.text_button.isChecked()
    evidence = view.passage.evidence()
    assert evidence == frozenset(panel.session.current.sentences)
    first = next(s for s in view.passage._order if s in evidence)
    rect = view.passage.sentence_rect(first)
    assert view.passage.viewport().rect().intersects(rect)  # scrolled into sight


def test_the_reading_hint_goes_after_the_first_looked_up_word(qtbot, win):
    from tests.gui.reading.test_reading import click_word

    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    assert view.hint.isVisible()
    click_word(qtbot, win, "s1", "Russie")
    assert view.hint.isVisible() and view.popover.isVisible()  # nothing moves under the card
    qtbot.keyClick(view.popover, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.popover.isVisible())
    assert not view.hint.isVisible()
    assert win.settings.word_hint_done  # remembered for the next article and run


def test_the_reading_hint_stays_one_line_at_the_largest_zoom(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    win.resize(1400, 900)
    qtbot.waitUntil(lambda: "T translates the sentence" in view.hint.text())
    win.resize(700, 700)
    for _ in range(6):
        win.actions_by_name["zoom_in"].trigger()
    qtbot.waitUntil(lambda: view.hint.text() == "Click a word to translate it")
    assert not view.hint.wordWrap()
    advance = view.hint.fontMetrics().horizontalAdvance(view.hint.text())
    qtbot.waitUntil(lambda: advance <= view.hint.width())  # the tip's row laid out again
    assert "T translates the sentence" in view.hint.toolTip()  # the whole of it, on hover


def test_a_new_question_brings_the_questions_back(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    view = win.reading_view
    win.resize(700, 700)
    panel = start_practice(qtbot, win)
    qtbot.waitUntil(view.columns.switch.isVisible)
    answer(qtbot, win)
    qtbot.keyClick(view.side_panel(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.passage.isVisible() and not panel.isVisible()
    win.actions_by_name["next_question"].trigger()  # the window's key, from the text
    qtbot.waitUntil(panel.isVisible)
    assert view.columns.switch.quiz_button.isChecked() and not view.passage.isVisible()


def test_a_locate_question_is_answered_in_the_text_without_switching(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    view = win.reading_view
    win.resize(700, 700)
    panel = start_practice(qtbot, win)
    qtbot.waitUntil(view.columns.switch.isVisible)
    locate = next(i for i, q in enumerate(panel.session.questions) if q.id == "q10")
    panel.go_to(locate)
    # picking happens in the text: it comes forward, with the question and its Check
    qtbot.waitUntil(view.passage.isVisible)
    bar = view.columns.bar
    assert bar.isVisible() and not view.side_panel().isVisible()
    assert view.columns.switch.text_button.isChecked()
    assert bar.prompt.text() == "Quelle phrase parle des enfants ?"
    assert not bar.check_button.isEnabled()  # nothing picked yet
    passage = view.passage
    for sid in ("s1", "s4", "s1"):  # a second click drops a pick
        point = passage.sentence_rect(sid).center()
        qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert passage.locate_selection() == frozenset({"s4"})
    assert bar.count.text() == "1 sentence selected"
    assert bar.check_button.isEnabled()
    click(qtbot, bar.check_button)
    # checked: the feedback is in the questions, which come back by themselves
    qtbot.waitUntil(lambda: view.side_panel().isVisible())
    assert not bar.isVisible() and view.columns.switch.quiz_button.isChecked()
    assert panel.session.outcome("q10").grade.correct
    assert panel.page.feedback.isVisible()
    # another question (not a locate one): the questions stay in front
    click(qtbot, panel.page.previous_button)
    qtbot.waitUntil(lambda: panel.session.index == locate - 1)
    assert view.columns.switch.quiz_button.isChecked() and view.side_panel().isVisible()
    assert not view.passage.isVisible()


def test_the_column_a_question_asks_for_is_kept_while_the_window_is_wide(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    view = win.reading_view
    win.resize(700, 700)
    panel = start_practice(qtbot, win)
    locate = next(i for i, q in enumerate(panel.session.questions) if q.id == "q10")
    panel.go_to(locate)
    qtbot.waitUntil(view.passage.isVisible)  # the text, for the picks
    win.resize(1400, 900)
    qtbot.waitUntil(lambda: both_shown(view))
    click(qtbot, panel.page.previous_button)  # a question answered in the panel
    qtbot.waitUntil(lambda: panel.session.index == locate - 1)
    win.resize(700, 700)
    qtbot.waitUntil(lambda: not both_shown(view))
    assert view.side_panel().isVisible() and not view.passage.isVisible()


def test_the_divider_keeps_its_place_across_sizes_zooms_and_question_types(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    view = win.reading_view
    win.resize(1400, 900)
    panel = start_practice(qtbot, win)
    qtbot.waitUntil(lambda: both_shown(view))
    handle = view.splitter.handle(1)

    def settled_x() -> int:
        for _ in range(3):
            qtbot.wait(10)
        return handle.x()

    first = settled_x()
    win.resize(900, 700)  # side by side still, then back: the same share
    settled_x()
    win.actions_by_name["zoom_in"].trigger()
    win.actions_by_name["zoom_reset"].trigger()
    win.resize(1400, 900)
    qtbot.waitUntil(lambda: handle.x() == first)
    locate = next(i for i, q in enumerate(panel.session.questions) if q.id == "q10")
    for index in (locate, 0, locate):  # its numbered sentences never push the divider
        panel.go_to(index)
        win.resize(900, 700)
        settled_x()
        win.resize(1400, 900)
        assert settled_x() == first


def test_a_narrow_summary_hides_the_tabs_and_the_text_tools_it_cannot_use(qtbot, win):
    """At zoom 6 in 900×700 the summary is alone: « Text | Questions » and the English
    translation switch act on nothing there, so they step aside; asking for the text
    (the summary's words) brings the tabs back to return."""
    from tests.gui.progress_helpers import finish

    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    win.resize(900, 700)
    start_practice(qtbot, win)
    for _ in range(6):
        win.actions_by_name["zoom_in"].trigger()
    qtbot.waitUntil(view.columns.switch.isVisible)
    assert view.parallel_button.isVisible()
    answer(qtbot, win)
    finish(qtbot, win)
    panel = win.quiz.panel
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    qtbot.waitUntil(lambda: not view.columns.switch.isVisible())
    assert panel.summary.isVisible() and not view.passage.isVisible()
    assert not view.parallel_button.isVisible()
    view.columns.show_column("text")  # as the summary's word chip asks
    qtbot.waitUntil(view.passage.isVisible)
    assert view.columns.switch.isVisible()  # the way back to the summary
    win.actions_by_name["zoom_reset"].trigger()
