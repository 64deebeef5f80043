"""Every second time a word comes, its card asks the other way: its English and the
sentence with the word a line « ____ » on the front, the French word on the back. Either
way the card keeps one height, so the way on stays where it is when it turns over."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review.ratings import Rating
from quizapp.core.review.sitting import Turn
from tests.gui.review.test_word_card_flip import CARD, _shown

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


def _turn(reps: int) -> Turn:
    card = CardRecord(
        1, 1, "word", "habitant", "a", "habitant", 2, None, 1.0, 5.0, NOW, NOW, reps, 0, NOW
    )
    return Turn(card)


@pytest.fixture
def page(qtbot):
    from quizapp.gui.review.word_page import WordPage

    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, False)  # no flip: turned at once
    page = WordPage()
    qtbot.addWidget(page)
    page.resize(800, 700)
    page.can_speak = lambda: True
    page.title_of = lambda _id: "La bibliothèque d’outils"
    page.pos_of = lambda _card: "noun, masc."
    page.show()
    yield page
    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, True)


def _settle(page) -> None:
    QApplication.sendPostedEvents()
    page.card_frame.layout().activate()


def test_a_word_seen_once_is_asked_from_its_english(qtbot, page):
    page.show_card(CARD, _turn(1))
    _settle(page)
    assert page.eyebrow.text() == "From English to French"
    assert page.word.text() == "resident"  # the meaning is the cue
    assert page.sentence.toPlainText() == "Les _________ de Saint-Aubin lisent."  # as long
    assert "habitant" not in _shown(page)  # nothing on the front gives the word away
    assert not page.speaker.isVisible()  # it would say it
    qtbot.keyClick(page.show_button, Qt.Key.Key_Space)
    assert page.word.text() == "habitant" and page.meaning.text() == "resident"
    assert page.sentence.toPlainText() == CARD.sentence and page.speaker.isVisible()
    assert page.buttons[Rating.GOOD].hasFocus()


def test_a_new_word_is_first_recognised_then_the_directions_alternate(page):
    page.show_card(CARD, _turn(0))
    assert page.eyebrow.text() == "From French to English" and page.word.text() == "habitants"
    page.show_card(CARD, _turn(2))
    assert page.word.text() == "habitants"
    page.show_card(CARD, _turn(3))
    assert page.word.text() == "resident"


@pytest.mark.parametrize("reps", [0, 1], ids=["recognise", "recall"])
def test_the_way_on_stays_put_when_the_card_turns_over(qtbot, page, reps):
    page.show_card(CARD, _turn(reps))
    _settle(page)
    show = page.show_button
    front = show.mapTo(page, QPoint(0, show.height())).y()  # the button's foot
    height = page.card_frame.height()
    qtbot.keyClick(show, Qt.Key.Key_Space)
    _settle(page)
    good = page.buttons[Rating.GOOD]
    back = good.mapTo(page, QPoint(0, good.height())).y()
    assert page.card_frame.height() == height  # one card, front and back
    assert abs(back - front) <= 2, (front, back)
