"""How long the window stops answering while a bank loads.

Run `python -m benchmarks.bank_stall [--articles N]`. A real main window
(offscreen) loads a generated bank of N articles (default 300), then a new
window loads it again: first with an empty article cache (every file parsed
and checked in the background), then with a warm one, as at the next start.
A 10 ms QTimer runs on the event loop from the load request until the library
is listed and the background work (the glossing dictionary's preload) is over;
the longest gap between two ticks, minus the 10 ms, is the stall.
Target: ≤ 50 ms. Exits 1 when it is missed.

The same probe on the idle window for as long is shown beside it: on a busy
machine the scheduler alone makes gaps that no code of ours causes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from benchmarks._gui import StallProbe, make_window, settle, wait_until
from benchmarks._harness import Figure, report
from benchmarks.generate_bank import age_files, generate

TARGET_MS = 50.0


def load_and_probe(window, bank: Path) -> tuple[float, float]:
    """(stall ms, seconds until listed) for one load of `bank`."""
    loaded: list[float] = []
    window.bank_loaded.connect(lambda: loaded.append(time.perf_counter()))
    probe = StallProbe()
    probe.start()
    started = time.perf_counter()
    window.load_bank(bank)
    wait_until(lambda: bool(loaded))
    listed = loaded[0] - started
    # The preload the window starts after the scan, still under the probe (it is queued
    # once the library is listed; `loader.wait()` would block the event loop instead).
    wait_until(lambda: time.perf_counter() - loaded[0] > 0.3 and window.loader.idle())
    window.bank_loaded.disconnect()
    return probe.stop(), listed


def idle_stall(seconds: float) -> float:
    """The probe's longest gap while nothing happens (the machine's own noise)."""
    probe = StallProbe()
    probe.start()
    deadline = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() > deadline)
    return probe.stop()


def measure(articles: int = 300) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "bank"
        generate(bank, articles)
        age_files(bank)
        counts = []
        results = []
        for _ in ("cold", "warm"):  # a new window each time, as at a new start
            window = make_window(Path(tmp) / "empty", Path(tmp) / "data")
            settle(50)
            results.append(load_and_probe(window, bank))
            counts.append(len(window.library_view.model.articles()))
            window.close()
            window.shutdown()
            window.deleteLater()
            del window
            settle(50)
        (cold, cold_s), (warm, warm_s) = results
        idle = idle_stall(min(3.0, cold_s + 0.3))
        count = min(counts)
    assert count == articles, f"{count} of {articles} articles listed"
    return [
        Figure(
            f"longest stall while {articles} articles load, empty cache",
            cold,
            TARGET_MS,
            "ms",
            f"listed after {cold_s * 1000:.0f} ms; idle window's longest gap {idle:.0f} ms",
        ),
        Figure(
            f"longest stall while {articles} articles load, warm cache",
            warm,
            TARGET_MS,
            "ms",
            f"listed after {warm_s * 1000:.0f} ms; idle window's longest gap {idle:.0f} ms",
        ),
    ]


def main() -> int:
    args = sys.argv[1:]
    articles = int(args[args.index("--articles") + 1]) if "--articles" in args else 300
    return report(measure(articles))


if __name__ == "__main__":
    sys.exit(main())
