"""The question page in practice: feedback, retries, hints and their costs, keys, plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quizapp.core.grading.responses import right_response
from quizapp.core.quiz.session import Mode
from tests.gui.quiz_fixtures import (
    answer_current,
    click,
    load,
    make_host,
    type_text,
    wrong_answer,
)

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.fixture
def practice(qtbot, tmp_path, translators):
    article = load(tmp_path)
    view, panel = make_host(qtbot, article)
    click(qtbot, panel.chooser.practice_button)
    return article, view, panel


def go_to(panel, qid):
    panel.controller.go_to(panel.session.question_ids.index(qid))


def test_chooser_says_what_each_mode_costs(qtbot, tmp_path, translators):
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article)
    chooser = panel.chooser
    assert panel.stack.currentWidget() is chooser
    assert chooser.facts.text() == "10 questions · 10 points"
    assert "2 tries per question" in chooser.practice_text.text()
    assert "50%" in chooser.practice_text.text() and "25%" in chooser.practice_text.text()
    assert not chooser.resume_button.isVisible()
    with qtbot.waitSignal(panel.controller.session_started):
        click(qtbot, chooser.practice_button)
    assert panel.session.mode is Mode.PRACTICE


def test_prompt_english_toggle_and_plain_text(qtbot, practice):
    _article, _view, panel = practice
    page = panel.page
    assert page.prompt.text() == "Où habitent Marie & Paul <b>x</b> ?"
    assert page.prompt.textFormat() == Qt.TextFormat.PlainText
    assert page.en_button.isVisible() and not page.prompt_en.isVisible()
    click(qtbot, page.en_button)
    assert page.prompt_en.isVisible()
    assert page.prompt_en.text() == "Where do Marie & Paul live?"
    go_to(panel, "q2")  # no English prompt: no toggle
    assert not page.en_button.isVisible() and not page.prompt_en.isVisible()


def test_hint_shows_its_cost_and_is_charged(qtbot, practice):
    article, _view, panel = practice
    page = panel.page
    assert page.hint_button.isVisible()
    assert page.hint_button.text() == "Hint (−25% of the points)"
    with qtbot.waitSignal(panel.controller.hint_revealed):
        click(qtbot, page.hint_button)
    assert page.hint_text.text() == "Regardez la première phrase & le nom de ville."
    assert not page.hint_button.isVisible()
    answer_current(qtbot, panel, right_response(article.question("q1")))
    click(qtbot, page.check_button)
    assert page.feedback.verdict_kind() == "right"
    assert page.feedback.score.text() == "0.75 / 1 point"
    assert panel.session.question_score("q1") == pytest.approx(0.75)
    go_to(panel, "q2")
    assert not page.hint_button.isVisible()  # q2 has no hint
    assert not page.hint_text.isVisible()


def test_wrong_then_try_again_costs_the_retry_penalty(qtbot, practice):
    article, _view, panel = practice
    page = panel.page
    q1 = article.question("q1")
    answer_current(qtbot, panel, wrong_answer(q1))
    with qtbot.waitSignal(panel.controller.answered):
        qtbot.keyClick(panel.widget.buttons[0], Qt.Key.Key_Return)  # Enter checks
    feedback = page.feedback
    assert feedback.verdict_kind() == "retry"
    assert "Non, pas Paris <i>y</i> & co." in feedback.text.text()  # the option's own feedback
    assert "1 try left" in feedback.text.text()
    assert "Lyon & environs" not in feedback.text.text()  # no answer given away yet
    assert panel.passage.evidence() == frozenset()
    assert page.retry_button.isVisible()
    assert page.retry_button.text() == "Try again (−50% of the points)"
    assert panel.widget.locked()
    click(qtbot, page.retry_button)
    assert not panel.widget.locked() and not feedback.isVisible()
    answer_current(qtbot, panel, right_response(q1))
    click(qtbot, page.check_button)
    assert feedback.verdict_kind() == "right"
    assert feedback.score.text() == "0.5 / 1 point"
    assert not page.retry_button.isVisible()
    assert panel.passage.evidence() == {"s1"}
    # the explanation in the interface's language (English here), the French one click away
    assert feedback.explanation.text() == "Sentence 1 says so."
    assert not feedback.explanation_en.isVisible()
    assert feedback.en_button.text() == "Show in French"  # a button that says what it does
    click(qtbot, feedback.en_button)
    assert feedback.explanation_en.isVisible()
    assert feedback.en_button.text() == "Hide French"
    assert feedback.explanation_en.text() == "La phrase 1 le dit : « à Lyon »."


def test_last_try_shows_the_right_answer(qtbot, practice):
    article, _view, panel = practice
    page = panel.page
    q1 = article.question("q1")
    for _ in range(2):
        answer_current(qtbot, panel, wrong_answer(q1))
        click(qtbot, page.check_button)
        if page.retry_button.isVisible():
            click(qtbot, page.retry_button)
    assert page.feedback.verdict_kind() == "wrong"
    assert "“À Lyon & environs”" in page.feedback.text.text()
    marks = {panel.widget.labels[r].text(): panel.widget.marks[r].text() for r in range(3)}
    assert marks["À Lyon & environs"] == "✓"
    assert marks["À Paris <b>x</b>"] == "✗"
    assert panel.passage.evidence() == {"s1"}


def test_show_the_answer_stops_retrying(qtbot, practice):
    article, _view, panel = practice
    page = panel.page
    answer_current(qtbot, panel, wrong_answer(article.question("q1")))
    click(qtbot, page.check_button)
    click(qtbot, page.give_up_button)
    assert page.feedback.verdict_kind() == "wrong"
    assert not page.retry_button.isVisible()
    assert not panel.session.can_answer("q1")


def test_partial_feedback_names_what_was_wrong(qtbot, practice):
    _article, _view, panel = practice
    page = panel.page
    go_to(panel, "q6")
    answer_current(qtbot, panel, ["école", "zzzz"])
    click(qtbot, page.check_button)
    assert page.feedback.verdict_kind() == "retry"
    assert page.feedback.verdict.text().endswith("Partly right")
    assert page.feedback.score.text() == "0.5 / 1 point"
    assert "Blank 2" in page.feedback.text.text()
    click(qtbot, page.give_up_button)
    assert page.feedback.verdict_kind() == "partly"
    assert [m.text() for m in panel.widget.marks] == ["✓", "✗"]
    fixes = panel.widget.fixes  # the right word beside the wrong one, in the "right" colour
    assert not fixes[0].isVisible() and fixes[1].isVisible() and fixes[1].text() == "gare"
    assert "“gare”" in page.feedback.text.text()


def test_accent_note_is_shown(qtbot, practice):
    _article, _view, panel = practice
    page = panel.page
    go_to(panel, "q6")
    answer_current(qtbot, panel, ["ecole", "gare"])
    click(qtbot, page.check_button)
    assert page.feedback.verdict_kind() == "right"
    assert "accents" in page.feedback.note.text()
    assert page.feedback.note.isVisible()


def test_nothing_to_check_before_an_answer(qtbot, practice):
    _article, _view, panel = practice
    page = panel.page
    assert not page.check_button.isEnabled()
    qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    assert panel.session.attempts_used("q1") == 0
    assert "Answer the question first" in page.message.text()
    qtbot.keyClick(panel.widget, Qt.Key.Key_1)
    assert page.check_button.isEnabled()
    assert not page.message.isVisible()


def test_page_keys_move_between_questions(qtbot, practice):
    _article, _view, panel = practice
    panel.widget.setFocus()
    qtbot.keyClick(panel.widget, Qt.Key.Key_PageDown)
    assert panel.session.index == 1
    qtbot.keyClick(panel.widget, Qt.Key.Key_PageUp)
    assert panel.session.index == 0
    assert not panel.page.previous_button.isEnabled()


def test_short_answer_typed_and_checked_with_enter(qtbot, practice):
    _article, _view, panel = practice
    go_to(panel, "q5")
    field = panel.widget.field
    assert field.hasFocus()
    type_text(qtbot, field, "2010")
    with qtbot.waitSignal(panel.controller.answered):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert panel.page.feedback.verdict_kind() == "right"
    assert not field.isEnabled()


def test_locate_through_the_passage(qtbot, practice):
    from tests.gui.quiz_fixtures import click_sentence

    _article, _view, panel = practice
    go_to(panel, "q10")
    assert panel.passage.locate_mode()
    click_sentence(qtbot, panel.passage, "s4")
    click(qtbot, panel.page.check_button)
    assert panel.page.feedback.verdict_kind() == "right"
    assert not panel.passage.locate_mode()  # done: clicks read again
    go_to(panel, "q1")
    assert panel.passage.locate_selection() == frozenset()


def test_french_feedback_and_numbers(qtbot, practice, translators):
    _article, _view, panel = practice
    translators.install("fr")
    page = panel.page
    qtbot.waitUntil(lambda: page.check_button.text() == "Vérifier")
    go_to(panel, "q1")
    assert page.hint_button.text() == f"Indice (−25{NNBSP}% des points)"
    go_to(panel, "q6")
    answer_current(qtbot, panel, ["école", "zzzz"])
    click(qtbot, page.check_button)
    assert page.feedback.score.text() == "0,5 / 1 point"
    assert page.feedback.verdict.text() == "En partie juste"
    assert page.feedback.disc.kind == "partly"  # the ◐ disc, painted beside it
    assert page.feedback.text.text().startswith("1 case juste sur 2.")
    assert page.retry_button.text() == f"Réessayer (−50{NNBSP}% des points)"
    go_to(panel, "q3")
    assert [label.text() for label in panel.widget.labels] == ["Vrai", "Faux"]


def test_tab_goes_from_the_answer_to_check_then_navigation(qtbot, practice):
    _article, _view, panel = practice
    go_to(panel, "q5")
    field = panel.widget.field
    type_text(qtbot, field, "2010")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert panel.page.check_button.hasFocus()
    qtbot.keyClick(panel.page.check_button, Qt.Key.Key_Tab)
    assert panel.page.previous_button.hasFocus()


def test_chooser_with_a_single_try(qtbot, tmp_path, translators):
    from tests.gui.quiz_fixtures import ALL_TYPES

    article = load(tmp_path, ALL_TYPES.replace("  attempts: 2", "  attempts: 1"))
    _view, panel = make_host(qtbot, article)
    assert panel.chooser.practice_text.text() == (
        "Feedback after each question, one try per question; a hint costs 25% of its points."
    )
    click(qtbot, panel.chooser.practice_button)
    answer_current(qtbot, panel, wrong_answer(article.question("q1")))
    click(qtbot, panel.page.check_button)
    assert panel.page.feedback.verdict_kind() == "wrong"  # no retry: the answer at once
    assert not panel.page.retry_button.isVisible()


def test_enter_after_a_wrong_first_try_does_what_the_accent_button_says(qtbot, practice):
    article, _view, panel = practice
    page = panel.page
    answer_current(qtbot, panel, wrong_answer(article.question("q1")))
    qtbot.keyClick(panel.widget, Qt.Key.Key_Return)  # Enter checks
    assert page.feedback.verdict_kind() == "retry" and page.retry_button.isVisible()
    assert page.action_bar.accent() is page.next_button  # the accent says Next →
    qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    assert panel.session.index == 1  # Enter went on, as the accent button says
    assert panel.session.attempts_used("q1") == 1  # the retry is still a click (R) away
