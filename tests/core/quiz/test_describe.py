"""A locate answer in words: the sentence's number and the start of its text, quoted."""

from __future__ import annotations

from dataclasses import replace

from quizapp.core.model import Sentence
from quizapp.core.quiz.describe import describe, describe_right, quote_start
from tests.core.quiz_factory import article, locate

LONG = "Le premier jour, plus de soixante personnes sont venues emprunter une perceuse."


def test_a_long_sentence_is_cut_at_a_word_with_an_ellipsis():
    quoted = quote_start(LONG)
    assert quoted == "Le premier jour, plus de soixante personnes sont venues…"
    assert len(quoted) <= 61 and quote_start("Court.") == "Court."


def test_locate_answers_quote_their_sentences_in_the_interface_language():
    base = article()
    text = replace(base, sentences=(*base.sentences[:2], Sentence("s3", LONG, "The first day.")))
    q = locate("s3")
    assert describe(q, ["s3"], text, "fr") == (
        "phrase 3\u00a0: «\u202fLe premier jour, plus de soixante personnes sont venues…\u202f»"
    )
    assert describe(q, ["s1"], text, "en") == "sentence 1: «\u202fPhrase numéro 1.\u202f»"
    assert describe_right(q, text, "en").startswith("sentence 3: «\u202fLe premier jour")
    assert describe(q, ["gone"], text, "en") == "?"


def test_a_sentence_holding_guillemets_never_nests_the_same_marks():
    """The sentence's own « » become “ ” inside the outer « », in both interface
    languages: a sentence of the text is French material, quoted as French quotes it."""
    base = article()
    said = "Une « outilthèque » a ouvert."
    text = replace(base, sentences=(Sentence("s1", said, "A tool library opened."),))
    assert describe(locate("s1"), ["s1"], text, "fr") == (
        "phrase 1\u00a0: «\u202fUne “outilthèque” a ouvert.\u202f»"
    )
    assert describe(locate("s1"), ["s1"], text, "en") == (
        "sentence 1: «\u202fUne “outilthèque” a ouvert.\u202f»"
    )
