"""Whole quizzes through the real widgets: practice and test, on our article and the seed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quizapp.core import load_article
from quizapp.core.grading.responses import right_response
from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz.summary_list import SIGN_ROLE
from tests.conftest import BANK
from tests.gui.quiz_fixtures import (
    answer_current,
    click,
    load,
    make_host,
    wrong_answer,
)

SEED = BANK / "russie-armes-nucleaires-belarus.yaml"


@pytest.fixture(autouse=True)
def english(qapp):
    from quizapp.gui.window.i18n import Translators

    Translators().install("en")


def run_practice_right(qtbot, article):
    view, panel = make_host(qtbot, article)
    if panel.chooser.part_buttons:  # a long quiz is offered in parts: take the whole of it
        click(qtbot, panel.chooser.part_buttons[-1])
    click(qtbot, panel.chooser.practice_button)
    assert panel.session.mode is Mode.PRACTICE
    for number, question in enumerate(article.questions):
        assert panel.session.current is question
        assert panel.page.position.text() == f"Question {number + 1} of {len(article.questions)}"
        answer_current(qtbot, panel, right_response(question))
        with qtbot.waitSignal(panel.controller.answered):
            click(qtbot, panel.page.check_button)
        assert panel.page.feedback.verdict_kind() == "right", question.id
        assert panel.passage.evidence() == set(question.sentences) & {
            s.id for s in article.sentences
        }
        assert panel.widget.locked()
        if number < len(article.questions) - 1:
            qtbot.keyClick(panel.page.next_button, Qt.Key.Key_Return)  # Enter goes on
    with qtbot.waitSignal(panel.controller.session_finished):
        click(qtbot, panel.page.finish_button)
    assert panel.stack.currentWidget() is panel.summary
    return view, panel


def test_practice_all_right_on_every_type(qtbot, tmp_path):
    article = load(tmp_path)
    _view, panel = run_practice_right(qtbot, article)
    points = article.total_points
    assert panel.summary.score.text() == f"{points:g} / {points:g} points · 100%"
    assert not panel.summary.review_button.isEnabled()
    cards = panel.summary.questions_list.model()
    assert cards.rowCount() == len(article.questions)
    assert {cards.index(r, 0).data(SIGN_ROLE) for r in range(10)} == {"✓"}


def test_practice_all_right_on_the_seed_article(qtbot):
    article = load_article(SEED)
    _view, panel = run_practice_right(qtbot, article)
    assert panel.session.score == pytest.approx(article.total_points)
    assert "100%" in panel.summary.score.text()


@pytest.mark.parametrize("which", ["seed", "all types"])
def test_test_mode_all_right(qtbot, tmp_path, which):
    article = load_article(SEED) if which == "seed" else load(tmp_path)
    _view, panel = make_host(qtbot, article)
    if panel.chooser.part_buttons:  # a long quiz is offered in parts: take the whole of it
        click(qtbot, panel.chooser.part_buttons[-1])
    click(qtbot, panel.chooser.test_button)
    for question in article.questions:
        answer_current(qtbot, panel, right_response(question))
        assert not panel.page.feedback.isVisible() or panel.page.feedback.verdict_kind() == "saved"
        assert not panel.page.check_button.isVisible()
        assert panel.passage.evidence() == frozenset()
        if panel.session.has_next:
            click(qtbot, panel.page.next_button)
    with qtbot.waitSignal(panel.controller.session_finished):
        click(qtbot, panel.page.finish_button)
    assert panel.session.answered == len(article.questions)
    assert "100%" in panel.summary.score.text()


def test_test_mode_shows_nothing_until_the_end(qtbot, tmp_path):
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article)
    click(qtbot, panel.chooser.test_button)
    first = article.questions[0]
    answer_current(qtbot, panel, wrong_answer(first))
    qtbot.keyClick(panel.widget, Qt.Key.Key_Return)  # keeps the answer and moves on
    assert panel.session.index == 1
    assert panel.session.answered == 1
    assert panel.page.running.text() == "1 answered"
    click(qtbot, panel.page.previous_button)
    assert panel.page.feedback.verdict_kind() == "saved"
    assert "Wrong" not in panel.page.feedback.verdict.text()
    assert panel.passage.evidence() == frozenset()
    # the answer can still be changed before the end
    answer_current(qtbot, panel, right_response(first))
    assert panel.page.feedback.verdict_kind() == ""  # changed, not yet kept
    click(qtbot, panel.page.next_button)
    assert panel.session.question_score(first.id) == first.points
    # the strip flags what is answered; skipping question 2 flags it as skipped
    strip = panel.page.strip
    assert strip.states[:3] == ["answered", "ahead", "ahead"]
    click(qtbot, panel.page.next_button)
    assert strip.states[:3] == ["answered", "skipped", "ahead"]
    assert strip.chips[1].dashed and strip.chips[1].shown == "2" and strip.skipped() == [1]
    assert strip.chips[0].dot and not strip.chips[1].dot  # kept in a test: a dot, no verdict
    # finishing with unanswered questions asks once more, in a bar that says which
    click(qtbot, panel.page.finish_button)
    assert not panel.session.finished
    bar = panel.page.finish_bar
    assert bar.isVisible()
    assert (
        bar.text.text() == "9 questions not answered yet: 2, 3, 4, 5, 6, 7, 8, 9, 10. They count 0."
    )
    click(qtbot, bar.first_button)  # go to the first one
    assert panel.session.index == 1 and not bar.isVisible()
    click(qtbot, panel.page.finish_button)
    with qtbot.waitSignal(panel.controller.session_finished):
        click(qtbot, bar.finish_button)
    summary = panel.summary
    assert not summary.review_button.isEnabled()  # one right, nine skipped: no mistake
    assert summary.score.text().startswith("1 / 10 points")
    assert summary.questions_list.model().index(1, 0).data(SIGN_ROLE) == "–"  # not wrong
    # looking back at a question after the end shows its feedback
    summary.question_requested.emit(0)
    assert panel.stack.currentWidget() is panel.page
    assert panel.page.feedback.verdict_kind() == "right"
    assert panel.widget.locked()
    summary.question_requested.emit(1)
    assert "did not answer" in panel.page.message.text()


def test_review_mistakes_replays_only_those(qtbot, tmp_path):
    article = load(tmp_path)
    _view, panel = make_host(qtbot, article)
    click(qtbot, panel.chooser.practice_button)
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    click(qtbot, panel.page.next_button)
    answer_current(qtbot, panel, wrong_answer(article.questions[1]))
    click(qtbot, panel.page.check_button)
    click(qtbot, panel.page.finish_button)  # first click: asks to confirm
    with qtbot.waitSignal(panel.controller.session_finished):
        click(qtbot, panel.page.finish_button)
    with qtbot.waitSignal(panel.controller.session_started):
        click(qtbot, panel.summary.review_button)
    assert panel.session.question_ids == (article.questions[1].id,)  # the others: skipped
    assert panel.page.position.text() == "Question 1 of 1"
    assert panel.page.mode_label.text() == "Practice · review of your mistakes"
    with qtbot.waitSignal(panel.controller.session_started):
        panel.summary.restart_requested.emit()
    assert len(panel.session.question_ids) == len(article.questions)
