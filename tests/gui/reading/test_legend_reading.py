"""The highlights' legend while reading: the cursor's tint, the glossary's hairline and
the learner's saved words each get their chip as soon as they are on screen, not after
the first answer (review 11b, item 3)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QRect

SHOTS = os.environ.get("LEGEND_SHOTS")  # a folder: the screens, to look at


def shoot(window, name: str) -> None:
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.mark.parametrize("zoom", [0, 6])
def test_the_legend_explains_the_reading_highlights_while_reading(qtbot, reading, zoom):
    view = reading.reading_view
    reading.resize(900, 700)
    for _ in range(zoom):
        reading.actions_by_name["zoom_in"].trigger()
    passage = view.passage
    first = passage.article.sentences[0].id
    passage.set_current(first)
    qtbot.waitUntil(view.legend.isVisible)
    texts = view.legend.texts()
    assert texts[0] == "Current sentence"  # the cursor's tint, named while reading
    assert "Explained word" in texts or zoom  # the hairline under the glossary's words
    assert not {"Evidence", "Your choice"} & set(texts)  # no quiz's keys while reading
    legend = QRect(view.legend.mapTo(view, view.legend.rect().topLeft()), view.legend.size())
    for _swatch, text in view.legend.chips.values():  # every chip shown whole, in the strip
        if text.isVisible():
            shown = QRect(text.mapTo(view, text.rect().topLeft()), text.size())
            assert legend.contains(shown) and text.width() >= text.sizeHint().width()
    shoot(reading, f"reading-zoom{zoom}")
    top = passage.geometry().top()
    passage.set_current(passage.article.sentences[1].id)  # the cursor moves: nothing jumps
    assert passage.geometry().top() == top and view.legend.isVisible()


def test_a_saved_word_gets_its_chip_while_reading(qtbot, reading, translators):
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QTextEdit

    view = reading.reading_view
    passage = view.passage
    passage.set_current(passage.article.sentences[0].id)
    mark = QTextEdit.ExtraSelection()
    mark.format.setProperty(QTextCharFormat.Property.UserProperty, "learning")
    passage.word_marks = [mark]  # as known_words.py lays a saved word's tint
    passage._update_highlights()
    qtbot.waitUntil(lambda: "Saved word" in view.legend.texts())
    translators.install("fr")
    qtbot.waitUntil(lambda: "Mot enregistré" in view.legend.texts())
    assert "Phrase en cours" in view.legend.texts()
    shoot(reading, "reading-fr-saved")


def test_the_proof_alone_gets_no_key():
    """A lone « Evidence » reads as a broken header: the feedback quotes the proof."""
    from quizapp.gui.reading.legend import shown_roles

    class Passage:  # a quiz's passage showing the proof and nothing else
        article = None
        word_marks = ()

        def evidence(self):
            return {"s1"}

        def locate_mode(self):
            return False

        def locate_selection(self):
            return set()

        def gloss_highlight(self):
            return None

    assert shown_roles(Passage(), quiz=True) == set()
