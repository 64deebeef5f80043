"""Start-up with a 300-article bank and a warm article cache.

Run `python -m benchmarks.startup_bank [--runs N] [--articles N]`. A bank is
generated, dated a minute back (see generate_bank.age_files) and read once by
a first start, which fills `<data-dir>/cache/`. Then, interleaved with the bare
window: `quizapp --quit-after-paint --bank BANK` (target ≤ 1.5 × the bare
window), and, for information, a start that quits only once the library is
listed from the cache. Exits 1 when the target is missed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks._harness import (
    FLOOR,
    PYTHON,
    REPO,
    Figure,
    interleaved,
    median,
    offscreen_env,
    report,
    run,
    runs_from_argv,
)
from benchmarks.generate_bank import age_files, generate

TARGET = 1.5


def measure(runs: int = 15, articles: int = 300) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "bank"
        data = Path(tmp) / "data"
        generate(bank, articles)
        age_files(bank)
        args = ["--bank", str(bank), "--data-dir", str(data), "--lang", "en"]
        listed = [PYTHON, str(REPO / "benchmarks" / "_until_listed.py"), *args]
        env = offscreen_env()
        first = run(listed, env)  # cold: every file read, the cache written
        if first.code != 0 or not any((data / "cache").glob("bank-*.json")):
            raise SystemExit("the first start did not write the article cache")
        painted = [PYTHON, "-m", "quizapp", "--quit-after-paint", *args]
        floors, apps = interleaved(FLOOR, painted, runs, env)
        _, lists = interleaved(FLOOR, listed, max(3, runs // 2), env, warmup=0)
    floor_s = median([r.seconds for r in floors])
    app_s = median([r.seconds for r in apps])
    listed_s = median([r.seconds for r in lists])
    return [
        Figure(
            f"start-up with {articles} articles (warm cache) / bare window",
            app_s / floor_s,
            TARGET,
            "×",
            f"{app_s * 1000:.0f} ms vs {floor_s * 1000:.0f} ms; library listed after "
            f"{listed_s * 1000:.0f} ms (first start, no cache: {first.seconds * 1000:.0f} ms)",
        )
    ]


def main() -> int:
    args = sys.argv[1:]
    articles = int(args[args.index("--articles") + 1]) if "--articles" in args else 300
    return report(measure(runs_from_argv(15), articles))


if __name__ == "__main__":
    sys.exit(main())
