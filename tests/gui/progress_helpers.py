"""Helpers for the progress tests: a window on a bank with a many-question article,
and the learner's moves (add a learner, open an article, take a quiz) through real input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from quizapp.core.grading.responses import right_response
from tests.gui.conftest import make_window
from tests.gui.quiz_fixtures import (
    ALL_TYPES,
    answer_current,
    click,
    type_text,
    wrong_answer,
)


def open_window(
    qtbot: Any, bank: Path, data_dir: Path, lang: str = "en", timeout: int = 10_000
) -> Any:
    """A shown window, its bank listed and its progress store open (`timeout` ms for
    the listing: the shipped bank takes longer than a test's two articles)."""
    win = make_window(bank, data_dir, lang)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.bank_loaded, timeout=timeout):
        win.after_first_paint()
    bridge = win.progress_screens.bridge
    qtbot.waitUntil(lambda: bridge.store is not None or bool(bridge.unavailable))
    return win


def close_window(win: Any) -> None:
    win.close()
    win.shutdown()
    win.translators.install("en")


@pytest.fixture
def progress_bank(bank: Path) -> Path:
    """The sample bank plus an article with every question type."""
    (bank / "tous.yaml").write_text(ALL_TYPES, encoding="utf-8")
    return bank


@pytest.fixture
def win(qtbot, progress_bank: Path, data_dir: Path) -> Iterator[Any]:
    """A window on `progress_bank` whose learner "Kim" exists."""
    w = open_window(qtbot, progress_bank, data_dir)
    add_learner(qtbot, w, "Kim")
    yield w
    close_window(w)


def bridge(win: Any) -> Any:
    return win.progress_screens.bridge


def store(win: Any) -> Any:
    return bridge(win).store


# the avatar's menu is a popup: offscreen, Qt says it cannot raise it or grab the keys
POPUP_LOGS = pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)


def avatar_menu(qtbot: Any, win: Any, text: str) -> None:
    """Click the learner's avatar, then the menu's entry `text` (real clicks)."""
    picker = bridge(win).picker
    assert picker.avatar.isVisible()
    qtbot.mouseClick(picker.avatar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(picker.menu.isVisible)
    entries = {a.text(): a for a in picker.menu.actions() if not a.isSeparator()}
    assert text in entries, list(entries)
    where = picker.menu.actionGeometry(entries[text]).center()
    qtbot.mouseClick(picker.menu, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: not picker.menu.isVisible())


def add_learner(qtbot: Any, win: Any, name: str) -> None:
    picker = bridge(win).picker
    if not picker.name.isVisible():
        picker.open_new()
    picker.name.setFocus()
    type_text(qtbot, picker.name, name)
    qtbot.keyClick(picker.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bridge(win).profile is not None and bridge(win).profile.name == name)


def open_article(qtbot: Any, win: Any, article_id: str) -> Any:
    """Open an article from the library with the keyboard (the « Continue » card's
    button when the card proposes it: the list under it leaves it out)."""
    from quizapp.gui.library.model import ARTICLE_ROLE

    win.show_screen("library")
    view = win.library_view
    rows = [view.proxy.index(r, 0) for r in range(view.proxy.rowCount())]
    index = next((i for i in rows if i.data(ARTICLE_ROLE).id == article_id), None)
    if index is None:
        assert view.hero.isVisible() and view.hero.article.id == article_id
        view.hero.button.setFocus()
        qtbot.keyClick(view.hero.button, Qt.Key.Key_Return)
    else:
        view.table.setFocus()
        view.table.setCurrentIndex(index)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.current_screen() == "reading")
    return win.reading_view.article


def start_practice(qtbot: Any, win: Any) -> Any:
    win.actions_by_name["start_quiz"].trigger()
    panel = win.quiz.panel
    qtbot.waitUntil(lambda: panel.chooser.practice_button.isVisible())
    click(qtbot, panel.chooser.practice_button)
    qtbot.waitUntil(panel.in_question)
    return panel


def answer(qtbot: Any, win: Any, right: bool = True) -> Any:
    """Answer the current question (right or wrong) and check it; returns the outcome."""
    panel = win.quiz.panel
    question = panel.session.current
    answer_current(qtbot, panel, right_response(question) if right else wrong_answer(question))
    with qtbot.waitSignal(bridge(win).saved, timeout=5000):
        click(qtbot, panel.page.check_button)
    return panel.session.outcome(question.id)


def next_question(qtbot: Any, win: Any) -> None:
    panel = win.quiz.panel
    before = panel.session.index
    click(qtbot, panel.page.next_button)
    qtbot.waitUntil(lambda: panel.session.index == before + 1)


def finish(qtbot: Any, win: Any) -> None:
    panel = win.quiz.panel
    with qtbot.waitSignal(panel.controller.session_finished):
        click(qtbot, panel.page.finish_button)
        if panel.stack.currentWidget() is not panel.summary and not panel.session.finished:
            click(qtbot, panel.page.finish_button)  # "click again" with unanswered questions


def assert_run_resumed_at_q2(win: Any, panel: Any, sid: int) -> None:
    """The run left at question 2 goes on: same stored run, question 1's answer kept."""
    assert panel.session.current.id == "q2"
    assert panel.session.attempts_used("q1") == 1
    assert bridge(win).session_id == sid  # the same stored run goes on


def look_up(qtbot: Any, win: Any, sentence_id: str, word: str) -> None:
    """Click `word` in the passage, as a reader would."""
    passage = win.reading_view.passage
    article = win.reading_view.article
    offset = article.sentence(sentence_id).fr.index(word)
    passage.set_current(sentence_id)
    point = passage.word_position(sentence_id, offset + 1)
    with qtbot.waitSignal(passage.word_looked_up):
        qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)
