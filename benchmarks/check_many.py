"""`quizapp check` on one file with 40,000 problems, as a whole process.

Run `python -m benchmarks.check_many [--runs N]`. The file (generated here,
under the 2 MB limit) has 4,000 questions naming five unknown sentences each
on their own lines, and one question naming 20,000 unknown sentences on a
single line: the first part measures the checker (once quadratic in the
number of problems: 18 s for 8,000), the second the report (once re-reading
the whole line for each problem's excerpt). Target: ≤ 3 s. Exits 1 when missed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._harness import PYTHON, Figure, median, offscreen_env, report, runs_from_argv

TARGET_S = 3.0
PROBLEMS = 40_000


def write_file(path: Path) -> None:
    lines = ["format: 1", "id: big", "title: Big", "level: B1", "sentences:"]
    lines += ["  - id: s1", '    fr: "Bonjour."', '    en: "Hello."', "questions:"]
    for i in range(4_000):
        lines.append(
            f"  - {{id: q{i}, type: short, prompt: p, sentences: [a, b, c, d, e], answers: [a]}}"
        )
    many = ", ".join(["zz"] * 20_000)
    lines.append(f"  - {{id: long, type: short, prompt: p, answers: [a], sentences: [{many}]}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_once(path: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one `quizapp check` process, report to /dev/null.

    CPU time is the figure: seven engineers share two cores, and a busy machine
    inflates the wall clock, not the work done."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [PYTHON, "-m", "quizapp", "check", str(path)],
        env=offscreen_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code != 1:
        raise RuntimeError(f"`quizapp check` exited {code}, not 1")
    return usage.ru_utime + usage.ru_stime, wall


def measure(runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.yaml"
        write_file(path)
        results = [check_once(path) for _ in range(runs)]
    cpu = median([c for c, _ in results])
    wall = median([w for _, w in results])
    return [
        Figure(
            f"`quizapp check` on one file with {PROBLEMS:,} problems, CPU time",
            cpu,
            TARGET_S,
            "s",
            f"median of {runs} whole processes; wall {wall:.2f} s",
        )
    ]


def main() -> int:
    return report(measure(runs_from_argv(3)))


if __name__ == "__main__":
    sys.exit(main())
