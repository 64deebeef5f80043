"""`quizapp review --due` and `quizapp export-words --format apkg`, from outside the window."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from quizapp.commands import review
from quizapp.commands.export import words_main
from quizapp.core.progress.api import ProgressStore
from quizapp.core.review import scheduling
from quizapp.core.review.ratings import Rating
from tests.conftest import REPO
from tests.core.progress_fixtures import make_article

S1 = ("La Russie va stationner des armes.", "Russia will station weapons.")


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """Zoé looked up two words and missed q2; Kim looked up one word, reviewed far ahead."""
    folder = tmp_path / "données"
    with ProgressStore.open(folder) as store:
        zoe, kim = store.create_profile("Zoé"), store.create_profile("Kim")
        sid = store.start_session(zoe, make_article(), "practice", {})
        store.log_lookup(zoe, "belarus", "s1", "armes", "arme", "weapon", *S1)
        store.log_lookup(zoe, "belarus", "s1", "stationner", "stationner", "to station", *S1)
        store.record_answer(sid, "q2", "1995", 0, 2, 1, 0, [], {})
        store.log_lookup(kim, "belarus", "s1", "Russie", "Russie", "Russia", *S1)
        card = store.review_cards(kim)[0]
        scheduling.rate(store, card, Rating.EASY, fuzz=False)
    return folder


def run(main, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_review_due_lists_each_learners_due_cards_as_json(filled: Path):
    code, out, err = run(review.main, "--due", "--data-dir", str(filled), "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["learner"], r["kind"], r["word"], r["question_id"]) for r in rows] == [
        ("Zoé", "word", "arme", None),
        ("Zoé", "word", "stationner", None),
        ("Zoé", "question", None, "q2"),
    ]  # Kim's card is due in days, not now
    assert all(r["article_id"] == "belarus" and r["new"] for r in rows)


def test_review_due_as_text_for_one_learner(filled: Path):
    code, out, _ = run(review.main, "--due", "--learner", "zoé", "--data-dir", str(filled))
    assert code == 0
    lines = out.splitlines()
    assert lines[-1] == "3 cards due"
    assert "question  belarus  q2  Zoé (new)" in lines[2]
    code, out, _ = run(review.main, "--due", "--learner", "KIM", "--data-dir", str(filled))
    assert (code, out) == (0, "0 cards due\n")


def test_review_due_with_a_daily_limit_of_new_cards(filled: Path):
    args = ("--due", "--data-dir", str(filled), "--format", "json", "--new-limit", "1")
    code, out, _ = run(review.main, *args)
    assert code == 0 and len(json.loads(out)) == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--learner", "Zoé"], "--due"),
        (["--due", "--learner", "Personne"], "no profile named 'Personne'"),
        (["--due", "--new-limit", "-1"], "0 or more"),
    ],
)
def test_review_usage_problems_exit_2(filled: Path, argv, message):
    code, out, err = run(review.main, *argv, "--data-dir", str(filled))
    assert code == 2 and out == "" and message in err


def test_review_is_a_subcommand_of_quizapp(filled: Path):
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "review", "--due", "--data-dir", str(filled)],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "3 cards due"


def test_export_words_writes_an_anki_deck(filled: Path, tmp_path: Path):
    target = tmp_path / "mes mots.apkg"
    code, out, err = run(
        words_main, "--format", "apkg", "-o", str(target), "--data-dir", str(filled)
    )
    assert code == 0, err
    assert out == f"3 notes written to {target}\n"
    with zipfile.ZipFile(target) as z:
        z.extract("collection.anki2", tmp_path / "x")
    conn = sqlite3.connect(tmp_path / "x" / "collection.anki2")
    words = sorted(r[0].split("\x1f")[1] for r in conn.execute("SELECT flds FROM notes"))
    titles = {r[0].split("\x1f")[5] for r in conn.execute("SELECT flds FROM notes")}
    conn.close()
    assert words == ["Russie", "armes", "stationner"]
    assert titles == {"Le Bélarus et l’arme « tactique »"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "apkg"], "-o FILE"),
        (["--format", "csv", "-o", "x.apkg"], "for --format apkg"),
        (["--format", "apkg", "-o", "/nowhere/at/all/x.apkg"], "does not exist"),
    ],
)
def test_export_apkg_usage_problems_exit_2(filled: Path, argv, message):
    code, _, err = run(words_main, *argv, "--data-dir", str(filled))
    assert code == 2 and message in err


def test_the_tsv_export_stays(filled: Path):
    code, out, _ = run(words_main, "--data-dir", str(filled))
    assert code == 0 and out.startswith("#separator:tab")
