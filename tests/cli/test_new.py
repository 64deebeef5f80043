"""`quizapp new`: from a plain text to a file that passes `quizapp check`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizapp.cli import main as cli_main
from quizapp.commands.new import SCHEMA_PATH, _schema_ref
from quizapp.core.bank.loader import check_file
from quizapp.core.bank.problems import Severity
from tests.conftest import REPO, SHARED

SEED = SHARED / "seeds" / "000_cf8c6069eacca77c.txt"


def run_new(*args: str | Path) -> int:
    return cli_main(["new", *map(str, args)])


def assert_checks_with_warnings_only(path: Path) -> None:
    article, problems = check_file(path)
    errors = [p.format() for p in problems if p.severity is Severity.ERROR]
    assert errors == []
    assert article is not None
    assert all(p.severity is Severity.WARNING for p in problems)


def validate(path: Path) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(yaml.safe_load(path.read_text("utf-8")))


def test_seed_text_becomes_a_file_that_passes_check(tmp_path: Path, capsys) -> None:
    out = tmp_path / "belarus.yaml"
    assert run_new(SEED, "-o", out, "--id", "belarus", "--level", "b2") == 0
    said = capsys.readouterr().out
    assert "Wrote" in said and "24 sentences in 21 paragraphs" in said
    assert f"quizapp check {out}" in said
    text = out.read_text(encoding="utf-8")
    # Portable: a relative reference to a copy beside the file, never into this installation.
    assert text.startswith("# yaml-language-server: $schema=.quizapp/format-1.schema.json\n")
    assert (tmp_path / ".quizapp" / "format-1.schema.json").read_bytes() == SCHEMA_PATH.read_bytes()
    assert_checks_with_warnings_only(out)
    validate(out)
    article, problems = check_file(out)
    assert article is not None
    assert article.id == "belarus" and article.level == "B2"
    assert article.title == "La Russie va stationner des armes nucléaires tactiques au Belarus"
    assert [s.id for s in article.sentences] == [f"s{i}" for i in range(1, 25)]
    # The passage reads back exactly: paragraphs are the seed's lines.
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [" ".join(s.fr for s in p) for p in article.paragraphs] == lines
    # Each empty translation is a warning on its own line, not an error.
    assert [p.line for p in problems] == [p.line for p in problems if p.severity == "warning"]
    assert all("English translation `en`" in p.message for p in problems)
    assert len(problems) == 24


def test_tricky_text_reads_back_exactly(tmp_path: Path) -> None:
    source = tmp_path / "piege.txt"
    sentences = [
        "Il a dit : « Non ! » Puis il est parti.",
        "Le prix #1 ce soir.",
        '"Guillemets" au début.',
        "Un antislash \\ ici.",
    ]
    source.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert run_new(source, "-o", out) == 0
    assert_checks_with_warnings_only(out)
    validate(out)
    article, _ = check_file(out)
    assert article is not None
    assert [s.fr for s in article.sentences] == [
        "Il a dit : « Non ! »",
        "Puis il est parti.",
        "Le prix #1 ce soir.",
        '"Guillemets" au début.',
        "Un antislash \\ ici.",
    ]
    assert article.id == "piege"


def test_invisible_control_characters_are_removed(tmp_path: Path, capsys) -> None:
    source = tmp_path / "pdf.txt"
    source.write_text("Copié\x07 d’un PDF.\x1b Voilà\u0085Fin.\tIci.", encoding="utf-8")
    out = tmp_path / "pdf.yaml"
    assert run_new(source, "-o", out) == 0
    assert "removed 2 invisible control character(s)" in capsys.readouterr().err
    assert_checks_with_warnings_only(out)
    article, _ = check_file(out)
    assert article is not None
    assert [s.fr for s in article.sentences] == ["Copié d’un PDF.", "Voilà", "Fin.", "Ici."]


def test_default_output_is_id_yaml_here_inside_a_bank_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "autre.yaml").write_text("id: autre\n", encoding="utf-8")
    (tmp_path / "La fête des voisins.txt").write_text("Bonjour. Au revoir.\n", encoding="utf-8")
    assert run_new("La fête des voisins.txt") == 0
    out = tmp_path / "la-fete-des-voisins.yaml"
    assert out.is_file()
    assert_checks_with_warnings_only(out)


def test_default_output_is_my_articles_outside_a_bank(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "voisins.txt").write_text("Bonjour. Au revoir.\n", encoding="utf-8")
    data = tmp_path / "data"
    assert run_new("voisins.txt", "--data-dir", data) == 0
    out = data / "articles" / "voisins.yaml"
    assert out.is_file() and not (tmp_path / "voisins.yaml").exists()
    assert "Mes articles" in (data / "articles" / "README.txt").read_text("utf-8")
    assert f"Wrote {out}: 2 sentences in 1 paragraph" in capsys.readouterr().out
    assert_checks_with_warnings_only(out)


def test_id_from_the_title_when_the_file_name_is_not_a_name(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "autre.yml").write_text("id: autre\n", encoding="utf-8")  # a bank folder
    assert run_new(SEED) == 0
    assert (tmp_path / "la-russie-va-stationner-des-armes.yaml").is_file()
    assert run_new(SEED, "--title", "Des armes au Belarus") == 0
    out = tmp_path / "des-armes-au-belarus.yaml"
    article, _ = check_file(out)
    assert article is not None and article.title == "Des armes au Belarus"


def test_never_overwrites_without_force(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.yaml"
    out.write_text("mine\n", encoding="utf-8")
    assert run_new(SEED, "-o", out) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert run_new(SEED, "-o", out, "--force") == 0
    assert out.read_text(encoding="utf-8").startswith("# yaml-language-server")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "not found"),
        (b"  \n\n \n", "has no text"),
        ("Il était une fois l\u2019été.".encode("latin-1", "replace"), "not UTF-8"),
        ("Déjà vu.\n".encode("cp1252"), "not UTF-8 text (line 1)"),
    ],
)
def test_bad_input_is_a_plain_message(
    tmp_path: Path, capsys, content: bytes | None, expected: str
) -> None:
    source = tmp_path / "texte.txt"
    if content is not None:
        source.write_bytes(content)
    assert run_new(source, "-o", tmp_path / "out.yaml") == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (tmp_path / "out.yaml").exists()


def test_a_text_too_long_for_one_file_is_refused(tmp_path: Path, capsys) -> None:
    source = tmp_path / "roman.txt"
    source.write_text("Des mots sans fin " * 130_000, "utf-8")
    assert run_new(source, "-o", tmp_path / "roman.yaml") == 2
    assert "too long for one article" in capsys.readouterr().err
    assert not (tmp_path / "roman.yaml").exists()


def test_bad_options_are_usage_errors(tmp_path: Path, capsys) -> None:
    assert run_new(SEED, "--id", "Pas Bon!", "-o", tmp_path / "o.yaml") == 2
    assert "pas-bon" in capsys.readouterr().err
    assert run_new(SEED, "--level", "D1") == 2
    assert "invalid choice: 'D1'" in capsys.readouterr().err
    assert run_new() == 2
    assert "TEXT_FILE" in capsys.readouterr().err
    assert run_new("--help") == 0
    assert "quizapp new" in capsys.readouterr().out
    assert run_new(SEED, "-o", tmp_path) == 2
    assert "is a folder" in capsys.readouterr().err


def test_stdout_and_stdin(tmp_path: Path, capsys, monkeypatch) -> None:
    assert run_new(SEED, "-o", "-", "--schema", "none") == 0
    text = capsys.readouterr().out
    assert text.startswith("# Made by `quizapp new` from 000_cf8c6069eacca77c.txt")
    data = yaml.safe_load(text)
    assert len(data["sentences"]) == 24

    class FakeStdin:
        buffer = io.BytesIO(b"Une phrase. Une autre.\n")

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "autre.yaml").write_text("id: autre\n", encoding="utf-8")  # a bank folder
    assert run_new("-", "--id", "depuis-stdin") == 0
    assert_checks_with_warnings_only(tmp_path / "depuis-stdin.yaml")


def test_modeline_is_relative_inside_the_checkout() -> None:
    assert _schema_ref(None, REPO / "questions" / "topic" / "x.yaml") == (
        "../../quizapp/schema/format-1.schema.json"
    )
    assert _schema_ref("https://example.org/s.json", None) == "https://example.org/s.json"
    assert _schema_ref("none", REPO / "x.yaml") is None


def test_modeline_outside_the_checkout_points_at_the_banks_copy(tmp_path: Path) -> None:
    bank = tmp_path / "ma banque"
    (bank / ".quizapp").mkdir(parents=True)
    (bank / "B1").mkdir()
    assert _schema_ref(None, bank / "B1" / "texte.yaml") == "../.quizapp/format-1.schema.json"
    assert (bank / ".quizapp" / "format-1.schema.json").is_file()
    assert not (bank / "B1" / ".quizapp").exists()
    # Moved to a colleague's machine, the bank still finds its schema.
    moved = tmp_path / "chez une collègue"
    (bank).rename(moved)
    assert (moved / "B1" / "../.quizapp/format-1.schema.json").resolve().is_file()


def test_print_schema_path(capsys) -> None:
    assert run_new("--print-schema-path") == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == SCHEMA_PATH and path.is_file()


def test_real_entry_point(tmp_path: Path) -> None:
    out = tmp_path / "e2e.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "new", str(SEED), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    missing = subprocess.run(
        [sys.executable, "-m", "quizapp", "new", str(tmp_path / "absent.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2
    assert missing.stderr.startswith("quizapp new: error:") and "Traceback" not in missing.stderr
