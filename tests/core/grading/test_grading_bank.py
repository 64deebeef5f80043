"""Grading and sessions on real files: the seed article of the bank, and small fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quizapp.core import load_article
from quizapp.core.grading.responses import right_response
from quizapp.core.model import (
    Article,
    OrderQuestion,
)
from quizapp.core.quiz.session import Mode, QuizSession
from tests.conftest import BANK

DATA = Path(__file__).parents[1] / "data" / "grading"
BANK_FILES = sorted(BANK.rglob("*.yaml")) + sorted(BANK.rglob("*.yml"))


@pytest.fixture(scope="module", params=BANK_FILES, ids=lambda p: p.name)
def bank_article(request: pytest.FixtureRequest) -> Article:
    return load_article(request.param)


def test_every_bank_question_gives_full_marks_for_its_own_answer(bank_article: Article) -> None:
    for q in bank_article.questions:
        g = q.grade(right_response(q))
        assert g.correct and g.score == q.points, q.id
        assert g.feedback and g.feedback_en, q.id


def test_a_whole_practice_run_over_the_bank_article(bank_article: Article) -> None:
    quiz = QuizSession(bank_article, Mode.PRACTICE, seed=2024)
    for q in quiz.questions:
        quiz.go_to(q.id)
        out = quiz.answer(q.id, right_response(q))
        assert out.done and out.feedback_visible and out.score == q.points
        quiz = QuizSession.from_dict(bank_article, json.loads(json.dumps(quiz.to_dict())))
    result = quiz.finish()
    assert result.percent == 100 and result.mistakes == ()
    assert quiz.to_dict()["content_hash"] == bank_article.content_hash


def test_order_items_of_the_bank_are_never_shown_in_order(bank_article: Article) -> None:
    orders = [q for q in bank_article.questions if isinstance(q, OrderQuestion)]
    for seed in range(40):
        quiz = QuizSession(bank_article, seed=seed)
        for q in orders:
            shown = [q.items[i] for i in quiz.item_order(q.id)]
            assert shown != list(q.items)


STRICT = [
    ("annee", "1996", 1),
    ("annee", "En 1996.", 1),
    ("annee", "1969", 0),
    ("mot", "générale", 2),
    ("mot", "generale", 0),  # strict accents
    ("mot", "génerale", 0),
    ("mot", "génrale", 0),  # strict typos
    ("trou", ["contre offensive", "générale"], 1),  # hyphen as space is fine
    ("trou", ["contre-offensive", "generale"], 0.5),
]

LENIENT = [
    ("annee", "1969", 0),  # numbers never get a slip allowance
    ("annee", "en 1969", 0),
    ("mot", "generale", 2),
    ("mot", "génrale", 2),  # typos: accept
    ("mot", "genrale", 2),  # a missing accent and a slip, counted without accents
    ("trou", ["contre-ofensive", "generale"], 1),
]


@pytest.mark.parametrize(("name", "cases"), [("strict.yaml", STRICT), ("lenient.yaml", LENIENT)])
def test_settings_from_the_file_drive_grading(name: str, cases: list[Any]) -> None:
    art = load_article(DATA / name)
    for qid, response, score in cases:
        assert art.question(qid).grade(response).score == score, (qid, response)


def test_file_penalties_apply_in_a_session() -> None:
    art = load_article(DATA / "strict.yaml")
    quiz = QuizSession(art, seed=1)
    assert quiz.reveal_hint("mot") == ("C’est un adjectif.", "")
    assert quiz.answer("mot", "generale").can_retry  # 3 attempts in this file
    out = quiz.answer("mot", "générale")
    # 2 points - 0.25 × 2 for one retry - 0.5 × 2 for the hint
    assert out.score == 0.5 and out.attempts_left == 0
