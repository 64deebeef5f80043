"""The reading screen's chrome stays slim: the toolbar grows slower than the text, and
at the largest zoom in a small window it is one short row with nothing cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from tests.gui.quiz_fixtures import click


def body_line(window) -> int:
    """The height of one line of body type at the window's zoom."""
    font = QFont(QApplication.font())
    font.setPixelSize(window.theme_hub.theme.px("body"))
    return QFontMetrics(font).height()


def zoom_to(window, steps: int) -> None:
    window.actions_by_name["zoom_reset"].trigger()
    for _ in range(steps):
        window.actions_by_name["zoom_in"].trigger()
    QApplication.processEvents()


def test_the_toolbar_is_one_slim_row_that_grows_slower_than_the_text(qtbot, reading):
    view = reading.reading_view
    reading.resize(900, 700)
    zoom_to(reading, 0)
    low, low_line = view.toolbar.height(), body_line(reading)
    zoom_to(reading, 6)
    high, high_line = view.toolbar.height(), body_line(reading)
    assert high / low < high_line / low_line  # damped
    assert high <= 1.3 * high_line
    bar = view.toolbar
    for button in (view.back_button, view.parallel_button, view.quiz_button):
        assert button.isVisible()
        assert button.width() >= button.sizeHint().width()  # nothing cut
        right = button.mapTo(bar, button.rect().bottomRight())
        assert right.x() <= bar.width() and right.y() <= bar.height()
    qtbot.keyClick(reading, Qt.Key.Key_F5)  # the quiz: "Text | Questions" joins the row
    click(qtbot, reading.quiz.panel.chooser.practice_button)
    qtbot.waitUntil(lambda: view.columns.switch.isVisible())
    QApplication.processEvents()  # the row lays out again with the switch in it
    assert view.toolbar.height() <= 1.3 * high_line
    for button in (view.back_button, view.parallel_button, view.columns.switch):
        assert button.width() >= button.sizeHint().width()
    assert view.parallel_button.text() in ("EN", "Parallel English")
    assert view.parallel_button.accessibleName() == "Parallel English"
    reading.resize(1400, 900)
    zoom_to(reading, 0)
    assert view.parallel_button.text() == "Parallel English"
    assert view.back_button.text() == "Back to the library"
