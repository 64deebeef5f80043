"""The teachers' topic tags in the learner's interface language, and their families."""

from __future__ import annotations

import pytest

from quizapp.core.library.topic_names import KINDS, topic_kind, topic_name


@pytest.mark.parametrize(
    ("tag", "english"),
    [
        ("environnement", "environment"),
        ("vie quotidienne", "daily life"),
        ("sport", "sport"),
        ("actualité", "news"),
        ("travail", "work"),
        ("sciences", "science"),
        ("santé", "health"),
        ("culture", "culture"),
        ("cuisine", "food"),
        ("logement", "housing"),
        ("ville", "city"),
        ("éducation", "education"),
        ("technologie", "technology"),
        ("voyage", "travel"),
        ("société", "society"),
        ("économie", "economy"),
        ("politique", "politics"),
    ],
)
def test_common_tags_read_in_english_in_the_english_interface(tag, english):
    assert topic_name(tag, "en_GB") == english
    assert topic_name(tag, "fr_FR") == tag  # the French interface: the teacher's word


def test_case_accents_plurals_and_spaces_do_not_hide_a_tag():
    for typed in ("Actualités", "actualite", "ACTUALITÉ", "  actualité "):
        assert topic_name(typed, "en") == "news"
    assert topic_name("Vie  quotidienne", "en") == "daily life"
    assert topic_name("Déchets", "fr") == "Déchets"


def test_unknown_tags_are_shown_as_typed_in_both_languages():
    for tag in ("Antarctique", "Belarus", "armes nucléaires", "Saint-Aubin"):
        assert topic_name(tag, "en") == tag
        assert topic_name(tag, "fr") == tag
    assert topic_name("", "en") == ""


def test_the_first_tag_with_a_family_names_it():
    assert topic_kind(["sport", "santé"]) == "sport"
    assert topic_kind(["portrait", "Santé"]) == "health"
    assert topic_kind(["Antarctique"]) is None
    assert topic_kind([]) is None
    for kind, tags in KINDS.items():  # every listed tag leads back to its own family
        assert all(topic_kind([tag]) == kind for tag in tags), kind


def test_the_banks_first_tags_all_have_a_family():
    from pathlib import Path

    from quizapp.core.bank.loader import load_bank

    bank = Path(__file__).resolve().parents[3] / "questions"
    articles = load_bank([bank]).articles
    assert articles
    assert all(topic_kind(a.tags[:1]) is not None for a in articles), [a.tags for a in articles]
