"""Typed-answer normalisation and matching: what counts as typing, accents, slips."""

from __future__ import annotations

from fractions import Fraction

import pytest

from quizapp.core.grading.answers import (
    MatchKind,
    match_pick,
    match_typed,
    normalise,
    strip_accents,
)
from tests.core.quiz_factory import settings

# (typed, teacher's answer): equal once normalised.
SAME = [
    # case and spaces
    ("PoLoGne", "Pologne"),
    ("  Pologne  ", "Pologne"),
    ("la   grande  frontière", "la grande frontière"),
    ("la\tgrande\nfrontière", "la grande frontière"),
    # Unicode composition: e + combining acute vs é
    ("ge\u0301ne\u0301rale", "générale"),
    # final punctuation, with or without the French space
    ("Pologne.", "Pologne"),
    ("Pologne !", "Pologne"),
    ("Pologne\u00a0!", "Pologne"),
    ("Pologne\u202f?", "Pologne"),
    ("Pologne ;", "Pologne"),
    ("Pologne :", "Pologne"),
    ("Pologne…", "Pologne"),
    ("Pologne...", "Pologne"),
    ("Pologne?!", "Pologne"),
    # every apostrophe form
    ("l'oppression", "l’oppression"),
    ("lʼoppression", "l’oppression"),
    ("l‘oppression", "l’oppression"),
    ("l´oppression", "l’oppression"),
    ("l`oppression", "l’oppression"),
    ("l′oppression", "l’oppression"),
    ("l’oppression", "l'oppression"),
    ("l' oppression", "l’oppression"),
    # quotes removed or unified
    ("« Le Kremlin »", "Le Kremlin"),
    ("«Le Kremlin»", "Le Kremlin"),
    ("“Le Kremlin”", "Le Kremlin"),
    ('"Le Kremlin"', "Le Kremlin"),
    ("„Le Kremlin“", "Le Kremlin"),
    ("‹ Le Kremlin ›", "Le Kremlin"),
    ("Le Kremlin", "« Le Kremlin »"),
    ("« Le Kremlin. »", "Le Kremlin"),
    # non-breaking and thin spaces
    ("mer\u00a0Noire", "mer Noire"),
    ("mer\u202fNoire", "mer Noire"),
    ("mer\u2009Noire", "mer Noire"),
    ("mer\u2007Noire", "mer Noire"),
    ("mer\u200aNoire", "mer Noire"),
    # ligatures
    ("oeuvre", "œuvre"),
    ("Œuvre", "oeuvre"),
    ("ex aequo", "ex æquo"),
    ("Cæsar", "caesar"),
    # hyphen forms
    ("contre‐offensive", "contre-offensive"),
    ("contre‑offensive", "contre-offensive"),
    ("contre‒offensive", "contre-offensive"),
    ("contre–offensive", "contre-offensive"),
    ("contre—offensive", "contre-offensive"),
    ("contre−offensive", "contre-offensive"),
    ("contre - offensive", "contre-offensive"),
    # invisible characters and digit groups
    ("Polo\u00adgne", "Pologne"),
    ("\ufeffPologne", "Pologne"),
    ("1 000", "1000"),
    ("1\u202f000\u202f000", "1000000"),
]


@pytest.mark.parametrize(("typed", "answer"), SAME)
def test_normalise_removes_typing_differences(typed: str, answer: str) -> None:
    assert normalise(typed) == normalise(answer)
    assert match_typed(typed, [answer], settings("strict", "strict")).kind is MatchKind.EXACT


DIFFERENT = [
    ("Pologne", "Russie"),
    ("1789", "1798"),
    ("12", "1 2 3"),
    ("la", "le"),
    ("Pologne", "la Pologne"),
]


@pytest.mark.parametrize(("typed", "answer"), DIFFERENT)
def test_normalise_keeps_real_differences(typed: str, answer: str) -> None:
    assert normalise(typed) != normalise(answer)


def test_normalise_keeps_accents_and_inner_punctuation() -> None:
    assert normalise("Générale, non") == "générale, non"
    assert strip_accents("Générale çà ïle") == "Generale ca ile"


def test_hyphen_and_space_are_the_same_word_with_the_spelling_shown() -> None:
    m = match_typed("contre offensive", ["contre-offensive"], settings("strict", "strict"))
    assert (m.kind, m.credit, m.expected) == (MatchKind.HYPHEN, 1, "contre-offensive")
    m = match_typed("peut-être", ["peut être"], settings("strict", "strict"))
    assert m.kind is MatchKind.HYPHEN and m.full


def test_dropping_the_hyphen_altogether_is_a_slip() -> None:
    m = match_typed("contreoffensive", ["contre-offensive"], settings(typos="half"))
    assert (m.kind, m.credit) == (MatchKind.SLIP, Fraction(1, 2))


ACCENTS = [
    # typed, accents setting, kind, credit
    ("generale", "lenient", MatchKind.ACCENT, 1),
    ("GENERALE", "lenient", MatchKind.ACCENT, 1),
    ("générâle", "lenient", MatchKind.ACCENT, 1),
    ("generale", "strict", MatchKind.WRONG, 0),
    ("genérale", "strict", MatchKind.WRONG, 0),
    ("génèrale", "strict", MatchKind.WRONG, 0),
    ("générale", "strict", MatchKind.EXACT, 1),
]


@pytest.mark.parametrize(("typed", "accents", "kind", "credit"), ACCENTS)
def test_accents_follow_the_setting(typed: str, accents: str, kind: MatchKind, credit: int) -> None:
    for typos in ("strict", "half", "accept"):
        m = match_typed(typed, ["générale"], settings(accents, typos))
        assert (m.kind, m.credit, m.expected) == (kind, credit, "générale")


SLIPS = [
    ("gnérale", "insertion missing"),
    ("générrale", "extra letter"),
    ("généralr", "substitution"),
    ("génréale", "swap of two neighbours"),
]


@pytest.mark.parametrize(("typed", "what"), SLIPS)
@pytest.mark.parametrize(
    ("typos", "credit"), [("strict", 0), ("half", Fraction(1, 2)), ("accept", 1)]
)
def test_one_edit_is_a_slip_credited_by_the_setting(
    typed: str, what: str, typos: str, credit: Fraction
) -> None:
    for accents in ("strict", "lenient"):
        m = match_typed(typed, ["générale"], settings(accents, typos))
        assert (m.kind, m.credit, m.expected) == (MatchKind.SLIP, credit, "générale"), what


def test_two_edits_are_wrong() -> None:
    for typos in ("half", "accept"):
        m = match_typed("gnéralle", ["générale"], settings(typos=typos))
        assert m.kind is MatchKind.WRONG and m.credit == 0


def test_lenient_slips_are_counted_without_accents() -> None:
    # missing accent + one slip: one edit on accent-free text
    m = match_typed("generalle", ["générale"], settings("lenient", "accept"))
    assert m.kind is MatchKind.SLIP and m.full
    # under strict accents the missing accent is an edit of its own: two edits
    m = match_typed("generalle", ["générale"], settings("strict", "accept"))
    assert m.kind is MatchKind.WRONG


def test_a_missing_accent_is_never_forgiven_as_a_slip_under_strict_accents() -> None:
    m = match_typed("generale", ["générale"], settings("strict", "accept"))
    assert m.kind is MatchKind.WRONG and m.credit == 0


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("1798", "1789"), ("en 1798", "en 1789"), ("1798", "en 1789"), ("en 179", "en 1789")],
)
def test_numbers_get_no_slip_allowance(typed: str, answer: str) -> None:
    m = match_typed(typed, [answer], settings(typos="accept"))
    assert m.kind is MatchKind.WRONG and m.credit == 0


def test_a_slip_typed_as_a_number_is_not_forgiven() -> None:
    m = match_typed("Pol0gne", ["Pologne"], settings(typos="accept"))
    assert m.kind is MatchKind.WRONG


@pytest.mark.parametrize(("typed", "answer"), [("Rmoe", "Rome"), ("Kiw", "Kiev"), ("ri", "roi")])
def test_answers_under_five_letters_get_no_slip_allowance(typed: str, answer: str) -> None:
    assert match_typed(typed, [answer], settings(typos="accept")).kind is MatchKind.WRONG


def test_five_letters_is_enough_for_a_slip() -> None:
    assert match_typed("Mnisk", ["Minsk"], settings(typos="accept")).kind is MatchKind.SLIP
    assert match_typed("Lile", ["Lille"], settings(typos="accept")).kind is MatchKind.SLIP


def test_best_accepted_answer_wins_and_the_first_is_shown_when_wrong() -> None:
    s = settings("lenient", "half")
    assert match_typed("limite", ["frontière", "limite"], s).kind is MatchKind.EXACT
    m = match_typed("frontiere", ["frontière", "limite"], s)
    assert (m.kind, m.expected) == (MatchKind.ACCENT, "frontière")
    m = match_typed("océan", ["frontière", "limite"], s)
    assert (m.kind, m.expected) == (MatchKind.WRONG, "frontière")
    m = match_typed("limitte", ["frontière", "limite"], s)
    assert (m.kind, m.expected) == (MatchKind.SLIP, "limite")


def test_empty_typed_answer() -> None:
    for typed in ("", "   ", " . ", "« »"):
        m = match_typed(typed, ["Pologne"], settings())
        assert (m.kind, m.credit) == (MatchKind.EMPTY, 0)


def test_drop_down_picks_are_exact_only() -> None:
    assert match_pick("Pologne", ["Pologne"]).full
    assert match_pick(" Pologne ", ["Pologne"]).full
    assert match_pick("frontière", ["frontière", "limite"]).full
    for pick in ("pologne", "Polgne", "Pologne."):
        assert match_pick(pick, ["Pologne"]).kind is MatchKind.WRONG
    assert match_pick("", ["Pologne"]).kind is MatchKind.EMPTY


def test_no_accepted_answer_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at least one accepted answer"):
        match_typed("x", [], settings())
