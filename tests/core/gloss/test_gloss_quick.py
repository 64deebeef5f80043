"""The quick glossary check gives exactly the warnings of the whole-index check."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate_bank import article_text
from quizapp.core.bank.loader import check_bytes, load_article
from quizapp.core.gloss import lemmas
from quizapp.core.gloss.index import unmatched_entries, unmatched_entries_by_index
from quizapp.core.gloss.tokenize import TokenKind, tokenize, word_texts
from quizapp.core.model import Article, GlossEntry, GlossMatch, Level, Sentence
from tests.conftest import BANK

WORDS = [
    "la", "l’", "d'", "Russie", "armes", "arme", "nucléaires", "tactiques", "a-t-il", "déclaré",
    "déclarer", "États-Unis", "d’ici", "au", "1er", "est", "été", "être", "OTAN", "l’OTAN",
    "ogives", "«", "»", ",", ".", "peut-être", "aujourd’hui", "Été", "1 000", "pont", "ponts",
    "œuvre", "OEUVRE", "Æ", "partage", "partager", "il", "Il",
]  # fmt: skip
SENTENCES = st.lists(st.sampled_from(WORDS) | st.text(max_size=3), max_size=10).map(" ".join)
HEADWORDS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join) | st.text(
    min_size=1, max_size=4
)
ENTRIES = st.builds(
    lambda fr, exact, forms, line: GlossEntry(
        fr,
        "gloss",
        forms=tuple(forms),
        match=GlossMatch.EXACT if exact else GlossMatch.LEMMA,
        line=line,
    ),
    HEADWORDS,
    st.booleans(),
    st.lists(HEADWORDS, max_size=2),
    st.integers(0, 40),
)


def article(sentences: list[str], glossary: list[GlossEntry]) -> Article:
    return Article(
        id="quick",
        title="Vite",
        level=Level.B1,
        sentences=tuple(Sentence(f"s{i}", fr, "") for i, fr in enumerate(sentences)),
        questions=(),
        glossary=tuple(glossary),
    )


def assert_same(art: Article) -> None:
    quick = unmatched_entries(art)
    # A fresh copy, so that the reference builds its own index.
    reference = unmatched_entries_by_index(dataclasses.replace(art))
    assert quick == reference


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SENTENCES, max_size=4), st.lists(ENTRIES, max_size=6))
def test_arbitrary_glossaries_get_the_reference_warnings(sentences, glossary):
    assert_same(article(sentences, glossary))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SENTENCES, min_size=1, max_size=4), st.data())
def test_glossaries_of_the_texts_own_words_get_the_reference_warnings(sentences, data):
    # Headwords taken from the text itself, so that most entries match and
    # the quick proofs, the hidden entries and the repeats are all exercised.
    runs = [s.split() for s in sentences if s.split()] or [["la"]]

    @st.composite
    def pieces(draw):  # a run of one to three words of one sentence
        words = draw(st.sampled_from(runs))
        start = draw(st.integers(0, len(words) - 1))
        return " ".join(words[start : start + draw(st.integers(1, 3))])

    glossary = data.draw(
        st.lists(
            st.builds(
                lambda fr, exact, forms: GlossEntry(
                    fr,
                    "g",
                    forms=tuple(forms),
                    match=GlossMatch.EXACT if exact else GlossMatch.LEMMA,
                ),
                pieces(),
                st.booleans(),
                st.lists(pieces(), max_size=1),
            ),
            max_size=8,
        )
    )
    assert_same(article(sentences, glossary))


@pytest.mark.parametrize(
    ("text", "headwords"),
    [
        ("Les armes nucléaires.", ["armes", "=armes nucléaires"]),  # hidden by an exact pair
        ("Les armes nucléaires.", ["armes", "armes nucléaires"]),  # hidden by a lemma pair
        ("Les armes nucléaires.", ["armes nucléaires", "armes"]),
        ("Des armes. Les armes nucléaires.", ["armes", "armes nucléaires"]),
        ("Les armes nucléaires.", ["=armes", "arme"]),  # a lemma match loses to the surface
        ("Les armes nucléaires.", ["arme", "=armes"]),
        ("Le stationnement d’armes.", ["d’", "stationnement armes"]),
        ("l’OTAN et l’OTAN", ["OTAN", "l’OTAN"]),
        ("a-t-il dit", ["il", "=a-t-il"]),
        ("ŒUVRE œuvre Æ", ["œuvre", "Æ", "ae"]),
        ("Il est là.", ["il", "Il", "=il"]),
    ],
)
def test_hand_picked_overlaps(text, headwords):
    glossary = [
        GlossEntry(h.lstrip("="), "g", match=GlossMatch.EXACT if h[0] == "=" else GlossMatch.LEMMA)
        for h in headwords
    ]
    sentences = [s + "." for s in text.split(". ")]
    assert_same(article(sentences, glossary))


def seed_article() -> Article:
    return load_article(next(BANK.glob("*.yaml")))


def test_the_seed_article_and_cut_down_versions_of_it():
    seed = seed_article()
    assert unmatched_entries(seed) == [] == unmatched_entries_by_index(seed)
    rng = random.Random(7)
    for _ in range(12):
        kept = tuple(s for s in seed.sentences if rng.random() < 0.3)
        assert_same(dataclasses.replace(seed, sentences=kept))


def test_the_seed_glossary_with_misspelt_hidden_and_repeated_entries():
    seed = seed_article()
    extra = (
        GlossEntry("nucléairz", "typo", line=900),
        GlossEntry("armes", "hidden by a longer entry?", line=901),
        GlossEntry(seed.glossary[0].fr, "repeat", line=902),
        GlossEntry("Russie", "exact", match=GlossMatch.EXACT, line=903),
    )
    assert_same(dataclasses.replace(seed, glossary=seed.glossary + extra))
    assert_same(dataclasses.replace(seed, glossary=extra + seed.glossary))


@pytest.mark.parametrize("index", range(8))
def test_generated_articles_with_and_without_faults(index):
    art, problems = check_bytes(article_text(index).encode())
    assert art is not None, problems
    assert_same(art)
    rng = random.Random(index)
    words = [w.strip("«».,!?;:") for s in art.sentences for w in s.fr.split()]
    extra = [
        GlossEntry(rng.choice(words) + " " + rng.choice(words), "pair", line=800),
        GlossEntry(rng.choice(words), "exact", match=GlossMatch.EXACT, line=801),
        GlossEntry("introuvable", "missing", line=802),
        GlossEntry(art.glossary[-1].fr.upper(), "repeat", line=803),
    ]
    for k in range(len(extra)):
        assert_same(dataclasses.replace(art, glossary=art.glossary + tuple(extra[: k + 1])))
        assert_same(dataclasses.replace(art, glossary=tuple(extra[k:]) + art.glossary))


def test_a_generated_glossary_is_proven_without_simplemma(monkeypatch):
    art, _ = check_bytes(article_text(3).encode())
    assert art is not None

    def no_dictionary():
        raise AssertionError("the dictionary was loaded")

    monkeypatch.setattr(lemmas, "_get_lemmatizer", no_dictionary)
    lemmas.word_keys.cache_clear()
    try:
        assert unmatched_entries(art) == []
    finally:
        lemmas.word_keys.cache_clear()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *WORDS,
                "XIXe",
                "dit-elle",
                "l’l’a",
                "-t-",
                "…",
                "a\u00adb",
                "\u00ad",
                "12\u202f500",
                "\u00a0",
                "...",
                "\u0301e",
            ]
        )
        | st.text(max_size=4)
    ).map(" ".join)
)
def test_word_texts_are_the_word_and_number_tokens(text):
    expected = [t.text for t in tokenize(text) if t.kind in (TokenKind.WORD, TokenKind.NUMBER)]
    assert word_texts(text) == expected
