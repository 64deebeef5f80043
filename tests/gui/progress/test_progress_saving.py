"""Every answer reaches the store the moment it is given; failures are told, kept and retried."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.core.grading.responses import right_response
from quizapp.gui.library.model import Column
from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    bridge,
    close_window,
    finish,
    look_up,
    next_question,
    open_article,
    open_window,
    start_practice,
    store,
)
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_each_answer_is_saved_at_once_with_its_lookups(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")
    panel = start_practice(qtbot, win)
    sid = bridge(win).session_id
    record = store(win).session(sid)
    assert record is not None and record.profile_id == bridge(win).profile.id
    assert record.finished is None and record.mode == "practice"
    look_up(qtbot, win, "s2", "contrôle")
    outcome = answer(qtbot, win, right=False)  # read back at once, before anything else
    rows = store(win).answers(sid)
    assert len(rows) == 1
    row = rows[0]
    assert (row.question_id, row.response, row.score, row.attempts, row.hints) == (
        "q1",
        True,
        outcome.score,
        1,
        0,
    )
    assert [g["headword"] for g in row.glosses] == ["contrôle"]  # since the quiz started
    assert store(win).session(sid).state == panel.session.to_dict()


def test_finished_quiz_recorded_and_library_shows_scores(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    start_practice(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    record = store(win).session(bridge(win).session_id)
    assert record.finished is not None and record.percent == 100
    # another article left unfinished
    open_article(qtbot, win, "tous-les-types")
    start_practice(qtbot, win)
    answer(qtbot, win)
    win.show_screen("library")
    model = win.library_view.model
    by_id = {model.article(r).id: r for r in range(model.rowCount())}
    best = model.index(by_id["armes-belarus"], Column.BEST).data()
    last = model.index(by_id["armes-belarus"], Column.LAST).data()
    assert best == "Done · best 100%"
    assert last[-4:].isdigit() and last[:1].isdigit()  # "6 Dec 2026"
    other = model.index(by_id["tous-les-types"], Column.BEST).data()
    assert other == "In progress · resume"
    hero = win.library_view.hero  # the run to resume: the « Continue » card proposes it
    assert hero.article.id == "tous-les-types" and hero.button.text() == "Resume"
    cards = win.library_view.cards  # and its card, in the list when a search shows it
    card = model.index(by_id["tous-les-types"], 0)
    assert cards.action_text(card) == "Resume"
    where = cards.state_text(card)  # "Question 2 of 10": where it stopped
    assert where.startswith("Question ") and " of " in where


def test_a_refused_write_is_said_kept_and_retried(qtbot, win, monkeypatch):
    open_article(qtbot, win, "armes-belarus")
    start_practice(qtbot, win)
    the_store = store(win)
    real = the_store._transaction

    def full_disk(write):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(the_store, "_transaction", full_disk)
    answer(qtbot, win)
    banner = bridge(win).banner
    assert banner.isVisible() and banner.kind == "failure"
    assert "disk is full" in banner.text.text() and "kept" in banner.text.text()
    assert banner.retry.isVisible()
    assert the_store.pending_count >= 1
    assert win.quiz.panel.session.attempts_used("q1") == 1  # the answer stays in the quiz
    monkeypatch.setattr(the_store, "_transaction", real)
    with qtbot.waitSignal(bridge(win).saved):
        click(qtbot, banner.retry)
    assert banner.kind == "saved" and "Saved" in banner.text.text()
    assert [a.question_id for a in the_store.answers(bridge(win).session_id)] == ["q1"]


def test_a_store_from_the_future_is_said_and_the_quiz_still_works(qtbot, progress_bank, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(data_dir / "progress.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    w = open_window(qtbot, progress_bank, data_dir)
    try:
        boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
        assert any("newer version" in b.text() for b in boxes if b.isVisible())
        assert bridge(w).store is None
        banner = bridge(w).banner
        assert banner.isVisible() and "not being saved" in banner.text.text()
        open_article(qtbot, w, "armes-belarus")
        panel = start_practice(qtbot, w)
        from tests.gui.quiz_fixtures import answer_current

        answer_current(qtbot, panel, right_response(panel.session.current))
        click(qtbot, panel.page.check_button)
        assert panel.page.feedback.verdict_kind() == "right"
    finally:
        close_window(w)


def test_a_damaged_store_is_repaired_and_said(qtbot, progress_bank, data_dir: Path):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "progress.sqlite3").write_bytes(b"this is not a database" * 100)
    w = open_window(qtbot, progress_bank, data_dir)
    try:
        boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
        assert any("moved aside" in b.text() for b in boxes if b.isVisible())
        assert bridge(w).store is not None
    finally:
        close_window(w)


def test_show_the_answer_is_no_new_answer(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    answer(qtbot, win, right=False)
    assert panel.page.give_up_button.isVisible()
    with qtbot.waitSignal(bridge(win).saved):
        click(qtbot, panel.page.give_up_button)
    sid = bridge(win).session_id
    assert len(store(win).answers(sid)) == 1
    next_question(qtbot, win)
    assert store(win).session(sid).state["current"] == 1


def test_the_banner_follows_the_interface_language(qtbot, win, monkeypatch):
    open_article(qtbot, win, "armes-belarus")
    start_practice(qtbot, win)

    def read_only(write):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store(win), "_transaction", read_only)
    answer(qtbot, win)
    banner = bridge(win).banner
    assert "read-only" in banner.text.text()
    win.actions_by_name["lang_fr"].trigger()
    qtbot.waitUntil(lambda: "lecture seule" in banner.text.text())
    assert banner.retry.text() == "Réessayer maintenant"
