"""An English word typed for a French one is a language slip, never half a spelling slip."""

from __future__ import annotations

from dataclasses import replace

from quizapp.core.grading.score import assess
from quizapp.core.model import Sentence
from tests.core.quiz_factory import article, cloze, settings, short

NB = "\u00a0"


def with_english(questions, en: str):
    """An article whose second sentence's English says `en`."""
    art = article(questions)
    sentences = list(art.sentences)
    sentences[1] = Sentence("s2", "La fin du transfert des ogives.", en)
    return replace(art, sentences=tuple(sentences))


def test_the_english_word_earns_nothing_and_is_named() -> None:
    q = replace(short("transfert"), settings=settings(typos="half"))
    art = with_english((q,), "The end of the transfer of warheads.")
    a = assess(q, "transfer", article=art)
    assert a.grade.score == 0 and not a.grade.correct
    assert a.grade.feedback_en == "“transfer” is the English word; in French it is “transfert”."
    assert a.grade.feedback == (
        f"«{NB}transfer{NB}» est le mot anglais{NB}: en français, on écrit «{NB}transfert{NB}»."
    )
    assert a.retry_en == "That is the English word: look for the French one."
    # even when the teacher accepts spelling slips: a language slip is not one
    lenient = replace(q, settings=settings(typos="accept"))
    assert assess(lenient, "transfer", article=art).grade.score == 0


def test_a_real_spelling_slip_still_earns_its_share() -> None:
    q = replace(short("transfert"), settings=settings(typos="half"))
    art = with_english((q,), "The end of the transfer of warheads.")
    assert assess(q, "tranfert", article=art).grade.score == 0.5  # not an English word
    # the teacher allows the English word by listing it
    allowed = replace(q, answers=("transfert", "transfer"))
    assert assess(allowed, "transfer", article=art).grade.correct


def test_a_cloze_blank_names_the_english_word() -> None:
    q = cloze("La fin du [transfert] des ogives.")
    art = with_english((q,), "The end of the transfer of warheads.")
    a = assess(q, ["transfer"], article=art)
    assert a.grade.score == 0
    assert "Blank 1: that is the English word; in French it is “transfert”." in a.grade.feedback_en
    assert "No blank is right." in a.grade.feedback_en  # no credit: no contradiction either
