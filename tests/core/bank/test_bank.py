"""The loader's public API on valid files, banks of files, and the hostile cases."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest

from quizapp.core.bank import loader as bank
from quizapp.core.bank.loader import BankScan, article_warnings, check_file, load_article, load_bank
from quizapp.core.bank.problems import BankError, Severity
from quizapp.core.model import (
    NOT_GIVEN,
    Accents,
    ClozeQuestion,
    Level,
    MatchQuestion,
    MultiQuestion,
    Settings,
    Typos,
)

DATA = Path(__file__).resolve().parents[2] / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"

MINIMAL = """id: {id}
title: Le chat
level: A1
sentences:
  - id: s1
    fr: Le chat dort.
    en: The cat sleeps.
questions:
  - id: q1
    type: locate
    sentences: s1
    prompt: Où ?
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_libyaml_is_used_here():
    assert bank.LIBYAML is True


def test_full_article_loads_with_every_value():
    path = GOOD / "belarus.yaml"
    article = load_article(path)
    assert article.id == "belarus-armes"
    assert article.title_en == "Russia to station nuclear weapons in Belarus"
    assert article.level is Level.B1
    assert article.tags == ("politique", "défense", "1996")
    assert article.source == "BBC, mars 2023"
    assert article.settings.attempts == 3
    assert article.settings.accents is Accents.LENIENT and article.settings.typos is Typos.HALF
    assert [s.id for s in article.sentences] == ["s1", "s2", "s3", "s4b"]
    assert article.sentences[0].paragraph == "1" and article.sentences[2].paragraph is None
    assert (
        article.sentences[2].fr
        == "Le Belarus partage une longue frontière avec l’Ukraine : « un voisin »."
    )
    assert article.sentences[0].line == 17
    types = [q.type.value for q in article.questions]
    assert types == [
        "choice", "multi", "truefalse", "truefalse", "short", "cloze", "match", "order", "locate",
    ]  # fmt: skip
    assert [q.id for q in article.questions] == [f"q{i}" for i in range(1, 10)]
    q1 = article.question("q1")
    assert q1.points == 2 and q1.prompt_en == "What is Russia going to do?"
    assert [o.correct for o in q1.options] == [True, False]
    assert q1.options[1].feedback_en == "No, the opposite."
    q2 = article.question("q2")
    assert isinstance(q2, MultiQuestion) and q2.shuffle is False
    assert [o.correct for o in q2.options] == [True, True, False]
    assert q2.sentences == ("s1",)  # a single value stands for a list
    assert article.question("q3").answer is False
    assert article.question("q4").answer == NOT_GIVEN
    cloze = article.question("q6")
    assert isinstance(cloze, ClozeQuestion)
    assert cloze.blanks == (("frontière", "limite"), ("Pologne",))
    assert cloze.choices == ("frontière", "Pologne", "Russie", "côte")
    match = article.question("q7")
    assert isinstance(match, MatchQuestion) and match.pairs[0].right == "« stationner des armes »"
    assert article.question("q8").items[0] == "L’effondrement de l’Union soviétique"
    assert article.question("q9").explanation == "La phrase s4b le dit."
    assert article.glossary[2].forms == ("ogives",) and article.glossary[2].match.value == "exact"
    assert article.path == path
    assert article.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_yaml_11_words_stay_text():
    article = load_article(GOOD / "belarus.yaml")
    assert article.question("q5").answers == (
        "1996", "en 1996", "no", "On", "12:30", "010", "2024-02-30",
    )  # fmt: skip


def test_bom_crlf_and_lowercase_level_are_accepted():
    article, problems = check_file(GOOD / "windows.yml")
    assert problems == []
    assert article is not None and article.level is Level.A2
    assert article.title == "Fichier Windows : BOM et CRLF"
    assert article.sentences[0].fr == "Il est 12:30, on part."
    assert article.question("q1").answer is True


def test_load_article_raises_with_every_problem():
    with pytest.raises(BankError) as info:
        load_article(BAD / "numbers.yaml")
    assert len(info.value.problems) == 7
    assert all(p.severity is Severity.ERROR for p in info.value.problems)
    assert "numbers.yaml:1:9: error:" in str(info.value)


def test_warnings_do_not_stop_loading():
    article = load_article(BAD / "unknown_keys.yaml")
    assert article.question("q1").explanation is None


def test_load_bank_recursive_sorted_and_relative(tmp_path, monkeypatch):
    write(tmp_path, "bank/b.yaml", MINIMAL.format(id="b"))
    write(tmp_path, "bank/sub/a.yml", MINIMAL.format(id="a"))
    write(tmp_path, "bank/sub/broken.yaml", "id: x\ntitle: [\n")
    write(tmp_path, "bank/.hidden/c.yaml", MINIMAL.format(id="c"))
    write(tmp_path, "bank/notes.txt", "not a question file")
    monkeypatch.chdir(tmp_path)
    scan = load_bank(["bank"])
    assert isinstance(scan, BankScan)
    assert [str(f) for f in scan.files] == ["bank/b.yaml", "bank/sub/a.yml", "bank/sub/broken.yaml"]
    assert [a.id for a in scan.articles] == ["b", "a"]
    assert [str(p.path) for p in scan.problems] == ["bank/sub/broken.yaml"]
    assert scan.error_count == 1 and scan.warning_count == 0


def test_load_bank_reports_duplicate_ids_naming_both_files(tmp_path):
    first = write(tmp_path, "one.yaml", MINIMAL.format(id="same"))
    second = write(tmp_path, "two.yaml", "# copy\n" + MINIMAL.format(id="same"))
    other = write(tmp_path, "three.yaml", MINIMAL.format(id="other"))
    scan = load_bank([tmp_path])
    assert sorted(a.id for a in scan.articles) == ["other", "same"]
    assert next(a for a in scan.articles if a.id == "same").path == first
    assert other in scan.files
    (problem,) = scan.problems
    assert problem.severity is Severity.ERROR and problem.path == second
    assert problem.line == 2
    assert str(first) in problem.message and str(first) in problem.message_fr
    assert "same" in problem.message


def test_load_bank_never_raises_on_a_missing_path(tmp_path):
    scan = load_bank([tmp_path / "nowhere"])
    assert scan.articles == [] and scan.error_count == 1


def test_file_over_two_megabytes_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.yaml"
    line = "# " + "x" * 98 + "\n"
    path.write_text(MINIMAL.format(id="huge") + line * 30_000, encoding="utf-8")
    assert path.stat().st_size > 3_000_000
    started = time.perf_counter()
    article, problems = check_file(path)
    assert time.perf_counter() - started < 1
    assert article is None
    assert [(p.line, p.column) for p in problems] == [(1, 1)]
    assert "too large" in problems[0].message and "2 Mo" in problems[0].message_fr


def test_unreadable_file_is_a_problem(tmp_path):
    folder = tmp_path / "looks-like.yaml"
    folder.mkdir()
    article, problems = check_file(folder)
    assert article is None
    assert "cannot be read" in problems[0].message and problems[0].message_fr


def test_problem_paths_are_shown_as_given(tmp_path, monkeypatch):
    shutil.copy(BAD / "bad_level.yaml", tmp_path / "lvl.yaml")
    monkeypatch.chdir(tmp_path)
    _, problems = check_file("lvl.yaml")
    assert problems[0].format().startswith("lvl.yaml:3:8: error:")


def test_article_warnings_hook_runs_every_registered_check(monkeypatch):
    article = load_article(GOOD / "belarus.yaml")
    assert article_warnings(article) == []

    def no_title_en(a):
        return [bank._warning(a, 1, "empty_en", value="demo")]

    monkeypatch.setattr(bank, "ARTICLE_CHECKS", [*bank.ARTICLE_CHECKS, no_title_en])
    _, problems = check_file(GOOD / "belarus.yaml")
    assert [p.severity for p in problems] == [Severity.WARNING]


def test_duplicate_headword_ignores_case_and_apostrophe(tmp_path):
    text = MINIMAL.format(id="g") + (
        "glossary:\n  - fr: l’arme\n    en: the weapon\n  - fr: L'Arme\n    en: weapon\n"
    )
    article, problems = check_file(write(tmp_path, "g.yaml", text))
    assert article is not None
    repeats = [p for p in problems if "repeats the headword" in p.message]
    assert [(p.line, p.severity) for p in repeats] == [(16, Severity.WARNING)]
    assert "repeats the headword of line 14" in repeats[0].message


def test_a_headword_repeated_as_oe_is_a_repeat_not_a_silent_entry(tmp_path):
    # The glossing engine warns only about each headword's first entry and leaves
    # repeats to the loader: both must use the same key, or an entry falls between.
    text = MINIMAL.format(id="g") + (
        "glossary:\n  - fr: œuvre\n    en: work\n  - fr: oeuvre\n    en: work\n"
    )
    article, problems = check_file(write(tmp_path, "g.yaml", text))
    assert article is not None
    assert [p.line for p in problems if "repeats the headword of line 14" in p.message] == [16]


def test_every_problem_of_a_file_at_once(tmp_path):
    text = (
        "id: Bad Id\ntitle: T\nlevel: Z9\nsentences:\n  - id: s1\n    fr: x\n    en: y\n"
        "questions:\n  - id: q1\n    type: short\n    sentences: [s7]\n    prompt: P\n"
        "    answers: []\n    points: zero\n    explantion: x\n"
    )
    _, problems = check_file(write(tmp_path, "many.yaml", text))
    assert [(p.line, p.severity.value) for p in problems] == [
        (1, "error"), (3, "error"), (11, "error"), (13, "error"), (14, "error"), (15, "warning"),
    ]  # fmt: skip


def test_french_messages_use_french_typography():
    _, problems = check_file(BAD / "unknown_keys.yaml")
    fr = problems[0].message_fr
    assert fr.startswith("clé inconnue «\u00a0explantion\u00a0»\u00a0: vouliez-vous dire")
    assert "\u202f?" in fr


def test_the_teachers_text_is_never_retouched_by_typography():
    _, problems = check_file(BAD / "colon_in_prompt.yaml")
    assert problems[0].message_fr.endswith('prompt: "Question : où dort le chat ?"')


def test_comments_after_ids_and_keywords_are_fine(tmp_path):
    text = (
        "id: demo  # the slug\ntitle: Le chat\nlevel: A1   # débutants\nsettings:\n"
        "sentences:\n  - id: s1 # first\n    fr: Le chat dort.\n    en: The cat sleeps.\n"
        "questions:\n  - id: q1\n    type: truefalse   # vrai ou faux\n    sentences: s1  # here\n"
        "    prompt: Le chat dort.\n    answer: true      # true | false | not_given\n"
    )
    article, problems = check_file(write(tmp_path, "c.yaml", text))
    assert problems == []
    assert article is not None and article.settings == Settings()


def test_pure_python_fallback_gives_the_same_answers(monkeypatch):
    """Without libyaml the loader is slower but must refuse and explain the same way."""
    import yaml

    from quizapp.core.bank import yamlsafe

    monkeypatch.setattr(yamlsafe, "_Loader", yaml.SafeLoader)
    article, problems = check_file(GOOD / "belarus.yaml")
    assert article is not None and problems == []
    for name, fragment in [
        ("alias_bomb.yaml", "anchor"),
        ("deep_nesting.yaml", "levels deep"),
        ("duplicate_keys.yaml", "appears twice"),
        ("python_tag.yaml", "is not allowed"),
        ("colon_in_prompt.yaml", 'prompt: "Question : où dort le chat ?"'),
        ("tab_indent.yaml", "tab"),
    ]:
        article, problems = check_file(BAD / name)
        assert article is None and fragment in problems[0].message, (name, problems)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("    type: short\n    answer: [a]\n", "unknown key `answer`: did you mean `answers`?"),
        ("    type: truefalse\n    answers: true\n", "did you mean `answer`?"),
        ("    type: choice\n    items: [a, b, c]\n", "`items` is not used by a `choice` question"),
    ],
)
def test_a_key_of_another_question_type(tmp_path, extra: str, expected: str):
    text = MINIMAL.format(id="k").replace("    type: locate\n", "") + extra
    _, problems = check_file(write(tmp_path, "k.yaml", text))
    assert any(expected in p.message and p.severity is Severity.WARNING for p in problems)
    assert any(p.message.startswith("missing required key") for p in problems)
