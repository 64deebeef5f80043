"""Start-up: `quizapp --quit-after-paint` against a bare PySide6 window.

Run `python -m benchmarks.startup [--runs N]`. Both are started as a user
would (a new process each time, offscreen Qt, a fresh data folder holding no
bank) and interleaved; the figures are the ratio of median wall times (target
≤ 1.3) and the difference of median peak memory (target ≤ 25 MiB). Exits 1
when a target is missed.
"""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

from benchmarks._harness import (
    FLOOR,
    PYTHON,
    Figure,
    interleaved,
    median,
    offscreen_env,
    report,
    runs_from_argv,
)

TIME_TARGET = 1.3
MEMORY_TARGET_MIB = 25.0


def app_command(data_dir: Path, bank: Path) -> list[str]:
    return [
        PYTHON,
        "-m",
        "quizapp",
        "--quit-after-paint",
        "--data-dir",
        str(data_dir),
        "--bank",
        str(bank),
        "--lang",
        "en",
    ]


def measure(runs: int = 15) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        bank = Path(tmp) / "bank"
        bank.mkdir()
        floors, apps = interleaved(FLOOR, app_command(data_dir, bank), runs, offscreen_env())
    floor_s = median([r.seconds for r in floors])
    app_s = median([r.seconds for r in apps])
    floor_mib = median([r.max_rss_mib for r in floors])
    app_mib = median([r.max_rss_mib for r in apps])
    own_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if min(r.max_rss_mib for r in floors) <= own_mib:
        # Linux keeps the larger of a child's peak and its parent's across exec: from a
        # process this large, the children's own peaks cannot be told apart.
        raise SystemExit(
            f"this process already used {own_mib:.0f} MiB: measure start-up memory from a "
            "smaller one (`python -m benchmarks.startup`)"
        )
    return [
        Figure(
            "start-up, wall time / bare window",
            app_s / floor_s,
            TIME_TARGET,
            "×",
            f"{app_s * 1000:.0f} ms vs {floor_s * 1000:.0f} ms, median of {runs}",
        ),
        Figure(
            "start-up, peak memory − bare window",
            app_mib - floor_mib,
            MEMORY_TARGET_MIB,
            "MiB",
            f"{app_mib:.0f} MiB vs {floor_mib:.0f} MiB",
        ),
    ]


def main() -> int:
    return report(measure(runs_from_argv(15)))


if __name__ == "__main__":
    sys.exit(main())
