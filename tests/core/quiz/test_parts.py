"""A long quiz splits into parts of about 8–10 questions, at natural points, in order."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quizapp.core import load_article
from quizapp.core.model import Sentence
from quizapp.core.quiz.parts import split_parts
from tests.core import quiz_factory as f

BANK = Path(__file__).resolve().parents[3] / "questions"


def test_the_bank_s_long_quizzes_split_into_sittings_of_about_8_to_10() -> None:
    for path in sorted(BANK.glob("*.yaml")):
        article = load_article(path)
        parts = split_parts(article)
        ids = [qid for part in parts for qid in part]
        assert ids == [q.id for q in article.questions], path.name  # the teacher's order, all
        if len(article.questions) <= 12:
            assert len(parts) == 1
        else:
            assert all(7 <= len(part) <= 11 for part in parts), (path.name, parts)


def test_a_part_ends_where_the_text_starts_a_new_paragraph() -> None:
    sentences = tuple(
        Sentence(f"s{i}", f"Phrase {i}.", f"Sentence {i}.", paragraph=str(1 + (i > 12)))
        for i in range(1, 21)
    )
    # 20 questions, the first 12 on paragraph 1, the rest on paragraph 2: the cut moves
    # from the even split (10 + 10) to where the text moves on
    questions = tuple(
        replace(f.choice(), id=f"q{i}", sentences=(f"s{min(i, 20)}",)) for i in range(1, 21)
    )
    article = replace(f.article(questions), sentences=sentences)
    parts = split_parts(article)
    assert [len(p) for p in parts] == [12, 8]
    assert parts[1][0] == "q13"  # the first question whose evidence is in paragraph 2


def test_a_short_quiz_stays_whole() -> None:
    article = f.article()
    assert split_parts(article) == [tuple(q.id for q in article.questions)]
