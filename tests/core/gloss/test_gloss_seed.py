"""The real seed article of the bank: its glossary is clean and glosses the hard cases."""

from __future__ import annotations

import pytest

from quizapp.core.bank.loader import article_warnings, load_article
from quizapp.core.model import Article
from tests.conftest import BANK

SEED_FILE = BANK / "russie-armes-nucleaires-belarus.yaml"


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(SEED_FILE)


def click(art: Article, containing: str, word: str) -> tuple[str, str] | None:
    """(span, headword) for a click on `word` in the first sentence containing `containing`."""
    sentence = next(s for s in art.sentences if containing in s.fr)
    offset = sentence.fr.index(containing) + containing.index(word)
    hit = art.gloss_at(sentence.id, offset)
    return None if hit is None else (sentence.fr[hit.start : hit.end], hit.entry.fr)


def test_the_seed_glossary_has_no_warning(seed):
    assert len(seed.glossary) > 50
    assert [p.format() for p in article_warnings(seed)] == []


def test_every_entry_of_the_seed_is_shown_somewhere(seed):
    index = seed.gloss_index
    shown = {h.entry.fr for s in seed.sentences for h in index.hits(s.id)}
    assert shown == {e.fr for e in seed.glossary}


@pytest.mark.parametrize(
    ("containing", "word", "expected"),
    [
        ("Moscou ne transférerait", "transférerait", ("transférerait", "transférer")),
        ("des armes nucléaires tactiques au", "nucléaires",
         ("armes nucléaires tactiques", "arme nucléaire tactique")),
        ("de l’alliance de l’OTAN", "OTAN", ("OTAN", "OTAN")),
        ("a-t-il ajouté", "ajouté", ("ajouté", "ajouter")),
        ("Alexandre Loukachenko", "Loukachenko",
         ("Alexandre Loukachenko", "Alexandre Loukachenko")),
        ("toutes les ogives", "ogives", ("ogives", "ogive")),
        ("Ils déploient", "déploient", ("déploient", "déployer")),
        ("achevée d’ici au 1er", "ici", ("d’ici au", "d’ici au")),
        ("tant qu’elle", "tant", ("tant qu’", "tant que")),
        ("En début de semaine", "semaine", ("En début de semaine", "en début de semaine")),
        ("avait depuis longtemps", "longtemps", ("depuis longtemps", "depuis longtemps")),
        ("par les États-Unis", "États-Unis", ("États-Unis", "États-Unis")),
        ("constituaient", "constituaient", ("constituaient", "constituer")),
        ("l’est du pays", "est", ("l’est du pays", "l’est du pays")),
    ],
)  # fmt: skip
def test_the_hard_cases_of_the_seed(seed, containing, word, expected):
    assert click(seed, containing, word) == expected


def test_the_verb_est_is_not_glossed_as_east(seed):
    assert click(seed, "Le régime biélorusse est un allié", "est") is None
