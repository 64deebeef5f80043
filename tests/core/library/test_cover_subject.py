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
    assert cover_kind(["sciences", "astronomie", "été"]) == "stars"  # not the flask
    assert cover_kind(["sport", "Natation", "santé"]) == "swimming"  # not the medal
    assert cover_kind(["culture", "Cinéma", "village"]) == "cinema"  # not the book
    assert cover_kind(["voyage", "transport"]) == "travel"  # no subject: the family


def test_the_title_names_the_subject_when_no_tag_does():
    assert cover_kind(["voyage"], "Dans le train de nuit pour Briançon") == "train"
    assert cover_kind(["travail", "santé"], "Rendez-nous la pause déjeuner !") == "food"
    assert cover_kind(["portrait"], "Odile, marathonienne à 61 ans") == "running"
    assert cover_kind(["voyage", "hiver"], "Le train des neiges") == "winter"  # tag first
    assert cover_kind(["éducation"], "Une journée sans portable") == "phone"
    assert cover_kind(["sciences"], "Une nuit sous les étoiles filantes") == "stars"
    assert cover_kind(["culture"], "Les films de l’été") == "cinema"  # a plural, folded
    assert cover_kind([], "Elle a appris à nager à 42 ans") == "swimming"


def test_a_word_inside_another_or_an_idiom_names_no_subject():
    assert cover_kind(["climat"], "Le climat est en train de changer") == "environment"
    assert cover_kind([], "Garder son sang-froid") is None
    assert cover_kind([], "Entraînement") is None
    # a laptop is an « ordinateur portable »: no phone, the family stays
    assert cover_kind(["technologie"], "Un ordinateur portable par élève") == "technology"
    assert cover_kind(["technologie"], "Des ordinateurs portables au collège") == "technology"
    assert cover_kind([], "Filmer sa ville") is None  # « film » inside another word
    assert cover_kind([], "Un microfilm retrouvé") is None
    assert cover_kind([], "Sous l’arc-en-ciel") is None  # « ciel » inside a compound
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
    assert kinds["nuit-des-etoiles"] == "stars" and kinds["apprendre-a-nager"] == "swimming"
    assert kinds["cinema-du-village"] == "cinema" and kinds["college-sans-portable"] == "phone"
