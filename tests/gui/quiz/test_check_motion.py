"""A fresh verdict moves a little (fade, pop, "+1", shake) and ends on the same still
screen; with reduced motion it is simply there."""

from __future__ import annotations

import pytest

from quizapp.core.grading.responses import right_response
from quizapp.gui.quiz import motion
from tests.gui.quiz_fixtures import answer_current, click, load, make_host, wrong_answer


@pytest.fixture
def page_of(qtbot, tmp_path, monkeypatch):
    def build(moving: bool):
        """A practice quiz, with the system asking for motion (`moving`) or for less."""
        monkeypatch.setattr(motion, "reduced_motion", lambda: not moving)
        article = load(tmp_path)
        _view, panel = make_host(qtbot, article, width=1200)
        click(qtbot, panel.chooser.practice_button)
        return article, panel

    return build


def still(page) -> None:
    """The screen as it is without motion: nothing added, nothing scaled or moved."""
    assert not page.motion.running()
    assert page.feedback.graphicsEffect() is None and page.feedback.disc.scale == 1.0
    assert all(chip.pop == 1.0 for chip in page.strip.chips)
    assert page.head.streak.graphicsEffect() is None
    assert all(card.graphicsEffect() is None for card in page.widget.cards)
    floater = page.motion.floater
    assert floater is None or floater.animation is None


def test_reduced_motion_shows_the_verdict_at_once(qtbot, page_of):
    article, panel = page_of(False)
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, panel.page.check_button)
    still(panel.page)
    assert panel.page.motion.floater is None  # no "+1" at all
    assert panel.page.feedback.isVisible() and panel.page.feedback.disc.kind == "right"


def test_a_right_answer_fades_pops_and_floats_then_rests(qtbot, page_of):
    article, panel = page_of(True)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    assert page.motion.running()
    assert page.feedback.graphicsEffect() is not None  # fading in
    assert page.feedback.disc.running()
    assert page.strip.pulsing is not None
    assert page.motion.floater is not None and page.motion.floater.text == "+1"
    qtbot.waitUntil(lambda: not page.motion.running(), timeout=3000)
    still(page)
    assert page.feedback.isVisible() and page.feedback.disc.kind == "right"
    assert page.strip.states[0] == "right"


def test_a_wrong_pick_shakes_once_then_rests(qtbot, page_of):
    article, panel = page_of(True)
    page = panel.page
    answer_current(qtbot, panel, wrong_answer(article.questions[0]))
    click(qtbot, page.check_button)
    card = page.widget.picked()
    assert card.graphicsEffect() is not None and card.property("shaking")
    assert page.motion.floater is None  # no points, nothing floats
    qtbot.waitUntil(lambda: not page.motion.running(), timeout=3000)
    still(page)
    assert not card.property("shaking")
    assert page.feedback.verdict_kind() == "retry"


def test_coming_back_to_an_answered_question_does_not_move(qtbot, page_of):
    article, panel = page_of(True)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: not page.motion.running(), timeout=3000)
    click(qtbot, page.next_button)
    click(qtbot, page.previous_button)
    assert not page.motion.running()
    still(page)


def test_the_run_pill_rises_in_once_on_the_third_right_answer(qtbot, page_of):
    article, panel = page_of(True)
    page = panel.page
    for number in range(3):
        answer_current(qtbot, panel, right_response(article.questions[number]))
        click(qtbot, page.check_button)
        assert (page.head.streak.graphicsEffect() is not None) == (number == 2)
        qtbot.waitUntil(lambda: not page.motion.running(), timeout=3000)
        still(page)
        click(qtbot, page.next_button)
    assert page.head.streak.isVisible() and page.head.streak.text() == "3 in a row"


def test_settle_jumps_every_motion_to_its_still_end(qtbot, page_of):
    article, panel = page_of(True)
    page = panel.page
    answer_current(qtbot, panel, right_response(article.questions[0]))
    click(qtbot, page.check_button)
    assert page.motion.running()
    page.motion.settle()  # what the selftest does before its pictures
    still(page)
