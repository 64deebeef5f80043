"""At the largest zoom in a small window, a glossary word's docked card reads like the
own-text card: « depuis · since » in full at its top, never opened scrolled, and its
buttons (speaker, Sentence in English, Known, ✓ Added · Remove) on one row."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QPushButton

from tests.gui.progress_helpers import open_article
from tests.gui.reading.test_card_place import zoom_in
from tests.gui.reading.test_locate_small import win  # noqa: F401 - the fixture
from tests.gui.reading.test_reading import click_word


def _open_depuis(qtbot, window):
    """« Depuis » clicked at zoom 6 in 900×700, with a speaker on the card as the speech
    room brings one (an icon-only button first in the row; no voice engine here)."""
    open_article(qtbot, window, "outiltheque-saint-aubin")
    window.resize(900, 700)
    zoom_in(qtbot, window, 6)
    view = window.reading_view
    view.passage.verticalScrollBar().setValue(0)
    sid = view.passage._order[0]
    click_word(qtbot, window, sid, "Depuis")
    card = view.popover
    qtbot.waitUntil(card.isVisible)
    speaker = QPushButton(card)
    side = round(view.passage.theme().px("body") * 1.1)
    speaker.setIconSize(QSize(side, side))
    picture = QPixmap(side, side)
    picture.fill()
    speaker.setIcon(QIcon(picture))
    card.add_tool(speaker)
    speaker.show()  # as the speech room does: shown for a clicked word, the card refitted
    card.refit()
    view.close_popover()
    click_word(qtbot, window, sid, "Depuis")  # opened again, its speaker in the row
    qtbot.waitUntil(card.isVisible)
    QApplication.processEvents()
    return view, card, speaker


def _one_row(card, speaker) -> None:
    """Every button and the word's status « To learn | Known » side by side, whole."""
    shown = [speaker, card.translate_button, card.learn_button, card.known_button]
    assert all(widget.isVisible() for widget in shown)
    boxes = [
        widget.rect().translated(widget.mapTo(card, widget.rect().topLeft())) for widget in shown
    ]
    middles = [box.center().y() for box in boxes]
    assert max(middles) - min(middles) <= 2, middles  # one row
    assert all(card.rect().contains(box) for box in boxes)  # none cut
    lefts = [box.left() for box in boxes]
    assert lefts == sorted(lefts)  # in the row's order, none over another


def test_a_docked_glossary_card_shows_its_headword_and_one_row_of_buttons(qtbot, win):  # noqa: F811
    for lang in ("en", "fr"):
        win.set_language(lang)
        view, card, speaker = _open_depuis(qtbot, win)
        assert card.docked and card.compact
        assert not card.buttons_stacked()
        scroller = card.scroller
        assert scroller.verticalScrollBar().value() == 0  # opened at its top
        assert scroller.verticalScrollBar().maximum() == 0  # a peek: its lines all shown
        head = card.labels[0]
        seen = scroller.viewport().rect()
        top_left = head.mapTo(scroller.viewport(), head.rect().topLeft())
        bottom_right = head.mapTo(scroller.viewport(), head.rect().bottomRight())
        assert seen.contains(top_left) and seen.contains(bottom_right)  # the headword whole
        assert card.texts()[0] == "depuis · since"
        note = card.labels[1]
        assert note.property("note") == "true" and note.isVisible()
        peek = card.texts()[1]  # its first two lines, the ellipsis glued to the last word
        assert peek.endswith(("… more", "… plus")) and " … " not in peek
        assert note.mapTo(scroller.viewport(), note.rect().topLeft()).y() < seen.bottom()
        _one_row(card, speaker)
        assert card.translate_button.text() != "In English"  # room for its whole words
        assert card.learn_button.isChecked() and not card.saved_label.isVisible()
        assert card.height() <= view.height() * 0.4  # a panel, not half the screen
        view.close_popover()
        speaker.setParent(None)  # the next language's card brings its own
    win.set_language("en")
