"""The summary says what the quiz did for the daily goal, and the days it was met in a row,
from the learner's own answers; the library's ring says the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    bridge,
    finish,
    next_question,
    open_article,
    start_practice,
    store,
)
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def stored_answers(win, count: int, days_ago: int) -> None:
    """`count` answers stored `days_ago` for the learner, in a quiz of their own (earlier
    practice: not the current quiz's)."""
    conn = store(win)._conn
    sid = f"earlier-{days_ago}"
    conn.execute(
        """INSERT OR IGNORE INTO sessions (id, profile_id, article_id, article_title,
               content_hash, mode, started, updated, abandoned, state)
           SELECT ?, profile_id, 'other', 'Other', '', mode, started, updated, started, '{}'
           FROM sessions LIMIT 1""",
        (sid,),
    )
    when = datetime.now(UTC) - timedelta(days=days_ago, minutes=1)
    rows = [(sid, "old", when.isoformat(timespec="seconds"), '"x"', 1.0, 1.0, 1, 0)]
    conn.executemany(
        """INSERT INTO answers (session_id, question_id, answered, response, score, points,
               attempts, hints) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        rows * count,
    )
    conn.commit()


def test_the_summary_says_the_quizs_answers_and_the_goals_days_in_a_row(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    answer(qtbot, win)
    next_question(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    chip = panel.summary.head.streak
    qtbot.waitUntil(chip.isVisible)
    assert chip.text() == "+2 answers · 2 / 20 today"
    stored_answers(win, 20, days_ago=1)  # the goal was met yesterday: a streak to keep
    click(qtbot, panel.summary.restart_button)
    qtbot.waitUntil(lambda: panel.chooser.practice_button.isVisible() or panel.in_question())
    if not panel.in_question():
        click(qtbot, panel.chooser.practice_button)
        qtbot.waitUntil(panel.in_question)
    answer(qtbot, win)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: chip.text() == "+1 answer · 3 / 20 today · 1\u00a0day in a row")


def test_the_quiz_that_reaches_the_goal_says_so_and_the_library_ring_closes(qtbot, win):
    from quizapp.gui.quiz.motion import motion_on

    settings, profile = win.settings, bridge(win).profile
    settings.set_daily_goal(profile.id, "relaxed")  # 10 a day
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    answer(qtbot, win)
    stored_answers(win, 8, days_ago=0)  # earlier today: 9 with the first answer
    assert not panel.summary.head.streak_pop
    next_question(qtbot, win)
    answer(qtbot, win)  # the tenth
    finish(qtbot, win)
    chip = panel.summary.head.streak
    qtbot.waitUntil(chip.isVisible)
    assert chip.text() == "+2 answers · daily goal reached! · 1\u00a0day in a row"
    assert (panel.summary.head.streak_pop is not None) == motion_on()  # the pop, or stillness
    assert chip.reached  # a ✓ on green, not the spark
    win.show_screen("library")
    greeting = win.library_view.greeting
    qtbot.waitUntil(lambda: greeting.ring.met)
    assert greeting.ring.share == 1.0 and greeting.ring.isVisible()
    assert greeting.facts.text() == "Daily goal reached · 1\u00a0day in a row"
    assert greeting.week.read == {greeting.goal.today}  # today's disc ticked
    assert greeting.week.accessibleName().startswith("Last seven days: daily goal met on ")


def test_the_library_ring_fills_with_the_answers_of_a_scripted_quiz(qtbot, win):
    greeting = win.library_view.greeting
    assert greeting.ring.share == 0.0 and greeting.ring.isVisible()
    assert greeting.facts.text() == "Today's goal: 20 answers (one quiz is a good start)"
    open_article(qtbot, win, "tous-les-types")
    start_practice(qtbot, win)
    for _ in range(2):
        answer(qtbot, win)
        next_question(qtbot, win)
    answer(qtbot, win)
    win.show_screen("library")
    qtbot.waitUntil(lambda: greeting.ring.share == 3 / 20)
    assert not greeting.ring.met and greeting.facts.text() == "3 / 20 answers today"
    assert greeting.week.partial == {greeting.goal.today: 3 / 20}  # today begun


def test_the_daily_goal_chosen_in_preferences_is_the_learners_and_is_kept(qtbot, win, data_dir):
    from quizapp.gui.window.settings import AppSettings
    from tests.gui.window.test_preferences import open_preferences, pick

    greeting = win.library_view.greeting
    assert greeting.goal.target == 20  # « normal » until chosen
    dialog = open_preferences(qtbot, win)
    section = dialog.section("Daily goal")
    assert section.goal.currentData() == "normal" and section.goal.isEnabled()
    pick(qtbot, section.goal, "intensive")
    qtbot.waitUntil(lambda: greeting.goal.target == 40)  # the ring, read again at once
    assert greeting.facts.text() == "Today's goal: 40 answers (one quiz is a good start)"
    dialog.close()
    win.settings.sync()
    profile = bridge(win).profile
    assert AppSettings(data_dir).daily_goal(profile.id) == "intensive"
    assert AppSettings(data_dir).daily_goal(profile.id + 1) == "normal"  # another learner's
    qtbot.waitUntil(lambda: win.findChild(type(dialog), "preferences") is None)
    win.activateWindow()  # Ctrl+, from the window again
    qtbot.waitUntil(win.isActiveWindow)
    again = open_preferences(qtbot, win)
    assert again.section("Daily goal").goal.currentData() == "intensive"
    again.close()
