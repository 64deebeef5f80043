"""The word card's front never says its word: not the headword over the gap, not a
placeholder, not a tooltip, not a voice; the back says it, and can speak it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review.ratings import Rating
from quizapp.core.review.sitting import Turn
from quizapp.core.review.words import WordCloze
from quizapp.gui.review.word_page import WordPage
from tests.gui.quiz_fixtures import type_text

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
CARDS = [
    WordCloze("", "Depuis", " samedi, on emprunte des outils.", "depuis", "since", "", "a"),
    WordCloze("Les ", "habitants", " de Saint-Aubin lisent.", "habitant", "resident", "", "a"),
    WordCloze("Il faut ", "composter", " chez soi.", "composter", "to compost", "", "b"),
    WordCloze("Elle court ", "malgré", " la pluie.", "malgré", "despite", "", "c"),
]


def _turn(item: str) -> Turn:
    card = CardRecord(1, 1, "word", item, "a", item, 0, None, None, None, NOW, None, 0, 0, NOW)
    return Turn(card)


def _says(page: WordPage) -> str:
    """Everything visible on the page, as text, tooltip or accessible name."""
    texts = [page.sentence.toPlainText(), page.typed.placeholderText()]
    for widget in page.findChildren(QWidget):
        if widget.isVisible():
            for name in ("text", "toolTip", "accessibleName"):
                value = getattr(widget, name, lambda: "")()
                texts.append(value if isinstance(value, str) else "")
    return " ".join(texts).casefold()


@pytest.fixture
def page(qtbot):
    page = WordPage()
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    said: list[str] = []
    page.can_speak = lambda: True  # a voice is there: still silent on the front
    page.speak = said.append
    page.said = said  # type: ignore[attr-defined]
    return page


@pytest.mark.parametrize("card", CARDS, ids=[c.headword for c in CARDS])
def test_the_front_never_contains_the_answer(qtbot, page, card):
    page.show_card(card, _turn(card.headword))
    front = _says(page)
    assert card.answer.casefold() not in front and card.headword.casefold() not in front
    assert card.gloss in page.cue.text() and not page.speaker.isVisible()
    qtbot.keyClick(page.typed, Qt.Key.Key_Return)  # "I don't know": the back
    assert page.word.isVisible() and page.word.text() == card.headword
    assert page.sentence.toPlainText() == card.sentence  # the sentence whole
    assert page.speaker.isVisible()
    qtbot.mouseClick(page.speaker, Qt.MouseButton.LeftButton)
    assert page.said == [card.answer]  # type: ignore[attr-defined]


def test_the_typed_answer_grades_itself(qtbot, page):
    ratings = []
    page.rated.connect(lambda rating, suggested: ratings.append((rating, suggested)))
    card = CARDS[3]
    for typed, hint, expected in (
        ("malgré", False, Rating.GOOD),  # right the first time
        ("malgre", False, Rating.HARD),  # right once the accent is forgiven
        ("malgré", True, Rating.HARD),  # right after a hint
        ("", False, Rating.AGAIN),  # given up
    ):
        page.show_card(card, _turn(card.headword))
        if hint:
            qtbot.mouseClick(page.hint_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, page.typed, typed)
        qtbot.keyClick(page.typed, Qt.Key.Key_Return)
        assert page.suggestion is expected, typed
        assert page.continue_button.hasFocus()
        qtbot.keyClick(page.continue_button, Qt.Key.Key_Return)
    assert ratings == [(r, r) for r in (Rating.GOOD, Rating.HARD, Rating.HARD, Rating.AGAIN)]
    page.show_card(card, _turn(card.headword))
    type_text(qtbot, page.typed, "malgré")
    qtbot.keyClick(page.typed, Qt.Key.Key_Return)
    qtbot.mouseClick(page.easy_button, Qt.MouseButton.LeftButton)  # « It was easy »
    assert ratings[-1] == (Rating.EASY, Rating.GOOD)
