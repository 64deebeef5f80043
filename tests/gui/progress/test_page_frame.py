"""One page template: the library, History, Review my mistakes and My words start their
heading on one left edge, in one content column (page_frame.py), at 1400×900 and in a
900 px window (a review measured 210, 215, 333 and 377 px on four screens)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from quizapp.gui.window.page_frame import page_width
from tests.gui.progress_helpers import open_window

BANK = Path(__file__).resolve().parents[3] / "questions"


def heading_left(win, name: str) -> int:
    found = [
        label
        for label in win.findChildren(QLabel)
        if label.objectName() == name and label.isVisible() and label.text()
    ]
    assert len(found) == 1, (win.current_screen(), name)
    return found[0].mapTo(win, QPoint(0, 0)).x()


def test_every_page_starts_on_the_library_edge(qtbot, data_dir):
    # the shipped bank: a list that scrolls, as in use
    win = open_window(qtbot, BANK, data_dir, timeout=20_000)
    try:
        learners = win.progress_screens.bridge.learners
        qtbot.waitUntil(lambda: learners.card is not None and learners.card.isVisible())
        qtbot.mouseClick(learners.card.skip, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: learners.card is None)
        for size in ((1400, 900), (900, 700)):
            win.resize(*size)
            win.show_screen("library")
            qtbot.waitUntil(lambda: win.library_view.greeting is not None)
            QApplication.processEvents()
            edges = {"library": heading_left(win, "library_hello")}
            for page in ("history", "words", "mistakes"):
                win.progress_screens.show(page)
                qtbot.waitUntil(lambda page=page: win.current_screen() == page)
                QApplication.processEvents()
                edges[page] = heading_left(win, "progress_title")
            # within one spacing unit: the library keeps its side bar's room (side_bar.py)
            # on the right, the pages their scroll area's, half of each on the left
            spread = max(edges.values()) - min(edges.values())
            assert spread <= win.theme_hub.theme.space(1), (size, edges)
            column = page_width(win.theme_hub.theme)
            if size[0] - 2 * edges["library"] > column:  # centred: the column's own width
                assert abs(size[0] - 2 * edges["library"] - column) <= win.width() // 20
    finally:
        win.shutdown()
