"""The own text's end card: one main button (« Do the exercises (N) »), « I’ve finished »
a text link beside the headline, the looked-up words' line heading its chips and the
day's goal last."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.gui.library.test_own_texts import TEXT, dictionary, paste  # noqa: F401 (fixture)
from tests.gui.reading.test_reading import click_word


def test_the_own_text_s_card_has_one_button_and_its_words_together(qtbot, window, dictionary):  # noqa: F811
    dialog = paste(qtbot, window, TEXT)
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    qtbot.waitUntil(lambda: window.dictionaries.catalog is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.dictionaries.busy, timeout=10_000)
    view = window.reading_view
    click_word(qtbot, window, "s1", "canapé")
    view.close_popover()
    card = view.end_card
    qtbot.waitUntil(card.isVisible)
    count = len(view.article.questions)
    assert card.button.text() == f"Do the exercises ({count})"
    shown = [b for b in card.findChildren(QPushButton) if b.isVisible()]
    filled = [b for b in shown if b.property("primary") == "true"]
    assert filled == [card.button]  # one main button
    assert card.finish.isVisible() and card.finish.property("link") == "true"  # a text link
    assert card.finish.text() == "I’ve finished"
    layout = card.layout()  # « 1 word looked up », its chip, « This word will come back »
    assert layout.indexOf(card.chips) == layout.indexOf(card.facts) + 1
    assert layout.indexOf(card.review) == layout.indexOf(card.chips) + 1
    assert card.review.text() == "This word will come back in your reviews"
    assert [chip.text() for chip in card.chips.chips] == ["canapé"]
    assert layout.indexOf(card.goal) == layout.count() - 1  # the day's line last
    if card.goal.isVisible():
        assert card.goal.geometry().top() > card.button.geometry().bottom()
    qtbot.mouseClick(card.finish, Qt.MouseButton.LeftButton)  # the learner's word
    assert card.mark.isVisible() and card.message.text() == "Text read"
    assert card.finish.isHidden()
