"""The summary: score and percentage, one row per question, and what to do next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quizapp.core.grading.responses import right_response
from quizapp.core.quiz.session import Mode, QuizSession
from quizapp.gui.quiz.summary import SummaryView
from quizapp.gui.quiz.summary_head import RunFacts, run_summary
from quizapp.gui.window.i18n import Translators
from quizapp.gui.window.plain_text import tooltip
from tests.gui.quiz_fixtures import click, load, wrong_answer

NNBSP = "\u202f"


@pytest.fixture
def translators(qapp):
    t = Translators()
    t.install("en")
    yield t
    t.install("en")


def finished(article) -> QuizSession:
    """q1 right after a hint, q2 wrong then right, q3 wrong, the rest unanswered."""
    session = QuizSession(article, Mode.PRACTICE, seed=1)
    session.reveal_hint("q1")
    session.answer("q1", right_response(article.question("q1")))
    session.answer("q2", wrong_answer(article.question("q2")))
    session.answer("q2", right_response(article.question("q2")))
    session.answer("q3", wrong_answer(article.question("q3")))
    session.finish()
    return session


def show(qtbot, session, facts: RunFacts | None = None) -> SummaryView:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(520, 600)
    run, answers = run_summary(session, 95, review=False)
    view.set_result(session.result(), session.questions, session.mode, facts or run, answers)
    view.show()
    qtbot.waitExposed(view)
    return view


def cells(view: SummaryView, row: int) -> list[str]:
    return [view.table.item(row, c).text() for c in range(view.table.columnCount())]


def test_rows_say_score_tries_hints_and_verdict(qtbot, tmp_path, translators):
    session = finished(load(tmp_path))
    view = show(qtbot, session)
    assert view.title.text() == "Practice finished"
    assert view.score.text() == "1.25 / 10 points · 12.5%"
    assert view.table.rowCount() == 10
    assert cells(view, 0) == [
        "1",
        "Où habitent Marie & Paul <b>x</b> ?",
        "À Lyon & environs",
        "À Lyon & environs",
        "0.75 / 1",
        "1",
        "yes",
        "✓",
    ]
    assert cells(view, 1)[4:] == ["0.5 / 1", "2", "", "✓"]
    assert cells(view, 2) == [
        "3",
        "Ils ont trois enfants.",
        "True",
        "False",
        "0 / 1",
        "1",
        "",
        "✗",
    ]
    # never answered: skipped, not wrong, with the right answer beside it
    assert cells(view, 9)[2:] == ["(skipped)", "sentence 4", "0 / 1", "0", "", "–"]
    assert view.table.item(9, 7).data(Qt.ItemDataRole.AccessibleTextRole) == "skipped"
    assert view.details.text() == (
        "Full marks on 0 of 10 questions.\nRight at the first try: 1.\nSkipped: 7 questions."
    )
    assert view.head.facts.text() == "Time spent: 2 minutes.\nNo word looked up during this quiz."
    assert view.head.cheer.text().startswith("A good start.")
    assert not view.head.badge.isVisible()
    # the button counts the questions answered below full marks: skipped ones are not mistakes
    assert view.review_button.isEnabled()
    assert view.review_button.text() == "Review mistakes (3)"
    tip = view.table.item(0, 1).toolTip()  # shown as typed, never as rich text
    assert tip == tooltip("Où habitent Marie & Paul <b>x</b> ?\n\nChoice")
    assert "&lt;b&gt;x&lt;/b&gt;" in tip


def test_buttons_and_rows_ask_for_what_comes_next(qtbot, tmp_path, translators):
    view = show(qtbot, finished(load(tmp_path)))
    with qtbot.waitSignal(view.review_requested):
        click(qtbot, view.review_button)
    with qtbot.waitSignal(view.restart_requested):
        click(qtbot, view.restart_button)
    with qtbot.waitSignal(view.back_requested):
        click(qtbot, view.back_button)
    with qtbot.waitSignal(view.question_requested) as blocker:
        view.table.cellDoubleClicked.emit(2, 1)
    assert blocker.args == [2]


def test_full_marks_leave_nothing_to_review(qtbot, tmp_path, translators):
    article = load(tmp_path)
    session = QuizSession(article, Mode.TEST, seed=2)
    for q in article.questions:
        session.answer(q.id, right_response(q))
    session.finish()
    view = show(qtbot, session)
    assert view.title.text() == "Test finished"
    assert view.score.text() == "10 / 10 points · 100%"
    assert not view.review_button.isEnabled()
    # full marks: a badge, and the words looked up are named
    assert view.head.badge.isVisible() and view.head.badge.text() == "★ Full marks!"
    assert view.head.cheer.text().startswith("Every answer right.")


def test_words_looked_up_and_time_are_told(qtbot, tmp_path, translators):
    session = finished(load(tmp_path))
    view = show(qtbot, session, RunFacts(seconds=42, words=("habiter", "gare")))
    assert view.head.facts.text() == (
        "Time spent: 42 seconds.\nWords looked up (2): habiter, gare."
    )


def test_summary_in_french(qtbot, tmp_path, translators):
    translators.install("fr")
    view = show(qtbot, finished(load(tmp_path)))
    assert view.title.text() == "Entraînement terminé"
    assert view.score.text() == f"1,25 / 10 points · 12,5{NNBSP}%"
    assert cells(view, 0)[4:] == ["0,75 / 1", "1", "oui", "✓"]
    assert cells(view, 2)[2:4] == ["Vrai", "Faux"]
    assert view.table.horizontalHeaderItem(1).text() == "Question"
    assert view.table.item(2, 1).toolTip() == tooltip("Ils ont trois enfants.\n\nVrai ou faux")
    assert view.review_button.text() == "Revoir les erreurs (3)"


def test_the_table_fills_its_width(qtbot, tmp_path, translators):
    view = show(qtbot, finished(load(tmp_path)))
    header = view.table.horizontalHeader()

    def filled() -> bool:
        used = sum(header.sectionSize(c) for c in range(view.table.columnCount()))
        return abs(used - view.table.viewport().width()) <= 2

    qtbot.waitUntil(filled)


def test_a_long_prompt_is_elided_in_its_row_and_whole_in_the_tooltip(qtbot, tmp_path, translators):
    from tests.gui.quiz_fixtures import ALL_TYPES

    long = "Pourquoi Marie & Paul ont-ils choisi\n  de rester à Lyon " + "vraiment " * 12 + "?"
    text = ALL_TYPES.replace(
        "prompt: Où vont-ils le week-end ?", f"prompt: {long!r}".replace("'", '"')
    )
    view = show(qtbot, finished(load(tmp_path, text)))
    flat = " ".join(long.split())
    assert cells(view, 1)[1] == flat  # one line, every word kept for the accessible text
    table = view.table
    header = table.horizontalHeader()

    def fitted() -> bool:
        used = sum(header.sectionSize(c) for c in range(table.columnCount()))
        return abs(used - table.viewport().width()) <= 2

    qtbot.waitUntil(fitted)
    assert header.sectionSize(1) < table.fontMetrics().horizontalAdvance(flat)
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    assert table.horizontalScrollBar().maximum() == 0  # elided, not scrolled
    assert table.item(1, 1).toolTip() == tooltip(f"{long}\n\nSeveral answers")


@pytest.mark.parametrize("reduced", [False, True])
def test_full_marks_celebrate_unless_the_system_asks_for_less_motion(
    qtbot, tmp_path, translators, monkeypatch, reduced
):
    from PySide6.QtCore import QAbstractAnimation

    from quizapp.gui.quiz import summary_head

    monkeypatch.setattr(summary_head, "reduced_motion", lambda: reduced)
    article = load(tmp_path)
    session = QuizSession(article, Mode.PRACTICE, seed=2)
    for q in article.questions:
        session.answer(q.id, right_response(q))
    session.finish()
    view = show(qtbot, session)
    assert view.head.badge.isVisible()
    if reduced:
        assert view.head.fade is None and view.head.badge.graphicsEffect() is None
    else:
        assert view.head.fade.state() == QAbstractAnimation.State.Running
        qtbot.waitUntil(lambda: view.head.fade.state() == QAbstractAnimation.State.Stopped)
        assert view.head.badge.graphicsEffect().opacity() == 1.0


def test_the_answers_words_follow_a_change_of_language(qtbot, tmp_path, translators):
    session = finished(load(tmp_path))
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(520, 600)
    run, _ = run_summary(session, 95, review=False)
    view.set_result(
        session.result(),
        session.questions,
        session.mode,
        run,
        lambda: run_summary(session, 95, review=False)[1],
    )
    assert cells(view, 2)[2:4] == ["True", "False"]
    translators.install("fr")  # the learner switches the interface on the summary
    qtbot.waitUntil(lambda: cells(view, 2)[2:4] == ["Vrai", "Faux"])
