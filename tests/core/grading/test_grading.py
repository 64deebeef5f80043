"""Scoring and feedback of each question type, through the scripting API."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.core.grading.score import assess, grade
from quizapp.core.model import NOT_GIVEN, Option, Pair
from tests.core.quiz_factory import (
    article,
    choice,
    cloze,
    locate,
    match,
    multi,
    order,
    settings,
    short,
    truefalse,
)

NB, NNB = "\u00a0", "\u202f"


def approx(x: float) -> object:
    return pytest.approx(x, abs=1e-9)


# -- choice -------------------------------------------------------------------------


def test_choice_right_option_through_question_grade() -> None:
    g = choice(points=2).grade(0)
    assert (g.score, g.points, g.correct, g.parts) == (2, 2, True, (True,))
    assert g.feedback == "Bonne réponse."
    assert g.feedback_en == "Right answer."


def test_choice_right_option_adds_its_own_feedback() -> None:
    q = choice(options=(Option("Oui", correct=True, feedback="Voir la phrase 1."), Option("Non")))
    assert grade(q, 0).feedback == "Bonne réponse. Voir la phrase 1."
    assert grade(q, 0).feedback_en == "Right answer. Voir la phrase 1."


def test_choice_wrong_option_gives_its_feedback_and_the_right_answer() -> None:
    g = grade(choice(), 1)
    assert (g.score, g.correct) == (0, False)
    assert g.feedback == (
        f"Non, c’est le contraire. La bonne réponse était «{NB}Stationner des armes "
        f"nucléaires tactiques au Belarus.{NB}»"
    )
    assert g.feedback_en.startswith("No, it is the opposite. The right answer was “Stationner")
    assert not g.feedback_en.endswith(".”.")


def test_choice_wrong_option_without_feedback_still_explains() -> None:
    g = grade(choice(), 2)
    assert g.feedback.startswith("Ce n’est pas la bonne réponse. La bonne réponse était")
    assert g.feedback_en.startswith("That is not the right answer. The right answer was")


def test_choice_retry_feedback_does_not_give_the_answer_away() -> None:
    a = assess(choice(), 1)
    assert a.retry == "Non, c’est le contraire."
    assert "Stationner" not in a.retry + a.retry_en


# -- multi --------------------------------------------------------------------------

MULTI_SCORES = [
    ({0, 2}, 4.0, True),
    ([0, 2], 4.0, True),
    (frozenset({0}), 2.0, False),
    ({0, 1}, 0.0, False),  # (1 right - 1 wrong) / 2
    ({0, 2, 1}, 2.0, False),  # (2 - 1) / 2
    ({1, 3}, 0.0, False),  # floor 0, not -4
    ({0, 1, 2, 3}, 0.0, False),
    (set(), 0.0, False),
    ((0, 0, 2), 4.0, True),  # a repeated index counts once
]


@pytest.mark.parametrize(("picked", "score", "correct"), MULTI_SCORES)
def test_multi_scoring(picked: object, score: float, correct: bool) -> None:
    g = grade(multi(points=4), picked)
    assert (g.score, g.correct) == (approx(score), correct)


def test_multi_parts_say_which_options_were_handled_rightly() -> None:
    assert grade(multi(), {0, 1}).parts == (True, False, False, True)


def test_multi_feedback_names_wrong_and_missing_picks() -> None:
    g = grade(multi(), {0, 1})
    assert "Vous avez trouvé 1 bonne réponse sur 2." in g.feedback
    assert f"«{NB}la Chine{NB}» n’était pas une bonne réponse." in g.feedback
    assert "Non, elle n’est pas citée." in g.feedback
    assert f"Il manquait «{NB}la Russie{NB}»." in g.feedback
    assert "“la Chine” was not a right answer." in g.feedback_en
    assert "You missed “la Russie”." in g.feedback_en
    a = assess(multi(), {0, 1})
    assert "la Russie" not in a.retry and "Il en manque encore 1." in a.retry


# -- truefalse ----------------------------------------------------------------------

TRUEFALSE = [
    (True, True, True, f"Bonne réponse{NB}: le texte le dit."),
    (True, False, False, f"La réponse était «{NB}Vrai{NB}»{NB}: le texte le dit."),
    (False, False, True, f"Bonne réponse{NB}: le texte dit le contraire."),
    (False, NOT_GIVEN, False, f"La réponse était «{NB}Faux{NB}»{NB}: le texte dit le contraire."),
    (NOT_GIVEN, NOT_GIVEN, True, f"Bonne réponse{NB}: le texte n’en parle pas."),
    (
        NOT_GIVEN,
        True,
        False,
        f"La réponse était «{NB}Non mentionné{NB}»{NB}: le texte n’en parle pas.",
    ),
]


@pytest.mark.parametrize(("answer", "response", "correct", "feedback"), TRUEFALSE)
def test_truefalse_states_what_the_text_says(
    answer: object, response: object, correct: bool, feedback: str
) -> None:
    g = grade(truefalse(answer, not_given=True), response)
    assert (g.correct, g.score, g.feedback) == (correct, float(correct), feedback)
    assert g.feedback_en


def test_truefalse_english_feedback() -> None:
    assert grade(truefalse(False), True).feedback_en == (
        "The answer was “False”: the text says the opposite."
    )


# -- short --------------------------------------------------------------------------


def test_short_right_answer() -> None:
    g = grade(short("générale"), "  Générale ! ")
    assert (g.score, g.correct, g.note) == (1, True, "")


def test_short_lenient_accents_full_points_with_the_accented_form_shown() -> None:
    g = grade(short("générale", settings=settings("lenient")), "generale")
    assert (g.score, g.correct) == (1, True)
    assert g.note == f"Attention aux accents{NB}: on écrit «{NB}générale{NB}»."
    assert g.note_en == "Mind the accents: it is spelled “générale”."


def test_short_strict_accents_wrong_with_the_expected_answer() -> None:
    g = grade(short("générale", settings=settings("strict", "accept")), "generale")
    assert (g.score, g.correct) == (0, False)
    assert g.feedback == f"La réponse attendue était «{NB}générale{NB}»."
    assert g.feedback_en == "The expected answer was “générale”."


@pytest.mark.parametrize(("typos", "score"), [("strict", 0), ("half", 1.5), ("accept", 3)])
def test_short_slip_follows_the_typos_setting_and_always_shows_the_spelling(
    typos: str, score: float
) -> None:
    g = grade(short("générale", points=3, settings=settings(typos=typos)), "génrale")
    assert g.score == approx(score)
    assert g.correct is (typos == "accept")
    assert g.note == f"Attention à l’orthographe{NB}: on écrit «{NB}générale{NB}»."
    assert g.note_en == "Mind the spelling: it is spelled “générale”."


def test_short_numbers_are_exact() -> None:
    q = short("1789", "en 1789", settings=settings(typos="accept"))
    assert grade(q, "1798").score == 0
    assert grade(q, "en 1798").score == 0
    assert grade(q, "En 1789.").score == 1


def test_short_hyphen_or_space_is_accepted_with_the_spelling_shown() -> None:
    g = grade(short("contre-offensive"), "contre offensive")
    assert g.correct and "trait d’union" in g.note and "contre-offensive" in g.note


def test_short_empty_answer_shows_the_expected_answer() -> None:
    g = grade(short("Pologne"), "")
    assert g.feedback == f"Pas de réponse. La réponse attendue était «{NB}Pologne{NB}»."


# -- cloze --------------------------------------------------------------------------


def test_cloze_equal_share_per_blank_and_parts() -> None:
    q = cloze(points=2)
    assert grade(q, ["frontière", "Pologne"]).score == 2
    assert grade(q, ["limite", "pologne"]).score == 2
    g = grade(q, ["mer", "Pologne"])
    assert (g.score, g.parts, g.correct) == (1, (False, True), False)
    assert g.feedback == f"1 case juste sur 2. Case 1{NB}: il fallait «{NB}frontière{NB}»."
    assert g.feedback_en == "1 of 2 blanks right. Blank 1: the answer was “frontière”."
    assert grade(q, ["", None]).score == 0


def test_cloze_slip_earns_half_the_blank_share_under_half() -> None:
    q = cloze(points=2, settings=settings(typos="half"))
    g = grade(q, ["frontière", "Polgne"])
    assert g.score == approx(1.5)
    assert g.parts == (True, False)
    assert f"Case 2{NB}: presque, on écrit «{NB}Pologne{NB}» (la moitié des points)." in g.feedback


def test_cloze_lenient_accent_note_names_the_blank() -> None:
    g = grade(cloze(), ["frontiere", "Pologne"])
    assert g.correct
    assert g.note == f"Case 1, attention aux accents{NB}: on écrit «{NB}frontière{NB}»."


def test_cloze_drop_down_pick_is_exact_only() -> None:
    q = cloze(
        choices=("frontière", "Pologne", "Russie", "côte"),
        settings=settings("lenient", "accept"),
    )
    assert grade(q, ["frontière", "Pologne"]).correct
    g = grade(q, ["frontière", "Russie"])
    assert (g.score, g.parts) == (0.5, (True, False))
    with pytest.raises(ValueError, match="not one of its choices"):
        grade(q, ["frontiere", "Pologne"])  # not a pick: accents are not forgiven


def test_cloze_retry_feedback_names_the_blank_not_the_answer() -> None:
    a = assess(cloze(), ["mer", "Polgne"])
    assert a.retry == (
        f"Aucune case n’est tout à fait juste. Case 1{NB}: ce n’est pas ça. "
        f"Case 2{NB}: presque, vérifiez l’orthographe."
    )
    assert "frontière" not in a.retry and "Pologne" not in a.retry
    # half a point for the slip: partly right, so never "no blank is right"
    assert a.grade.score > 0 and "No blank is right" not in a.grade.feedback_en


def test_a_slip_accepted_is_named_as_one() -> None:
    q = short("transfert")
    q = replace(q, settings=settings(typos="accept"))
    g = grade(q, "transfer")
    assert g.correct
    assert g.feedback_en == "Right answer, accepted with a spelling slip: “transfer”."
    assert (
        g.feedback
        == f"Bonne réponse, acceptée avec une faute d’orthographe{NB}: «{NB}transfer{NB}»."
    )


# -- match --------------------------------------------------------------------------


def test_match_equal_share_per_pair_in_file_order() -> None:
    q = match(points=3)
    right = {p.left: p.right for p in q.pairs}
    assert grade(q, right).score == 3
    swapped = {**right, "Oleksiy Danilov": q.pairs[1].right, "Svetlana Tikhanovskaya": None}
    g = grade(q, swapped)
    assert (g.score, g.parts) == (1, (False, False, True))
    assert g.feedback.startswith(f"1 paire juste sur 3. Justes{NB}: «{NB}Vladimir Poutine{NB}».")
    # the right-hand side is already in « »: not quoted twice
    assert "«\u00a0Oleksiy Danilov\u00a0» va avec « Le Kremlin" in g.feedback
    assert grade(q, {}).score == 0


# -- order --------------------------------------------------------------------------

A, B, C, D = order().items
ORDER_SCORES = [
    ([A, B, C, D], 4, (True, True, True, True)),
    ([B, A, C, D], 3, (False, True, True, True)),
    ([D, A, B, C], 3, (True, True, True, False)),
    ([D, C, B, A], 1, (False, False, False, True)),
    ([B, D, A, C], 2, (False, True, False, True)),
]


@pytest.mark.parametrize(("given", "score", "parts"), ORDER_SCORES)
def test_order_scores_the_longest_increasing_subsequence(
    given: list[str], score: float, parts: tuple[bool, ...]
) -> None:
    g = grade(order(points=4), given)
    assert (g.score, g.parts, g.correct) == (score, parts, score == 4)


def test_order_feedback_says_what_to_move_and_the_right_order() -> None:
    g = grade(order(), [B, A, C, D])
    assert g.feedback.startswith("3 éléments sur 4 sont déjà dans le bon ordre")
    assert f"À déplacer{NB}: «{NB}{A}{NB}»." in g.feedback
    assert f"1. «{NB}{A}{NB}»{NNB}; 2." in g.feedback
    assert "The right order: 1. “" in g.feedback_en
    assert "L’ordre juste" not in assess(order(), [B, A, C, D]).retry


def test_order_with_repeated_items() -> None:
    q = order(items=("x", "y", "x", "z"))
    assert grade(q, ["x", "y", "x", "z"]).correct
    assert grade(q, ["y", "x", "x", "z"]).score == 0.75


# -- locate -------------------------------------------------------------------------

LOCATE = [
    ({"s3", "s4"}, 2, (True, True)),
    ({"s3"}, 1, (True, False)),
    ({"s3", "s1"}, 0, (True, False)),
    ({"s3", "s4", "s1"}, 1, (True, True)),
    ({"s1", "s2", "s5"}, 0, (False, False)),
    (set(), 0, (False, False)),
]


@pytest.mark.parametrize(("picked", "score", "parts"), LOCATE)
def test_locate_scored_like_multi_over_sentences(
    picked: set[str], score: float, parts: tuple[bool, ...]
) -> None:
    g = grade(locate(points=2), picked)
    assert (g.score, g.parts) == (score, parts)


def test_locate_feedback_numbers_sentences_by_position_when_the_article_is_known() -> None:
    q = locate("s4")
    art = article((q,))
    g = grade(q, ["s2", "s6"], article=art)
    assert g.feedback == (
        "Les phrases 2 et 6 ne répondent pas à la question. La réponse se trouve dans la phrase 4."
    )
    assert grade(q, ["s4", "s1"], article=art).feedback == (
        "Vous avez trouvé la bonne phrase. La phrase 1 ne répond pas à la question."
    )
    assert grade(locate("s3", "s4"), ["s3", "s1"], article=art).feedback == (
        "Vous avez trouvé 1 bonne phrase sur 2. La phrase 1 ne répond pas à la question. "
        "Il manquait la phrase 4."
    )
    assert "Sentences 2 and 6 do not answer the question." in g.feedback_en
    assert grade(q, {"s4"}, article=art).feedback == (f"Bonne réponse{NB}: c’est bien la phrase 4.")
    assert grade(q, {"s4"}).feedback == f"Bonne réponse{NB}: c’est bien la phrase s4."
    with pytest.raises(ValueError, match="no sentence with id 'nope'"):
        grade(q, {"nope"}, article=art)


# -- French typography in every message -----------------------------------------------


PLAIN_MATCH = match(pairs=(Pair("Danilov", "otage"), Pair("Tikhanovskaya", "Kremlin")))


def _all_grades() -> list[object]:
    cases: list[tuple[object, object]] = [
        (choice(), 0),
        (choice(), 2),
        (multi(), {1}),
        (multi(), set()),
        (truefalse(), True),
        (short(), "generale"),
        (short(), "génrale"),
        (short(), "non"),
        (cloze(), ["frontiere", "Polgne"]),
        (PLAIN_MATCH, {"Danilov": "Kremlin"}),
        (order(), [D, C, B, A]),
        (locate(), {"s1"}),
    ]
    out: list[object] = []
    for q, r in cases:
        a = assess(replace(q, settings=settings(typos="half")), r)
        out += [a.grade.feedback, a.grade.note, a.retry]
    return out


def test_french_feedback_has_french_spacing() -> None:
    for text in _all_grades():
        assert isinstance(text, str)
        for bad in (" :", " ;", " !", " ?", "« ", " »", "«»"):
            assert bad not in text, (bad, text)
        assert ".»." not in text.replace(NB, "")


# The table of the teachers' guide (questions/README.md, section 8), row by row.
GUIDE = [
    ("Générale.", 1, 1),
    ("generale", 1, 0),
    ("génerale", 1, 0),
    ("générle", 0.5, 0),
    ("gnrle", 0, 0),
]


@pytest.mark.parametrize(("typed", "defaults", "strictest"), GUIDE)
def test_the_teachers_guide_table(typed: str, defaults: float, strictest: float) -> None:
    assert grade(short("générale"), typed).score == defaults
    assert grade(short("générale", settings=settings("strict", "strict")), typed).score == strictest


def test_a_decomposed_pick_is_the_same_pick() -> None:
    q = cloze(choices=("frontière", "Pologne", "Russie"))
    assert grade(q, ["frontie\u0300re", "Pologne"]).correct
