"""The reading cursor's band: one calm shape per sentence, like an editor's selection.
Its inner lines span the column, its first line starts at the first word and its last
line ends at the last word; its outer corners are rounded, its inner ones square."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from quizapp.gui.reading.band import band_path
from quizapp.gui.window.theme import DARK, LIGHT, contrast


def test_the_band_is_one_shape_with_rounded_outer_corners():
    boxes = [QRectF(40, 0, 60, 20), QRectF(0, 20, 100, 20), QRectF(0, 40, 30, 20)]
    shape = band_path(boxes, 6)
    assert shape.contains(QPointF(70, 20))  # no gap between two lines
    assert shape.contains(QPointF(95, 38))  # the inner line spans the column
    assert not shape.contains(QPointF(40.5, 0.5))  # the first line's outer corner: rounded
    assert not shape.contains(QPointF(99.5, 0.5))
    assert not shape.contains(QPointF(0.5, 59.5))  # the last line's outer corner too
    assert shape.contains(QPointF(40.5, 20.5))  # where the second line steps out: square
    assert shape.contains(QPointF(30.5, 39.5))  # where the last line steps in: square
    assert not shape.contains(QPointF(50, 50))  # nothing after the last word


def test_the_cursor_band_ends_at_the_column_not_at_each_line(qtbot, reading):
    view = reading.reading_view
    passage = view.passage
    palette = passage.theme().palette
    reading.resize(700, 700)  # the sentence wraps
    sid = next(s for s in passage._order if passage.sentence_bounds(s).height() > 60)
    passage.set_current(sid)
    span, first = passage._spans[sid], passage.sentence_rect(sid)
    last = passage._char_rect(span.end - 1)
    frame = passage.document().rootFrame().frameFormat()
    right = passage.viewport().width() - round(frame.rightMargin())
    image = passage.viewport().grab().toImage()
    tint, page = palette.cursor_tint, palette.surface
    assert first.right() < right - 8  # a ragged line: its text ends short of the column
    assert image.pixelColor(right - 2, first.center().y()).name().upper() == tint  # yet filled
    pad = max(2, passage.theme().space(0.5))
    after = last.right() + pad + 2  # past the band's padding, before the next word
    assert image.pixelColor(after, last.center().y()).name().upper() != tint
    assert page != tint
    passage.highlight_evidence([sid], scroll=False)  # the proof is never the cursor's colour
    assert palette.evidence_tint != tint


def test_the_band_is_visible_but_calm_in_both_palettes():
    for palette in (LIGHT, DARK):
        assert 1.1 <= contrast(palette.cursor_tint, palette.surface) <= 1.8  # a tint, not a block
        assert contrast(palette.text, palette.cursor_tint) >= 7
        assert palette.cursor_tint not in (palette.evidence_tint, palette.selection_tint)
    assert contrast(DARK.cursor_tint, DARK.surface) >= 1.6  # 1.2:1 was near invisible in dark


def test_the_evidence_is_one_amber_shape_and_the_cursor_band_steps_aside(qtbot, reading):
    view = reading.reading_view
    passage = view.passage
    palette = passage.theme().palette
    reading.resize(1100, 700)  # the passage beside the quiz: s1 and s2 (one paragraph) wrap
    passage.set_current("s1")
    reading.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: view.side_panel() is not None and passage.isVisible())
    passage.highlight_evidence(["s1", "s2"])  # scrolled into view
    end, start = passage._char_rect(passage._spans["s1"].end - 1), passage._spans["s2"].start
    image = passage.viewport().grab().toImage()
    space = passage._char_rect(start - 1)  # the space between the two sentences
    if space.top() == end.top():  # on one line: the run goes on through it
        colour = image.pixelColor(space.center().x(), space.top() + 1)
        assert colour.name().upper() == palette.evidence_tint
    span, first = passage._spans["s1"], passage.sentence_rect("s1")
    second = next(
        passage._char_rect(p)
        for p in range(span.start, span.end)
        if passage._char_rect(p).top() > first.bottom()
    )
    assert image.rect().contains(second.center())
    gap = image.pixelColor(second.center().x(), second.top() - 1)  # between two lines
    assert gap.name().upper() == palette.evidence_tint
    names = {image.pixelColor(x, y).name().upper() for x in range(0, 40) for y in range(0, 40)}
    assert palette.cursor_tint not in names  # no reading cursor in a quiz
