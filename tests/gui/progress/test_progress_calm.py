"""History, My words and Mistakes read as calm lists: one-line rows no taller than the
line needs on first open, and an empty list replaced by one line and one way on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from quizapp.gui.progress import dates
from tests.gui import progress_helpers
from tests.gui.progress.test_progress_look import seed_progress
from tests.gui.progress_helpers import ALL_TYPES, close_window, open_window

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_single_line_rows_are_not_tall_on_first_open(qtbot, qapp, bank: Path, data_dir):
    (bank / "tous.yaml").write_text(ALL_TYPES, encoding="utf-8")
    (bank / "broken.yaml").unlink()
    seed_progress(data_dir, bank)
    window = open_window(qtbot, bank, data_dir, "en")
    window.resize(1400, 900)
    screens = window.progress_screens
    try:
        screens.show("history")
        qtbot.mouseClick(screens.history.overview.lines[0], Qt.MouseButton.LeftButton)
        lines = screens.history.questions.lines  # each line as tall as its words at once
        assert lines
        for item in lines:
            for label in (item.prompt, item.caption):
                assert label.height() == label.heightForWidth(label.width()), label.text()
        single = [i for i in lines if i.prompt.height() < 1.5 * i.prompt.fontMetrics().height()]
        assert single  # the history's short prompts on one line
    finally:
        close_window(window)


def test_empty_lists_say_why_and_lead_to_the_library(qtbot, win):
    screens = win.progress_screens
    for name in ("mistakes", "words"):
        screens.show(name)
        view = getattr(screens, name)
        assert view.empty.isVisible() and view.empty.title.text()
        assert view.empty.button.property("primary") == "true"
        qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
        assert win.current_screen() == "library"
    assert not screens.words.scroll.isVisible()


def test_dates_say_today_and_yesterday():
    today = date(2026, 12, 7)
    now = datetime(2026, 12, 7, 12, 0).astimezone()
    assert dates.day(now, today) == "today"
    assert dates.day(now - timedelta(days=1), today) == "yesterday"
    assert dates.day(datetime(2026, 10, 13, 17, 0, tzinfo=UTC), today) == "13 Oct 2026"
    assert dates.day_and_time(now, today).startswith("today, ")
    assert dates.interval(timedelta(minutes=1)) == "1 min"
    assert dates.interval(timedelta(days=3)) == "3 d"
