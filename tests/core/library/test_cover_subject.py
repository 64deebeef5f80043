"""A cover draws what the article is about: a subject tag, else a subject word of its
title, else its topic's family."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.library.cover_subject import SUBJECTS, cover_kind


def test_a_subject_tag_wins_over_the_family_whatever_its_place():
    assert cover_kind(["voyage", "témoignage", "Québec", "hiver"]) == "winter"
    assert cover_kind(["sport", "Course à pied", "santé"]) == "running"
    assert cover_kind(["sciences", "climat", "Antarctique"]) == "ice"
    assert cover_kind(["vie quotidienne", "boulangerie", "cuisine"]) == "bread"  # not "tools"
    assert cover_kind(["voyage", "transport"]) == "travel"  # no subject: the family


def test_the_title_names_the_subject_when_no_tag_does():
    assert cover_kind(["voyage"], "Dans le train de nuit pour Briançon") == "train"
    assert cover_kind(["travail", "santé"], "Rendez-nous la pause déjeuner !") == "food"
    assert cover_kind(["portrait"], "Odile, marathonienne à 61 ans") == "running"
    assert cover_kind(["voyage", "hiver"], "Le train des neiges") == "winter"  # tag first


def test_a_word_inside_another_or_an_idiom_names_no_subject():
    assert cover_kind(["climat"], "Le climat est en train de changer") == "environment"
    assert cover_kind([], "Garder son sang-froid") is None
    assert cover_kind([], "Entraînement") is None
    assert cover_kind([]) is None


def test_every_subject_is_named_by_its_own_words():
    for subject, names in SUBJECTS.items():
        assert all(cover_kind([name]) == subject for name in names), subject


def test_each_article_of_the_bank_gets_a_drawing_of_its_own():
    from quizapp.core.bank.loader import load_bank

    bank = Path(__file__).resolve().parents[3] / "questions"
    articles = load_bank([bank]).articles
    kinds = {a.id: cover_kind(a.tags, a.title) for a in articles}
    assert len(set(kinds.values())) == len(kinds), kinds
    assert kinds["train-de-nuit"] == "train" and kinds["premier-hiver-montreal"] == "winter"
    assert kinds["odile-marathonienne"] == "running"
