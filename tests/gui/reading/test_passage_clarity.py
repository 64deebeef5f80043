"""The passage says what it does: the proof lands in full below the legend with a line
of the text above it, a new layout keeps the same sentence at the same place, a word a
click would look up shows it under the pointer, and the first-time tip goes for good
once dismissed. The progress line reads as progress (a track and its fill)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest

from quizapp.core import load_article
from quizapp.core.grading.responses import right_response
from tests.gui.quiz.test_evidence_link import scroll_passage_to_end
from tests.gui.quiz_fixtures import answer_current, click, make_host
from tests.gui.reading.test_card_place import zoom_in

BANK = Path(__file__).resolve().parents[3] / "questions" / "outiltheque-saint-aubin.yaml"


def test_the_evidence_lands_whole_below_the_legend_with_a_line_above(qtbot):
    article = load_article(BANK)
    view, panel = make_host(qtbot, article, width=1400, height=640)
    passage = panel.passage
    click(qtbot, panel.chooser.practice_button)
    question = article.questions[0]
    scroll_passage_to_end(qtbot, passage)  # the proof (the first sentence) scrolled away
    answer_current(qtbot, panel, right_response(question))
    click(qtbot, panel.page.check_button)
    # the proof beside the glossary's hairline: both named, on the line kept all along
    assert view.legend.isVisible() and view.legend.texts() == ["Evidence", "Explained word"]
    first = passage.sentence_rect(question.sentences[0])
    edge = view.legend.mapToGlobal(QPoint(0, view.legend.height()))
    legend_bottom = passage.viewport().mapFromGlobal(edge).y()
    assert first.top() >= legend_bottom + view.legend.height()  # clear of the strip
    assert first.top() >= passage._context() - 1  # a line of the text above it
    assert first.bottom() <= passage.viewport().height()


def test_a_new_layout_keeps_the_same_sentence_at_the_same_place(qtbot):
    article = load_article(BANK)
    view, panel = make_host(qtbot, article, width=1400, height=640)
    passage = panel.passage
    assert passage.verticalScrollBar().value() == 0  # the quiz opened at the top
    click(qtbot, panel.chooser.practice_button)
    assert passage.verticalScrollBar().value() == 0  # the title and first line still show
    passage.verticalScrollBar().setValue(passage.sentence_rect(passage._order[4]).top() - 50)
    sid, before = passage.place_anchor()  # the first sentence that starts on screen
    assert sid is not None and before == passage._char_rect(passage._spans[sid].start).top()
    passage.set_theme(passage.theme().with_zoom(2))  # the text reflows, larger
    assert abs(passage._char_rect(passage._spans[sid].start).top() - before) <= 2
    view.resize(1200, 640)  # a narrower column: the same
    qtbot.waitUntil(lambda: abs(passage._char_rect(passage._spans[sid].start).top() - before) <= 2)


def test_a_word_under_the_pointer_says_it_can_be_looked_up(qtbot, reading):
    passage = reading.reading_view.passage
    sid = passage._order[0]
    text = passage.article.sentence(sid).fr
    point = passage.word_position(sid, 1)
    QTest.mouseMove(passage.viewport(), point)
    qtbot.waitUntil(lambda: passage.hovered_word() is not None)
    hovered = passage.hovered_word()
    assert hovered[0] == sid and text[hovered[1] : hovered[2]].strip()
    assert passage.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    lines = [
        s
        for s in passage.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        and s.format.underlineColor() == passage._colours.gloss_line
    ]
    assert lines  # the look-up colour's underline
    QTest.mouseMove(passage.viewport(), QPoint(2, passage.viewport().height() - 2))
    qtbot.waitUntil(lambda: passage.hovered_word() is None)  # the page's margin: no word
    assert passage.viewport().cursor().shape() == Qt.CursorShape.IBeamCursor


def test_the_first_time_tip_shows_above_the_passage_until_dismissed(qtbot, reading):
    view = reading.reading_view
    assert not reading.settings.word_hint_done
    qtbot.waitUntil(view.tip.isVisible)
    assert view.tip.geometry().bottom() <= view.passage.geometry().top()  # above the text
    assert "T translates the sentence" in view.hint.text()
    click(qtbot, view.tip.close_button)
    assert not view.tip.isVisible()
    assert reading.settings.word_hint_done  # never again
    article = next(a for a in reading.library_view.model.articles() if a.id != "armes-belarus")
    reading.open_article(article)
    qtbot.waitUntil(view.passage.isVisible)
    assert not view.tip.isVisible()


def test_the_progress_line_is_a_track_with_its_fill(qtbot, reading):
    passage = reading.reading_view.passage
    line = passage.progress_line
    reading.resize(700, 520)
    zoom_in(qtbot, reading, 6)
    qtbot.waitUntil(line.isVisible)
    assert line.height() == 3
    image = line.grab().toImage()
    border = passage.theme().palette.border.upper()
    assert image.pixelColor(line.width() - 2, 1).name().upper() == border  # the track
    reading.actions_by_name["zoom_reset"].trigger()
    if line.isVisible():
        assert line.height() == 2
