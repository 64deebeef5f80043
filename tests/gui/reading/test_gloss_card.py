"""The compact gloss card: the sentence's English behind a disclosure (never while a
cloze hides the sentence), keys shown as keycaps, and on a small window a bottom panel
that takes its own room instead of covering the text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from quizapp.core import load_article
from quizapp.gui.reading.style import passage_font
from tests.gui.quiz_fixtures import ALL_TYPES, click, load, make_host
from tests.gui.reading.test_card_place import zoom_in
from tests.gui.reading.test_reading import click_word

BANK = Path(__file__).resolve().parents[3] / "questions"


def test_a_masked_cloze_sentence_s_english_is_not_in_the_card(qtbot, tmp_path, translators):
    article = load(tmp_path, ALL_TYPES)
    view, panel = make_host(qtbot, article)
    click(qtbot, panel.chooser.practice_button)
    english = article.sentence("s2").en
    passage = view.passage
    passage.set_current("s2", scroll=False)
    view.show_sentence_glosses()  # G on the sentence: its English is offered
    card = view.popover
    assert card.translate_button.isVisible()
    qtbot.keyClick(card.translate_button, Qt.Key.Key_T)
    assert english in card.english_label.text() and card.english_label.isVisible()
    qtbot.keyClick(card.translate_button, Qt.Key.Key_Escape)
    panel.controller.go_to(panel.session.question_ids.index("q6"))  # s2's cloze is asked
    assert passage.masked() == {"s2"}
    passage.set_current("s2", scroll=False)
    view.show_sentence_glosses()
    qtbot.waitUntil(card.isVisible)
    assert not card.translate_button.isVisible()  # nothing to unfold
    qtbot.keyClick(card, Qt.Key.Key_T)  # nor a key that would
    assert not card.english_label.isVisible()
    assert english not in card.english_label.text()
    assert all(english not in text for text in card.texts())


def test_card_buttons_show_their_key_as_a_keycap_not_in_the_words(qtbot, reading):
    click_word(qtbot, reading, "s1", "stationner")
    card = reading.reading_view.popover
    button = card.translate_button
    assert "(" not in button.text() and button.keycap.text() == "T"
    assert button.keycap.isVisible()
    assert button.keycap.geometry().left() >= button.label.geometry().right()


def test_a_short_card_is_compact(qtbot, reading):
    reading.resize(1400, 900)
    click_word(qtbot, reading, "s1", "stationner")  # a gloss with no note
    view = reading.reading_view
    card = view.popover
    font = passage_font(view.passage.theme())
    stacked = (
        card.buttons.height() - card.translate_button.height() if card.buttons_stacked() else 0
    )
    saved = card.foot.height() if card.foot.isVisible() else 0  # « ✓ Added to my words »
    # headword, gloss, the buttons (stacked one under the other when the margin is narrower
    # than their row): under 6.5 em of the passage, 130 px at its 20 px, and the saved word's
    # caption line
    assert card.height() <= 6.5 * font.pixelSize() + stacked + saved
    assert card.width() < view._area().width() * 0.6  # a popover, not a sheet
    assert not card.docked and not card.close_button.isVisible()


def open_note(card) -> None:
    """A compact card's « … more » link, as a click on it sends it (a note of four lines
    or fewer at the card's width shows whole, with no link)."""
    note = next(label for label in card.labels if label.property("note") == "true")
    assert card.compact
    if note.property("peek"):  # four lines of the note first
        note.linkActivated.emit("more")
    else:
        assert "more" not in note.text() and note.text() in card.texts()


def test_at_zoom_6_in_900x700_a_tall_card_docks_below_and_covers_nothing(qtbot, reading):
    view = reading.reading_view
    reading.open_article(load_article(BANK / "outiltheque-saint-aubin.yaml"))
    reading.resize(900, 700)
    zoom_in(qtbot, reading, 6)
    view.passage.verticalScrollBar().setValue(0)
    click_word(qtbot, reading, "s2", "outilthèque")  # a note, a sentence mid-page
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    # no margin: docked at the passage's foot at once, never floating over the text
    assert card.docked and card.close_button.isVisible()
    assert not card.geometry().intersects(view._sentence_rect("s2"))
    assert view._area().contains(view._sentence_rect("s2"))  # the whole sentence above it
    qtbot.keyClick(card.translate_button, Qt.Key.Key_T)  # the English: docked still
    assert card.docked and not card.geometry().intersects(view._sentence_rect("s2"))
    open_note(card)  # the whole note too
    assert card.docked and card.close_button.isVisible()
    sentence, area = view._sentence_rect("s2"), view._area()
    assert area.contains(sentence)  # the whole sentence in view, above the panel
    assert not card.geometry().intersects(sentence)
    assert not card.geometry().intersects(area)  # the viewport ends where the panel starts
    assert view.rect().contains(card.geometry())
    assert all(label.geometry().bottom() <= card.height() for label in card.labels)  # uncut
    viewport = view.passage.viewport().height()
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)  # ✕ closes it
    qtbot.waitUntil(lambda: not card.isVisible())
    assert view.passage.viewport().height() > viewport  # the passage takes its room back
    view.passage.verticalScrollBar().setValue(0)
    click_word(qtbot, reading, "s2", "outilthèque")
    qtbot.waitUntil(card.isVisible)
    qtbot.keyClick(card.translate_button, Qt.Key.Key_T)
    open_note(card)
    assert card.docked
    qtbot.keyClick(card, Qt.Key.Key_Escape)  # and Esc
    qtbot.waitUntil(lambda: not card.isVisible())
    assert view.passage.viewport().height() > viewport


def test_a_card_taller_than_the_window_scrolls_inside_never_cut(qtbot, reading):
    view = reading.reading_view
    reading.open_article(load_article(BANK / "outiltheque-saint-aubin.yaml"))
    reading.resize(900, 520)
    zoom_in(qtbot, reading, 6)
    view.passage.verticalScrollBar().setValue(0)
    click_word(qtbot, reading, "s2", "outilthèque")
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    qtbot.keyClick(card.translate_button, Qt.Key.Key_T)
    open_note(card)
    assert card.docked
    assert card.scroller.verticalScrollBar().maximum() > 0  # its lines scroll
    word = view._anchor(*view.passage.gloss_highlight())
    assert view._area().contains(word.center()) and not card.geometry().intersects(word)
    assert view.rect().contains(card.geometry())
    assert card.buttons.isVisible() and card.buttons.geometry().bottom() <= card.height()
    lines = [*card.labels, card.english_label]
    assert all(line.height() >= line.heightForWidth(line.width()) for line in lines)  # uncut


def test_lines_rebuilt_twice_in_a_row_never_open_as_windows(qtbot, reading):
    """A card measured again at once (docking: its width, then its height) drops the
    lines it just made; a show their layout had queued must not open them as windows
    of their own, which took the focus from the window (Shift+K then went nowhere)."""
    click_word(qtbot, reading, "s1", "nucléaires")
    card = reading.reading_view.popover
    qtbot.waitUntil(card.isVisible)
    card.widen(400)
    card.widen(500, 300)  # the lines of the first measure go before their queued show
    QApplication.processEvents()
    strays = [w for w in QApplication.topLevelWidgets() if isinstance(w, QLabel)]
    assert not [w for w in strays if w.isVisible()]
    assert QGuiApplication.focusWindow() is reading.windowHandle()
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert reading.reading_view.passage.hasFocus()  # the keys go back to the text


def test_a_compact_card_keeps_the_part_of_speech(qtbot, reading, monkeypatch):
    """At zoom 6 in 900×700 the card says « headword · kind · meaning » on one line: a
    noun's gender is what a learner needs most, so the short card keeps it."""
    from quizapp.gui.reading.gloss_card import GlossPopover

    monkeypatch.setattr(GlossPopover, "kind_of", lambda _self, _headword: "verb")
    reading.resize(900, 700)
    zoom_in(qtbot, reading, 6)
    click_word(qtbot, reading, "s1", "stationner")
    card = reading.reading_view.popover
    assert card.compact
    assert card.texts()[0].startswith("stationner · verb · ")
