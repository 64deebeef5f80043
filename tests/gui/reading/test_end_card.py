"""The end of the text marks the moment: what this visit did (words looked up, as
chips that lead back to them) and the way on (start, resume, or redo the quiz)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.gui import progress_helpers
from tests.gui.progress_helpers import (
    answer,
    assert_run_resumed_at_q2,
    bridge,
    finish,
    look_up,
    next_question,
    open_article,
    start_practice,
)
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def glossed_words(article, count: int) -> list[tuple[str, object]]:
    """The first `count` glossed words of different headwords: (sentence id, hit)."""
    found: dict[str, tuple[str, object]] = {}
    for sentence in article.sentences:
        for hit in article.gloss_index.hits(sentence.id):
            if len(found) < count and hit.entry.fr not in found:
                found[hit.entry.fr] = (sentence.id, hit)
    return list(found.values())


def click_word(qtbot, passage, sentence_id: str, hit) -> None:
    passage.set_current(sentence_id)
    point = passage.word_position(sentence_id, hit.start + 1)
    with qtbot.waitSignal(passage.word_looked_up):
        qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)


def read_for(view, seconds: float) -> None:
    """The visit's clock moved on by `seconds` (a controllable clock, not a sleep), and
    the card's reading-time timer fired as it would have by then."""
    card = view.end_card
    now = card.visit.clock()
    card.visit.clock = lambda: now + seconds
    if card._due.isActive() and card.visit.seconds_left(card.words()) <= 0:
        card._due.stop()
        card._due.timeout.emit()


def scroll_to_end(qtbot, view) -> None:
    bar = view.passage.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    qtbot.waitUntil(view.end_card.isVisible)


def practise_and_come_back(qtbot, win, article_id: str):
    """Open the article, take its practice quiz, and come back to the text from the summary."""
    open_article(qtbot, win, article_id)
    panel = start_practice(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    click(qtbot, panel.summary.back_button)
    return panel


def test_the_facts_count_the_words_looked_up_and_a_chip_opens_its_card(qtbot, reading):
    view = reading.reading_view
    reading.resize(1400, 900)
    card = view.end_card
    words = glossed_words(view.article, 2)
    assert len(words) == 2
    read_for(view, card.words() * 60 / 200)  # its reading time at 200 words a minute
    scroll_to_end(qtbot, view)
    assert card.message.isVisible() and card.message.text() == "Article read"
    assert card.mark.isVisible() and card.finish.isHidden()
    assert "looked up" not in card.facts.text() and card.chips.isHidden()
    for sentence_id, hit in words:
        click_word(qtbot, view.passage, sentence_id, hit)
    click_word(qtbot, view.passage, *words[0])  # the same word again counts once
    qtbot.waitUntil(lambda: view.popover is not None and view.popover.isVisible())
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.popover.isVisible())
    scroll_to_end(qtbot, view)
    # the visit's facts (not the quiz's), heading its chips; today's goal the last line
    assert card.facts.text() == "2 words looked up during this reading"
    assert card.goal.isVisible() and card.goal.text() == "Today's goal: 20 answers"
    layout = card.layout()
    assert layout.indexOf(card.chips) == layout.indexOf(card.facts) + 1  # heading, chips
    assert layout.indexOf(card.goal) == layout.count() - 1
    assert card.goal.geometry().top() > card.button.geometry().bottom()
    assert [chip.text() for chip in card.chips.chips] == [hit.entry.fr for _s, hit in words]
    theme = view.passage.theme()  # a moment, not a footnote: the theme's roles
    assert card.message.fontInfo().pixelSize() == theme.px("title")
    for part in (card.facts, card.review, *card.chips.chips):
        assert part.fontInfo().pixelSize() == theme.px("body") > theme.px("caption")
    zoom = theme.px("body")
    qtbot.keyClick(reading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.facts.fontInfo().pixelSize() > zoom)  # zoom scales it
    qtbot.keyClick(reading, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    scroll_to_end(qtbot, view)
    sentence_id, hit = words[1]
    chip = card.chips.chips[1]
    assert hit.entry.en in chip.toolTip()
    click(qtbot, chip)
    qtbot.waitUntil(view.popover.isVisible)
    assert view.passage.gloss_highlight() == (sentence_id, hit.start, hit.end)
    assert view.passage.current() == sentence_id
    word = view.passage.sentence_bounds(sentence_id)
    assert view.passage.viewport().rect().intersects(word)  # taken back to it


def test_a_run_in_progress_is_resumed_from_the_end_of_the_text(qtbot, win):
    open_article(qtbot, win, "tous-les-types")
    start_practice(qtbot, win)
    answer(qtbot, win)
    next_question(qtbot, win)  # stopped at question 2
    sid = bridge(win).session_id
    open_article(qtbot, win, "armes-belarus")
    open_article(qtbot, win, "tous-les-types")
    panel = win.quiz.panel
    qtbot.waitUntil(lambda: panel.chooser.resume_button.isVisible())
    click(qtbot, panel.chooser.close_button)  # back to the text, to read it first
    view = win.reading_view
    scroll_to_end(qtbot, view)
    card = view.end_card
    total = len(view.article.questions)
    assert card.button.text() == f"Resume the quiz (question 2 of {total})"
    assert card.best.isHidden()
    click(qtbot, card.button)
    qtbot.waitUntil(panel.in_question)
    assert view.side_panel() is panel and not card.isVisible()
    assert_run_resumed_at_q2(win, panel, sid)


def test_a_finished_quiz_shows_its_best_score_and_offers_to_redo_it(qtbot, win, monkeypatch):
    monkeypatch.setattr(win.quiz, "way_on", lambda _article: (None, ""))  # a bank of one
    panel = practise_and_come_back(qtbot, win, "armes-belarus")
    view = win.reading_view
    qtbot.waitUntil(lambda: view.side_panel() is None)
    look_up(qtbot, win, *first_glossed(view.article))  # a word looked up: a review card
    view.close_popover()
    scroll_to_end(qtbot, view)
    card = view.end_card
    assert card.best.isVisible() and card.best.text() == "Best score: 100%"
    assert card.review.isVisible()
    assert card.review.text() == "This word will come back in your reviews"  # one word
    assert card.button.text() == "Redo the quiz"  # no other article: no way on
    assert not card.next_caption.isVisible()
    click(qtbot, card.button)
    qtbot.waitUntil(lambda: view.side_panel() is panel and panel.chooser.isVisible())
    assert panel.offering()  # the same start as the toolbar's: the chooser


def all_read(monkeypatch, win, weak: str = "", here: str = "armes-belarus") -> None:
    """Every article but `here` read at full marks in the library's eyes (`weak` at 60 %)."""
    model = win.library_view.model
    real = model.summary

    def summary(article_id: str) -> dict:
        if article_id == here:
            return real(article_id)
        best = 0.6 if article_id == weak else 1.0
        return {"best": best, "date": "2026-01-02"}

    monkeypatch.setattr(model, "summary", summary)


def test_with_everything_read_at_full_marks_the_card_offers_a_text_of_one_s_own(
    qtbot, win, monkeypatch
):
    """Everything read is said as an achievement; the way on is a text of one's own, the
    library and a reread (named as another article) quiet links under it."""
    from quizapp.gui.library.paste_dialog import PasteDialog

    all_read(monkeypatch, win)
    practise_and_come_back(qtbot, win, "armes-belarus")
    view = win.reading_view
    qtbot.waitUntil(lambda: view.side_panel() is None)
    scroll_to_end(qtbot, view)
    card = view.end_card
    other = win.quiz.article_after(view.article)
    count = len(win.library_view.model.articles())
    assert card.best.text() == "Best score: 100%"
    assert card.button.text() == "Paste a text of your own"
    assert card.achievement.isVisible()
    assert card.achievement.text() == f"You have read all {count} articles"
    shown = [w.text() for w in card.findChildren(QLabel) if w.isVisible()]
    assert not any("everything" in text for text in shown)  # no apology
    layout = card.layout()  # the achievement over the way on
    assert layout.indexOf(card.achievement) == layout.indexOf(card.button) - 1
    links = card.links.buttons
    assert links["library"].isVisible() and links["library"].text() == "Back to the library"
    reread = links["reread"]
    assert reread.isVisible() and reread.text() == f"Reread another article: {other.title}"
    assert links["own"].isHidden()  # the primary says it
    assert card.links.geometry().top() > card.button.geometry().bottom()  # under it
    click(qtbot, card.button)
    qtbot.waitUntil(lambda: win.findChild(PasteDialog, "paste_dialog") is not None)
    dialog = win.findChild(PasteDialog, "paste_dialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    scroll_to_end(qtbot, view)
    click(qtbot, reread)
    qtbot.waitUntil(lambda: view.article is not None and view.article.id == other.id)


def test_the_card_s_library_link_goes_back_to_the_library(qtbot, win, monkeypatch):
    all_read(monkeypatch, win)
    practise_and_come_back(qtbot, win, "armes-belarus")
    view = win.reading_view
    qtbot.waitUntil(lambda: view.side_panel() is None)
    scroll_to_end(qtbot, view)
    click(qtbot, view.end_card.links.buttons["library"])
    qtbot.waitUntil(lambda: win.current_screen() == "library")


def test_everything_read_an_article_below_full_marks_is_redone_as_an_exam(qtbot, win, monkeypatch):
    from quizapp.core.quiz.session import Mode

    weak = next(a for a in win.library_view.model.articles() if a.id != "armes-belarus")
    all_read(monkeypatch, win, weak=weak.id)
    practise_and_come_back(qtbot, win, "armes-belarus")
    view = win.reading_view
    qtbot.waitUntil(lambda: view.side_panel() is None)
    scroll_to_end(qtbot, view)
    card = view.end_card
    assert card.button.text() == "Redo as an exam" and card.button.property("primary")
    assert card.next_caption.isVisible()
    assert card.next_caption.text() == f"{weak.title} · best score 60%"
    assert card.button.accessibleName() == f"Redo as an exam: {weak.title} · best score 60%"
    layout = card.layout()  # which article, read before the button: not this one's redo
    assert layout.indexOf(card.next_caption) == layout.indexOf(card.button) - 1
    assert card.next_caption.geometry().bottom() < card.button.geometry().top()
    assert card.achievement.isVisible()
    links = card.links.buttons
    assert links["own"].isVisible() and links["own"].text() == "Paste a text of your own"
    assert links["library"].isVisible() and links["reread"].isHidden()
    click(qtbot, card.button)
    qtbot.waitUntil(lambda: view.article is not None and view.article.id == weak.id)
    panel = win.quiz.panel
    qtbot.waitUntil(panel.in_question)
    assert panel.session.mode is Mode.TEST  # the exam: no feedback until the end
    assert len(panel.session.questions) == len(weak.questions)  # the whole quiz


def test_this_article_below_full_marks_is_the_exam_once_the_rest_is_perfect(
    qtbot, win, monkeypatch
):
    from quizapp.core.quiz.session import Mode

    all_read(monkeypatch, win, here="tous-les-types")
    open_article(qtbot, win, "tous-les-types")
    panel = start_practice(qtbot, win)
    answer(qtbot, win, right=False)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    click(qtbot, panel.summary.back_button)
    view = win.reading_view
    qtbot.waitUntil(lambda: view.side_panel() is None)
    scroll_to_end(qtbot, view)
    card = view.end_card
    assert card.best.isVisible() and card.best.text() != "Best score: 100%"
    assert card.button.text() == "Redo as an exam"
    assert not card.next_caption.isVisible()  # this article's: its best score is over it
    assert card.links.buttons["reread"].isVisible()
    click(qtbot, card.button)
    qtbot.waitUntil(panel.in_question)
    assert view.article.id == "tous-les-types" and panel.session.mode is Mode.TEST


def test_words_looked_up_during_the_quiz_are_told_among_the_visits_one_story(qtbot, win):
    """The summary counts the visit's words; the end card the same ones, saying how many
    of them were looked up during the quiz (never a second count of the same words)."""
    open_article(qtbot, win, "armes-belarus")
    view = win.reading_view
    (read_sid, read_hit), (quiz_sid, quiz_hit) = glossed_words(view.article, 2)
    click_word(qtbot, view.passage, read_sid, read_hit)  # while reading
    view.close_popover()
    panel = start_practice(qtbot, win)
    click_word(qtbot, view.passage, quiz_sid, quiz_hit)  # with a question on screen
    view.close_popover()
    answer(qtbot, win)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    assert panel.summary.head.stats.words.value.text() == "2"
    click(qtbot, panel.summary.back_button)
    qtbot.waitUntil(lambda: view.side_panel() is None)
    scroll_to_end(qtbot, view)
    facts = view.end_card.facts.text().splitlines()[0]
    assert facts.endswith("2 words looked up, 1 of them during the quiz")


def test_the_visit_counts_whole_minutes_and_each_headword_once():
    from types import SimpleNamespace

    from quizapp.gui.reading.end_visit import Visit

    now = [100.0]
    visit = Visit(clock=lambda: now[0])
    entry = SimpleNamespace(fr="outil", en="tool")
    assert visit.note("s1", SimpleNamespace(entry=entry, start=3))
    assert not visit.note("s2", SimpleNamespace(entry=entry, start=7))  # again: counted once
    assert not visit.note("s2", None)  # a dictionary's answer: not counted, as in the summary
    assert list(visit.words) == ["outil"] and visit.words["outil"].sentence_id == "s2"
    now[0] += 59
    assert visit.minutes() == 0
    now[0] += 181
    assert visit.minutes() == 4
    assert visit.quiz_words() == 0
    other = SimpleNamespace(fr="prêt", en="loan")
    assert visit.note("s3", SimpleNamespace(entry=other, start=0), quiz=True)
    assert visit.quiz_words() == 1 and len(visit.words) == 2  # one of the two in the quiz
    visit.reset()
    assert visit.minutes() == 0 and not visit.words and visit.quiz_words() == 0


def test_a_finished_quiz_leads_on_to_the_next_article_redo_once_in_the_toolbar(qtbot, win):
    view = win.reading_view
    article = win.library_view.visible_articles()[0]  # one with another after it
    open_article(qtbot, win, article.id)
    following = win.quiz.article_after(article)
    assert following is not None and following.id != article.id
    panel = start_practice(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    following = win.quiz.article_after(article)  # the result known: the level that suits
    assert following is not None and following.id != article.id
    click(qtbot, panel.summary.back_button)  # back to the text
    qtbot.waitUntil(lambda: view.side_panel() is None)
    card = view.end_card
    scroll_to_end(qtbot, view)
    assert card.button.text() == "Next article →" and card.button.property("primary")
    assert card.next_caption.isVisible() and card.next_caption.text() == following.title
    assert card.layout().indexOf(card.next_caption) == card.layout().indexOf(card.button) + 1
    shown = [b.text() for b in card.findChildren(QPushButton) if b.isVisible()]
    assert "Redo the quiz" not in shown  # said once on screen: the toolbar's
    toolbar = view.quiz_button  # the toolbar's Redo steps back: one accent on screen
    assert toolbar.text() == "Redo the quiz" and toolbar.property("primary") != "true"
    assert toolbar.property("quiet") == "true"
    p = view.passage.theme().palette
    side = toolbar.grab().toImage().pixelColor(toolbar.width() - 4, toolbar.height() // 2)
    assert side.name() != QColor(p.primary).name()  # not the accent's fill
    assert not card.review.isVisible()  # no word looked up: no line about reviews
    click(qtbot, card.button)
    qtbot.waitUntil(lambda: view.article is not None and view.article.id == following.id)
    assert view.side_panel() is None  # the next text to read, no quiz over it


def test_redo_from_the_toolbar_at_the_end_opens_the_chooser(qtbot, win):
    view = win.reading_view
    article = win.library_view.visible_articles()[0]
    open_article(qtbot, win, article.id)
    panel = start_practice(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.summary)
    click(qtbot, panel.summary.back_button)
    qtbot.waitUntil(lambda: view.side_panel() is None)
    scroll_to_end(qtbot, view)
    assert view.quiz_button.isVisible() and view.quiz_button.text() == "Redo the quiz"
    click(qtbot, view.quiz_button)
    qtbot.waitUntil(lambda: view.side_panel() is panel and panel.chooser.isVisible())
    assert view.article.id == article.id


def first_glossed(article) -> tuple[str, str]:
    """A sentence and a glossed word of it, as the text spells it."""
    for sentence in article.sentences:
        for hit in article.gloss_index.hits(sentence.id):
            return sentence.id, sentence.fr[hit.start : hit.end].split()[0]
    raise AssertionError("no glossed word")


def test_the_day_s_answers_are_said_as_the_day_s(translators):
    """Under « Article read » the day's count says whose it is: never a bare
    « +3 answers » that reads as this reading's."""
    from quizapp.core.progress.goal import GoalMoment
    from quizapp.gui.progress.goal_words import GoalWords

    words = GoalWords()
    assert words.day_text(GoalMoment(added=3, done=23, target=20)) == (
        "Today: 23 answers · daily goal reached"
    )
    assert words.day_text(GoalMoment(added=3, done=12, target=20, streak=2)) == (
        "Today: 12 / 20 answers · 2\u00a0days in a row"
    )
    assert words.day_text(GoalMoment(added=0, done=0, target=20)) == "Today's goal: 20 answers"
    translators.install("fr")
    assert words.day_text(GoalMoment(added=3, done=23, target=20)).startswith(
        "Aujourd’hui\u00a0: 23 réponses"
    )
    # the number held to its unit: a narrow card wrapped « 1 » / « jour d’affilée »
    assert words.day_text(GoalMoment(added=1, done=1, target=20, streak=1)).endswith(
        "1\u00a0jour d’affilée"
    )


def test_reaching_the_end_at_once_is_not_reading_it(qtbot, reading):
    """Scrolled straight to the end, the article is not « read »: the card offers « I’ve
    finished »; the reading time passed, it is; the learner's click is enough too."""
    view = reading.reading_view
    reading.resize(1400, 900)
    card = view.end_card
    scroll_to_end(qtbot, view)
    assert card.finish.isVisible() and card.finish.text() == "I’ve finished"
    assert card.message.text() == "End of the article" and card.mark.isHidden()
    read_for(view, card.words() * 60 / 200 - 5)  # not quite its reading time
    view.passage.verticalScrollBar().setValue(0)
    scroll_to_end(qtbot, view)
    assert card.mark.isHidden() and card.finish.isVisible()
    read_for(view, 10)
    view.passage.verticalScrollBar().setValue(0)  # reached once is enough
    QApplication.processEvents()
    assert card.visit.finished
    scroll_to_end(qtbot, view)
    assert card.message.text() == "Article read" and card.finish.isHidden()
    view.set_article(view.article)  # opened again: read on an earlier visit, read at once
    scroll_to_end(qtbot, view)
    assert card.mark.isVisible() and card.finish.isHidden()


def test_i_ve_finished_sits_on_the_headline_s_line_and_is_enough(qtbot, reading):
    """Before it is earned the headline's line reads « End of the article » with the
    outlined « I’ve finished » beside it, above the primary button; a click reads it."""
    view = reading.reading_view
    reading.resize(1400, 900)
    card = view.end_card
    scroll_to_end(qtbot, view)
    assert card.message.text() == "End of the article" and card.mark.isHidden()
    assert card.finish.isVisible()
    assert abs(card.finish.geometry().center().y() - card.message.geometry().center().y()) <= 2
    assert card.finish.geometry().left() > card.message.geometry().right()
    assert card.button.geometry().top() > card.finish.geometry().bottom()
    click(qtbot, card.finish)
    assert card.message.text() == "Article read"
    assert card.mark.isVisible() and card.finish.isHidden()


def test_a_done_quiz_counts_the_text_as_read_at_once(qtbot, win, monkeypatch):
    """Its quiz done, the text was read: no « I’ve finished » on a visit scrolled
    straight to the end."""
    monkeypatch.setattr(win.quiz, "way_on", lambda _article: (None, ""))  # a bank of one
    practise_and_come_back(qtbot, win, "armes-belarus")
    view = win.reading_view
    qtbot.waitUntil(lambda: view.side_panel() is None)
    view.set_article(view.article)  # a new visit, the quiz known done
    scroll_to_end(qtbot, view)
    card = view.end_card
    assert card.state is not None and card.state[0] == "done"
    assert card.finish.isHidden() and card.mark.isVisible()
    assert card.message.text() == "Article read"
