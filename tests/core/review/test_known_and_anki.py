"""Known words per learner and lemma, and the `.apkg` deck: a real Anki collection."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.review import anki, known, words
from tests.core.progress_fixtures import FakeClock, make_article

S1_FR, S1_EN = "La Russie va stationner des armes.", "Russia will station weapons."
S2_FR, S2_EN = "Le transfert s’est achevé en 1996.", "The transfer ended in 1996."


@pytest.fixture
def store(data_dir: Path):
    s = ProgressStore.open(data_dir, clock=FakeClock())
    yield s
    s.close()


def test_a_looked_up_word_is_learning_until_marked_known(store):
    zoe = store.create_profile("Zoé")
    store.log_lookup(zoe, "belarus", "s2", "achevé", "achever", "completed", S2_FR, S2_EN)
    statuses = store.word_statuses(zoe)
    assert known.status_of("achevé", statuses) == "learning"
    assert known.status_of("achevée", statuses) == "learning"  # another form, same lemma
    assert known.status_of("Russie", statuses) is None
    lemma = known.lemma_of("armes")
    assert lemma == "arme"
    store.set_word_status(zoe, lemma, known.toggled(known.status_of("armes", statuses)))
    statuses = store.word_statuses(zoe)
    assert known.status_of("arme", statuses) == known.status_of("ARMES", statuses) == "known"
    store.set_word_status(zoe, lemma, known.toggled("known"))  # K again: back to learning
    assert known.status_of("armes", store.word_statuses(zoe)) == "learning"
    assert store.word_statuses(store.create_profile("Léo")) == {}
    with pytest.raises(ValueError, match="known"):
        store.set_word_status(zoe, "arme", "forgotten")


def test_the_count_of_new_lemmas_in_an_article(store):
    article = make_article()
    lemmas = known.article_lemmas(article)
    # « s’ » is an elision and « 1996 » a number: neither is counted as vocabulary
    assert "arme" in lemmas and "1996" not in lemmas and "se" not in lemmas
    assert "le" in lemmas and "achever" in lemmas
    zoe = store.create_profile("Zoé")
    total = known.new_lemma_count(lemmas, store.word_statuses(zoe))
    assert total == len(lemmas)
    store.log_lookup(zoe, "belarus", "s1", "armes", "arme", "weapon", S1_FR, S1_EN)
    store.set_word_status(zoe, "russie", "known")
    store.set_word_status(zoe, known.lemma_of("achevé"), "known")
    assert known.new_lemma_count(lemmas, store.word_statuses(zoe)) == total - 3


def _words(store: ProgressStore, name: str):
    p = store.find_profile(name) or store.create_profile(name)
    store.log_lookup(p, "belarus", "s1", "armes", "arme", "weapon <b>", S1_FR, S1_EN)
    store.log_lookup(p, "belarus", "s2", "achevé", "achever", "completed", S2_FR, S2_EN)
    return store.words(p)


def _collection(path: Path, tmp_path: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        assert {"collection.anki2", "media"} <= set(z.namelist())
        assert json.loads(z.read("media")) == {}
        z.extract("collection.anki2", tmp_path)
    return sqlite3.connect(tmp_path / "collection.anki2")


def test_the_apkg_is_a_valid_anki_collection_whose_notes_match(store, tmp_path: Path):
    target = tmp_path / "mots.apkg"
    count = anki.write_apkg(target, {"Zoé": _words(store, "Zoé")}, {"belarus": "Le Bélarus"})
    assert count == 2
    conn = _collection(target, tmp_path / "x")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
    model = models[str(anki.MODEL_ID)]
    assert model["type"] == 1 and [f["name"] for f in model["flds"]] == list(anki.FIELDS)
    notes = {
        fields.split("\x1f")[1]: (guid, fields.split("\x1f"))
        for guid, fields in conn.execute("SELECT guid, flds FROM notes")
    }
    assert set(notes) == {"armes", "achevé"}
    guid, fields = notes["armes"]
    assert fields[0] == "La Russie va stationner des {{c1::armes}}."
    assert fields[2] == "weapon &lt;b&gt;"  # plain text, never markup
    assert fields[3:] == [S1_FR, S1_EN, "Le Bélarus"]
    assert guid == anki.note_guid("Zoé", "arme")
    assert notes["achevé"][1][0] == "Le transfert s’est {{c1::achevé}} en 1996."
    # one cloze card per note, in the fixed deck
    cards = conn.execute("SELECT nid, did, ord FROM cards").fetchall()
    assert (
        len(cards) == 2 and {c[1] for c in cards} == {anki.DECK_ID} and {c[2] for c in cards} == {0}
    )
    conn.close()


def test_exporting_again_keeps_the_same_guids(store, tmp_path: Path):
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    anki.write_apkg(first, {"Zoé": _words(store, "Zoé")}, {})
    anki.write_apkg(second, {"zoé": _words(store, "zoé")}, {})
    guids = [
        {r[0] for r in _collection(p, tmp_path / p.stem).execute("SELECT guid FROM notes")}
        for p in (first, second)
    ]
    assert guids[0] == guids[1] and len(guids[0]) == 2
    other = anki.write_apkg(tmp_path / "c.apkg", {"Léo": _words(store, "Léo")}, {})
    assert other == 2
    leo = {
        r[0]
        for r in _collection(tmp_path / "c.apkg", tmp_path / "c").execute("SELECT guid FROM notes")
    }
    assert not leo & guids[0]


def test_a_word_whose_sentence_changed_is_still_a_card(store):
    zoe = store.create_profile("Zoé")
    store.log_lookup(zoe, "belarus", "s1", "au cours de", "au cours de", "during", S1_FR, S1_EN)
    card = words.cloze(store.words(zoe)[0])
    assert (card.before, card.answer, card.after) == ("", "au cours de", "")
    assert words.check("Au Cours De", card) and not words.check("", card)


def test_typing_the_word_back(store):
    zoe = store.create_profile("Zoé")
    store.log_lookup(zoe, "belarus", "s2", "achevé", "achever", "completed", S2_FR, S2_EN)
    card = words.cloze(store.words(zoe)[0])
    assert card.sentence == S2_FR and card.answer == "achevé"
    assert words.check("achevé", card) and words.check(" Acheve ", card)
    assert not words.check("achevée", card) and not words.check("achever", card)
