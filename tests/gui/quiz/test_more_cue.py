"""At the largest zoom in a 900 × 700 window, what lies under the fold says so.

A question's 4th option, an order's 4th item, a bank's last row sat under the bottom
fade with no cue: a small « More ↓ » link now shows in a strip of its own under the
scrolled body (never over an option), a click scrolls on, and at the bottom it goes.
The summary's says « Your answers ↓ » while the list is below it, and a click brings
the list's start into view. A short pane packs the question: one gap, not two,
between the prompt and its answer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from tests.gui.progress_helpers import close_window, open_article, open_window
from tests.gui.quiz_fixtures import click
from tests.gui.reading.test_card_place import zoom_in

BANK = Path(__file__).parents[3] / "questions"
ARTICLE = "russie-armes-nucleaires-belarus"  # four options, an order of four, a bank
FOLD_KINDS = ("choice", "order", "cloze")


@pytest.fixture
def win(qtbot, tmp_path: Path, data_dir: Path):
    folder = tmp_path / "bank"
    folder.mkdir()
    shutil.copy(BANK / f"{ARTICLE}.yaml", folder)
    window = open_window(qtbot, folder, data_dir)
    yield window
    close_window(window)


def start(qtbot, win, lang: str = "en"):
    """The whole quiz in practice, at the largest zoom in a 900 × 700 window."""
    if lang != "en":
        win.set_language(lang)
    open_article(qtbot, win, ARTICLE)
    win.resize(900, 700)
    zoom_in(qtbot, win, 6)
    win.actions_by_name["start_quiz"].trigger()
    panel = win.quiz.panel
    qtbot.waitUntil(lambda: panel.chooser.practice_button.isVisible())
    if panel.chooser.part_buttons:
        click(qtbot, panel.chooser.part_buttons[-1])  # all of it
    click(qtbot, panel.chooser.practice_button)
    qtbot.waitUntil(panel.in_question)
    return panel


def rect_in(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_a_question_under_the_fold_says_more_and_a_click_scrolls_to_its_end(qtbot, win):
    panel = start(qtbot, win)
    page = panel.page
    scroll, cue = page.scroll, page.scroll.more
    bar = scroll.verticalScrollBar()
    seen = set()
    for index, question in enumerate(panel.session.questions):
        kind = question.type.value
        if kind not in FOLD_KINDS or kind in seen:
            continue
        seen.add(kind)
        panel.go_to(index)
        for _ in range(3):  # laid out whole (a row of accent keys settles after a pass)
            QApplication.processEvents()
        if kind == "cloze" and bar.maximum() == 0:  # its keys on one row: it fits whole
            assert not cue.isVisible()
            continue
        qtbot.waitUntil(lambda: bar.maximum() > 0 and cue.isVisible())  # the last one below
        answer = panel.widget  # its 4th option, 4th item, a bank's last row: under the fold
        viewport = scroll.viewport()
        if kind != "cloze":  # (the cloze's fields fit: its hint lies below)
            assert rect_in(answer, viewport).bottom() >= viewport.height(), kind
        assert cue.text() == "More\u00a0↓" and page.scroll.fade.isVisible()
        # in a strip of its own under the scrolled body: never over an option
        shown = rect_in(viewport, page)
        assert not rect_in(cue, page).intersects(shown)
        assert rect_in(cue, page).top() > shown.bottom()
        assert rect_in(cue, page).bottom() < rect_in(page.action_bar, page).top()
        for _ in range(10):  # a page on each click, the faded lines kept on top
            before = bar.value()
            click(qtbot, cue)
            assert bar.value() > before
            if not cue.isVisible():
                break
        assert bar.value() == bar.maximum() and not cue.isVisible()  # gone at the bottom
        assert rect_in(answer, viewport).bottom() < viewport.height(), kind  # all in view
        assert scroll.viewportMargins().bottom() == 0  # and its strip with it
        bar.setValue(0)
        assert cue.isVisible()  # back at the top: more below again
    assert seen == set(FOLD_KINDS)


def test_a_short_pane_puts_the_answer_one_gap_under_the_prompt(qtbot, win):
    panel = start(qtbot, win)
    page = panel.page
    gap = page.column.spacing()

    def between() -> int:
        prompt = rect_in(page.prompt, page.body)
        return rect_in(page.widget, page.body).top() - prompt.bottom() - 1

    assert page.head.strip.compact  # 900 × 700 at zoom 6: a short pane
    qtbot.waitUntil(lambda: between() == gap)  # padding, not words: one gap, not two
    win.resize(1400, 1200)  # a tall pane: the usual air back
    qtbot.waitUntil(lambda: not page.head.strip.compact)
    qtbot.waitUntil(lambda: between() >= 2 * page.column.spacing())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_summary_says_where_the_answers_are_and_brings_them_into_view(qtbot, win, lang):
    panel = start(qtbot, win, lang)
    click(qtbot, panel.page.end_button)  # finish early: the bar asks to confirm
    confirm = panel.page.finish_bar.finish_button
    qtbot.waitUntil(confirm.isVisible)
    click(qtbot, confirm)
    summary = panel.summary
    qtbot.waitUntil(summary.isVisible)
    title, cue = summary.list_title, summary.more
    viewport = summary.scroll.viewport()
    assert not summary.columns.wide  # one column: the list under the result
    qtbot.waitUntil(cue.isVisible)
    assert rect_in(title, viewport).top() >= viewport.height() - summary.fade.height()
    words = "Your answers" if lang == "en" else "Vos réponses"
    assert title.text() == words and cue.text() == f"{words}\u00a0↓"
    click(qtbot, cue)
    qtbot.waitUntil(lambda: viewport.rect().contains(rect_in(title, viewport)))
    first = summary.questions_list
    assert rect_in(first, viewport).top() < viewport.height()  # its first card begins
    assert not cue.isVisible() or cue.text() in ("More\u00a0↓", "Suite\u00a0↓")
