"""Invisible characters and compatibility forms never change a typed answer's grade.

Before: an invisible right-to-left mark in the teacher's answer or in what the
learner typed made a right answer a "slip" worth half the points, and
fullwidth letters typed on an East Asian keyboard were wrong.
"""

from __future__ import annotations

import pytest

from quizapp.core.grading.answers import MatchKind, match_typed, normalise
from quizapp.core.grading.invisible import invisible_in, is_invisible, without_invisible
from quizapp.core.model import DEFAULT_SETTINGS

HIDDEN = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"]
HIDDEN += ["\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u200b", "\u200c", "\u200d"]


@pytest.mark.parametrize("char", HIDDEN)
def test_a_hidden_mark_in_the_accepted_answer_is_ignored(char: str) -> None:
    found = match_typed("révolution", [f"révo{char}lution"], DEFAULT_SETTINGS)
    assert found.kind is MatchKind.EXACT and found.full


@pytest.mark.parametrize("char", HIDDEN)
def test_a_hidden_mark_in_what_the_learner_typed_is_ignored(char: str) -> None:
    found = match_typed(f"{char}révolution{char}", ["révolution"], DEFAULT_SETTINGS)
    assert found.kind is MatchKind.EXACT and found.full


def test_fullwidth_letters_are_folded_for_matching_only() -> None:
    found = match_typed("ｒｅｖｏｌｕｔｉｏｎ", ["révolution"], DEFAULT_SETTINGS)
    assert found.kind is MatchKind.ACCENT and found.full
    assert found.expected == "révolution"  # the teacher's spelling is what is shown
    assert match_typed("ＰＡＲＩＳ", ["Paris"], DEFAULT_SETTINGS).kind is MatchKind.EXACT


def test_an_acute_accent_typed_as_an_apostrophe_still_reads_as_one() -> None:
    assert normalise("l´oppression") == normalise("l’oppression") == "l'oppression"


def test_the_rule_covers_the_lookalikes_ids_used_to_accept() -> None:
    for char in ("\ufe0f", "\u3164", "\u2800", "\u2028", "\u200b", "\u00ad"):
        assert is_invisible(char), f"U+{ord(char):04X}"
    for char in (" ", "a", "é", "’", "«", "\u00a0", "\u202f"):
        assert not is_invisible(char), f"U+{ord(char):04X}"
    assert invisible_in("q\u200f1\u2800") == ["\u200f", "\u2800"]
    assert without_invisible("q\u200f1\u2800") == "q1"
