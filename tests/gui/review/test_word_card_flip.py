"""The word card is a flash card: the word large in its sentence on the front, turned
over by Space or Enter (a short flip, none under less motion) to its meaning, part of
speech and English; then the learner says how well they knew it, 1-4 or Enter (Good)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review.ratings import Rating
from quizapp.core.review.sitting import Turn
from quizapp.core.review.words import WordCloze
from quizapp.gui.review.word_page import WordPage

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
CARD = WordCloze(
    "Les ", "habitants", " de Saint-Aubin lisent.", "habitant", "resident",
    "The residents of Saint-Aubin read.", "a",
)  # fmt: skip


def _turn(item: str) -> Turn:
    card = CardRecord(1, 1, "word", item, "a", item, 0, None, None, None, NOW, None, 0, 0, NOW)
    return Turn(card)


def _shown(page: WordPage) -> str:
    """Everything visible on the page, as text."""
    texts = [page.sentence.toPlainText()]
    for widget in page.findChildren(QWidget):
        if widget.isVisible():
            value = getattr(widget, "text", lambda: "")()
            texts.append(value if isinstance(value, str) else "")
    return " ".join(texts)


@pytest.fixture
def page(qtbot):
    page = WordPage()
    qtbot.addWidget(page)
    page.resize(800, 600)
    said: list[str] = []
    page.can_speak = lambda: True
    page.speak = said.append
    page.said = said  # type: ignore[attr-defined]
    page.title_of = lambda _id: "La bibliothèque d’outils"
    page.pos_of = lambda _card: "noun, masc."
    page.show()
    return page


@pytest.mark.parametrize("motion", [True, False], ids=["flip", "less-motion"])
def test_space_turns_the_card_over_to_its_meaning(qtbot, page, motion):
    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, motion)
    try:
        page.show_card(CARD, _turn(CARD.headword))
        front = _shown(page)
        assert page.word.text() == "habitants" and page.speaker.isVisible()
        assert page.sentence.highlighted() == ["habitants"]  # the word emphasised in it
        assert page.source.text() == "From «\u202fLa bibliothèque d’outils\u202f»"
        assert "resident" not in front and "The residents" not in front  # the back's
        assert page.show_button.isVisible() and page.show_button.hasFocus()
        qtbot.keyClick(page.show_button, Qt.Key.Key_Space)
        covers = page.findChildren(QWidget, "review_flip")
        assert bool(covers) is motion  # the turn painted over it, or none at all
        # the back is there at once, under the turn: headword, kind, meaning, English
        assert page.word.text() == "habitant" and page.kind.text() == "noun, masc."
        assert page.meaning.isVisible() and page.meaning.text() == "resident"
        assert page.english.isVisible() and page.english.text().startswith("The residents")
        assert not page.show_button.isVisible()
        assert page.buttons[Rating.GOOD].hasFocus()
        if motion:  # the cover goes once turned
            qtbot.waitUntil(lambda: not page.findChildren(QWidget, "review_flip"))
        qtbot.mouseClick(page.speaker, Qt.MouseButton.LeftButton)
        assert page.said == ["habitant"]  # type: ignore[attr-defined]
    finally:
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, True)


def test_the_part_of_speech_follows_the_interface_language(qtbot, page):
    """Turned over, then the language changes: the kind is said again in the new one."""
    from PySide6.QtCore import QCoreApplication

    from quizapp.gui.reading.card_answers import pos_words
    from quizapp.gui.window.i18n import Translators

    page.pos_of = lambda _card: pos_words("n, masc")
    page.show_card(CARD, _turn(CARD.headword))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.kind.text() == "noun, masc."
    translators = Translators()
    translators.install("fr")
    try:
        QCoreApplication.processEvents()  # the LanguageChange event reaches the page
        assert page.kind.text() == "nom masculin"
    finally:
        translators.install("en")
    QCoreApplication.processEvents()
    assert page.kind.text() == "noun, masc."


def test_the_learner_says_how_well_they_knew_it(qtbot, page):
    ratings = []
    page.rated.connect(lambda rating, suggested: ratings.append((rating, suggested)))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_E):
        page.show_card(CARD, _turn(CARD.headword))
        qtbot.keyClick(page.show_button, Qt.Key.Key_Return)  # Enter turns it over too
        assert page.buttons[Rating.AGAIN].text() == "Not yet"
        qtbot.keyClick(page.focus_target(), key)
    good = Rating.GOOD
    assert ratings == [
        (good, good),  # Enter: Good, the focused answer
        (Rating.AGAIN, good),
        (Rating.HARD, good),
        (Rating.EASY, good),
        (Rating.EASY, good),
    ]
    page.show_card(CARD, _turn(CARD.headword))
    qtbot.keyClick(page.show_button, Qt.Key.Key_1)  # no rating before the back
    assert ratings[-1] == (Rating.EASY, good) and len(ratings) == 5
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.buttons[Rating.HARD], Qt.MouseButton.LeftButton)
    assert ratings[-1] == (Rating.HARD, good)
