"""Glossary suggestions: unglossed words, rarest first, level-aware, as YAML to paste."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import quizapp.core.gloss  # noqa: F401 - the glossary index the suggestions consult
from quizapp.commands.suggest_glossary import main
from quizapp.core.authoring.suggest import as_yaml, suggest
from quizapp.core.bank.loader import check_bytes
from quizapp.core.model import Level

ARTICLE = """\
id: ogives
title: Les ogives
level: B1
sentences:
  - id: s1
    fr: Le pays a rendu ses ogives et ses missiles.
    en: The country gave back its warheads and missiles.
  - id: s2
    fr: Les missiles sont partis en 1996 vers Moscou.
    en: The missiles left for Moscow in 1996.
glossary:
  - fr: missile
    en: missile
questions:
  - id: q1
    type: short
    sentences: [s2]
    prompt: Quand ?
    answers: ["1996"]
"""
# A frequency list of our own, so the order is known: lower is rarer.
ZIPF = {"ogive": 2.5, "ogives": 2.5, "rendu": 4.6, "parti": 4.4, "partis": 4.4, "pays": 5.5}


def frequency(word: str) -> float:
    return ZIPF.get(word, 7.0)


@pytest.fixture
def article():
    found, problems = check_bytes(ARTICLE.encode(), "ogives.yaml")
    assert found is not None, problems
    return found


def test_unglossed_words_rarest_first_by_lemma(article) -> None:
    found = suggest(article, frequency)
    assert [(s.headword, s.forms, s.sentence_id) for s in found] == [
        ("ogive", ["ogives"], "s1"),
        ("parti", ["partis"], "s2"),  # simplemma's lemma, as the glossary matches it
    ]
    # « missiles » is glossed, « Moscou » a name; « rendu » is known at B1 (4.6 ≥ 4.5).


def test_the_level_decides_what_is_known(article) -> None:
    assert [s.headword for s in suggest(article, frequency, Level.A1)] == [
        "ogive",
        "parti",
        "rendu",
    ]  # « pays » (5.5) is known even at A1
    assert [s.headword for s in suggest(article, frequency, Level.C2)] == ["ogive"]


def test_yaml_to_paste_marked_draft_with_a_dictionary_gloss(article) -> None:
    glosses = {"ogive": "warhead"}
    text = as_yaml(suggest(article, frequency, gloss=glosses.get))
    assert text.splitlines()[0].startswith('  - fr: "ogive"  # draft: s1 (ogives), frequency 2.5')
    assert all("# draft" in line for line in text.splitlines())
    assert yaml.safe_load("glossary:\n" + text)["glossary"] == [
        {"fr": "ogive", "en": "warhead"},
        {"fr": "parti", "en": ""},
    ]


def test_the_command_with_wordfreq(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("wordfreq")
    path = tmp_path / "ogives.yaml"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main([str(path), "--level", "b1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ") and "rarest first (wordfreq)" in out
    entries = yaml.safe_load("glossary:\n" + out.split("\n", 1)[1])["glossary"]
    assert entries[0]["fr"] == "ogive"
    assert "missile" not in [e["fr"] for e in entries]


def test_without_wordfreq_it_says_how_to_get_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "wordfreq", None)  # import fails
    assert main([str(tmp_path / "x.yaml")]) == 2
    assert "pip install 'quizapp[authoring]'" in capsys.readouterr().err


def test_the_command_takes_glosses_from_the_installed_dictionaries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("wordfreq")
    from tests.core.dictionary.builders import write_dictd

    write_dictd(tmp_path / "dicts", entries={"ogive": "ogive /ɔʒiv/\n<n, fem>\nwarhead\n"})
    monkeypatch.setenv("QUIZAPP_DICTIONARY_PATH", str(tmp_path / "dicts"))
    path = tmp_path / "ogives.yaml"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main([str(path), "--level", "b1", "--data-dir", str(tmp_path / "data")]) == 0
    entries = yaml.safe_load("glossary:\n" + capsys.readouterr().out.split("\n", 1)[1])
    first = entries["glossary"][0]
    assert first["fr"] == "ogive" and "warhead" in first["en"]
