"""Mistakes and My words: entries as tall as their text, and dates written one way, in
the interface's language."""

from __future__ import annotations

from pathlib import Path

from tests.gui.progress.test_progress_look import seed_progress
from tests.gui.progress_helpers import ALL_TYPES, close_window, open_window


def test_tables_fit_their_rows_and_write_dates_one_way(qtbot, qapp, bank: Path, data_dir):
    (bank / "tous.yaml").write_text(ALL_TYPES, encoding="utf-8")
    (bank / "broken.yaml").unlink()
    seed_progress(data_dir, bank)
    window = open_window(qtbot, bank, data_dir, "en")
    window.resize(1300, 760)  # the theme's 15 px body text: a sentence in two lines
    screens = window.progress_screens
    try:
        screens.show("words")
        lines = screens.words.list.lines
        for item in lines:  # each entry as tall as its words at once, never squeezed
            for label in (item.word, item.sentence, item.caption):
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert lines[0].caption.text().endswith(" · 13 Oct 2026, 17:00")
        screens.show("mistakes")
        assert screens.mistakes.lines[0].when.text() == "13 Oct 2026"
    finally:
        close_window(window)
