"""Each sense's words ranked: common, unlabelled, not a homograph, first."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.dictionary import Catalog
from quizapp.core.dictionary.corpus import word_count
from quizapp.core.dictionary.sense_choice import back_rank, order_sense, order_senses
from tests.core.dictionary.builders import write_dictd

FRA_ENG = Path("/usr/share/dictd/freedict-fra-eng.index")
ENG_FRA = Path("/usr/share/dictd/freedict-eng-fra.index")
REVERSE = {
    "plane": [["aéroplane", "avion"], ["planer"], ["plan", "projet"], ["platane"]],
    "sycamore": [["érable"], ["platane"]],
    "child": [["enfant"]],
    "city": [["cité", "ville"]],
    "town": [["localité"], ["cité", "ville"]],
}
# how often Debian's FreeDict texts use each word (corpus)
COUNTS = {"child": 5, "infant": 2, "bairn": 2, "kid": 2, "car": 14, "vehicle": 4}
COUNTS |= {"town": 8, "city": 7, "plane": 11, "plane-tree": 10, "sycamore": 3}


def count(word: str) -> int:
    return COUNTS.get(word, 0)


def test_a_rare_word_goes_after_the_common_ones() -> None:
    assert order_sense("enfant", "bairn, child, infant", count=count) == "child, infant, bairn"
    assert order_sense("voiture", "vehicle, car, motor car", count=count) == (
        "car, vehicle, motor car"
    )
    assert order_sense("enfant", "bairn, child, infant") == "infant, bairn, child"  # no counts


def test_close_counts_rank_equal_and_the_reverse_decides() -> None:
    assert order_sense("ville", "town, city", count=count) == "town, city"  # 8 and 7
    assert order_sense("ville", "town, city", REVERSE.get, count) == "city, town"


def test_a_word_count_from_the_texts() -> None:
    from collections import Counter

    counts = Counter({"plane": 11, "tree": 30, "car": 14, "motor": 8, "children's": 1})
    assert word_count(counts, "car") == 14 and word_count(counts, "Car") == 14
    assert word_count(counts, "plane-tree") == 11  # as its rarer part
    assert word_count(counts, "motor car") == 0  # an expression: after the single words
    assert word_count(counts, "children’s") == 1


def test_a_homograph_by_the_reverse_goes_last() -> None:
    sense = "plane, plane-tree, sycamore"
    assert back_rank("platane", "plane", REVERSE.get) == 2
    assert back_rank("platane", "plane-tree", REVERSE.get) == 1
    assert back_rank("enfant", "child", REVERSE.get) == 0
    assert order_sense("platane", sense, REVERSE.get, count) == "plane-tree, sycamore, plane"
    assert order_sense("platane", sense, count=count).startswith("plane")  # no reverse


def test_a_labelled_word_and_an_all_labelled_sense_go_last() -> None:
    assert order_sense("gamin", "kid (dated), child", count=count) == "child, kid (dated)"
    assert order_senses("gosse", ["bairn (Scot.)", "kid, child"], count=count) == (
        "child, kid",
        "bairn (Scot.)",
    )


def test_a_tiny_pair_of_dictionaries_ranks_through_the_catalog(tmp_path: Path) -> None:
    places = tmp_path / "dicts"
    write_dictd(
        places,
        "freedict-fra-eng",
        {"platane": "platane /platan/ <n, masc>\nplane, plane-tree, sycamore\n"},
    )
    write_dictd(
        places,
        "freedict-eng-fra",
        {
            "plane": "plane /plein/\n1. avion\n2. planer\n3. plan\n4. platane\n",
            "sycamore": "sycamore\n1. érable\n2. platane\n",
        },
        short="English-French test dictionary",
    )
    catalog = Catalog(tmp_path / "data", [places])
    catalog.scan(create_folder=False)
    catalog.build_all()
    [french] = catalog.chain()
    assert french.reverse is not None and len(catalog.helpers) == 1
    assert french._counts is None  # counted on the first look-up, not when opened
    assert french.lookup("platane")[0].senses == ("plane-tree, sycamore, plane",)
    assert french.lookup("platane", ranked=False)[0].senses == ("plane, plane-tree, sycamore",)
    assert french.corpus_count("sycamore") == 2  # in the definitions and a reverse headword
    assert french.corpus_count("platane") == 2  # the reverse's definitions, not the headword
    [helper] = [row for row in catalog.listings() if "eng-fra" in row.path.name]
    assert helper.state == "ignored" and "rank the meanings" in helper.reason


# Measured with Debian's dict-freedict-fra-eng 0.4.1 and dict-freedict-eng-fra, the
# first sense's words before (the dictionary's order, cognate first) and after (the
# words' counts in those dictionaries' texts, see corpus; wordfreq gave the same
# except « marché »: market, fair, bazaar and « feuille »: sheet, leaf):
# | word        | before                       | after                        |
# | enfant      | infant, bairn, child         | child, infant, bairn         |
# | marché      | market, bazaar, fair         | market, bazaar, fair         |
# | platane     | plane, plane-tree, sycamore  | plane-tree, sycamore, plane  |
# | boulangerie | bakery                       | bakery                       |
# | temps       | time, while                  | time, while                  |
# | vol         | (no entry)                   | (no entry)                   |
# | livre       | book                         | book                         |
# | glace       | ice, icecream                | ice, icecream                |
# | voiture     | vehicle, car, motor car      | car, vehicle, motor car      |
# | maison      | house                        | house                        |
# | travail     | work, employment             | work, employment             |
# | ville       | city, town                   | city, town                   |
# | pain        | bread, loaf                  | bread, loaf                  |
# | femme       | woman, wife                  | woman, wife                  |
# | rue         | street                       | street                       |
# | jour        | day                          | day                          |
# | lettre      | letter                       | letter                       |
# | feuille     | leaf, sheet                  | leaf, sheet                  |
# | bureau      | bureau, office               | office, bureau               |
# | place       | place, location, spot        | place, location, spot        |
FIRST_WORDS = {
    "enfant": "child",
    "marché": "market",
    "platane": "plane-tree",
    "boulangerie": "bakery",
    "temps": "time",
    "livre": "book",
    "glace": "ice",
    "voiture": "car",
    "travail": "work",
    "ville": "city",
    "bureau": "office",
    "place": "place",
}


@pytest.mark.skipif(
    not (FRA_ENG.is_file() and ENG_FRA.is_file()),
    reason="Debian's dict-freedict-fra-eng and dict-freedict-eng-fra are not both installed",
)
def test_real_freedict_first_words(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path, [FRA_ENG.parent])
    catalog.scan(create_folder=False)
    catalog.build_all()
    [french] = [d for d in catalog.chain() if d.source.index == FRA_ENG]
    assert french._counts is None  # not counted at start-up: on the first look-up (< 0.1 s)
    firsts = {w: french.lookup(w)[0].senses[0].split(", ")[0] for w in FIRST_WORDS}
    assert firsts == FIRST_WORDS
    assert french.lookup("enfant")[0].senses[0].endswith("bairn")
