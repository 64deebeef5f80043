"""Long passages: showing a 5,000-word article against a 1,000-word one.

Run `python -m benchmarks.passage_render [--runs N]`. Both articles come from
the bank generator (sentences of about a dozen words). Each run shows one in
the real window's reading view (`set_article`, then the layout and paint it
queues); the runs alternate and the medians are compared. Five times the
words should cost at most 4.5 times as long (target ≤ 4.5). Exits 1 when missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._gui import make_window, settle
from benchmarks._harness import Figure, report, runs_from_argv
from benchmarks.generate_bank import article_text

TARGET = 4.5


def article_of(words: int, index: int):
    from quizapp.core.bank.loader import check_bytes

    sentences = max(12, words // 12)
    for _ in range(5):  # adjust the sentence count to land near the word count
        text = article_text(index, sentences=sentences)
        article, problems = check_bytes(text.encode("utf-8"), f"<{words} words>")
        assert article is not None, problems[:3]
        count = sum(len(s.fr.split()) for s in article.sentences)
        if abs(count - words) <= words * 0.03:
            break
        sentences = max(12, round(sentences * words / count))
    return article, count


def measure(runs: int = 5) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        window = make_window(Path(tmp) / "empty", Path(tmp) / "data")
        short, short_words = article_of(1000, 1)
        long, long_words = article_of(5000, 2)
        filler, _ = article_of(100, 3)
        view = window.reading_view
        window.open_article(filler)
        settle(20)
        times: dict[str, list[float]] = {"short": [], "long": []}
        for i in range(runs * 2):
            name = ("short", "long")[i % 2]
            article = short if name == "short" else long
            view.set_article(filler)
            settle()
            started = time.perf_counter()
            view.set_article(article)
            settle()
            view.passage.viewport().repaint()
            times[name].append(time.perf_counter() - started)
        window.close()
        window.shutdown()
    short_s = statistics.median(times["short"])
    long_s = statistics.median(times["long"])
    return [
        Figure(
            "render 5,000-word passage / 1,000-word passage",
            long_s / short_s,
            TARGET,
            "×",
            f"{long_words} words {long_s * 1000:.0f} ms, {short_words} words "
            f"{short_s * 1000:.0f} ms",
        )
    ]


def main() -> int:
    return report(measure(runs_from_argv(5)))


if __name__ == "__main__":
    sys.exit(main())
