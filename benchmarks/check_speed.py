"""How fast the loader checks a bank, against a plain libyaml parse of the same files.

Run `python -m benchmarks.check_speed [COUNT]`. It writes COUNT (default 300)
copies of the full test article (every question type, a glossary, settings)
under distinct ids to a temp folder, then times, best of seven (interleaved):

- plain: `yaml.load(..., Loader=yaml.CSafeLoader)` of each file, the cheapest
  way PyYAML can read them (no validation, YAML 1.1 retyping and all);
- loader: `quizapp.core.bank.loader.load_bank` on the folder: the safety scan, the
  node tree, every schema rule and the Article objects.

Target: loader ≤ 1.5 × plain. It exits with status 1 when the target is missed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from quizapp.core.bank.loader import load_bank

ARTICLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "good" / "belarus.yaml"
TARGET = 1.5


def write_bank(folder: Path, count: int) -> list[Path]:
    # PyYAML's plain load cannot even read the file's 2024-02-30 (it makes it a date).
    text = ARTICLE.read_text(encoding="utf-8").replace(", 2024-02-30", "")
    paths = []
    for i in range(count):
        path = folder / f"article-{i:04}.yaml"
        path.write_text(text.replace("id: belarus-armes", f"id: article-{i}"), encoding="utf-8")
        paths.append(path)
    return paths


def best_of(runs: int, *funcs: Callable[[], object]) -> list[float]:
    """The best time of each function, runs interleaved so a busy machine slows all alike."""
    best = [float("inf")] * len(funcs)
    for _ in range(runs):
        for i, func in enumerate(funcs):
            started = time.perf_counter()
            func()
            best[i] = min(best[i], time.perf_counter() - started)
    return best


def measure(count: int = 300, runs: int = 7) -> tuple[float, float]:
    """(plain libyaml seconds, loader seconds) for `count` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_bank(folder, count)

        def plain() -> None:
            for path in paths:
                with open(path, "rb") as handle:
                    yaml.load(handle, Loader=yaml.CSafeLoader)

        def loader() -> None:
            scan = load_bank([folder])
            assert len(scan.articles) == count and not scan.problems, scan.problems[:3]

        plain_time, loader_time = best_of(runs, plain, loader)
        return plain_time, loader_time


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    plain, loader = measure(count)
    ratio = loader / plain
    print(f"{count} articles: plain libyaml {plain * 1000:.0f} ms, loader {loader * 1000:.0f} ms")
    print(f"ratio {ratio:.2f} (target ≤ {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
