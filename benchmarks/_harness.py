"""Shared measuring tools: child processes timed side by side with their floor.

Wall time and peak memory (max RSS) come from os.wait4 on each child, so the
figure is the whole process as a user starts it. Floor and subject runs are
interleaved and the medians compared, which keeps a ratio steady on a noisy
2-core machine where the absolute times are not.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
FLOOR = [PYTHON, str(REPO / "benchmarks" / "floor_window.py")]


@dataclass(frozen=True)
class Figure:
    """One row of the performance table."""

    name: str
    measured: float
    target: float
    unit: str  # "×" for a ratio, "MiB", "ms"
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.measured <= self.target

    def row(self) -> str:
        verdict = "pass" if self.passed else "FAIL"
        measured = f"{self.measured:.2f} {self.unit}"
        return f"{self.name} | {measured} | ≤ {self.target:g} {self.unit} | {verdict}"


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mib: float
    code: int


def offscreen_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The children's environment: offscreen Qt, and compiled bytecode as an install has.

    A developer's shell may set PYTHONDONTWRITEBYTECODE, which would make every
    start compile quizapp from source (~20 ms) while PySide6 has its .pyc files:
    bytecode goes to a cache folder of its own instead (written by the warm-up).
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "quizapp-bench-pycache")
    if extra:
        env.update(extra)
    return env


def run(cmd: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Run one child to completion: its wall time and its own peak memory."""
    started = time.perf_counter()
    child = subprocess.Popen(
        list(cmd),
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert child.stderr is not None
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return Run(seconds, usage.ru_maxrss / 1024, child.returncode)


def interleaved(
    floor: Sequence[str],
    subject: Sequence[str],
    runs: int,
    env: dict[str, str] | None = None,
    warmup: int = 1,
) -> tuple[list[Run], list[Run]]:
    """Alternate floor and subject runs (after a warm-up of each); both lists of runs."""
    for _ in range(warmup):
        run(floor, env)
        run(subject, env)
    floors: list[Run] = []
    subjects: list[Run] = []
    for i in range(runs):
        pair = [(floor, floors), (subject, subjects)]
        if i % 2:
            pair.reverse()
        for cmd, out in pair:
            out.append(run(cmd, env))
    for result in floors + subjects:
        if result.code != 0:
            raise SystemExit(f"a measured process failed with exit code {result.code}")
    return floors, subjects


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def report(figures: Sequence[Figure]) -> int:
    """Print each figure; exit status 1 when any target is missed."""
    for figure in figures:
        print(figure.row() + (f"   ({figure.detail})" if figure.detail else ""))
    return 0 if all(f.passed for f in figures) else 1


def runs_from_argv(default: int) -> int:
    """`--runs N` on the command line, else the default (the smoke test passes a small N)."""
    args = sys.argv[1:]
    if "--runs" in args:
        return max(1, int(args[args.index("--runs") + 1]))
    return default
