"""The reading screen's edges: the highlights' legend as a strip over the text (never
over it), a pick marked by a fill and bars (no underline), the word card in the margin
at 1400×900 in both languages, and a toolbar whose two ends mirror each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QTextFormat

from tests.gui.reading.test_card_place import zoom_in
from tests.gui.reading.test_reading import click_word


def _quiz_with_marks(qtbot, window) -> None:
    view = window.reading_view
    window.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: view.side_panel() is not None)
    view.passage.highlight_evidence(["s2"])
    view.passage.set_locate_mode(True)
    view.passage.set_locate_selection(["s3"])


@pytest.mark.parametrize("zoom", [0, 6])
def test_the_legend_is_a_strip_over_no_sentence(qtbot, reading, zoom):
    view = reading.reading_view
    reading.resize(900, 700)
    zoom_in(qtbot, reading, zoom)
    _quiz_with_marks(qtbot, reading)
    passage = view.passage
    passage.verticalScrollBar().setValue(passage.verticalScrollBar().maximum())  # text at top
    view.column.layout().activate()
    assert view.legend.isVisible() and view.legend.texts()[:2] == ["Evidence", "Your choice"]
    legend = QRect(view.legend.mapTo(view, view.legend.rect().topLeft()), view.legend.size())
    port = passage.viewport()
    shown = QRect(port.mapTo(view, port.rect().topLeft()), port.size())
    seen = 0
    for sid in passage._order:
        bounds = passage.sentence_bounds(sid)
        rect = QRect(port.mapTo(view, bounds.topLeft()), bounds.size()).intersected(shown)
        if not rect.isEmpty():
            seen += 1
            assert not rect.intersects(legend), sid
    assert seen
    # a strip: its own solid surface and a hairline under it, its words where the text starts
    strip = view.legend.grab().toImage()
    ratio = strip.devicePixelRatio()
    palette = passage.theme().palette
    right = round((view.legend.width() - 4) * ratio)  # past the words: the strip itself
    assert strip.pixelColor(right, round(ratio)) == QColor(palette.surface)
    assert strip.pixelColor(right, strip.height() - 1) == QColor(palette.border)
    left = round(passage.document().rootFrame().frameFormat().leftMargin())
    assert view.legend.layout().contentsMargins().left() == left


def test_a_pick_and_the_evidence_carry_no_underline(qtbot, reading):
    _quiz_with_marks(qtbot, reading)
    passage = reading.reading_view.passage
    for sid in ("s3", "s2"):
        span = passage._spans[sid]
        inside = [
            m
            for m in passage.extraSelections()
            if m.cursor.selectionStart() < span.end and m.cursor.selectionEnd() > span.start
        ]
        assert inside
        for mark in inside:  # set to none, so the glossed words' dots go too
            assert mark.format.hasProperty(QTextFormat.Property.TextUnderlineStyle)
            assert mark.format.underlineStyle() == mark.format.UnderlineStyle.NoUnderline


def test_a_pick_gets_the_accent_bar_in_the_margin(qtbot, reading):
    _quiz_with_marks(qtbot, reading)
    view = reading.reading_view
    passage = view.passage
    passage.clear_evidence()
    image = passage.viewport().grab().toImage()
    lines = passage.sentence_bounds("s3")
    theme = passage.theme()
    left = round(passage.document().rootFrame().frameFormat().leftMargin())
    x = left - passage._doc_offset().x() - theme.space(1) - max(3, theme.space(0.4)) + 1
    ratio = image.devicePixelRatio()
    colour = image.pixelColor(round(x * ratio), round(lines.center().y() * ratio))
    assert colour == QColor(theme.palette.accent)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_word_card_is_a_margin_note_at_1400_by_900(qtbot, reading, lang):
    reading.translators.install(lang)
    reading.resize(1400, 900)
    view = reading.reading_view
    reading.settings.word_hint_done = True
    click_word(qtbot, reading, "s1", "stationner")
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    assert card.translate_button.isVisible()
    assert card.property("side") == "true"  # in the margin, over no text
    assert card.x() > view._column().right()
    assert view._area().contains(card.geometry())
    for button in card.buttons.findChildren(type(card.translate_button)):
        if button.isVisible():
            assert card.rect().contains(button.geometry().translated(card.buttons.pos()))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("zoom", [0, 6])
def test_the_toolbar_ends_mirror_each_other(qtbot, reading, lang, zoom):
    reading.translators.install(lang)
    reading.resize(900, 700)
    zoom_in(qtbot, reading, zoom)
    view = reading.reading_view
    view.toolbar.layout().activate()
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    back, quiz = view.back_button, view.quiz_button
    y = back.mapTo(view, back.rect().center()).y()
    ground = image.pixelColor(round(2 * ratio), round(y * ratio))

    def inked(x: int) -> bool:
        c = image.pixelColor(round(x * ratio), round(y * ratio))
        return abs(c.lightness() - ground.lightness()) > 40

    start = back.mapTo(view, back.rect().topLeft()).x()
    arrow = next(x for x in range(start, start + back.width()) if inked(x))
    end = quiz.mapTo(view, quiz.rect().topRight()).x()
    accent = next(x for x in range(end, end - quiz.width(), -1) if inked(x))
    assert abs(arrow - (view.width() - 1 - accent)) <= 3
    # one rule for both languages: whatever the name says, a gap stays between the groups
    gap = view.columns.switch if view.columns.switch.isVisible() else view.parallel_button
    between = gap.mapTo(view, gap.rect().topLeft()).x() - back.geometry().right()
    assert between >= 2 * view.fontMetrics().height()
    assert back.geometry().left() >= 0 and quiz.geometry().right() < view.toolbar.width()
