"""A right option must not sit in one place: over many sittings it lands in every slot
(a fresh review suspected the answer was always first)."""

from __future__ import annotations

from collections import Counter

from quizapp.core import load_article
from quizapp.core.model import ChoiceQuestion
from quizapp.core.quiz.orders import OPTIONS, display_orders
from tests.conftest import BANK

SEEDS = range(400)


def choice_questions() -> list[ChoiceQuestion]:
    found = []
    for path in sorted(BANK.glob("*.yaml")):
        article = load_article(path)
        found += [q for q in article.questions if type(q) is ChoiceQuestion and q.shuffled]
    return found


def test_the_right_option_lands_in_every_slot_over_sittings():
    questions = choice_questions()
    assert len(questions) >= 20  # the bundled bank's single-answer questions
    for question in questions:
        right = next(i for i, option in enumerate(question.options) if option.correct)
        slots = Counter(display_orders(question, seed)[OPTIONS].index(right) for seed in SEEDS)
        count = len(question.options)
        assert set(slots) == set(range(count)), (question.id, slots)
        fair = len(SEEDS) / count
        assert all(n > fair / 2 for n in slots.values()), (question.id, slots)


def test_a_sitting_s_order_is_the_same_when_asked_again():
    question = choice_questions()[0]
    assert display_orders(question, 7) == display_orders(question, 7)
