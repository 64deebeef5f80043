"""Review my mistakes: gathered across articles, shown with their evidence, retried on their own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import progress_helpers
from tests.gui.progress_helpers import answer, finish, next_question, open_article, start_practice
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def make_mistakes(qtbot, win) -> None:
    open_article(qtbot, win, "tous-les-types")
    start_practice(qtbot, win)
    answer(qtbot, win, right=False)  # q1: wrong, then shown
    click(qtbot, win.quiz.panel.page.give_up_button)
    next_question(qtbot, win)
    answer(qtbot, win)  # q2 right
    next_question(qtbot, win)
    answer(qtbot, win, right=False)  # q3 wrong (true/false: one try counts)
    finish(qtbot, win)
    open_article(qtbot, win, "armes-belarus")
    start_practice(qtbot, win)
    answer(qtbot, win, right=False)
    finish(qtbot, win)


def test_mistakes_across_articles_with_their_evidence(qtbot, win):
    make_mistakes(qtbot, win)
    qtbot.keyClick(
        win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert win.current_screen() == "mistakes"
    view = win.progress_screens.mistakes
    found = [(r.article_id, r.question_id) for r in view.rows]
    assert sorted(found) == [
        ("armes-belarus", "q1"),
        ("tous-les-types", "q1"),
        ("tous-les-types", "q3"),
    ]
    assert len(view.cards) == 2  # one card per article, as History's
    assert [len(card.lines) for card in view.cards] == [1, 2]
    card = view.cards[1]
    assert card.heading.text() == next(
        r.article_title for r in view.rows if r.article_id == "tous-les-types"
    )
    first, third = card.lines  # each line with History's painted mark, yours and the right one
    assert first.mark.state == "wrong" and third.mark.state == "wrong"
    assert third.prompt.text() == "Ils ont trois enfants."
    assert third.yours.text().startswith("Your answer: ")
    assert third.right.text().startswith("Right answer: ")
    assert third.yours.text() != third.right.text().replace("Right", "Your")
    assert "3 questions to review" in view.count.text()
    qtbot.mouseClick(third, Qt.MouseButton.LeftButton)  # the line opens in place
    assert view.selected().question_id == "q3"
    assert third.property("selected") == "true" and first.property("selected") == "false"
    assert view.detail.isVisible() and view.detail.parentWidget() is third
    detail = view.detail.text()
    assert "Ils ont deux enfants, Léa et Hugo." in detail  # the evidence sentence s4
    assert view.show_button.isVisible() and view.show_button.parentWidget().parentWidget() is third
    qtbot.keyClick(third, Qt.Key.Key_Up)  # ↑ walks to the line above
    assert view.selected().question_id == "q1" and first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert view.selected().question_id == "q3"
    click(qtbot, view.show_button)
    assert win.current_screen() == "reading"
    assert win.reading_view.article.id == "tous-les-types"
    assert win.reading_view.passage.evidence() == {"s4"}


def test_retry_runs_a_quiz_over_just_those_questions(qtbot, win):
    make_mistakes(qtbot, win)
    win.progress_screens.show("mistakes")
    view = win.progress_screens.mistakes
    view.select("tous-les-types", "q1")
    click(qtbot, view.retry_button)
    assert win.current_screen() == "reading"
    panel = win.quiz.panel
    qtbot.waitUntil(panel.in_question)
    assert panel.session.question_ids == ("q1", "q3")
    assert win.reading_view.side_panel() is panel
    assert win.actions_by_name["next_question"].isEnabled()  # the quiz keys work in a review
    answer(qtbot, win)
    next_question(qtbot, win)
    answer(qtbot, win)
    finish(qtbot, win)
    win.progress_screens.show("mistakes")
    assert [(r.article_id, r.question_id) for r in view.rows] == [("armes-belarus", "q1")]


def test_no_mistakes_says_so(qtbot, win):
    win.progress_screens.show("mistakes")
    view = win.progress_screens.mistakes
    assert view.rows == [] and "No mistakes" in view.count.text()
    assert view.count.text() == "No mistakes to review: you got every question right last time."
    assert view.empty.text.text().startswith("You got every question right last time.")
    assert not view.retry_button.isEnabled() and not view.show_button.isEnabled()


def test_no_mistakes_with_articles_unread_leads_to_the_library_or_a_text_of_one_s_own(qtbot, win):
    from quizapp.gui.library.paste_dialog import PasteDialog

    win.progress_screens.show("mistakes")
    empty = win.progress_screens.mistakes.empty
    assert empty.button.text() == "Choose an article"
    assert list(empty.links) == ["own"] and empty.links["own"].isVisible()
    assert empty.links["own"].text() == "Paste a text of your own"
    qtbot.mouseClick(empty.links["own"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.findChild(PasteDialog, "paste_dialog") is not None)
    win.findChild(PasteDialog, "paste_dialog").reject()


def perfect_library(monkeypatch, win, weak: str = "") -> None:
    """Every article read at full marks in the library's eyes (`weak` at 60 %)."""
    model = win.library_view.model
    summary = {"best": 1.0, "date": "2026-01-02"}
    monkeypatch.setattr(
        model, "summary", lambda i: {**summary, "best": 0.6} if i == weak else summary
    )


def test_no_mistakes_and_everything_read_offers_an_exam_of_the_weakest(qtbot, win, monkeypatch):
    from quizapp.core.quiz.session import Mode

    model = win.library_view.model
    weak = next(a for a in model.articles() if a.id == "armes-belarus")
    perfect_library(monkeypatch, win, weak=weak.id)
    win.progress_screens.show("mistakes")
    view = win.progress_screens.mistakes
    count = len(model.articles())
    assert view.empty.isVisible()
    assert view.empty.text.text() == (
        f"You have read all {count} articles and got every question right last time."
    )
    assert view.empty.button.text() == f"Redo as an exam: {weak.title}"
    assert list(view.empty.links) == ["own", "library"]
    assert view.empty.links["library"].text() == "Back to the library"
    card = view.empty.card  # centred on the page, as the other pages' cards
    middle = card.mapTo(view, card.rect().center()).x()
    assert abs(middle - view.width() // 2) <= view.width() // 20
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current_screen() == "reading")
    panel = win.quiz.panel
    qtbot.waitUntil(panel.in_question)
    assert win.reading_view.article.id == weak.id and panel.session.mode is Mode.TEST


def test_no_mistakes_and_everything_perfect_offers_a_text_of_one_s_own(qtbot, win, monkeypatch):
    perfect_library(monkeypatch, win)
    win.progress_screens.show("mistakes")
    empty = win.progress_screens.mistakes.empty
    assert empty.button.text() == "Paste a text of your own"
    assert list(empty.links) == ["library"]
    qtbot.mouseClick(empty.links["library"], Qt.MouseButton.LeftButton)
    assert win.current_screen() == "library"
