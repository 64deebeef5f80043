"""A sense's alphabetical synonyms put the headword's cognate first, nothing else moves."""

from __future__ import annotations

import pytest

from quizapp.core.dictionary.clean import clean_dictd
from quizapp.core.dictionary.sense_order import cognate_first


@pytest.mark.parametrize(
    ("headword", "sense", "shown"),
    [
        ("marché", "bazaar, fair, market", "market, bazaar, fair"),
        ("pièce", "bit, lump, piece", "piece, bit, lump"),
        ("place", "location, place, spot", "place, location, spot"),
        ("temps", "time, while", "time, while"),  # no cognate: as written
        ("pièce", "chamber, room", "chamber, room"),
        ("marché", "market, bazaar", "market, bazaar"),  # not alphabetical: a person's order
        ("marché", "market", "market"),
    ],
)
def test_the_cognate_leads_an_alphabetical_list(headword: str, sense: str, shown: str) -> None:
    assert cognate_first(headword, sense) == shown


def test_freedict_entry_reads_market_first() -> None:
    entry = clean_dictd(
        "marché", "marché /maʀʃe/ <n, masc>\n1. bazaar, fair, market\n2. sales activity\n"
    )
    assert entry.senses == ("market, bazaar, fair", "sales activity")
    assert entry.gloss.startswith("market")
    assert "bazaar, fair, market" in entry.full  # « More » keeps the dictionary's text
