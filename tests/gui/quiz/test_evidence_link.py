"""The proof said once in view: after Check the passage shows the evidence and the
feedback quotes it, so "Show in the text →" shows only while the evidence is out
of the passage's viewport, and follows the passage as the learner scrolls it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from quizapp.core import load_article
from quizapp.core.grading.responses import right_response
from tests.gui.quiz_fixtures import answer_current, click, make_host

BANK = Path(__file__).resolve().parents[3] / "questions" / "outiltheque-saint-aubin.yaml"


def checked_first(qtbot):
    article = load_article(BANK)
    view, panel = make_host(qtbot, article, width=1400, height=640)  # the passage scrolls
    click(qtbot, panel.chooser.practice_button)
    question = article.questions[0]
    assert question.sentences, "the first question points at its evidence"
    answer_current(qtbot, panel, right_response(question))
    click(qtbot, panel.page.check_button)
    return view, panel, question


def scroll_passage_to_end(qtbot, passage) -> None:
    """Click the passage's scroll bar below its handle until it reaches the end."""
    bar = passage.verticalScrollBar()
    trough = QPoint(bar.width() // 2, bar.height() - 4)
    while bar.value() < bar.maximum():
        before = bar.value()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=trough)
        qtbot.waitUntil(lambda before=before: bar.value() > before)


def test_no_link_while_the_evidence_shows_in_the_passage(qtbot):
    _view, panel, question = checked_first(qtbot)
    feedback = panel.page.feedback
    assert panel.passage.evidence() == frozenset(question.sentences)  # highlighted
    assert feedback.quote.isVisible()  # and quoted
    assert not feedback.evidence_button.isVisible()  # not a third time


def test_the_link_follows_the_passage_out_of_view_and_back(qtbot):
    _view, panel, question = checked_first(qtbot)
    passage, link = panel.passage, panel.page.feedback.evidence_button
    assert passage.verticalScrollBar().maximum() > 0, "the passage must scroll"
    scroll_passage_to_end(qtbot, passage)
    qtbot.waitUntil(link.isVisible)  # the evidence scrolled away: the way back shows
    first = passage.sentence_rect(question.sentences[0])
    assert not passage.viewport().rect().contains(first)
    click(qtbot, link)
    qtbot.waitUntil(lambda: not link.isVisible())  # back at the evidence: the link goes
    assert passage.viewport().rect().contains(passage.sentence_rect(question.sentences[0]))
    assert panel.page.feedback.quote.isVisible()


def test_the_link_shows_when_the_passage_is_hidden(qtbot):
    _view, panel, _question = checked_first(qtbot)
    link = panel.page.feedback.evidence_button
    panel.passage.hide()
    qtbot.waitUntil(link.isVisible)
    panel.passage.show()
    qtbot.waitUntil(lambda: not link.isVisible())


def test_the_link_follows_a_new_window_size(qtbot):
    view, panel, question = checked_first(qtbot)
    passage, link = panel.passage, panel.page.feedback.evidence_button
    first = question.sentences[0]

    def agrees() -> bool:
        seen = passage.isVisible() and passage.viewport().rect().contains(
            passage.sentence_rect(first)
        )
        return link.isVisible() != seen

    for width, height in ((900, 700), (1400, 900), (1000, 600)):
        view.resize(width, height)
        qtbot.waitUntil(agrees)


def test_the_summary_brings_the_text_back_to_its_title(qtbot):
    _view, panel, _question = checked_first(qtbot)
    passage = panel.passage
    scroll_passage_to_end(qtbot, passage)
    assert passage.verticalScrollBar().value() > 0
    panel.finish()  # unanswered questions: it asks first
    panel.finish()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    assert passage.verticalScrollBar().value() == 0  # the summary is about the whole text
