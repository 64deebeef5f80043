"""Properties of grading over generated responses and settings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.grading.answers import match_typed, normalise
from quizapp.core.grading.score import assess, grade
from quizapp.core.model import (
    NOT_GIVEN,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)
from tests.core import quiz_factory as f

FAST = settings(max_examples=60, deadline=None)

SETTINGS = st.builds(
    f.settings,
    accents=st.sampled_from(["strict", "lenient"]),
    typos=st.sampled_from(["strict", "half", "accept"]),
)
POINTS = st.sampled_from([0.5, 1.0, 2.0, 3.0, 7.5])
QUESTIONS = st.sampled_from(
    [
        f.choice(),
        f.multi(),
        f.truefalse(True),
        f.truefalse(NOT_GIVEN),
        f.short("générale", "en 1996", "contre-offensive"),
        f.cloze(),
        f.cloze(choices=("frontière", "limite", "Pologne", "Russie")),
        f.cloze("Un [œuf] et [trois|3] [pommes] en [1789]."),
        f.match(),
        f.order(),
        f.order(items=("x", "y", "x")),
        f.locate(),
        f.locate("s6"),
    ]
)
SENTENCE_IDS = [s.id for s in f.SENTENCES]
WORDS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["générale", "generale", "génrale", "1996", "en 1996", "Pologne", "oeuf"]),
)


def response_for(q: Question) -> st.SearchStrategy[Any]:
    """Responses of the right shape for a question, right or wrong."""
    if isinstance(q, ChoiceQuestion) and q.type == "multi":
        return st.frozensets(st.integers(0, len(q.options) - 1))
    if isinstance(q, ChoiceQuestion):
        return st.integers(0, len(q.options) - 1)
    if isinstance(q, TrueFalseQuestion):
        return st.sampled_from([True, False, NOT_GIVEN])
    if isinstance(q, ShortQuestion):
        return WORDS
    if isinstance(q, ClozeQuestion):
        blank = st.sampled_from(["", *q.choices]) if q.choices else WORDS
        return st.lists(blank, min_size=len(q.blanks), max_size=len(q.blanks))
    if isinstance(q, MatchQuestion):
        rights = st.one_of(st.none(), st.sampled_from([p.right for p in q.pairs]))
        return st.dictionaries(st.sampled_from([p.left for p in q.pairs]), rights)
    if isinstance(q, OrderQuestion):
        return st.permutations(list(q.items))
    if isinstance(q, LocateQuestion):
        return st.sets(st.sampled_from(SENTENCE_IDS))
    raise AssertionError(q)


@st.composite
def graded_cases(draw: st.DrawFn) -> tuple[Question, Any]:
    q = replace(draw(QUESTIONS), settings=draw(SETTINGS), points=draw(POINTS))
    return q, draw(response_for(q))


@FAST
@given(graded_cases())
def test_score_lies_within_zero_and_points(case: tuple[Question, Any]) -> None:
    q, response = case
    a = assess(q, response, article=f.article((q,)))
    g = a.grade
    assert 0 <= g.score <= q.points
    assert g.points == q.points
    assert g.correct == (g.score == q.points)
    assert g.feedback and g.feedback_en and a.retry and a.retry_en
    assert all(isinstance(p, bool) for p in g.parts)


@FAST
@given(graded_cases())
def test_parts_match_the_question_shape(case: tuple[Question, Any]) -> None:
    q, response = case
    g = grade(q, response)
    expected = {
        "multi": len(getattr(q, "options", ())),
        "cloze": len(getattr(q, "blanks", ())),
        "match": len(getattr(q, "pairs", ())),
        "order": len(getattr(q, "items", ())),
        "locate": len(q.sentences),
    }.get(q.type, 1)
    assert len(g.parts) == expected
    if g.correct:
        assert all(g.parts)


@FAST
@given(q=QUESTIONS, bad=st.one_of(st.none(), st.floats(), st.binary(), st.just(object())))
def test_a_response_of_the_wrong_shape_raises_a_clear_error(q: Question, bad: Any) -> None:
    with pytest.raises((TypeError, ValueError), match=repr(q.id)):
        grade(q, bad)


WRONG_SHAPES = [
    (f.choice(), True),
    (f.choice(), "0"),
    (f.choice(), 3),
    (f.choice(), -1),
    (f.multi(), "02"),
    (f.multi(), 1),
    (f.multi(), {7}),
    (f.multi(), {0: 1}),
    (f.truefalse(), "vrai"),
    (f.truefalse(), 1),
    (f.short(), ["générale"]),
    (f.short(), 1996),
    (f.cloze(), "frontière Pologne"),
    (f.cloze(), ["frontière"]),
    (f.cloze(), ["frontière", 3]),
    (f.match(), [("Oleksiy Danilov", "x")]),
    (f.match(), {"Quelqu’un": "« rien d’inhabituel »"}),
    (f.match(), {"Oleksiy Danilov": "autre chose"}),
    (f.order(), list(f.order().items)[:3]),
    (f.order(), [*f.order().items, "de trop"]),
    (f.order(), "ABCD"),
    (f.locate(), "s3"),
    (f.locate(), {3}),
]


@pytest.mark.parametrize(("q", "bad"), WRONG_SHAPES)
def test_each_wrong_shape_is_refused_with_the_question_named(q: Question, bad: Any) -> None:
    with pytest.raises((TypeError, ValueError), match=repr(q.id)):
        grade(q, bad)


@FAST
@given(st.text(max_size=20))
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


NOISE = st.sampled_from(
    [
        lambda s: s.upper(),
        lambda s: f"  {s} ",
        lambda s: f"« {s} »",
        lambda s: s + " !",
        lambda s: s + ".",
        lambda s: s.replace("’", "'"),
        lambda s: s.replace(" ", "\u00a0"),
    ]
)


@FAST
@given(
    answer=st.sampled_from(["générale", "l’oppression", "Le Kremlin", "en 1996", "œuvre"]),
    noise=st.lists(NOISE, max_size=3),
    s=SETTINGS,
)
def test_typing_noise_never_costs_points(answer: str, noise: list[Any], s: Any) -> None:
    typed = answer
    for change in noise:
        typed = change(typed)
    assert match_typed(typed, [answer], s).full
