"""The gloss card never hides the sentence it explains: a note in the margin beside it,
or, with no margin (a narrow window, a large zoom), a panel docked under the passage,
the sentence scrolled into view. A lighter surface in dark, with a shadow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsDropShadowEffect

from quizapp.gui.window.theme import DARK, LIGHT, contrast
from tests.gui.reading.test_reading import click_word


def zoom_in(qtbot, window, steps: int) -> None:
    """Ctrl+= `steps` times, as a reader zooms."""
    for _ in range(steps):
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)


def _card_at_the_largest_zoom(qtbot, window):
    """« nucléaires » clicked in 900×700 at zoom 6: the view and its open card."""
    view = window.reading_view
    window.resize(900, 700)
    zoom_in(qtbot, window, 6)
    click_word(qtbot, window, "s1", "nucléaires")
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    return view, card


def test_a_tall_card_in_a_small_window_never_covers_its_word_or_sentence(qtbot, reading):
    view, card = _card_at_the_largest_zoom(qtbot, reading)
    assert view._area().contains(view._sentence_rect("s1").center())  # still on screen
    assert not card.geometry().intersects(view._sentence_rect("s1"))
    assert view.rect().contains(card.geometry())
    assert card.x() >= view._area().left()  # by the passage, floating or docked below it
    texts = [label for label in card.labels if label.isVisible()]
    assert all(label.geometry().right() <= card.width() for label in texts)  # laid out
    assert card.height() >= card.sizeHint().height()  # not crushed
    qtbot.keyClick(card.translate_button, Qt.Key.Key_Escape)
    reading.resize(700, 520)  # too small for the sentence and the card: the word stays clear
    click_word(qtbot, reading, "s1", "nucléaires")
    qtbot.waitUntil(card.isVisible)
    word = view._anchor(*view.passage.gloss_highlight())
    assert not card.geometry().intersects(word)
    assert view._area().contains(word.center())


def test_the_card_is_raised_with_a_shadow_and_a_readable_note(qtbot, reading):
    click_word(qtbot, reading, "s1", "nucléaires")
    card = reading.reading_view.popover
    assert isinstance(card.graphicsEffect(), QGraphicsDropShadowEffect)
    note = next(label for label in card.labels if label.property("note") == "true")
    assert note.property("type") == "body" and note.font().italic()
    assert contrast(DARK.text, DARK.raised) >= 7 and contrast(DARK.muted, DARK.raised) >= 4.5
    assert contrast(LIGHT.muted, LIGHT.raised) >= 4.5
    assert DARK.raised != DARK.surface  # lighter than the page in dark


def test_a_wide_window_puts_the_card_in_the_margin_over_no_text(qtbot, reading):
    view = reading.reading_view
    reading.resize(1600, 900)  # a margin wide enough for the card and its buttons
    click_word(qtbot, reading, "s1", "nucléaires")
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    assert card.x() > view._column().right()  # beside the column, a margin note
    assert view._area().contains(card.geometry())
    passage = view.passage
    for sid in passage._order:  # every line of every sentence stays in sight
        assert not card.geometry().intersects(view._sentence_rect(sid))
    notch = view._notch()
    assert notch.isVisible() and notch.geometry().right() <= card.x() + 1
    line = view._anchor(*passage.gloss_highlight())
    assert card.geometry().top() <= line.center().y() <= card.geometry().bottom()
    qtbot.keyClick(card.translate_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert not notch.isVisible()


def test_with_no_margin_the_card_docks_and_covers_no_text(qtbot, reading):
    view, card = _card_at_the_largest_zoom(qtbot, reading)
    assert not view._notch().isVisible()
    assert card.docked  # never floating over the lines after the sentence
    area = view._area()
    assert not card.geometry().intersects(area)  # the passage ends where the panel starts
    sentence = view._sentence_rect(view.passage.gloss_highlight()[0])
    assert area.contains(sentence) and not card.geometry().intersects(sentence)


def test_a_narrow_margin_drops_the_buttons_keycaps_before_stacking_them(qtbot, reading):
    view = reading.reading_view
    reading.resize(1470, 900)  # a margin a little narrower than the buttons' row
    click_word(qtbot, reading, "s1", "nucléaires")
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    assert card.x() > view._column().right()  # a margin note
    assert card.translate_button.text() == "Sentence in English"  # the same words
    assert card.translate_button.keycap.isHidden()  # its keycap gone: then in one row
    assert not card.buttons_stacked()
    reading.resize(1800, 900)  # room enough: the whole words again
    click_word(qtbot, reading, "s1", "nucléaires")
    qtbot.waitUntil(card.isVisible)
    assert card.translate_button.text() == "Sentence in English"
    assert not card.translate_button.keycap.isHidden()  # room enough: the keycap back
    assert not card.buttons_stacked()


def test_near_the_top_the_level_line_keeps_its_margin(qtbot, reading):
    """Scrolled by less than the document's top margin (a card opened in a narrow window,
    then a wider one): the passage settles at the very top, the level line clear of the
    toolbar's edge; a reader's own scroll further down is kept."""
    passage = reading.reading_view.passage
    bar = passage.verticalScrollBar()
    reading.resize(900, 500)
    zoom_in(qtbot, reading, 3)  # a text longer than the window, even a wide one
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    margin = passage.document().rootFrame().frameFormat().topMargin()
    bar.setValue(round(margin) - 2)  # a nudge: only the margin above the level line hidden
    assert bar.value() == round(margin) - 2
    reading.resize(1400, 500)  # a new width lays the text out again, keeping the place
    qtbot.waitUntil(lambda: passage.viewport().width() > 1000)
    assert bar.maximum() > margin and bar.value() == 0
    bar.setValue(round(margin) * 3)  # further down: a reader's own scroll is kept
    assert bar.value() == round(margin) * 3
    reading.resize(1300, 500)
    qtbot.waitUntil(lambda: passage.viewport().width() < 1300)
    assert bar.value() > margin
