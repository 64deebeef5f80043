"""A locate question's layout: one sentence per row, each number beside its own first
line (never two on a line), and a text column that stays put between question types."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import progress_helpers
from tests.gui.progress_helpers import open_article, start_practice
from tests.gui.quiz_fixtures import ALL_TYPES, click, click_sentence, load

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def practice(qtbot, reading, tmp_path):
    """The all-types article's quiz, in practice, beside the text (wide enough for both)."""
    reading.resize(1400, 900)
    reading.open_article(load(tmp_path))
    qtbot.keyClick(reading, Qt.Key.Key_F5)
    panel = reading.quiz.panel
    click(qtbot, panel.chooser.practice_button)
    return panel


def text_left(passage) -> int:
    """The text's left x in the viewport."""
    left = round(passage.document().rootFrame().frameFormat().leftMargin())
    return left - passage._doc_offset().x()


def same_block(passage, a: str, b: str) -> bool:
    doc = passage.document()
    return doc.findBlock(passage._spans[a].start) == doc.findBlock(passage._spans[b].start)


def test_a_locate_question_puts_each_sentence_on_its_own_row(qtbot, reading, tmp_path):
    panel = practice(qtbot, reading, tmp_path)
    passage = reading.reading_view.passage
    assert same_block(passage, "s1", "s2")  # a choice question: the prose as written
    panel.controller.go_to(9)  # the locate question
    assert passage.locate_mode() and not same_block(passage, "s1", "s2")
    left = text_left(passage)
    for sid in passage._order:  # every sentence starts at the text's left edge
        assert abs(passage._char_rect(passage._spans[sid].start).left() - left) <= 1
    click_sentence(qtbot, passage, "s4")
    assert passage.locate_selection() == {"s4"}
    marks = dict(passage.gutter_marks())
    assert set(marks) == set(passage._order)
    tops = [rect.top() for rect in marks.values()]
    assert len(set(tops)) == len(tops)  # never two numbers on one line
    for sid, rect in marks.items():  # each beside its sentence's first line, left of the text
        first = passage._char_rect(passage._spans[sid].start)
        assert rect.top() <= first.center().y() <= rect.bottom()
        assert rect.right() < left
    assert passage._gutter_label("s4") == "✓\u20094" and passage._gutter_label("s3") == "3"
    within = passage.sentence_rect("s2").top() - passage.sentence_bounds("s1").bottom()
    between = passage.sentence_rect("s3").top() - passage.sentence_bounds("s2").bottom()
    assert between > within  # the paragraph's break stays the larger gap
    click(qtbot, panel.page.check_button)
    assert passage.answer_marks()[0] == {"s4"}  # the result is shown on the same rows
    assert not same_block(passage, "s1", "s2")
    assert set(dict(passage.gutter_marks())) == set(passage._order)
    panel.controller.go_to(0)  # the locate question leaves: the prose comes back
    assert not passage.locate_mode() and same_block(passage, "s1", "s2")
    assert passage.gutter_marks() == []


def test_the_text_starts_at_the_same_x_on_every_question_type(qtbot, reading, tmp_path):
    panel = practice(qtbot, reading, tmp_path)
    passage = reading.reading_view.passage
    assert not passage.locate_mode()  # the first question is a choice
    choice = text_left(passage)
    assert passage.document().rootFrame().frameFormat().leftMargin() >= passage.gutter_room() > 0
    panel.controller.go_to(9)
    assert passage.locate_mode()
    assert text_left(passage) == choice  # the numbers' margin was kept: nothing jumps
    panel.controller.go_to(4)
    assert text_left(passage) == choice


def test_the_reading_place_stays_when_the_locate_layout_comes_and_goes(qtbot, reading, tmp_path):
    more = "".join(
        f"  - id: x{n}\n    paragraph: {3 + n // 3}\n"
        f"    fr: Voici la phrase numéro {n}, assez longue pour tenir une ligne.\n"
        f"    en: Sentence {n}.\n"
        for n in range(18)
    )
    reading.open_article(load(tmp_path, ALL_TYPES.replace("questions:\n", more + "questions:\n")))
    reading.resize(900, 500)
    passage = reading.reading_view.passage
    bar = passage.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    # the reader has scrolled half-way down the text, a paragraph's first line at the top
    # (by the text, not the scroll bar: the end card's room under the text changes that)
    bar.setValue(bar.value() + passage._char_rect(passage._spans["x6"].start).top() - 5)
    place = passage._first_visible()
    assert place not in (None, passage._order[0])
    passage.set_locate_mode(True)
    assert passage._first_visible() == place
    passage.set_locate_mode(False)
    assert passage._first_visible() == place


def test_the_narrow_locate_bar_spans_its_width_with_check_at_the_right(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    view = win.reading_view
    win.resize(700, 700)
    panel = start_practice(qtbot, win)
    qtbot.waitUntil(view.columns.switch.isVisible)
    panel.go_to(next(i for i, q in enumerate(panel.session.questions) if q.id == "q10"))
    bar = view.columns.bar
    qtbot.waitUntil(bar.isVisible)
    click_sentence(qtbot, view.passage, "s4")
    view.column.layout().activate()
    pad = view.passage.theme().space(2)
    assert bar.prompt.x() <= pad and bar.prompt.width() >= bar.width() - 2 * pad  # no indent
    check = bar.check_button.geometry()
    assert bar.width() - check.right() <= pad  # Check at the right edge
    assert check.top() >= bar.prompt.geometry().bottom()  # under the question, not beside it
    assert bar.swatch.isVisible() and bar.swatch.y() > bar.prompt.geometry().bottom()
    assert view.legend.isHidden()  # the bar's pill is the legend: the text keeps the line
    assert view.passage.geometry().top() >= bar.geometry().bottom()


def test_a_wrong_pick_keeps_its_numbered_rows_while_the_feedback_names_it(qtbot, reading, tmp_path):
    panel = practice(qtbot, reading, tmp_path)
    passage = reading.reading_view.passage
    panel.controller.go_to(9)
    click_sentence(qtbot, passage, "s3")
    click(qtbot, panel.page.check_button)
    assert not panel.session.outcome("q10").done  # a try is left: the feedback says "3"
    assert not passage.locate_mode() and not same_block(passage, "s3", "s4")
    assert passage._gutter_label("s3") == "✓\u20093"
    assert set(dict(passage.gutter_marks())) == set(passage._order)
    panel.controller.go_to(0)
    assert same_block(passage, "s3", "s4") and passage.gutter_marks() == []
