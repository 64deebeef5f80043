"""Killed mid-review (SIGKILL, many times): every acknowledged rating is on disk with its card,
so at most the card on screen is lost, and the store stays whole."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from tests.conftest import REPO
from tests.core.progress_fixtures import integrity

ROUNDS = 20

CHILD = """
import sys
from datetime import UTC, datetime, timedelta
from quizapp.core.progress.api import ProgressStore
from quizapp.core.review import due, scheduling
from quizapp.core.review.ratings import Rating

store = ProgressStore.open(sys.argv[1])
assert store.recovery is None, store.recovery
kim = store.find_profile("Kim") or store.create_profile("Kim")
if not store.review_cards(kim):
    for i in range(40):
        store.log_lookup(kim, "a", "s1", f"mot{i}", f"mot{i}", "word", "fr", "en")
print("ready", flush=True)
now = datetime.now(UTC) + timedelta(days=400 * (len(store.review_log(kim)) + 1))
while True:
    for card in due.due_list(store, kim, now, 1000):
        done = scheduling.rate(store, card, Rating(1 + card.id % 4), now=now, fuzz=False)
        if not done.saved:
            sys.exit(3)
        sys.stdout.write(f"ack {card.id} {card.reps + 1}\\n")
        sys.stdout.flush()
    now += timedelta(days=400)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_no_acknowledged_rating_is_lost_when_killed(tmp_path: Path):
    folder = tmp_path / "data"
    rng = random.Random(20261206)
    acked: dict[int, int] = {}
    started = time.monotonic()
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder)],
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=REPO,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 12)):
            line = proc.stdout.readline()
            assert line, f"the reviewer stopped by itself (exit {proc.poll()})"
            _take(line, acked)
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0, 0.004))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for line in proc.stdout.read().splitlines(keepends=True):
            _take(line, acked)
        proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        conn = sqlite3.connect(folder / "progress.sqlite3")
        try:
            for card_id, reps in acked.items():
                row = conn.execute(
                    "SELECT reps, (SELECT COUNT(*) FROM review_log WHERE card_id = c.id) "
                    "FROM review_cards AS c WHERE id = ?",
                    (card_id,),
                ).fetchone()
                # the card's state and its log row are one transaction: never apart
                assert row[0] >= reps and row[0] == row[1]
        finally:
            conn.close()
    assert time.monotonic() - started < 60
    assert sum(acked.values()) >= 20, "the test exercised too little"
    assert integrity(folder / "progress.sqlite3") == ["ok"]
    with ProgressStore.open(folder) as store:
        assert store.recovery is None
        cards = store.review_cards(store.find_profile("Kim"))
        assert len(cards) == 40
        assert all(
            c.reps == sum(1 for e in store.review_log(c.profile_id) if e.card_id == c.id)
            for c in cards
        )


def _take(line: str, acked: dict[int, int]) -> None:
    if not line.endswith("\n"):
        return
    parts = line.split()
    if parts and parts[0] == "ack":
        acked[int(parts[1])] = max(acked.get(int(parts[1]), 0), int(parts[2]))
