"""`quizapp lookup`: the chain's answer in text and JSON, and its exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.commands.lookup import main
from tests.conftest import BANK
from tests.core.dictionary.builders import write_dictd

SEED = BANK / "russie-armes-nucleaires-belarus.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    write_dictd(tmp_path / "data" / "dictionaries")
    return tmp_path / "data"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_text_answer_names_source_form_lemma_headword_gloss(data: Path) -> None:
    code, out, err = run("déployées", "--data-dir", str(data))
    assert code == 0
    assert out.splitlines() == [
        "source:   French-English test dictionary",
        "form:     déployées",
        "lemma:    déployer",
        "headword: déployer",
        "pos:      v",
        "gloss:    spread out; deploy; unfold …",
    ]
    assert "indexing" in err  # once


def test_json_with_sentence_gives_the_expression(data: Path) -> None:
    code, out, _ = run(
        "cours", "--sentence", "Il a plu au cours de la nuit.", "--format", "json",
        "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0
    found = json.loads(out)
    assert found["answer"]["headword"] == "cours"
    assert [a["step"] for a in found["answers"]] == ["surface", "expression"]
    assert found["answers"][1]["headword"] == "au cours de"


def test_glossary_comes_first(data: Path) -> None:
    code, out, _ = run(
        "nucléaires", "--article", str(SEED), "--sentence", "armes nucléaires tactiques",
        "--format", "json", "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0
    answer = json.loads(out)["answer"]
    assert (answer["source"], answer["headword"]) == ("glossary", "arme nucléaire tactique")


def test_nothing_answers_exit_1(data: Path) -> None:
    code, out, _ = run("xyzzy", "--data-dir", str(data))
    assert code == 1
    assert out == "xyzzy: no entry (glossary and dictionaries: French-English test dictionary)\n"
    code, out, _ = run("xyzzy", "--format", "json", "--data-dir", str(data))
    assert code == 1 and json.loads(out)["answers"] == []


def test_bad_usage_exit_2(data: Path, tmp_path: Path) -> None:
    assert run()[0] == 2
    assert run("maison", "--format", "xml")[0] == 2
    code, _, err = run("maison", "--article", str(tmp_path / "nope.yaml"))
    assert code == 2 and "no such file" in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [", encoding="utf-8")
    code, _, err = run("maison", "--article", str(broken), "--data-dir", str(data))
    assert code == 2 and "broken.yaml:" in err


def test_the_installed_command(data: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "lookup", "Maison", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "gloss:    house" in done.stdout
