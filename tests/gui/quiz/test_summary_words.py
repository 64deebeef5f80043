"""The summary's « words looked up » counts the whole visit of the article: the words
looked up while reading it before the quiz too, as the library's review counts them."""

from __future__ import annotations

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
    looked = summary.head.words.text()
    assert "stationner" in looked and "contrôle" in looked
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
