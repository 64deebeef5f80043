"""`quizapp check` with no path: the bank and My articles, said, and the checkout's copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.cli import main as cli_main
from quizapp.paths import default_bank
from tests.conftest import REPO

GOOD = REPO / "tests" / "data" / "good" / "belarus.yaml"


def bank_count() -> int:
    return sum(1 for p in default_bank().rglob("*") if p.suffix in (".yaml", ".yml"))


def test_no_path_checks_the_bank_and_my_articles(tmp_path: Path, capsys):
    mine = tmp_path / "data" / "articles"
    mine.mkdir(parents=True)
    shutil.copy(GOOD, mine / "mon-article.yaml")
    assert cli_main(["check", "--data-dir", str(tmp_path / "data")]) == 0
    out, err = capsys.readouterr()
    assert f"quizapp check: bundled bank {default_bank()}" in err.splitlines()
    assert f"quizapp check: My articles {mine}" in err.splitlines()
    files = bank_count() + 1
    assert out.splitlines()[-1].startswith(f"{files} files, 0 errors")


def test_my_articles_not_made_yet_is_said_not_an_error(tmp_path: Path, capsys):
    assert cli_main(["check", "--lang", "fr", "--data-dir", str(tmp_path / "data")]) == 0
    err = capsys.readouterr().err
    assert f"Mes articles {tmp_path / 'data' / 'articles'} n’existe pas encore" in err
    assert not (tmp_path / "data").exists()  # check creates nothing


def test_the_checkout_beside_an_installed_copy_is_named(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    installed = tmp_path / "venv" / "site-packages" / "quizapp" / "questions"
    installed.mkdir(parents=True)
    shutil.copy(GOOD, installed / "belarus.yaml")
    checkout = tmp_path / "clone"
    (checkout / "questions").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text('[project]\nname = "quizapp"\n', encoding="utf-8")
    monkeypatch.setattr("quizapp.paths.default_bank", lambda: installed)
    monkeypatch.chdir(checkout)
    assert cli_main(["check", "--data-dir", str(tmp_path / "data")]) == 0
    err = capsys.readouterr().err
    assert f"bundled bank {installed}" in err
    assert (
        f"note: this is the copy installed with the package, not {checkout / 'questions'}; "
        f"to check that one, run `quizapp check {checkout / 'questions'}` "
        "(or install with `pip install -e .`)"
    ) in err


def test_no_note_when_the_checkout_is_the_bank(capsys, monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.chdir(REPO)
    assert cli_main(["check", "--data-dir", str(tmp_path)]) == 0
    assert "note:" not in capsys.readouterr().err
