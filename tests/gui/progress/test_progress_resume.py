"""Reopening an article left mid-quiz offers to resume it exactly where it was."""

from __future__ import annotations

from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    bridge,
    close_window,
    next_question,
    open_article,
    open_window,
    start_practice,
    store,
)
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_resume_after_closing_is_offered_and_exact(qtbot, progress_bank, data_dir):
    first = open_window(qtbot, progress_bank, data_dir)
    progress_helpers.add_learner(qtbot, first, "Kim")
    open_article(qtbot, first, "tous-les-types")
    panel = start_practice(qtbot, first)
    answer(qtbot, first)  # q1 choice
    next_question(qtbot, first)
    answer(qtbot, first, right=False)  # q2 multi, one try used
    next_question(qtbot, first)
    before = panel.session
    orders = {q.id: dict(before._orders[q.id]) for q in before.questions}
    sid = bridge(first).session_id
    # a second window while the first is still open, never closed cleanly: as after a
    # kill, only what each answer committed is there to resume
    again = open_window(qtbot, progress_bank, data_dir)
    try:
        open_article(qtbot, again, "tous-les-types")
        qtbot.waitUntil(lambda: again.quiz.panel is not None)
        panel = again.quiz.panel
        qtbot.waitUntil(lambda: panel.chooser.resume_button.isVisible())
        assert again.reading_view.side_panel() is panel
        assert "2 of 10" in panel.chooser.resume_text.text()
        click(qtbot, panel.chooser.resume_button)
        session = panel.session
        assert session.index == 2 and session.current.id == "q3"
        assert session.seed == before.seed
        assert {q.id: dict(session._orders[q.id]) for q in session.questions} == orders
        assert session.response("q1") == before.response("q1")
        assert session.attempts_used("q2") == 1
        assert bridge(again).session_id == sid
        answer(qtbot, again)  # goes on in the same stored session
        assert [a.question_id for a in store(again).answers(sid)] == ["q1", "q2", "q3"]
    finally:
        close_window(again)
        close_window(first)


def test_starting_afresh_gives_up_the_unfinished_run(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    start_practice(qtbot, win)
    answer(qtbot, win)
    old = bridge(win).session_id
    open_article(qtbot, win, "armes-belarus")
    open_article(qtbot, win, "tous-les-types")
    panel = win.quiz.panel
    qtbot.waitUntil(lambda: panel.chooser.resume_button.isVisible())
    click(qtbot, panel.chooser.practice_button)
    assert bridge(win).session_id != old
    assert store(win).session(old).abandoned is not None
    assert (
        store(win).unfinished_session(bridge(win).profile, "tous-les-types").id
        == bridge(win).session_id
    )


def test_a_quiz_without_a_learner_saves_under_the_computer_user(
    qtbot, progress_bank, data_dir, monkeypatch
):
    monkeypatch.setattr("getpass.getuser", lambda: "dominique")
    w = open_window(qtbot, progress_bank, data_dir)
    try:
        assert bridge(w).profile is None
        open_article(qtbot, w, "armes-belarus")
        start_practice(qtbot, w)
        answer(qtbot, w)
        assert bridge(w).profile.name == "Dominique"
        assert bridge(w).picker.avatar.name == "Dominique"
        assert len(store(w).answers(bridge(w).session_id)) == 1
    finally:
        close_window(w)


def test_resume_after_the_teacher_changed_a_question(qtbot, progress_bank, data_dir):
    first = open_window(qtbot, progress_bank, data_dir)
    progress_helpers.add_learner(qtbot, first, "Kim")
    open_article(qtbot, first, "tous-les-types")
    start_practice(qtbot, first)
    answer(qtbot, first)
    next_question(qtbot, first)
    close_window(first)
    path = progress_bank / "tous.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Où habitent Marie", "Dans quelle ville habitent Marie"
        ),
        encoding="utf-8",
    )
    again = open_window(qtbot, progress_bank, data_dir)
    try:
        open_article(qtbot, again, "tous-les-types")
        qtbot.waitUntil(lambda: again.quiz.panel is not None)
        panel = again.quiz.panel
        qtbot.waitUntil(lambda: panel.chooser.resume_button.isVisible())
        click(qtbot, panel.chooser.resume_button)
        assert panel.session.changed_questions == ("q1",)
        assert panel.session.attempts_used("q1") == 0
        assert "changed 1 question since you stopped" in again.statusBar().currentMessage()
    finally:
        close_window(again)
