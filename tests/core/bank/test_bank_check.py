"""`quizapp check` shares a large bank among processes: same report, any number of them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from quizapp.core.bank import check as bank_check
from quizapp.core.bank.check import check_bank, worker_count
from quizapp.core.bank.loader import load_bank
from tests.conftest import REPO

GOOD = REPO / "tests" / "data" / "good" / "belarus.yaml"
BAD = REPO / "tests" / "data" / "bad"


def mixed_bank(folder: Path, good: int = 56) -> Path:
    """Valid articles, a few ids taken twice, broken files, and a glossary warning."""
    folder.mkdir()
    text = GOOD.read_text(encoding="utf-8")
    for i in range(good):
        article_id = f"article-{i % (good - 3)}"  # the last three repeat earlier ids
        (folder / f"a{i:03}.yaml").write_text(
            text.replace("id: belarus-armes", f"id: {article_id}"), encoding="utf-8"
        )
    for bad in sorted(BAD.glob("*.yaml"))[:8]:
        shutil.copy(bad, folder / f"zz-{bad.name}")
    warned = text.replace("id: belarus-armes", "id: warned").replace("fr: stationner", "fr: zzz")
    (folder / "warned.yaml").write_text(warned, encoding="utf-8")
    return folder


def python(*args: str, code: int) -> str:
    """Its stdout, from a new interpreter: pytest's may hold Qt's threads, and never forks."""
    result = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=REPO, timeout=120, check=False
    )
    assert result.returncode == code, result.stderr
    return result.stdout


def as_rows(problems) -> list[tuple[str, int, int, str, str]]:
    return [(Path(p.path).name, p.line, p.column, str(p.severity), p.message) for p in problems]


def test_worker_count_follows_the_bank_and_the_cores():
    assert worker_count(10, 8) == 1  # a small bank is checked here
    assert worker_count(300, 1) == 1
    assert worker_count(300, 2) == 2
    assert worker_count(48, 16) == 2
    assert worker_count(100_000, 64) == bank_check.MAX_WORKERS


def test_forked_workers_report_exactly_what_one_process_does(tmp_path: Path):
    bank = mixed_bank(tmp_path / "bank")
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from quizapp.core.bank.loader import bank_files, load_bank\n"
        "from quizapp.core.bank.check import _in_workers, check_bank\n"
        "bank = Path(sys.argv[1])\n"
        "rows = lambda ps: [(Path(p.path).name, p.line, p.column, str(p.severity), p.message)"
        " for p in ps]\n"
        "files, _ = bank_files([bank])\n"
        "forked = _in_workers(files, 2)\n"
        "print(json.dumps({\n"
        "  'forked': forked is not None and len(forked) == len(files),\n"
        "  'one': rows(check_bank([bank], workers=1).problems),\n"
        "  'two': rows(check_bank([bank], workers=2).problems),\n"
        "  'load_bank': rows(load_bank([bank]).problems),\n"
        "}))\n"
    )
    report = json.loads(python("-c", script, str(bank), code=0))
    assert report["forked"] is True
    assert report["one"] == report["two"] == report["load_bank"]
    messages = " ".join(row[4] for row in report["one"])
    assert messages.count("is already used by") == 3
    assert any(row[0] == "warned.yaml" and row[3] == "warning" for row in report["one"])
    assert sum(row[3] == "error" for row in report["one"]) >= 8 + 3


def test_a_pool_that_cannot_start_falls_back_to_this_process(tmp_path: Path, monkeypatch):
    bank = mixed_bank(tmp_path / "bank")

    class NoFork:
        def __init__(self, *args, **kwargs):
            raise OSError("fork refused")

    monkeypatch.setattr(bank_check.threading, "active_count", lambda: 1)
    monkeypatch.setattr(bank_check, "ProcessPoolExecutor", NoFork)
    scan = check_bank([bank], workers=2)
    assert as_rows(scan.problems) == as_rows(load_bank([bank]).problems)
    assert len(scan.files) == 56 + 8 + 1


def test_the_command_reports_what_load_bank_finds(tmp_path: Path):
    """On this machine's cores (two or more here: the workers run)."""
    bank = mixed_bank(tmp_path / "bank")
    out = python(
        "-m",
        "quizapp",
        "check",
        "--format",
        "json",
        "--lang",
        "en",
        "--no-lint",
        str(bank),
        code=1,
    )
    shown = [
        (Path(p["path"]).name, p["line"], p["column"], p["severity"], p["message_en"])
        for p in json.loads(out)["problems"]
    ]
    expected = load_bank([bank]).problems
    assert sorted(shown) == sorted(as_rows(expected))
