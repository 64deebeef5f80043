"""The gloss card never hides the sentence it explains: below or above it, or, with no
room (a large zoom in a small window), a panel docked under the passage, the sentence
scrolled into view. It floats: a lighter surface in dark, with a shadow."""

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


def test_a_card_over_the_text_covers_whole_lines(qtbot, reading):
    view, card = _card_at_the_largest_zoom(qtbot, reading)
    assert not view._notch().isVisible()
    if not card.docked:  # floating over later lines: at most 36 em, aligned with the text,
        column = view._column()  # over a band across the column: no letters beside it
        assert card.x() <= column.left()
        assert card.width() <= view._card_measure(card)
        band = view._card_band
        assert card.geometry().right() < column.right()  # the column is wider than 36 em
        assert band.isVisible() and band.geometry().top() <= card.geometry().top()
        assert band.x() <= column.left() and band.geometry().right() >= column.right()
        assert band.geometry().bottom() >= card.geometry().bottom()  # its shadow too
        for edge in (band.geometry().top(), band.geometry().bottom()):
            if edge < view._area().bottom():  # (the passage's own edge hides what is below)
                assert view._line_across(edge) is None  # in a gap between lines: none cut
        sentence = view._sentence_rect(view.passage.gloss_highlight()[0])
        assert not band.geometry().intersects(sentence)  # the sentence explained shows
        qtbot.mouseClick(band, Qt.MouseButton.LeftButton)  # a press beside the card closes it
        assert not card.isVisible() and not band.isVisible()


def test_a_narrow_margin_shortens_the_buttons_words_before_stacking_them(qtbot, reading):
    view = reading.reading_view
    reading.resize(1300, 900)  # a margin a little narrower than the buttons' row
    click_word(qtbot, reading, "s1", "nucléaires")
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    assert card.x() > view._column().right()  # a margin note
    assert card.translate_button.text() == "Translate"  # shortened: then in one row
    assert not card.buttons_stacked()
    reading.resize(1800, 900)  # room enough: the whole words again
    click_word(qtbot, reading, "s1", "nucléaires")
    qtbot.waitUntil(card.isVisible)
    assert card.translate_button.text() == "Translate the sentence"
    assert not card.buttons_stacked()
