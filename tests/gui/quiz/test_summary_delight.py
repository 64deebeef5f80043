"""The summary's rewards: the reading streak, and a celebration that never covers the
ring's words or its check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz.summary import SummaryView
from quizapp.gui.quiz.summary_head import run_summary
from quizapp.gui.quiz.summary_ring import ScoreRing
from quizapp.gui.window.i18n import Translators
from tests.gui.quiz.test_summary import full_session
from tests.gui.quiz_fixtures import load


@pytest.fixture
def translators(qapp):
    t = Translators()
    t.install("en")
    yield t
    t.install("en")


def summary(qtbot, tmp_path, streak) -> SummaryView:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(520, 600)
    view.reading_streak = streak
    session = full_session(load(tmp_path), Mode.PRACTICE)
    _run, answers = run_summary(session, 95, review=False)
    view.set_result(session.result(), session.questions, session.mode, None, answers)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (3, "Reading streak: 3 days in a row"),
        (1, "Reading streak: day 1. See you tomorrow!"),
        (0, None),
    ],
)
def test_the_streak_the_window_tells_is_shown(qtbot, tmp_path, translators, days, said):
    view = summary(qtbot, tmp_path, lambda: days)
    chip = view.head.streak
    assert chip.isVisible() is (said is not None)
    if said:
        assert chip.text() == said
        assert chip.width() <= view.width()


def test_without_a_store_there_is_no_streak(qtbot, tmp_path, translators):
    view = summary(qtbot, tmp_path, None)
    assert not view.head.streak.isVisible()


def test_the_streak_follows_a_change_of_language(qtbot, tmp_path, translators):
    view = summary(qtbot, tmp_path, lambda: 3)
    translators.install("fr")
    qtbot.waitUntil(lambda: view.head.streak.text().startswith("Série"))
    assert view.head.streak.text() == "Série\u00a0: 3 jours de lecture d’affilée"


def test_confetti_passes_behind_the_ring_its_check_and_its_points(qtbot):
    ring = ScoreRing()
    qtbot.addWidget(ring)
    ring.resize(600, 10)
    ring.show_score(100, "100 %", "16 / 16 points", True)
    ring.show()
    qtbot.waitExposed(ring)
    ring.still(0.7)  # filled, the check popped, confetti in the air
    burst = ring.grab().toImage()
    ring.still(1.0)
    calm = ring.grab().toImage()
    assert burst != calm  # there is confetti somewhere
    box = ring.ring_rect().toAlignedRect().adjusted(-4, -4, 4, 4)
    for area in (box, ring.words_box().adjusted(1, 1, -1, -1).toAlignedRect()):
        assert burst.copy(area) == calm.copy(area)
    # the confetti reaches well beyond the ring, to both sides
    left = QRect(0, 0, box.left(), ring.height())
    right = QRect(box.right(), 0, ring.width() - box.right(), ring.height())
    assert burst.copy(left) != calm.copy(left) and burst.copy(right) != calm.copy(right)
