"""The seed article is the first thing every learner sees and what teachers copy.

These tests hold it to the brief: the exact seed text, a translation for every
sentence, a glossary whose every entry glosses a word of the text, and a quiz
whose every right answer gets full marks through the real loader and grader.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from quizapp.core.bank.loader import check_file, load_article
from quizapp.core.grading.responses import right_response
from quizapp.core.model import (
    NOT_GIVEN,
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    QuestionType,
    ShortQuestion,
    TrueFalseQuestion,
)
from tests.conftest import BANK, SHARED

ARTICLE_PATH = BANK / "russie-armes-nucleaires-belarus.yaml"
SEED_PATH = SHARED / "seeds" / "000_cf8c6069eacca77c.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return load_article(ARTICLE_PATH)


def _seed_lines() -> list[str]:
    if not SEED_PATH.is_file():
        pytest.skip(f"the shared seed text {SEED_PATH} is not available on this machine")
    return SEED_PATH.read_text(encoding="utf-8").splitlines()


def test_file_loads_without_error_or_warning() -> None:
    loaded, problems = check_file(ARTICLE_PATH)
    assert loaded is not None
    assert problems == [], "\n".join(str(p) for p in problems)


def test_sentences_give_back_the_seed_text(article: Article) -> None:
    lines = _seed_lines()
    joined = " ".join(s.fr for s in article.sentences)
    assert joined.split() == " ".join(lines).split()
    # One paragraph per seed line, in order, each the line itself.
    paragraphs = [" ".join(s.fr for s in p) for p in article.paragraphs]
    assert paragraphs == [line.strip() for line in lines if line.strip()]
    labels = list(dict.fromkeys(s.paragraph for s in article.sentences))
    assert labels == [str(n) for n in range(1, len(paragraphs) + 1)]


def test_sentence_ids_run_in_order(article: Article) -> None:
    assert [s.id for s in article.sentences] == [
        f"s{n}" for n in range(1, len(article.sentences) + 1)
    ]


def test_every_sentence_is_translated(article: Article) -> None:
    assert [s.id for s in article.sentences if not s.en.strip()] == []
    assert article.title_en


def test_quiz_size_and_variety(article: Article) -> None:
    types = Counter(q.type for q in article.questions)
    assert len(article.questions) >= 24
    assert {t: types[t] for t in QuestionType if types[t] < 2} == {}
    not_given = [
        q.id for q in article.questions
        if isinstance(q, TrueFalseQuestion) and q.answer == NOT_GIVEN
    ]  # fmt: skip
    assert len(not_given) >= 3
    assert any(isinstance(q, ClozeQuestion) and q.choices for q in article.questions)


def test_glossary_size(article: Article) -> None:
    assert len(article.glossary) >= 50
    multiword = [e.fr for e in article.glossary if len(re.findall(r"[\w-]+", e.fr)) > 1]
    assert len(multiword) >= 10, multiword


def test_evidence_covers_most_sentences(article: Article) -> None:
    ids = {s.id for s in article.sentences}
    cited = {sid for q in article.questions for sid in q.sentences}
    assert cited <= ids
    assert len(cited) / len(ids) >= 0.70, sorted(ids - cited)


def test_every_question_is_explained_in_both_languages(article: Article) -> None:
    missing = [
        q.id for q in article.questions
        if not (q.prompt_en and q.explanation and q.explanation_en)
    ]  # fmt: skip
    assert missing == []
    half_hinted = [q.id for q in article.questions if bool(q.hint) != bool(q.hint_en)]
    assert half_hinted == []


def test_every_wrong_option_teaches(article: Article) -> None:
    silent = [
        (q.id, o.text)
        for q in article.questions
        if isinstance(q, ChoiceQuestion)
        for o in q.options
        if not o.correct and not (o.feedback and o.feedback_en)
    ]
    assert silent == []


def _glossed_entries(article: Article) -> set[int]:
    """Indices of the glossary entries the learner can reach by clicking a word."""
    position = {id(e): i for i, e in enumerate(article.glossary)}
    reached: set[int] = set()
    for sentence in article.sentences:
        for offset in range(len(sentence.fr)):
            hit = article.gloss_at(sentence.id, offset)
            if hit is not None:
                reached.add(position[id(hit.entry)])
    return reached


def test_every_glossary_entry_glosses_a_word_of_the_text(article: Article) -> None:
    reached = _glossed_entries(article)
    assert [e.fr for i, e in enumerate(article.glossary) if i not in reached] == []


@pytest.mark.parametrize(
    ("sentence_id", "word", "headword"),
    [
        ("s1", "stationner", "stationner"),
        ("s2", "violerait", "violer"),
        ("s7", "OTAN", "OTAN"),
        ("s8", "dehors", "en dehors de"),
        ("s9", "achevé", "s’achever"),
        ("s15", "achevée", "s’achever"),
        ("s20", "otage", "en otage"),
        ("s24", "est", "l’est du pays"),
        ("s24", "tant", "tant que"),
    ],
)
def test_words_that_need_care_are_glossed_rightly(
    article: Article, sentence_id: str, word: str, headword: str
) -> None:
    entry = article.gloss(sentence_id, word)
    assert entry is not None and entry.fr == headword


def test_the_verb_est_is_not_glossed_as_east(article: Article) -> None:
    entry = article.gloss("s10", "est")
    assert entry is None or entry.fr != "l’est du pays"


def wrong_answer(question: Question, article: Article) -> Any:
    """A plausible mistake, which must not earn full marks."""
    if isinstance(question, MultiQuestion):
        return {i for i, o in enumerate(question.options) if not o.correct}
    if isinstance(question, ChoiceQuestion):
        return next(i for i, o in enumerate(question.options) if not o.correct)
    if isinstance(question, TrueFalseQuestion):
        return next(v for v in (True, False, NOT_GIVEN) if v != question.answer)
    if isinstance(question, ShortQuestion):
        return "1991" if question.answers[0] != "1991" else "1996"
    if isinstance(question, ClozeQuestion):
        if question.choices:
            firsts = [b[0] for b in question.blanks]
            return [next(c for c in question.choices if c != f) for f in firsts]
        return ["uranium" for _ in question.blanks]
    if isinstance(question, MatchQuestion):
        rights = [p.right for p in question.pairs]
        return {p.left: r for p, r in zip(question.pairs, rights[1:] + rights[:1], strict=True)}
    if isinstance(question, OrderQuestion):
        return list(reversed(question.items))
    if isinstance(question, LocateQuestion):
        return {next(s.id for s in article.sentences if s.id not in question.sentences)}
    raise AssertionError(f"no wrong answer for {question.type}")


def _question_ids() -> list[str]:
    return [q.id for q in load_article(ARTICLE_PATH).questions]


@pytest.mark.parametrize("question_id", _question_ids())
def test_right_answer_gets_full_marks(article: Article, question_id: str) -> None:
    question = article.question(question_id)
    grade = question.grade(right_response(question))
    assert grade.correct and grade.score == pytest.approx(question.points), grade.feedback


@pytest.mark.parametrize("question_id", _question_ids())
def test_wrong_answer_does_not(article: Article, question_id: str) -> None:
    question = article.question(question_id)
    grade = question.grade(wrong_answer(question, article))
    assert not grade.correct and grade.score < question.points


def _typed_question_ids() -> list[str]:
    return [
        q.id for q in load_article(ARTICLE_PATH).questions
        if isinstance(q, ShortQuestion) or (isinstance(q, ClozeQuestion) and not q.choices)
    ]  # fmt: skip


@pytest.mark.parametrize("question_id", _typed_question_ids())
def test_every_listed_alternative_is_accepted(article: Article, question_id: str) -> None:
    question = article.question(question_id)
    if isinstance(question, ShortQuestion):
        responses: list[Any] = list(question.answers)
    else:
        assert isinstance(question, ClozeQuestion)
        longest = max(len(b) for b in question.blanks)
        responses = [[b[min(k, len(b) - 1)] for b in question.blanks] for k in range(longest)]
    for response in responses:
        assert question.grade(response).correct, response
