"""`python -m benchmarks`: every performance figure in one table (a few minutes).

Each row is measured by its own module (run one alone for details, e.g.
`python -m benchmarks.startup`); `--quick` takes fewer runs, for a smoke
check. The glossing engine's own figures come from benchmarks/gloss_speed.py.
Exits 1 when any target is missed.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from collections.abc import Callable

from benchmarks._harness import REPO, Figure, offscreen_env


def machine() -> str:
    """CPU, cores, memory, OS, Python and PySide6, for the table's caption."""
    import os

    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(
                line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            kib = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
            memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    import PySide6

    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.platform()}; "
        f"Python {platform.python_version()}; PySide6 {PySide6.__version__}; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )


def gloss_figures() -> list[Figure]:
    from benchmarks import gloss_speed

    load_ms = gloss_speed.load_dictionary()
    figures = gloss_speed.measure(gloss_speed.build_article(), load_ms)
    import statistics

    return [
        Figure(
            "gloss index build, cold (2,000 words), CPU time",
            statistics.median(figures.cold_cpu_ms),
            gloss_speed.BUILD_TARGET_MS,
            "ms",
            f"wall {figures.cold_ms:.1f} ms (CPU time is what a busy machine does not inflate)",
        ),
        Figure("gloss look-up, p99", figures.lookup_p99_ms, gloss_speed.LOOKUP_TARGET_MS, "ms"),
    ]


def isolated(module: str, function: str, *args: int) -> list[Figure]:
    """`benchmarks.<module>.<function>(*args)` (a Figure or a list) in a fresh process.

    In-process measurements (the window's stalls, interactions) must not
    inherit the heap, the caches or the threads of the benchmarks run before.
    """
    code = (
        "import json, sys\n"
        "from dataclasses import asdict\n"
        f"from benchmarks import {module} as bench\n"
        f"figures = bench.{function}(*{args!r})\n"
        "figures = figures if isinstance(figures, list) else [figures]\n"
        "sys.stdout.write('FIGURES ' + json.dumps([asdict(f) for f in figures]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=offscreen_env(),
        timeout=600,
        check=False,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("FIGURES ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError((result.stderr or result.stdout).strip()[-500:])
    return [Figure(**data) for data in json.loads(line[len("FIGURES ") :])]


def sections(quick: bool) -> list[tuple[str, Callable[[], list[Figure]]]]:
    from benchmarks import check_command, check_many, startup, startup_bank

    runs = 3 if quick else 15
    return [
        ("startup", lambda: startup.measure(runs)),
        ("startup_bank", lambda: startup_bank.measure(runs)),
        ("check_command", lambda: check_command.measure(3 if quick else 5)),
        ("check_many", lambda: check_many.measure(2 if quick else 3)),
        ("check_speed", lambda: isolated("check_command", "loader_figure", 2 if quick else 3)),
        ("bank_stall", lambda: isolated("bank_stall", "measure")),
        ("reload_stall", lambda: isolated("reload_stall", "measure", 2 if quick else 3)),
        ("interaction", lambda: isolated("interaction", "measure", 10 if quick else 40)),
        ("passage_render", lambda: isolated("passage_render", "measure", 3 if quick else 5)),
        ("gloss_speed", lambda: isolated("__main__", "gloss_figures")),
        ("dictionary_speed", lambda: isolated("dictionary_speed", "measure")),
        ("review_speed", lambda: isolated("review_speed", "measure", 10 if quick else 30)),
    ]


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    print(f"Machine: {machine()}\n")
    print("| figure | measured | target | result | details |")
    print("| --- | --- | --- | --- | --- |")
    failed = False
    for name, measure in sections(quick):
        try:
            figures = measure()
        except Exception as error:  # one broken benchmark must not hide the others
            print(f"| {name} | error: {type(error).__name__}: {error} | | FAIL | |")
            failed = True
            continue
        for figure in figures:
            print(f"| {figure.row()} | {figure.detail} |", flush=True)
            failed |= not figure.passed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
