"""The word card's part of speech is the headword's; a gender the word contradicts goes."""

from __future__ import annotations

import pytest

from quizapp.core.review.words import headword_pos


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
