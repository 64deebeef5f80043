"""Fuzzing the whole core path: load, check, gloss every word, grade every question.

Articles are generated as data around the schema, dumped to YAML the way an
editor would save them, then damaged (keys dropped, kinds swapped, values
garbled, odd Unicode spliced in). Whatever comes out, the loader answers
with an Article or with problems, the glossing engine answers for every
offset of every sentence, and grading answers every right-shaped response.
The only exceptions allowed are the documented ones: BankError from
`load_article`, and TypeError/ValueError for wrong-shaped responses.
"""

from __future__ import annotations

import contextlib
import os
import random
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.bank.loader import check_bytes
from quizapp.core.bank.problems import Problem
from quizapp.core.model import (
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)

# A few thousand examples in all in the normal run; QUIZAPP_FUZZ_EXAMPLES=20000 for a long hunt.
FUZZ = settings(
    max_examples=int(os.environ.get("QUIZAPP_FUZZ_EXAMPLES", "500")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters that break naive code: line separators YAML knows (U+0085, U+2028, U+2029),
# bidi marks and overrides, combining accents, zero-width joiners, no-break spaces,
# typographic French, a letter outside the BMP, and look-alike apostrophes.
ODD = [
    "\u0085", "\u2028", "\u2029", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069",
    "\u0301", "\u0327", "e\u0301", "\u200b", "\u200d", "\ufeff", "\u00a0", "\u202f",
    "’", "ʼ", "«", "»", "…", "œ", "𝒜", "😀", "\t", "[", "]", "|", ":", " #", "'", '"',
    "\ud800", "\udcff",
]  # fmt: skip
WORDS = [
    "la", "Russie", "va", "stationner", "des", "armes", "nucléaires", "l’", "d’", "qu’",
    "a-t-il", "déclaré", "président", "1996", "12:30", "no", "On", "~", "aujourd’hui",
    "œuvre", "Moscou", "Minsk", "au", "Belarus", "frontière", "c’est-à-dire",
]  # fmt: skip


def odd_text(draw: st.DrawFn, min_words: int = 1) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=8))
    out = []
    for word in words:
        roll = draw(st.integers(0, 9))
        if roll == 0:
            word = word + draw(st.sampled_from(ODD))
        elif roll == 1:
            word = draw(st.sampled_from(ODD)) + word
        elif roll == 2:
            word = word * draw(st.integers(20, 120))  # a very long word
        out.append(word)
    text = " ".join(out)
    if draw(st.booleans()):
        text += draw(st.sampled_from([".", " ?", " !", "…", ""]))
    return text


@st.composite
def articles(draw: st.DrawFn) -> dict[str, Any]:
    """A valid article as data: every question type may appear."""
    n = draw(st.integers(1, 4))
    sentence_ids = [f"s{i}" for i in range(1, n + 1)]
    sentences = [
        {"id": sid, "fr": odd_text(draw), "en": odd_text(draw)}
        | ({"paragraph": draw(st.sampled_from([1, 2, "a"]))} if draw(st.booleans()) else {})
        for sid in sentence_ids
    ]
    glossary = [
        {"fr": draw(st.sampled_from([*WORDS, "arme nucléaire", "a déclaré"])), "en": "gloss"}
        | ({"match": "exact"} if draw(st.booleans()) else {})
        | ({"forms": [draw(st.sampled_from(WORDS))]} if draw(st.booleans()) else {})
        for _ in range(draw(st.integers(0, 4)))
    ]
    evidence = st.lists(st.sampled_from(sentence_ids), min_size=1, max_size=2, unique=True)
    distinct = st.lists(st.sampled_from(WORDS), min_size=3, max_size=5, unique=True)
    kinds = draw(
        st.lists(
            st.sampled_from(
                ["choice", "multi", "truefalse", "short", "cloze", "match", "order", "locate"]
            ),
            min_size=1,
            max_size=5,
        )
    )
    questions = []
    for i, kind in enumerate(kinds, 1):
        q: dict[str, Any] = {
            "id": f"q{i}",
            "type": kind,
            "sentences": draw(evidence),
            "prompt": odd_text(draw),
        }
        if draw(st.booleans()):
            q["points"] = draw(st.sampled_from([1, 2, 0.5]))
        if kind in ("choice", "multi"):
            texts = draw(distinct)
            right = draw(st.integers(0, len(texts) - 1))
            q["options"] = [
                {"text": t} | ({"correct": True} if k == right else {}) for k, t in enumerate(texts)
            ]
        elif kind == "truefalse":
            q["answer"] = draw(st.sampled_from([True, False, "not_given"]))
        elif kind == "short":
            q["answers"] = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
        elif kind == "cloze":
            blanks = draw(distinct)
            q["text"] = "Le " + " et ".join(f"[{b}]" for b in blanks[:2]) + "."
            if draw(st.booleans()):
                q["choices"] = blanks
        elif kind == "match":
            lefts, rights = draw(distinct), draw(distinct)
            q["pairs"] = [{"left": a, "right": b} for a, b in zip(lefts, rights, strict=False)]
        elif kind == "order":
            q["items"] = draw(distinct)
        questions.append(q)
    doc: dict[str, Any] = {
        "id": "fuzz-article",
        "title": odd_text(draw),
        "level": draw(st.sampled_from(["A1", "b2", "C2"])),
        "sentences": sentences,
        "questions": questions,
    }
    if glossary:
        doc["glossary"] = glossary
    if draw(st.booleans()):
        doc["settings"] = {
            "accents": draw(st.sampled_from(["strict", "lenient"])),
            "typos": draw(st.sampled_from(["strict", "half", "accept"])),
            "shuffle": draw(st.booleans()),
        }
    return doc


GARBAGE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(),
    st.text(max_size=30),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.sampled_from([*ODD, "no", "12:30", "010", "2024-02-30", ".inf", "~", "1e3"]),
)


def _containers(node: Any, out: list) -> list:
    if isinstance(node, dict):
        out.append(node)
        for value in node.values():
            _containers(value, out)
    elif isinstance(node, list):
        out.append(node)
        for value in node:
            _containers(value, out)
    return out


@st.composite
def damaged(draw: st.DrawFn) -> dict[str, Any]:
    """A generated article with a few keys dropped, kinds swapped and values garbled."""
    doc = draw(articles())
    for _ in range(draw(st.integers(1, 4))):
        containers = _containers(doc, [])
        target = containers[draw(st.integers(0, len(containers) - 1))]
        if not target:
            continue
        if isinstance(target, dict):
            key = draw(st.sampled_from(sorted(target, key=str)))
            action = draw(st.sampled_from(["drop", "garble", "swap", "rename"]))
            if action == "drop":
                del target[key]
            elif action == "garble":
                target[key] = draw(GARBAGE)
            elif action == "swap":
                value = target[key]
                target[key] = [value] if not isinstance(value, list) else {"x": value}
            else:
                target[str(key) + draw(st.sampled_from(["s", "_en", "\u200b", "É"]))] = target.pop(
                    key
                )
        else:
            index = draw(st.integers(0, len(target) - 1))
            if draw(st.booleans()):
                del target[index]
            else:
                target[index] = draw(GARBAGE)
    return doc


def to_bytes(doc: Any, flow: bool = False) -> bytes:
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, default_flow_style=flow)
    # Lone surrogates cannot be written as UTF-8: a file holding one has the bytes
    # surrogateescape gives (invalid UTF-8), or CESU-style bytes from surrogatepass.
    return text.encode("utf-8", "surrogateescape" if "\udcff" in text else "surrogatepass")


def repr_text(doc: Any) -> str:
    return "".join(
        str(x) for x in _containers(doc, []) for x in (x.values() if isinstance(x, dict) else x)
    )


def right_shaped(question: Question, article: Article, rng: random.Random) -> Any:
    """A response of the documented shape, right or wrong, for any question."""
    if isinstance(question, MultiQuestion):
        return {i for i in range(len(question.options)) if rng.random() < 0.5}
    if isinstance(question, ChoiceQuestion):
        return rng.randrange(len(question.options))
    if isinstance(question, TrueFalseQuestion):
        return rng.choice([True, False, "not_given"])
    if isinstance(question, ShortQuestion):
        return rng.choice([*question.answers, "", " ", rng.choice(WORDS) + rng.choice(ODD)])
    if isinstance(question, ClozeQuestion):
        pool = list(question.choices or []) or [a for b in question.blanks for a in b] + ODD[:5]
        return [rng.choice(pool) for _ in question.blanks]
    if isinstance(question, MatchQuestion):
        rights = [p.right for p in question.pairs]
        rng.shuffle(rights)
        pairs = dict(zip((p.left for p in question.pairs), rights, strict=True))
        return {k: v for k, v in pairs.items() if rng.random() < 0.8}
    if isinstance(question, OrderQuestion):
        items = list(question.items)
        rng.shuffle(items)
        return items
    if isinstance(question, LocateQuestion):
        return {s.id for s in article.sentences if rng.random() < 0.4}
    raise AssertionError(f"unknown question class {type(question).__name__}")


WRONG_SHAPES: list[Any] = [None, True, 1.5, "x", -1, 10**6, [None], {"a": 1}, {1, 2}, b"x"]


def exercise(data: bytes, seed: int) -> Article | None:
    """Load, gloss every offset, and grade every question; only documented errors."""
    article, problems = check_bytes(data, "fuzz.yaml")
    assert all(isinstance(p, Problem) for p in problems)
    for p in problems:
        assert p.line >= 1 and p.column >= 1, p.format()
        assert p.message and p.message_fr
        assert "internal error" not in p.message, p.format()
    if article is None:
        assert any(p.is_error for p in problems)
        return None
    for sentence in article.sentences:
        for offset in range(-1, len(sentence.fr) + 2):
            hit = article.gloss_at(sentence.id, offset)
            assert hit is None or hit.entry in article.glossary
        for word in sentence.fr.split():
            article.gloss(sentence.id, word)
    rng = random.Random(seed)
    for question in article.questions:
        for _ in range(3):
            grade = question.grade(right_shaped(question, article, rng))
            assert 0 <= grade.score <= grade.points == question.points
            assert isinstance(grade.feedback, str)
        for wrong in WRONG_SHAPES:
            with contextlib.suppress(TypeError, ValueError):
                question.grade(wrong)
    return article


@FUZZ
@given(articles(), st.booleans(), st.integers(0, 2**32))
def test_generated_articles_load_gloss_and_grade(doc, flow, seed):
    data = to_bytes(doc, flow)
    article, problems = check_bytes(data, "fuzz.yaml")
    # Nothing but Unicode oddities: must load, unless it holds a lone surrogate
    # (YAML refuses those, written raw or as a `\uD800` escape alike).
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in repr_text(doc)):
        assert article is not None, [p.format() for p in problems if p.is_error]
    exercise(data, seed)


@FUZZ
@given(damaged(), st.booleans(), st.integers(0, 2**32))
def test_damaged_articles_never_escape_the_documented_errors(doc, flow, seed):
    exercise(to_bytes(doc, flow), seed)


@FUZZ
@given(
    articles(),
    st.lists(
        st.tuples(
            st.floats(0, 1),
            st.sampled_from(
                [s.encode("utf-8", "surrogatepass") for s in ODD]
                + [
                    b"\xff",
                    b"\xc3",
                    b"\x00",
                    b"\r",
                    b"\n",
                    b"\t",
                    b"  ",
                    b"- ",
                    b": ",
                    b"&a ",
                    b"*a",
                ]
            ),
        ),
        min_size=1,
        max_size=6,
    ),
    st.integers(0, 2**32),
)
def test_raw_bytes_spliced_into_the_saved_file(doc, splices, seed):
    data = bytearray(to_bytes(doc))
    for where, chunk in splices:
        at = int(where * len(data))
        data[at:at] = chunk
    exercise(bytes(data), seed)


@FUZZ
@given(articles(), st.floats(0, 1), st.integers(0, 2**32))
def test_files_cut_short(doc, where, seed):
    data = to_bytes(doc)
    exercise(data[: int(where * len(data))], seed)


@pytest.mark.parametrize("odd", ODD)
def test_each_odd_character_in_every_text_place(odd):
    doc = {
        "id": "odd",
        "title": f"Titre {odd}",
        "level": "B1",
        "sentences": [
            {"id": "s1", "fr": f"La Russie{odd} a déclaré {odd}l’arme.", "en": f"x{odd}"},
            {"id": "s2", "fr": odd * 3, "en": "y"},
        ],
        "glossary": [{"fr": f"arme{odd}", "en": "weapon"}, {"fr": "déclarer", "en": "declare"}],
        "questions": [
            {"id": "q1", "type": "short", "sentences": ["s1"], "prompt": odd, "answers": [odd]},
            {
                "id": "q2",
                "type": "cloze",
                "sentences": ["s1"],
                "prompt": "p",
                "text": f"La [Russie] {odd}",
            },
        ],
    }
    exercise(to_bytes(doc), 1)
