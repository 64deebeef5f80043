"""The Review screen driven by the keyboard: a learner's looked-up words and missed question
come back, word cards turned over and rated by the learner (Enter: Good, E: Easy), saved,
and summarised."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from quizapp.core.review.ratings import Rating
from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    bridge,
    look_up,
    open_article,
    start_practice,
    store,
)
from tests.gui.quiz_fixtures import type_text

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _misses(qtbot, win) -> None:
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")
    look_up(qtbot, win, "s2", "contrôle")
    start_practice(qtbot, win)
    answer(qtbot, win, right=False)
    win.show_screen("library")


def test_the_review_count_sits_in_the_library_and_the_progress_menu(qtbot, win):
    review = win.progress_screens.review
    qtbot.waitUntil(lambda: review.due_count == 0)
    _misses(qtbot, win)
    qtbot.waitUntil(lambda: review.button.text() == "Review 2 words, 1 question")
    action = win.actions_by_name["review"]
    assert action in win.menus["progress"].actions()
    assert review.button.isVisibleTo(win.library_view)


def test_a_sitting_by_keyboard_turns_cards_over_saves_and_summarises(qtbot, win):
    _misses(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    assert win.current_screen() == "review"
    view = win.progress_screens.review.view
    page = view.word_page
    assert view.left.text() == "1 / 3" and view.bar.value() == 0
    # the first card: « stationner » large, in its sentence, where it was met; no meaning yet
    assert page.word.text() == "stationner" and not page.meaning.isVisible()
    assert page.sentence.text().startswith("La Russie va ")
    assert page.sentence.highlighted() == ["stationner"]
    assert page.source.text() == "From «\u202fLa Russie au Belarus <b>x</b>\u202f»"  # as plain text
    assert page.show_button.hasFocus()
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Space)  # « Show the answer »
    # the back: the meaning, the sentence's English; the learner says how well they knew it
    assert page.meaning.isVisible() and page.meaning.text() == "to station, to deploy"
    assert view.bar.value() == 0  # turned over, not yet done: the bar waits for the rating
    view.retranslate_ui()  # and keeps it through a change of language
    assert view.bar.value() == 0
    assert page.english.text().startswith("Russia will station")
    assert page.suggestion is Rating.GOOD and page.buttons[Rating.GOOD].hasFocus()
    assert "see it again in " in page.buttons[Rating.GOOD].toolTip()
    with qtbot.waitSignal(bridge(win).saved, timeout=5000):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_E)  # it was easy
    # the second: « contrôle »; Enter turns it over, 1 says it is not known yet
    qtbot.waitUntil(lambda: page.card is not None and page.card.answer == "contrôle")
    assert view.left.text() == "2 / 3" and view.bar.value() == 1
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)
    assert view.bar.value() == 1  # its share comes with the rating
    with qtbot.waitSignal(bridge(win).saved, timeout=5000):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_1)  # Not yet
    # the third: the question missed, beside its passage; its evidence after the answer
    qpage = view.question_page
    qtbot.waitUntil(lambda: view.pages.currentWidget() is qpage)
    assert view.left.text() == "3 / 3" and view.bar.value() == 2  # two cards rated
    qtbot.waitUntil(lambda: view.head.width() > view.pages.width() * 0.95)  # as wide as it
    assert qpage.prompt.text() == "Moscou va transférer le contrôle des armes à Minsk."
    assert qpage.passage.highlighted() == []
    qtbot.keyClick(qpage.widget, Qt.Key.Key_2)  # Faux
    qtbot.keyClick(qpage.widget, Qt.Key.Key_Return)
    assert qpage.passage.highlighted() == [
        "Moscou ne transférerait pas le contrôle de ses armes à Minsk, a-t-il ajouté."
    ]
    assert qpage.next_button.hasFocus() and view.bar.value() == 3
    with qtbot.waitSignal(bridge(win).saved, timeout=5000):
        qtbot.keyClick(qpage.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(view.on_done_page)
    assert not view.progress_row.isVisible()
    assert view.done_title.text() == "Reviewed: 2 words, 1 question"
    # only the question was checked: the words were the learner's own say
    assert view.done_text.text() == "1 right · 1 to see again soon"
    said = view.done_next.text()  # one sentence in a learner's words, « · » held to its time
    assert said.startswith("Next review ") and "\u00a0· " in said and "\n" not in said
    assert said.endswith(" by tomorrow") and said.count("review") == 1
    assert view.done.ring.isVisible() and view.done.ring.big == "67%"  # 2 of 3 right
    # the sitting's share of the daily goal: its 3 cards, after the quiz's one answer
    assert view.goal.isVisible() and view.goal.text() == "+3 answers · 4 / 20 today"
    log = store(win).review_log(bridge(win).profile)
    assert [(e.item, e.rating, e.suggested) for e in log] == [
        ("stationner", 4, 3),  # Easy, said by the learner over Enter's Good
        ("contrôle", 1, 3),
        ("q1", 3, 3),  # right the first time: Good
    ]
    qtbot.waitUntil(lambda: win.progress_screens.review.due_count == 0)
    # the way on, as the quiz summary's: the library's next article in the accent, named
    # over it; the library is the back link's alone (no second button), and Esc's
    done = view.done
    assert done.primary() is done.next_button and done.next_button.isVisible()
    assert done.next_button.hasFocus() and done.button.isHidden()
    assert view.back_button.isVisible()
    assert done.up_next.text() == f"Up next: {done.next_title}" and done.next_title
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Escape)
    assert win.current_screen() == "library"


def test_the_sitting_s_end_opens_an_unread_article_first(qtbot, win):
    _misses(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    view = win.progress_screens.review.view
    view.start([card for card in view.cards if card.kind == "word"])  # two word cards
    for _ in range(2):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)  # turned over
        with qtbot.waitSignal(bridge(win).saved, timeout=5000):
            qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)  # Good
    qtbot.waitUntil(view.on_done_page)
    # word cards are rated by the learner: reviewed, never claimed « right »
    assert view.done_title.text() == "2 words reviewed"
    assert "right" not in view.done_text.text() and view.done_text.isHidden()
    title = view.done.next_title
    model = win.library_view.model
    unread = [a.title for a in model.articles() if not model.summary(a.id)]
    assert title and title in unread  # before the quiz left with misses
    assert not view.done.all_read and view.done.next_button.text() == "Read the next article →"
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)  # the accent has the focus
    qtbot.waitUntil(lambda: win.current_screen() == "reading")
    assert win.reading_view.article.title == title


def test_the_chip_and_the_review_screen_count_the_same_cards(qtbot, win):
    review = win.progress_screens.review
    _misses(qtbot, win)
    qtbot.waitUntil(lambda: review.due_count == 3)
    assert review.button.text() == "Review 2 words, 1 question"
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    view = review.view
    assert view.total == review.due_count == len(view.cards)
    assert view.left.text() == f"1 / {review.due_count}"


def test_the_way_back_is_the_quiet_link_over_the_title(qtbot, win):
    _misses(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    view = win.progress_screens.review.view
    link, title = view.back_button, view.title
    qtbot.waitUntil(link.isVisible)
    corner, heading = link.mapTo(view, QPoint(0, 0)), title.mapTo(view, QPoint(0, 0))
    assert corner.x() < heading.x() and corner.y() + link.height() <= heading.y()
    assert link.objectName() == "back_link" and link.text() == "Back to the library"
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert win.current_screen() == "library"


def test_the_settings_are_saved_and_change_the_due_list(qtbot, win):
    _misses(qtbot, win)
    review = win.progress_screens.review
    review.show()
    view = review.view
    qtbot.mouseClick(view.settings_button, Qt.MouseButton.LeftButton)
    section = review._section
    assert section is not None and section.isVisible()
    assert section.retention.value() == 0.9 and section.new_per_day.value() == 20
    section.new_per_day.selectAll()
    type_text(qtbot, section.new_per_day.lineEdit(), "1")
    assert win.settings.review_new_per_day == 1
    qtbot.waitUntil(lambda: review.due_count == 1)
    section.retention.selectAll()
    type_text(qtbot, section.retention.lineEdit(), "0.95")
    assert win.settings.review_retention == 0.95


def test_the_review_chip_says_what_is_due(qtbot, win):
    review = win.progress_screens.review
    qtbot.waitUntil(lambda: review.due_count == 0)
    assert review.button.toolTip() == "Nothing to review today: words you look up come back here"
    # nothing due and no card yet: a calm status with its ✓, not a disabled-looking button
    assert (
        review.button.text() == "Reviews up to date" and review.button.property("quiet") == "true"
    )
    assert win.actions_by_name["review"].text() == "Review"  # the menu's item stays a verb
    _misses(qtbot, win)
    qtbot.waitUntil(lambda: review.button.text() == "Review 2 words, 1 question")
    said = "2 words, 1 question to review today: seeing them again now helps them stick"
    assert review.button.property("quiet") == "false"
    assert review.button.toolTip() == said == review.button.accessibleDescription()


def test_the_review_follows_the_window_zoom(qtbot, win):
    _misses(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    page = win.progress_screens.review.view.word_page
    before = page.sentence.document().defaultFont().pixelSize()
    title_before = win.progress_screens.review.view.title.font().pixelSize()
    for _ in range(3):
        qtbot.keyClick(win, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.sentence.document().defaultFont().pixelSize() > before
    assert win.progress_screens.review.view.title.font().pixelSize() > title_before
    assert page.sentence.text().startswith("La Russie va ")  # the card is kept
    qtbot.keyClick(win, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.sentence.document().defaultFont().pixelSize() == before


def test_the_card_sits_under_the_bar_in_the_header_s_column(qtbot, win):
    """One centred column: the title starts where the card starts; the bar stays at the
    top and the card sits in the room under it, a little above its middle (in a tall
    window the card hung under the bar over an empty lower half)."""
    _misses(qtbot, win)
    win.resize(1400, 900)
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    view = win.progress_screens.review.view
    card = view.word_page.card_frame
    qtbot.waitUntil(lambda: card.isVisible() and card.height() > 0)
    bar_bottom = view.bar.mapTo(view, view.bar.rect().bottomLeft()).y()
    qtbot.waitUntil(lambda: card.mapTo(view, QPoint(0, 0)).y() - bar_bottom > 48)
    card_top = card.mapTo(view, card.rect().topLeft()).y()
    below = view.height() - card_top - card.height()
    assert 0.3 < (card_top - bar_bottom) / (card_top - bar_bottom + below) < 0.5
    title_left = view.title.mapTo(view, view.title.rect().topLeft()).x()
    card_left = card.mapTo(view, card.rect().topLeft()).x()
    assert title_left > 100 and abs(title_left - card_left) <= 2


def test_a_review_can_show_every_question_of_the_bank_in_its_own_orders(qtbot):
    """A review asks its card's display orders as a quiz session would: a cloze with a
    word bank asked `bank_order`, which the review's orders lacked (found by the monkey)."""
    from pathlib import Path

    from quizapp.core import load_article
    from quizapp.core.review.sitting import ReviewOrders
    from quizapp.gui.quiz.answer_widgets import make_answer_widget
    from quizapp.gui.reading.passage import PassageView

    passage = PassageView()
    qtbot.addWidget(passage)
    bank = Path(__file__).resolve().parents[3] / "questions"
    kinds = set()
    for path in sorted(bank.glob("*.yaml")):
        article = load_article(path)
        for question in article.questions:
            widget = make_answer_widget(question, ReviewOrders(question, 7), passage)
            qtbot.addWidget(widget)
            kinds.add(type(question).__name__)
    assert "ClozeQuestion" in kinds and "MatchQuestion" in kinds and "OrderQuestion" in kinds


def test_the_back_of_a_word_card_says_when_it_comes_back(qtbot, win):
    _misses(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL_SHIFT)
    page = win.progress_screens.review.view.word_page
    assert not any(w.isVisible() for w in page.back_widgets())
    qtbot.keyClick(page.show_button, Qt.Key.Key_Return)  # the back shows
    assert all(w.isVisible() for w in page.back_widgets())
    again = page.buttons[Rating.AGAIN].toolTip()
    assert again.startswith("Key 1 · see it again in ") and again.endswith(" min")
    with qtbot.waitSignal(bridge(win).saved, timeout=5000):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_2)  # Hard, by its key (as in Anki)
    log = store(win).review_log(bridge(win).profile)
    assert [(e.item, e.rating) for e in log] == [("stationner", 2)]
