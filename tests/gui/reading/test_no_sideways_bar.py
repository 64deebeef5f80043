"""The passage wraps to its pane: no sideways scroll bar, even beside a quiz at 900 px."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.gui.progress_helpers import close_window, open_article, open_window

BANK = Path(__file__).parents[3] / "questions"


def test_the_passage_beside_a_quiz_has_no_sideways_scroll_bar(qtbot, tmp_path, data_dir):
    folder = tmp_path / "bank"
    folder.mkdir()
    shutil.copy(BANK / "refuge-pistache.yaml", folder)
    win = open_window(qtbot, folder, data_dir)
    try:
        open_article(qtbot, win, "refuge-pistache")
        win.resize(900, 700)
        win.actions_by_name["start_quiz"].trigger()
        panel = win.quiz.panel
        qtbot.waitUntil(lambda: panel.chooser.practice_button.isVisible())
        panel.chooser.practice_button.click()
        qtbot.waitUntil(panel.in_question)
        QApplication.processEvents()
        passage = win.reading_view.passage
        assert not passage.horizontalScrollBar().isVisible()
        assert passage.viewport().height() == passage.height()  # no strip kept for one
    finally:
        close_window(win)
