"""The window says when SQLite could not take back every frame of a damaged WAL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.core.progress.test_progress_wal import DAMAGE, killed_with_a_full_wal
from tests.gui import progress_helpers
from tests.gui.progress_helpers import close_window, open_window

progress_bank = progress_helpers.progress_bank  # fixture


def test_a_damaged_wal_is_said_in_the_window(qtbot, progress_bank, data_dir: Path):
    wal = killed_with_a_full_wal(data_dir)
    DAMAGE["garbage header"](wal)
    win = open_window(qtbot, progress_bank, data_dir)
    try:
        title = "Some recent progress could not be read back"

        def shown() -> list[QMessageBox]:
            return [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.windowTitle() == title and w.isVisible()
            ]

        qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
        [box] = shown()
        [copy] = data_dir.glob("progress-wal-*.sqlite3-wal")
        assert str(copy) in box.text() and "could be read back" in box.text()
        box.close()
    finally:
        close_window(win)
