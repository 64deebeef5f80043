"""Spaced review's two figures on a store of 10,000 cards (`python -m benchmarks.review_speed`).

- the due list (`core.review.due.due_list`): reviewed cards due over a year,
  one in eleven due now, plus 2,000 new cards under a daily limit of 20;
- rating a card with `fsrs` and saving it (the card and its log row in one
  transaction, WAL with synchronous=FULL, so with the disk's fsync) on the
  same store, in the temp folder's file system.

Targets: due list ≤ 20 ms, rating + saving ≤ 5 ms (medians; p95 alongside).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks._harness import Figure
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.store import iso
from quizapp.core.review import due, scheduling
from quizapp.core.review.ratings import Rating

CARDS, NEW = 10_000, 2_000
DUE_TARGET_MS, RATE_TARGET_MS = 20.0, 5.0
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def fill(store: ProgressStore, seed: int = 1) -> int:
    """One learner with CARDS cards (NEW of them never reviewed); returns the profile id."""
    rng = random.Random(seed)
    pid = store.create_profile("Bench").id
    rows = []
    for i in range(CARDS):
        new = i < NEW
        when = NOW + timedelta(days=rng.uniform(-30, 300))
        rows.append(
            (
                pid, "word" if i % 3 else "question", f"key-{i}", f"article-{i % 50}",
                f"item-{i}", 1 if new else 2, 0 if new else None,
                None if new else rng.uniform(1, 200), None if new else rng.uniform(1, 10),
                iso(NOW - timedelta(days=1) if new else when),
                None if new else iso(when - timedelta(days=10)), 0 if new else 3,
                iso(NOW - timedelta(days=40)),
            )
        )  # fmt: skip

    def write(conn) -> None:
        conn.executemany(
            """INSERT INTO review_cards (profile_id, kind, key, article_id, item, state, step,
                   stability, difficulty, due, last_review, reps, created)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )

    store._write_now(write)
    return pid


def measure(runs: int = 30) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        store = ProgressStore.open(Path(tmp), clock=lambda: NOW)
        try:
            pid = fill(store)
            due_ms, listed = [], 0
            for _ in range(runs):
                started = time.perf_counter()
                listed = len(due.due_list(store, pid, NOW, 20))
                due_ms.append((time.perf_counter() - started) * 1000)
            cards = due.due_list(store, pid, NOW, 20)[:runs]
            rate_ms = []
            for i, card in enumerate(cards):
                started = time.perf_counter()
                scheduling.rate(store, card, Rating(1 + i % 4), now=NOW)
                rate_ms.append((time.perf_counter() - started) * 1000)
        finally:
            store.close()
    p95 = statistics.quantiles
    return [
        Figure(
            f"review: due list from {CARDS:,} cards, median",
            statistics.median(due_ms),
            DUE_TARGET_MS,
            "ms",
            f"{listed} cards due; p95 {p95(due_ms, n=20)[-1]:.1f} ms",
        ),
        Figure(
            "review: rating + saving a card (fsync), median",
            statistics.median(rate_ms),
            RATE_TARGET_MS,
            "ms",
            f"p95 {p95(rate_ms, n=20)[-1]:.1f} ms over {len(rate_ms)} ratings",
        ),
    ]


if __name__ == "__main__":
    figures = measure()
    for figure in figures:
        print(f"{figure.row()} | {figure.detail}")
    sys.exit(0 if all(f.passed for f in figures) else 1)
