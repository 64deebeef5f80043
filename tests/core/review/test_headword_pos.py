"""The word card's part of speech is the headword's; a gender the word contradicts goes."""

from __future__ import annotations

import pytest

from quizapp.core.dictionary.clean import CleanEntry
from quizapp.core.review.words import WordCloze, headword_pos, kind_in, masked, recall_turn


@pytest.mark.parametrize(
    ("pos", "headword", "expected"),
    [
        ("n, fem", "habitant", "n"),  # FreeDict 0.4.1's slip: habitant, habitante
        ("n, fem", "maison", "n, fem"),  # no feminine form of its own: trusted
        ("n, fem", "idée", "n, fem"),
        ("n, masc", "voisin", "n, masc"),
        ("v", "habiter", "v"),
        ("n, fem", "", "n, fem"),
    ],
)
def test_a_gender_the_headword_contradicts_is_left_out(pos, headword, expected):
    assert headword_pos(pos, headword) == expected


class _Dictionary:
    """A dictionary's look-up by folded key, with only what `kind_in` reads."""

    def __init__(self, entries: dict[str, list[str]]):
        self.entries = entries
        self.asked: list[str] = []

    def lookup(self, key: str) -> list[CleanEntry]:
        self.asked.append(key)
        return [CleanEntry(key, pos, ("x",), "x") for pos in self.entries.get(key, [])]


@pytest.mark.parametrize(
    ("entries", "headword", "expected"),
    [
        ({"marché": ["n, masc"]}, "marché", "n, masc"),
        ({"marché": ["n, masc"]}, "le marché", "n, masc"),  # a glossary's article goes
        ({"idée": ["n, fem"]}, "l’idée", "n, fem"),
        ({"habitant": ["n, fem"]}, "habitant", "n"),  # the FreeDict slip, as headword_pos
        ({"livre": ["n, masc", "n, fem"]}, "livre", "n"),  # two genders: the noun alone
        ({"pouvoir": ["v", "n, masc"]}, "pouvoir", ""),  # a verb and a noun: not clear
        ({"lire": ["vt", "vi"]}, "lire", "v"),
        ({"depuis": []}, "depuis", ""),
        ({}, "mettre en œuvre", ""),  # an expression: no part of speech asked
    ],
)
def test_a_part_of_speech_is_given_only_when_the_dictionary_is_clear(entries, headword, expected):
    assert kind_in([_Dictionary(entries)], headword) == expected


def test_the_first_dictionary_that_tags_the_word_decides():
    silent, tagged, later = (
        _Dictionary({"pont": [""]}),
        _Dictionary({"pont": ["n, masc"]}),
        _Dictionary({"pont": ["n, fem"]}),
    )
    assert kind_in([silent, tagged, later], "pont") == "n, masc"
    assert later.asked == []


def test_a_recall_card_comes_every_second_time_with_the_word_a_line_as_long():
    assert [recall_turn(n) for n in range(4)] == [False, True, False, True]
    card = WordCloze("Les ", "habitants", " lisent.", "habitant", "resident", "", "a")
    text, start, end = masked(card)
    assert text == "Les _________ lisent." and text[start:end] == "_" * len("habitants")
