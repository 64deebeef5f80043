"""The passage scrolls to a clean start: nothing moves when the sentence shows already;
else its paragraph's first line at the document's top margin, or the page from its
title when the sentence lies in the first screen (never mid-paragraph)."""

from __future__ import annotations

from pathlib import Path

from quizapp.core import load_article
from tests.gui.quiz.test_evidence_link import scroll_passage_to_end
from tests.gui.quiz_fixtures import click, make_host

BANK = Path(__file__).resolve().parents[3] / "questions" / "outiltheque-saint-aubin.yaml"


def _host(qtbot, keep_view=False):
    article = load_article(BANK)
    view, panel = make_host(qtbot, article, width=1400, height=560)
    click(qtbot, panel.chooser.practice_button)
    return (article, panel.passage, view) if keep_view else (article, panel.passage)


def test_a_sentence_in_view_is_not_scrolled_to(qtbot):
    article, passage = _host(qtbot)
    sid = article.paragraphs[1][1].id
    bounds = passage.sentence_bounds(sid)
    assert bounds.top() >= 0 and bounds.bottom() <= passage.viewport().height()
    passage.highlight_evidence([sid], scroll=True)
    assert passage.verticalScrollBar().value() == 0


def test_a_sentence_below_lands_with_its_paragraph_start_at_the_top(qtbot):
    article, passage = _host(qtbot)
    paragraph = next(p for p in article.paragraphs[2:] if len(p) > 1)
    passage.highlight_evidence([paragraph[-1].id], scroll=True)
    margin = round(passage.document().rootFrame().frameFormat().topMargin())
    head = passage._char_rect(passage._spans[paragraph[0].id].start)
    assert head.top() == margin  # the paragraph's first line, with the page's margin
    assert passage.sentence_bounds(paragraph[-1].id).bottom() <= passage.viewport().height()


def test_a_sentence_of_the_first_screen_brings_back_the_title(qtbot):
    article, passage = _host(qtbot)
    scroll_passage_to_end(qtbot, passage)
    passage.highlight_evidence([article.paragraphs[0][0].id], scroll=True)
    assert passage.verticalScrollBar().value() == 0  # the title, not a cut line, on top


def test_a_new_width_never_leaves_a_paragraph_cut_at_the_top(qtbot):
    article, passage, view = _host(qtbot, keep_view=True)
    paragraph = next(p for p in article.paragraphs[1:] if len(p) > 1)
    bar = passage.verticalScrollBar()
    bar.setValue(bar.value() + passage._char_rect(passage._spans[paragraph[1].id].start).top())
    assert passage.place_anchor()[0] == paragraph[1].id  # mid-paragraph at the top edge
    view.resize(1300, 560)
    margin = round(passage.document().rootFrame().frameFormat().topMargin())

    def clean() -> bool:
        head = passage._char_rect(passage._spans[paragraph[0].id].start).top()
        return bar.value() == 0 or head == margin

    qtbot.waitUntil(clean)
    bounds = passage.sentence_bounds(paragraph[1].id)
    assert bounds.top() >= 0 and bounds.bottom() <= passage.viewport().height()
