"""Interaction latency in the real window: next quiz question, and a word's gloss.

Run `python -m benchmarks.interaction [--runs N]`. A real main window
(offscreen) opens a generated article and starts its quiz in test mode; then

- next question: `Ctrl+PgDown`'s slot (the quiz panel's go_next, or go_previous
  at the end) and the events it queues (layout, paint), timed N times;
- gloss popover: a mouse click on a glossed word of the passage until the
  popover is shown and painted, timed N times over the article's glossary
  (the glossing dictionary is preloaded first, as the window does once the
  library is listed).

Target: median ≤ 16 ms (one frame at 60 Hz) each. Exits 1 when one is missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._gui import make_window, settle
from benchmarks._harness import Figure, report, runs_from_argv
from benchmarks.generate_bank import age_files, generate

TARGET_MS = 16.0


def measure(runs: int = 40) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from quizapp.core.gloss.lemmas import preload
    from quizapp.core.quiz.session import Mode

    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "bank"
        generate(bank, 1)
        age_files(bank)
        window = make_window(bank, Path(tmp) / "data")
        from quizapp.core.bank.loader import load_article

        article = load_article(next(bank.rglob("*.yaml")))
        window.open_article(article)
        settle(20)
        preload()

        # gloss popover
        passage = window.reading_view.passage
        targets = []
        for entry in article.glossary:
            for sentence in article.sentences:
                at = sentence.fr.find(entry.fr)
                if at >= 0:
                    targets.append((sentence.id, at + 1))
                    break
        gloss_ms: list[float] = []
        for i in range(runs):
            sid, offset = targets[i % len(targets)]
            window.reading_view.close_popover()
            settle()
            point = passage.word_position(sid, offset)
            started = time.perf_counter()
            QTest.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)
            settle()
            gloss_ms.append((time.perf_counter() - started) * 1000)
            popover = window.reading_view.popover
            assert popover is not None and popover.isVisible(), "no popover after the click"
        window.reading_view.close_popover()

        # next question
        window.quiz.open_quiz()
        panel = window.quiz.panel
        assert panel is not None
        panel.start(Mode.TEST, seed=1)
        settle(20)
        next_ms: list[float] = []
        forward = True
        for _ in range(runs):
            started = time.perf_counter()
            moved = panel.go_next() if forward else panel.go_previous()
            settle()
            elapsed = (time.perf_counter() - started) * 1000
            if not moved:
                forward = not forward
                continue
            next_ms.append(elapsed)
        window.close()
        window.shutdown()
    return [
        Figure(
            "next question, median",
            statistics.median(next_ms),
            TARGET_MS,
            "ms",
            f"worst {max(next_ms):.1f} ms of {len(next_ms)}",
        ),
        Figure(
            "gloss popover, median",
            statistics.median(gloss_ms),
            TARGET_MS,
            "ms",
            f"worst {max(gloss_ms):.1f} ms of {len(gloss_ms)}",
        ),
    ]


def main() -> int:
    return report(measure(runs_from_argv(40)))


if __name__ == "__main__":
    sys.exit(main())
