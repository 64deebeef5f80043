"""Each sense's words ranked: common, unlabelled, not a homograph, first."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.dictionary import Catalog
from quizapp.core.dictionary.sense_choice import back_rank, order_sense, order_senses
from tests.core.dictionary.builders import write_dictd

FRA_ENG = Path("/usr/share/dictd/freedict-fra-eng.index")
ENG_FRA = Path("/usr/share/dictd/freedict-eng-fra.index")
REVERSE = {
    "plane": [["aéroplane", "avion"], ["planer"], ["plan", "projet"], ["platane"]],
    "sycamore": [["érable"], ["platane"]],
    "child": [["enfant"]],
}


def test_a_rare_word_goes_after_the_common_ones() -> None:
    assert order_sense("enfant", "bairn, child, infant") == "child, infant, bairn"


def test_a_homograph_by_the_reverse_goes_last() -> None:
    sense = "plane, plane-tree, sycamore"
    assert back_rank("platane", "plane", REVERSE.get) == 2
    assert back_rank("platane", "plane-tree", REVERSE.get) == 1
    assert back_rank("enfant", "child", REVERSE.get) == 0
    assert order_sense("platane", sense, REVERSE.get) == "plane-tree, sycamore, plane"
    assert order_sense("platane", sense).startswith("plane")  # no reverse: frequency


def test_a_labelled_word_and_an_all_labelled_sense_go_last() -> None:
    assert order_sense("gamin", "kid (dated), child") == "child, kid (dated)"
    assert order_senses("gosse", ["bairn (Scot.)", "kid, child"]) == (
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
    assert french.lookup("platane")[0].senses == ("plane-tree, sycamore, plane",)
    assert french.lookup("platane", ranked=False)[0].senses == ("plane, plane-tree, sycamore",)
    [helper] = [row for row in catalog.listings() if "eng-fra" in row.path.name]
    assert helper.state == "ignored" and "rank the meanings" in helper.reason


# Measured with Debian's dict-freedict-fra-eng 0.4.1 and dict-freedict-eng-fra, the
# first sense's words before (the dictionary's order, cognate first) and after:
# | word        | before                       | after                        |
# | enfant      | infant, bairn, child         | child, infant, bairn         |
# | marché      | market, bazaar, fair         | market, fair, bazaar         |
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
# | feuille     | leaf, sheet                  | sheet, leaf                  |
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
    firsts = {w: french.lookup(w)[0].senses[0].split(", ")[0] for w in FIRST_WORDS}
    assert firsts == FIRST_WORDS
    assert french.lookup("enfant")[0].senses[0].endswith("bairn")
