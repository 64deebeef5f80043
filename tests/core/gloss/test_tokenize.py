"""The French tokenizer: words, elisions, inversions, compounds, numbers, offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.gloss.tokenize import Token, TokenKind, fold, tokenize, tokenize_query

W, E, N, L, P, S = (
    TokenKind.WORD,
    TokenKind.ELISION,
    TokenKind.NUMBER,
    TokenKind.LINK,
    TokenKind.PUNCT,
    TokenKind.SYMBOL,
)


def pairs(text: str) -> list[tuple[str, TokenKind]]:
    return [(t.text, t.kind) for t in tokenize(text)]


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_offsets_slice_back_to_each_token():
    text = "Moscou ne transférerait pas le contrôle de ses armes à Minsk, a-t-il ajouté."
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[0] == Token("Moscou", 0, 6, W)
    assert tokens[-1] == Token(".", len(text) - 1, len(text), P)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’OTAN", [("l’", E), ("OTAN", W)]),
        ("l'OTAN", [("l'", E), ("OTAN", W)]),
        ("qu’ils", [("qu’", E), ("ils", W)]),
        ("d’ici au", [("d’", E), ("ici", W), ("au", W)]),
        ("n’a", [("n’", E), ("a", W)]),
        ("s’accroître", [("s’", E), ("accroître", W)]),
        ("j’ai", [("j’", E), ("ai", W)]),
        ("c’était", [("c’", E), ("était", W)]),
        ("m’a t’a", [("m’", E), ("a", W), ("t’", E), ("a", W)]),
        ("jusqu’à l’été", [("jusqu’", E), ("à", W), ("l’", E), ("été", W)]),
        ("lorsqu’il", [("lorsqu’", E), ("il", W)]),
        ("puisqu’elle", [("puisqu’", E), ("elle", W)]),
        ("quoiqu’on", [("quoiqu’", E), ("on", W)]),
        ("L’Ukraine", [("L’", E), ("Ukraine", W)]),
        ("QU’IL", [("QU’", E), ("IL", W)]),
        ("d’aujourd’hui", [("d’", E), ("aujourd’hui", W)]),
    ],
)
def test_elisions_are_split_from_the_next_word(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a-t-il", [("a", W), ("-t-", L), ("il", W)]),
        ("a-t-on", [("a", W), ("-t-", L), ("on", W)]),
        ("dit-elle", [("dit", W), ("-", L), ("elle", W)]),
        ("peut-on", [("peut", W), ("-", L), ("on", W)]),
        ("pourrait-il", [("pourrait", W), ("-", L), ("il", W)]),
        ("dit-on", [("dit", W), ("-", L), ("on", W)]),
        ("donne-le-moi", [("donne", W), ("-", L), ("le", W), ("-", L), ("moi", W)]),
        ("allez-y", [("allez", W), ("-", L), ("y", W)]),
        ("Qu’est-ce", [("Qu’", E), ("est", W), ("-", L), ("ce", W)]),
        ("ajouta‑t‑il", [("ajouta", W), ("‑t‑", L), ("il", W)]),
    ],
)
def test_inverted_pronouns_are_split_from_their_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "word",
    [
        "aujourd’hui",
        "aujourd'hui",
        "peut-être",
        "c’est-à-dire",
        "porte-parole",
        "vis-à-vis",
        "au-delà",
        "contre-offensive",
        "États-Unis",
        "non-prolifération",
        "Saint-Pétersbourg",
        "Saint-Cyr-l’École",
        "elles-mêmes",
        "celle-ci",
        "rendez-vous",
        "quelqu’un",
        "presqu’île",
        "Aix-en-Provence",
        "ami·e·s",
    ],
)
def test_compounds_stay_whole(word):
    assert pairs(word) == [(word, W)]


@pytest.mark.parametrize(
    "number",
    ["18", "1996", "1er", "1re", "2e", "2ème", "2nd", "XIXe", "XXIe", "Ier", "1 000", "1\u00a0000",
     "18\u202f000\u202f000", "3,5", "3.5", "1.000.000", "1ers"],
)  # fmt: skip
def test_numbers_and_ordinals_are_one_token(number):
    assert pairs(number) == [(number, N)]


def test_numbers_in_context():
    assert pairs("en 1996, 18 pays") == [("en", W), ("1996", N), (",", P), ("18", N), ("pays", W)]
    assert texts("d’ici au 1er juillet") == ["d’", "ici", "au", "1er", "juillet"]
    assert pairs("au XIXe siècle") == [("au", W), ("XIXe", N), ("siècle", W)]


@pytest.mark.parametrize("word", ["Le", "De", "Ce", "Me", "Mme", "Il", "Ive"])
def test_capitalised_words_are_not_roman_ordinals(word):
    assert pairs(word) == [(word, W)]


def test_punctuation_and_quotes_are_not_words():
    text = '« Oui » – “non” — ‘peut-être’ ... … ; : ! ? ( ) [ ] "x" % € +'
    tokens = tokenize(text)
    words = [t.text for t in tokens if t.is_word]
    assert words == ["Oui", "non", "peut-être", "x"]
    kinds = {t.text: t.kind for t in tokens}
    for mark in '«»–“”—‘’…;:!?()[]"%':
        assert kinds[mark] is P, mark
    assert kinds["..."] is P
    assert kinds["€"] is S and kinds["+"] is S


def test_spaces_of_every_kind_separate_tokens():
    text = "Oui\u00a0!\u202fNon\tpeut\u2028être\u0085là\u200bfin"
    assert texts(text) == ["Oui", "!", "Non", "peut", "être", "là", "fin"]


def test_an_apostrophe_not_followed_by_a_letter_is_a_quote():
    assert pairs("l’ 'citation'") == [("l", W), ("’", P), ("'", P), ("citation", W), ("'", P)]


def test_decomposed_accents_and_soft_hyphens_stay_inside_words():
    assert texts("e\u0301te\u0301 non\u00adprolifération") == [
        "e\u0301te\u0301",
        "non\u00adprolifération",
    ]


def test_odd_characters_never_raise():
    text = "\ud800x\udfff \x00 \u0301a \ufeffb \U0001f600 \x85"
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens if t.is_word] == ["x", "\u0301a", "b"]


def test_words_from_the_seed_sentences():
    text = (
        "“Il n’y a rien d’inhabituel ici non plus”, a-t-il déclaré. “Tout d’abord, les "
        "États-Unis le font depuis des décennies."
    )
    assert texts(text) == [
        "“", "Il", "n’", "y", "a", "rien", "d’", "inhabituel", "ici", "non", "plus", "”", ",",
        "a", "-t-", "il", "déclaré", ".", "“", "Tout", "d’", "abord", ",", "les", "États-Unis",
        "le", "font", "depuis", "des", "décennies", ".",
    ]  # fmt: skip


def test_fold_unifies_case_apostrophes_hyphens_and_normal_form():
    assert fold("L’OTAN") == fold("l'otan") == fold("Lʼotan") == "l'otan"
    assert fold("e\u0301te\u0301") == fold("ÉTÉ") == "été"
    assert fold("non‑prolifération") == "non-prolifération"
    assert fold("non\u00adprolifération") == "nonprolifération"


FRENCH_BITS = st.sampled_from(
    ["l’", "d'", "qu’", "jusqu’", "-t-", "-", "’", "'", " ", "\u00a0", "«", "»", "1", "000",
     ",", ".", "e", "XIX", "er", "il", "a", "été", "É", "\u0301", "\u00ad", "·", "\ud800", "\x85"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(FRENCH_BITS | st.text(max_size=3)).map("".join)))
def test_any_text_tokenizes_with_exact_offsets(text):
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.text
        assert token.start >= previous_end
        previous_end = token.end


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_only_spaces_and_invisible_characters_are_left_out(text):
    left = set(range(len(text)))
    for token in tokenize(text):
        left -= set(range(token.start, token.end))
    for i in left:
        char = text[i]
        assert char.isspace() or unicodedata.category(char) in ("Cc", "Cf"), repr(char)


def test_a_lone_elision_asked_about_stays_an_elision():
    assert [(t.text, t.kind) for t in tokenize_query("qu’")] == [("qu’", E)]
    assert [(t.text, t.kind) for t in tokenize_query("l' OTAN")] == [("l'", E), ("OTAN", W)]
    assert [(t.text, t.kind) for t in tokenize_query("l’OTAN")] == [("l’", E), ("OTAN", W)]
    assert [t.text for t in tokenize_query("aujourd’ hui")] == ["aujourd", "’", "hui"]
