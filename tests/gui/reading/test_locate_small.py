"""A locate question in a small window at the largest zoom: the bar stays a prompt and
one slim line, the legend strip goes into it, and the text under it starts at the
first sentence (not the title), so several lines of it show; side by side, the quiz
repeats each pick; a gloss card there is compact and leaves its sentence in view."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from tests.gui.progress_helpers import close_window, open_article, open_window, start_practice
from tests.gui.quiz_fixtures import click_sentence, load
from tests.gui.reading.test_card_place import zoom_in
from tests.gui.reading.test_reading import click_word

ARTICLE = Path(__file__).parents[3] / "questions" / "outiltheque-saint-aubin.yaml"
LINES_SHOWN = 5  # of the passage's own text under the bar (the review saw barely one)


@pytest.fixture
def win(qtbot, tmp_path: Path, data_dir: Path):
    """A window on the bank's article the review looked at (a title, 16 sentences)."""
    folder = tmp_path / "outil"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    window = open_window(qtbot, folder, data_dir)
    yield window
    close_window(window)


def locate_question(qtbot, win, size: tuple[int, int], zoom: int = 0):
    open_article(qtbot, win, "outiltheque-saint-aubin")
    win.resize(*size)
    zoom_in(qtbot, win, zoom)
    panel = start_practice(qtbot, win)
    panel.go_to(next(i for i, q in enumerate(panel.session.questions) if q.type == "locate"))
    return panel


def test_at_zoom_6_in_900x700_the_locate_bar_leaves_the_text_its_room(qtbot, win):
    locate_question(qtbot, win, (900, 700), zoom=6)
    view = win.reading_view
    bar, passage = view.columns.bar, view.passage
    qtbot.waitUntil(bar.isVisible)
    view.column.layout().activate()
    assert view.legend.isHidden() and bar.swatch.isVisible()  # the legend is in the bar
    line = bar.prompt.fontMetrics().lineSpacing()
    assert bar.prompt.height() <= 2 * line + 2  # the prompt in two lines at most
    assert bar.height() <= 2 * line + bar.check_button.height() + 2 * passage.theme().space(1)
    first = passage._order[0]
    top = passage.sentence_rect(first).top()
    assert 0 <= top <= passage._context()  # the first sentence, not the title, at the top
    height = passage.viewport().height()
    rects = [
        passage._char_rect(p)
        for sid in passage._order
        for p in range(passage._spans[sid].start, passage._spans[sid].end)
    ]
    shown = {r.top() for r in rects if r.top() >= 0 and r.bottom() <= height}
    assert len(shown) >= LINES_SHOWN  # whole lines of the text under the question
    qtbot.keyClick(win, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # zoom 0: both
    qtbot.waitUntil(lambda: view.columns.shown() is None and bar.isHidden())
    assert passage.verticalScrollBar().value() == 0  # the title is back: nothing was read


def test_side_by_side_the_quiz_repeats_each_pick(qtbot, win):
    panel = locate_question(qtbot, win, (1400, 900))
    view = win.reading_view
    assert view.columns.shown() is None  # both columns
    answer = panel.widget
    assert answer.picks.isHidden()
    click_sentence(qtbot, view.passage, "s4")
    qtbot.waitUntil(answer.picks.isVisible)
    words = win.reading_view.article.sentence("s4").fr.split()
    text = answer.picks.text()
    assert "4" in text and " ".join(words[:3]) in text
    assert text.endswith("\u202f»") and "— «\u202f" in text  # quoted as the proof
    click_sentence(qtbot, view.passage, "s2")
    first, second = answer.picks.text().split("\n")  # one line a pick, in the text's order
    assert "2" in first and " ".join(words[:3]) in second
    click_sentence(qtbot, view.passage, "s2")
    click_sentence(qtbot, view.passage, "s4")  # both unpicked: nothing to repeat
    assert answer.picks.isHidden()


def test_at_zoom_6_in_900x700_a_gloss_card_is_compact_and_its_sentence_shows(qtbot, win):
    open_article(qtbot, win, "outiltheque-saint-aubin")
    win.resize(900, 700)
    zoom_in(qtbot, win, 6)
    view = win.reading_view
    view.passage.verticalScrollBar().setValue(0)
    sid = view.passage._order[0]
    word = view.article.sentence(sid).fr.split()[0]
    click_word(qtbot, win, sid, word)
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    assert card.compact and card.source_label.isHidden()  # a short passage: every line counts
    sentence = view._sentence_rect(sid)
    assert view._area().contains(sentence.center())
    assert not card.geometry().intersects(sentence)
    assert not card.buttons_stacked()  # its buttons in one row
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())


def test_a_past_locate_answer_survives_a_new_language_over_another_article(qtbot, win, tmp_path):
    """Its picks belong to the article it was asked on: renamed over another one (whose
    sentences differ), it names none of them and raises nothing."""
    panel = locate_question(qtbot, win, (1400, 900))
    answer, passage = panel.widget, win.reading_view.passage
    click_sentence(qtbot, passage, "s9")
    qtbot.waitUntil(answer.picks.isVisible)
    passage.set_article(load(tmp_path))  # four sentences: no s9
    QCoreApplication.sendEvent(answer, QEvent(QEvent.Type.LanguageChange))
    assert answer.picks.isHidden()
