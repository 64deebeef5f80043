"""Glossary warnings for `quizapp check`: entries learners would never see."""

from __future__ import annotations

import time
from pathlib import Path

from quizapp.core.bank.loader import article_warnings, duplicate_headwords
from quizapp.core.bank.problems import Severity
from quizapp.core.gloss.index import unmatched_entries
from quizapp.core.model import Article, GlossEntry, Level, Sentence

TEXT = (
    "La Russie va stationner des armes nucléaires tactiques au Belarus, a déclaré le "
    "président Vladimir Poutine.",
    "Le Belarus partage une longue frontière avec l’Ukraine, ainsi qu’avec la Pologne, la "
    "Lituanie et la Lettonie, membres de l’OTAN.",
)
PATH = Path("questions/belarus.yaml")


def article(*entries: GlossEntry, path: Path | None = PATH) -> Article:
    return Article(
        id="belarus",
        title="Belarus",
        level=Level.B1,
        sentences=tuple(Sentence(f"s{i + 1}", fr, "") for i, fr in enumerate(TEXT)),
        questions=(),
        glossary=entries,
        path=path,
    )


def test_a_clean_glossary_has_no_warning():
    art = article(
        GlossEntry("stationner", "to station", line=20),
        GlossEntry("arme nucléaire tactique", "tactical nuclear weapon", line=22),
        GlossEntry("l’OTAN", "NATO", line=24),
        GlossEntry("partager", "to share", line=26),
    )
    assert article_warnings(art) == []


def test_an_entry_matching_no_word_says_where_and_how_to_fix_it():
    art = article(
        GlossEntry("stationner", "to station", line=20),
        GlossEntry("stationer", "to station", line=23),
    )
    [problem] = article_warnings(art)
    assert problem.severity is Severity.WARNING
    assert (problem.path, problem.line, problem.column) == (PATH, 23, 1)
    assert problem.message == (
        "the entry « stationer » matches no word of the text: check its spelling or add `forms`"
    )
    assert problem.message_fr == (
        "l’entrée « stationer » ne correspond à aucun mot du texte : "
        "vérifiez son orthographe ou ajoutez `forms`"
    )
    assert problem.format() == (
        "questions/belarus.yaml:23:1: warning: the entry « stationer » matches no word of the "
        "text: check its spelling or add `forms`"
    )


def test_forms_rescue_an_entry():
    art = article(GlossEntry("Biélorussie", "Belarus", forms=("Belarus",), line=5))
    assert article_warnings(art) == []


def test_a_repeated_headword_names_the_first_line():
    art = article(
        GlossEntry("L’OTAN", "NATO", line=30),
        GlossEntry("armes", "weapons", line=33),
        GlossEntry("l'otan", "the alliance", line=36),
    )
    [problem] = article_warnings(art)
    assert (problem.line, problem.severity) == (36, Severity.WARNING)
    assert "« l'otan » repeats the headword of line 30" in problem.message
    assert "merge the two entries" in problem.message
    assert "reprend le mot-vedette de la ligne 30" in problem.message_fr


def test_an_entry_always_inside_a_longer_one_is_reported():
    art = article(
        GlossEntry("arme nucléaire tactique", "tactical nuclear weapon", line=10),
        GlossEntry("tactique", "tactical", line=13),
        GlossEntry("arme", "weapon", line=16),
    )
    problems = article_warnings(art)
    assert [p.line for p in problems] == [13, 16]
    assert problems[0].message == (
        "the entry « tactique » is never shown: wherever it matches, « arme nucléaire tactique » "
        "(line 10) covers the same words; remove it if it is not needed"
    )
    assert "n’est jamais affichée" in problems[0].message_fr


def test_an_article_without_a_path_is_named_by_its_id():
    [problem] = article_warnings(article(GlossEntry("xyzzy", "?", line=4), path=None))
    assert problem.path == "<belarus>"


def test_it_is_fast_on_a_long_glossary():
    entries = tuple(GlossEntry(f"mot{i}", "?", line=i + 1) for i in range(300))
    glossary = (*entries, GlossEntry("stationner", "to station", line=400))
    article_warnings(article(*glossary))  # simplemma's dictionary is loaded once per process
    fresh = article(*glossary)
    started = time.perf_counter()
    problems = article_warnings(fresh)  # builds the index too
    assert time.perf_counter() - started < 0.05
    assert len(problems) == 300


def test_the_two_halves_for_a_loader_that_already_reports_repeats():
    art = article(
        GlossEntry("OTAN", "NATO", line=30),
        GlossEntry("otan", "NATO again", line=33),
        GlossEntry("stationer", "typo", line=36),
    )
    assert [p.line for p in duplicate_headwords(art)] == [33]
    assert [p.line for p in unmatched_entries(art)] == [36]
    assert [p.line for p in article_warnings(art)] == [33, 36]
