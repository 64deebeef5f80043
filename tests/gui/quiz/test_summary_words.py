"""The summary's « words looked up » counts the whole visit of the article: the words
looked up while reading it before the quiz too, as the library's review counts them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import progress_helpers
from tests.gui.progress_helpers import answer, finish, look_up, open_article, start_practice

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def test_words_looked_up_while_reading_count_in_the_summary(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")  # reading, before the quiz
    start_practice(qtbot, win)
    look_up(qtbot, win, "s2", "contrôle")  # during the quiz
    answer(qtbot, win, right=True)
    finish(qtbot, win)
    summary = win.quiz.panel.summary
    tile = summary.head.stats.words
    assert (tile.value.text(), tile.caption.text()) == ("2", "words looked up")
    assert tile.accessibleName() == "2 words looked up while reading this text and during the quiz"
    chips = summary.head.words
    assert {c.text() for c in chips.chips} == {"stationner", "contrôle"}
    review = win.progress_screens.review
    qtbot.waitUntil(lambda: review.button.text().startswith("Review 2 words"))  # the same two


def test_a_new_visit_of_the_article_counts_afresh(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")
    win.show_screen("library")
    open_article(qtbot, win, "armes-belarus")  # opened again: a new visit
    start_practice(qtbot, win)
    answer(qtbot, win, right=True)
    finish(qtbot, win)
    assert win.quiz.panel.summary.head.stats.words.value.text() == "0"


def test_a_looked_up_word_s_chip_shows_it_in_the_text_and_it_is_in_the_review_deck(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")
    start_practice(qtbot, win)
    answer(qtbot, win, right=True)
    finish(qtbot, win)
    summary = win.quiz.panel.summary
    chips = summary.head.words
    qtbot.waitUntil(chips.isVisible)
    (chip,) = chips.chips
    assert chip.text() == "stationner" and "stationner — " in chip.toolTip()  # its English
    # looked-up words make review cards by themselves: the note says so, and it is true
    assert chips.note.isVisible()
    assert chips.note.text() == "These words will come back in your reviews."
    store, profile = progress_helpers.store(win), progress_helpers.bridge(win).profile
    qtbot.waitUntil(
        lambda: any(
            c.kind == "word" and c.item == "stationner" for c in store.review_cards(profile)
        )
    )
    passage = win.reading_view.passage
    passage.set_current("s3")
    passage.set_gloss_highlight(None)
    with qtbot.waitSignal(passage.word_looked_up):
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert passage.current() == "s1"  # the passage at its sentence
    highlight = passage.gloss_highlight()
    assert highlight is not None and highlight[0] == "s1"  # its gloss card open
    text = win.reading_view.article.sentence("s1").fr
    assert text[highlight[1] : highlight[2]].startswith("stationn")
