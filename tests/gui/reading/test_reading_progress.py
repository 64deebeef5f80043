"""The reading progress: a thin accent line along the foot of the passage, filling as the
learner moves down the text; none when it all fits, none during a quiz."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.reading.test_card_place import zoom_in


def test_the_progress_line_fills_as_the_reading_cursor_moves_down(qtbot, reading):
    passage = reading.reading_view.passage
    line = passage.progress_line
    assert not line.isVisible()  # the sample fits the window: nothing to measure
    reading.resize(700, 520)
    zoom_in(qtbot, reading, 6)
    qtbot.waitUntil(line.isVisible)
    thin = line.height()
    assert 2 <= thin <= passage.theme().space(0.5)  # a few pixels, zoomed
    assert line.geometry().bottom() == passage.viewport().geometry().bottom()  # at the foot
    assert line.width() == passage.viewport().width()
    assert line.share() == 0
    passage.setFocus()
    for _ in passage._order:  # the reading cursor to the last sentence, by key
        qtbot.keyClick(passage, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: line.share() > 0.5)
    image = line.grab().toImage()
    accent = passage.theme().palette.accent.upper()
    middle = round(line.width() * line.share()) // 2
    assert image.pixelColor(middle, thin // 2).name().upper() == accent  # filled so far
    assert line.accessibleDescription().endswith("%")  # "63%": said, not only drawn
    reading.actions_by_name["zoom_reset"].trigger()
    assert line.height() < thin or not line.isVisible()  # zoom scales it
    zoom_in(qtbot, reading, 6)
    reading.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: reading.reading_view.side_panel() is not None)
    assert not line.isVisible()  # the quiz's own strip says where the learner is
