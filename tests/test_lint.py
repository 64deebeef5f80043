"""The one test command also lints: ruff check and ruff format over the package,
the tests and the benchmarks, so the code keeps one style."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    return subprocess.run([ruff, *args], cwd=REPO, capture_output=True, text=True)


def test_ruff_is_clean():
    run = _ruff("check", "quizapp", "tests", "benchmarks", "assets")
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_format_is_clean():
    run = _ruff("format", "--check", "quizapp", "tests", "benchmarks", "assets")
    assert run.returncode == 0, run.stdout + run.stderr
