"""The summary's reading streak comes from the learner's own finished quizzes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.gui import progress_helpers
from tests.gui.progress_helpers import answer, finish, open_article, start_practice, store
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_a_first_quiz_starts_a_streak_and_yesterdays_quiz_extends_it(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    chip = panel.summary.head.streak
    qtbot.waitUntil(chip.isVisible)
    assert chip.text() == "Reading streak: day 1. See you tomorrow!"
    # that quiz was finished yesterday: today's makes two days in a row
    yesterday = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    conn = store(win)._conn
    conn.execute("UPDATE sessions SET finished = ? WHERE finished IS NOT NULL", (yesterday,))
    conn.commit()
    click(qtbot, panel.summary.restart_button)
    qtbot.waitUntil(lambda: panel.chooser.practice_button.isVisible() or panel.in_question())
    if not panel.in_question():
        click(qtbot, panel.chooser.practice_button)
        qtbot.waitUntil(panel.in_question)
    answer(qtbot, win)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: chip.text() == "Reading streak: 2 days in a row")
