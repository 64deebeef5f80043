"""`quizapp check`: exit codes, sorting, summary, JSON, French, and the caret excerpt."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.commands.check import main, summary

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    """A small bank: two good files, one with warnings, and two with errors."""
    folder = tmp_path / "questions"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(GOOD / "belarus.yaml", folder / "a-belarus.yaml")
    shutil.copy(GOOD / "windows.yml", folder / "sub" / "windows.yml")
    shutil.copy(BAD / "unknown_keys.yaml", folder / "b-unknown.yaml")
    shutil.copy(BAD / "colon_in_prompt.yaml", folder / "sub" / "colon.yaml")
    shutil.copy(BAD / "numbers.yaml", folder / "c-numbers.yaml")
    return folder


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    """The command on the loader's problems alone: the lint has its own tests (tests/core/lint)."""
    code = main([*argv, "--no-lint"])
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_files_exit_0(capsys):
    code, out, err = run([str(GOOD)], capsys)
    assert code == 0 and err == ""
    assert out == "2 files, 0 errors, 0 warnings\n"


def test_warnings_alone_exit_0(capsys):
    code, out, _ = run([str(BAD / "unknown_keys.yaml")], capsys)
    assert code == 0
    assert out.splitlines()[-1] == "1 file, 0 errors, 2 warnings"


def test_any_error_exits_1_with_sorted_problems_and_summary(bank, capsys, monkeypatch):
    monkeypatch.chdir(bank.parent)
    code, out, _ = run(["questions"], capsys)
    assert code == 1
    heads = [line for line in out.splitlines() if line.startswith("questions/")]
    places = [(h.split(":")[0], int(h.split(":")[1])) for h in heads]
    assert places == sorted(places)
    assert [p for p, _ in places].count("questions/c-numbers.yaml") == 7
    assert heads[0].startswith("questions/b-unknown.yaml:14:5: warning: unknown key `explantion`")
    assert out.splitlines()[-1] == "5 files, 8 errors, 2 warnings"


def test_caret_under_the_column(capsys):
    code, out, _ = run([str(BAD / "colon_in_prompt.yaml")], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        f'{BAD / "colon_in_prompt.yaml"}:12:21: error: the text contains " : ", which YAML reads'
        ' as a new key. Put the whole text in quotes: prompt: "Question : où dort le chat ?"'
    )
    assert lines[1] == "        prompt: Question : où dort le chat ?"
    assert lines[2] == " " * 24 + "^"
    assert lines[2].index("^") == lines[1].index(" : ")


def test_caret_lines_up_after_a_tab(capsys):
    code, out, _ = run([str(BAD / "tab_indent.yaml")], capsys)
    source, caret = out.splitlines()[1:3]
    assert source == "        en: The cat sleeps."
    assert caret == "    ^"
    assert code == 1


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    code, out, err = run([str(tmp_path / "nowhere")], capsys)
    assert code == 2 and out == ""
    assert err == f"quizapp check: no such file or folder: {tmp_path / 'nowhere'}\n"


def test_bad_option_is_a_usage_error(capsys):
    code, _, err = run(["--format", "xml"], capsys)
    assert code == 2 and "invalid choice" in err


def test_help_exits_0(capsys):
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "--format" in out


def test_json_format(bank, capsys):
    code, out, _ = run([str(bank), "--format", "json"], capsys)
    assert code == 1
    document = json.loads(out)
    assert document["summary"] == {"files": 5, "errors": 8, "warnings": 2}
    first = document["problems"][0]
    assert set(first) >= {"path", "line", "column", "severity", "message"}
    assert first["path"] == str(bank / "b-unknown.yaml")
    assert (first["line"], first["column"], first["severity"]) == (14, 5, "warning")
    severities = {p["severity"] for p in document["problems"]}
    assert severities == {"error", "warning"}


def test_french_output(capsys):
    code, out, _ = run([str(BAD / "unknown_keys.yaml"), "--lang", "fr"], capsys)
    assert code == 0
    first = out.splitlines()[0]
    assert ":14:5: warning: clé inconnue «\u00a0explantion\u00a0»" in first
    assert out.splitlines()[-1] == "1 fichier, 0 erreur, 2 avertissements"


def test_french_from_the_system_language(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = run([str(tmp_path / "absent")], capsys)
    assert code == 2 and "introuvable" in err
    code, out, _ = run([str(GOOD)], capsys)
    assert out == "2 fichiers, 0 erreur, 0 avertissement\n"


def test_default_path_is_the_bank(monkeypatch, bank, capsys):
    monkeypatch.setattr(paths, "default_bank", lambda: bank)
    code, out, _ = run([], capsys)
    assert code == 1 and out.splitlines()[-1] == "5 files, 8 errors, 2 warnings"


@pytest.mark.parametrize(
    ("counts", "en", "fr"),
    [
        ((1, 1, 1), "1 file, 1 error, 1 warning", "1 fichier, 1 erreur, 1 avertissement"),
        ((0, 0, 0), "0 files, 0 errors, 0 warnings", "0 fichier, 0 erreur, 0 avertissement"),
        ((3, 2, 5), "3 files, 2 errors, 5 warnings", "3 fichiers, 2 erreurs, 5 avertissements"),
    ],
)
def test_summary_plurals(counts, en, fr):
    assert summary(*counts, lang="en") == en
    assert summary(*counts, lang="fr") == fr


def test_hostile_files_never_give_a_traceback(capsys):
    code, out, err = run([str(BAD)], capsys)
    assert code == 1 and err == ""
    assert "Traceback" not in out
    assert "\x00" not in out


def test_the_real_command(tmp_path):
    """Through `python -m quizapp`, as a teacher runs it."""
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "check", str(BAD / "bad_level.yaml")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "bad_level.yaml:3:8: error: `level: B3` is not allowed" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 file, 1 error, 0 warnings"


def test_a_very_long_line_is_cut_around_the_caret():
    from quizapp.commands.check import render_excerpt

    source, caret = render_excerpt("x" * 500 + "!" + "y" * 500, 501, width=40)
    assert len(source) == 4 + 42 and source.startswith("    …") and source.endswith("…")
    assert source[caret.index("^")] == "!"
    short, short_caret = render_excerpt("a: b", 4)
    assert (short, short_caret) == ("    a: b", "       ^")


def test_without_libyaml_the_check_says_so_and_how_to_fix_it(capsys, monkeypatch):
    from quizapp.core.bank import yamlsafe

    monkeypatch.setattr(yamlsafe, "LIBYAML", False)
    code, out, err = run([str(GOOD)], capsys)
    assert code == 0 and out == "2 files, 0 errors, 0 warnings\n"
    assert err.startswith("quizapp check: warning: PyYAML has no libyaml here")
    assert "pip install --force-reinstall pyyaml" in err


def test_many_problems_are_checked_in_one_pass(tmp_path: Path, monkeypatch, capsys):
    """Linear, not quadratic: each question looked at every problem found before it
    (8,000 problems took 18 s). Counted, not timed: how often a problem is asked
    whether it is an error grows with the problems, not with their square."""
    from quizapp.core.bank.problems import Problem

    asked = 0
    original = Problem.is_error

    def counting(self: Problem) -> bool:
        nonlocal asked
        asked += 1
        return original.fget(self)  # type: ignore[attr-defined]

    monkeypatch.setattr(Problem, "is_error", property(counting))
    head = (
        'format: 1\nid: many\ntitle: T\nlevel: B1\nsentences:\n  - {id: s1, fr: "Un.", en: "A."}\n'
    )

    def asked_for(count: int) -> int:
        nonlocal asked
        questions = "".join(
            f"  - {{id: q{i}, type: short, prompt: p, sentences: [zz], answers: [a]}}\n"
            for i in range(count)
        )
        (tmp_path / "many.yaml").write_text(head + "questions:\n" + questions, encoding="utf-8")
        asked = 0
        assert main([str(tmp_path / "many.yaml")]) == 1
        capsys.readouterr()
        return asked

    small, large = asked_for(500), asked_for(2000)
    assert large < 5 * small  # four times the problems; quadratic was sixteen times


def test_many_problems_on_one_line_read_the_line_once(tmp_path: Path, capsys):
    """64,000 blanks on one line took 45 s: every excerpt re-read the whole line."""
    from quizapp.commands import check as check_module

    ids = ", ".join(f"z{i}" for i in range(3000))
    text = (
        "format: 1\nid: one-line\ntitle: T\nlevel: B1\n"
        'sentences:\n  - {id: s1, fr: "Un.", en: "A."}\n'
        f"questions:\n  - {{id: q1, type: short, prompt: p, answers: [a], sentences: [{ids}]}}\n"
    )
    (tmp_path / "line.yaml").write_text(text, encoding="utf-8")
    check_module._display.cache_clear()
    assert main([str(tmp_path / "line.yaml")]) == 1
    out = capsys.readouterr().out
    assert out.count("line.yaml:8:") == 3000
    info = check_module._display.cache_info()
    assert (info.misses, info.hits) == (1, 2999)
    # The caret still sits under the id it names, far along the line.
    lines = out.splitlines()
    at = lines.index(next(x for x in lines if "unknown sentence `z2999`" in x or "`z2999`" in x))
    source, caret = lines[at + 1], lines[at + 2]
    assert source[caret.index("^") : caret.index("^") + 5] == "z2999"


def test_the_caret_lines_up_under_tabs():
    from quizapp.commands.check import render_excerpt

    source, caret = render_excerpt("a:\tb\t[x]", 6)
    assert source[caret.index("^")] == "["
    long_source, long_caret = render_excerpt("\t" * 50 + "é" * 300 + "!", 351, width=40)
    assert long_source[long_caret.index("^")] == "!"
