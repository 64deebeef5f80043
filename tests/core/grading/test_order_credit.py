"""`order` partial credit rewards what the learner fixed, never the shuffle."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.grading.parts import order_credit
from quizapp.core.grading.score import assess
from quizapp.core.quiz.orders import display_orders, shown_items
from quizapp.core.quiz.session import QuizSession
from tests.core import quiz_factory as f

FAST = settings(max_examples=150, deadline=None)

ITEMS = st.lists(
    st.text(alphabet="abcdefghij", min_size=1, max_size=4), min_size=3, max_size=9, unique=True
)


@FAST
@given(items=ITEMS, seed=st.integers(0, 2**32 - 1))
def test_the_shown_order_always_scores_zero(items: list[str], seed: int) -> None:
    q = f.order(items=tuple(items), points=3)
    shown = shown_items(q, display_orders(q, seed))
    assert shown is not None and list(shown) != items
    assessment = assess(q, list(shown), shown=shown)
    assert assessment.grade.score == 0
    assert not assessment.grade.correct


@FAST
@given(items=ITEMS, data=st.data())
def test_credit_is_between_zero_and_one_and_full_only_for_the_right_order(
    items: list[str], data: st.DataObject
) -> None:
    shown = data.draw(st.permutations(items))
    given_order = data.draw(st.permutations(items))
    credit = order_credit(items, given_order, shown)
    assert Fraction(0) <= credit <= Fraction(1)
    assert (credit == 1) == (list(given_order) == items)
    assert order_credit(items, shown, shown) == (1 if list(shown) == items else 0)


def test_one_fix_earns_its_share_of_what_was_left_to_do() -> None:
    a, b, c, d = f.order().items
    # shown B A D C keeps 2 in order (A C, say); fixing A B gives 3: (3 − 2) / (4 − 2)
    assert order_credit((a, b, c, d), (a, b, d, c), (b, a, d, c)) == Fraction(1, 2)
    # without a shown order (scripting): the longest run ÷ n, as before
    assert order_credit((a, b, c, d), (a, b, d, c), None) == Fraction(3, 4)
    # making it worse than shown never goes below 0
    assert order_credit((a, b, c, d), (d, c, b, a), (b, a, d, c)) == 0


def test_an_untouched_order_question_scores_zero_in_a_session() -> None:
    q = f.order(points=2)
    for seed in range(50):
        quiz = QuizSession(f.article((q,)), seed=seed)
        shown = [q.items[i] for i in quiz.item_order(q.id)]
        outcome = quiz.answer(q.id, shown)
        assert outcome.score == 0, (seed, shown)
        assert outcome.grade.score == 0
