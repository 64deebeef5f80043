"""`quizapp check` as a teacher runs it, against a plain libyaml parse process.

Run `python -m benchmarks.check_command [--runs N] [--articles N]`. Both are
whole processes over the same generated bank (default 300 articles), run
interleaved: `python -m quizapp check BANK` (safety scan, every schema rule,
glossary checks, the content lint, the report; and again with `--no-lint`)
and `python benchmarks/_plain_parse.py BANK` (`yaml.load(f,
Loader=yaml.CSafeLoader)` of each file, nothing else).
Target: ≤ 1.5 ×. The in-process comparison of the loader alone is
`benchmarks/check_speed.py` (same target). Exits 1 when the target is missed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks._harness import (
    PYTHON,
    REPO,
    Figure,
    interleaved,
    median,
    offscreen_env,
    report,
    runs_from_argv,
)
from benchmarks.generate_bank import generate

TARGET = 1.5


def measure(runs: int = 5, articles: int = 300) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "bank"
        generate(bank, articles)
        plain = [PYTHON, str(REPO / "benchmarks" / "_plain_parse.py"), str(bank)]
        figures = []
        for label, extra in (("", []), (" --no-lint", ["--no-lint"])):
            check = [PYTHON, "-m", "quizapp", "check", *extra, str(bank)]
            floors, checks = interleaved(plain, check, runs, offscreen_env())
            plain_s = median([r.seconds for r in floors])
            check_s = median([r.seconds for r in checks])
            figures.append(
                Figure(
                    f"`quizapp check{label}` on {articles} articles / plain libyaml parse",
                    check_s / plain_s,
                    TARGET,
                    "×",
                    f"{check_s * 1000:.0f} ms vs {plain_s * 1000:.0f} ms, whole processes",
                )
            )
    return figures


def loader_figure(runs: int = 3, articles: int = 300) -> Figure:
    """The loader helper's in-process figure (benchmarks/check_speed.py), as a table row."""
    from benchmarks.check_speed import TARGET as LOADER_TARGET
    from benchmarks.check_speed import measure as loader_measure

    plain, loader = loader_measure(articles, runs)
    return Figure(
        f"load_bank of {articles} articles / plain libyaml parse, in process",
        loader / plain,
        LOADER_TARGET,
        "×",
        f"{loader * 1000:.0f} ms vs {plain * 1000:.0f} ms",
    )


def main() -> int:
    args = sys.argv[1:]
    articles = int(args[args.index("--articles") + 1]) if "--articles" in args else 300
    return report(measure(runs_from_argv(5), articles))


if __name__ == "__main__":
    sys.exit(main())
