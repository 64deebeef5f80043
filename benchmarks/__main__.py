"""`python -m benchmarks`: every performance figure in one table (a few minutes).

Each row is measured by its own module (run one alone for details, e.g.
`python -m benchmarks.startup`); `--quick` takes fewer runs, for a smoke
check. The glossing engine's own figures come from benchmarks/gloss_speed.py.
Exits 1 when any target is missed.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Callable

from benchmarks._harness import Figure


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


def sections(quick: bool) -> list[tuple[str, Callable[[], list[Figure]]]]:
    from benchmarks import (
        bank_stall,
        check_command,
        interaction,
        passage_render,
        startup,
        startup_bank,
    )

    runs = 3 if quick else 9
    return [
        ("startup", lambda: startup.measure(runs)),
        ("startup_bank", lambda: startup_bank.measure(runs)),
        ("check_command", lambda: check_command.measure(3 if quick else 5)),
        ("check_speed", lambda: [check_command.loader_figure(2 if quick else 3)]),
        ("bank_stall", lambda: bank_stall.measure()),
        ("interaction", lambda: interaction.measure(10 if quick else 40)),
        ("passage_render", lambda: passage_render.measure(3 if quick else 5)),
        ("gloss_speed", gloss_figures),
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
