"""The YAML project's own conformance suite, a corpus nobody here wrote.

Its 402 inputs, valid and invalid YAML alike, are no articles: each must end in
a loaded article or in problems with a place (line ≥ 1), through the loader,
through `quizapp check` in-process, and through one real `quizapp check` run
over the whole folder. Never another exception, a hang, or a crash.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.bank.loader import check_file
from quizapp.core.model import Article
from tests.conftest import REPO, SHARED

SUITE = SHARED / "corpora" / "yaml-test-suite"
INPUTS = sorted(SUITE.rglob("in.yaml")) if SUITE.is_dir() else []
PROBLEM = re.compile(r"^(.+?):(\d+):(\d+): (error|warning): (.+)$")

pytestmark = pytest.mark.skipif(
    not INPUTS,
    reason=f"the YAML conformance suite is not at {SUITE}: nothing to feed the loader",
)


def case_name(path: Path) -> str:
    return path.parent.relative_to(SUITE).as_posix()


def test_the_suite_is_all_there():
    assert len(INPUTS) == 402


@pytest.mark.parametrize("path", INPUTS, ids=case_name)
def test_loader_ends_in_an_article_or_placed_problems(path: Path):
    started = time.perf_counter()
    article, problems = check_file(path)
    assert time.perf_counter() - started < 2
    assert article is None or isinstance(article, Article)
    if article is None:
        assert any(p.is_error for p in problems)
    for p in problems:
        assert p.line >= 1 and p.column >= 1, p.format()
        assert p.message and p.message_fr
        assert "internal error" not in p.message, p.format()
        assert str(p.path) == str(path)


def test_check_in_process_over_every_input(capsys):
    for path in INPUTS:
        code = main(["check", "--lang", "en", str(path)])
        out, err = capsys.readouterr()
        assert code in (0, 1), (case_name(path), code, err)
        assert "Traceback" not in out + err, case_name(path)
        lines = [m for m in map(PROBLEM.match, out.splitlines()) if m]
        if code == 1:
            assert lines, (case_name(path), out)
        for m in lines:
            assert m[1] == str(path) and int(m[2]) >= 1, m[0]
        assert out.rstrip().splitlines()[-1].startswith("1 file, "), out


def test_one_real_check_run_over_the_whole_folder():
    env = dict(os.environ, PYTHONPATH=str(REPO))
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "quizapp", "check", "--lang", "en", str(SUITE)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
        env=env,
    )
    elapsed = time.perf_counter() - started
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.stderr == ""
    checked = {p for p in SUITE.rglob("*") if p.suffix.lower() in (".yaml", ".yml") and p.is_file()}
    summary = proc.stdout.rstrip().splitlines()[-1]
    assert summary.startswith(f"{len(checked)} files, "), summary
    named = {Path(m[1]) for m in map(PROBLEM.match, proc.stdout.splitlines()) if m}
    loaded = {p for p in INPUTS if check_file(p)[0] is not None}
    assert set(INPUTS) <= named | loaded, "every input that does not load is named"
    assert elapsed < 60
