"""Pulling the plug mid-quiz: SIGKILL a process recording answers, dozens of times.

Afterwards no acknowledged answer and no finished quiz is missing, the file
passes SQLite's integrity check, and the unfinished quiz resumes from its
latest state. (SIGKILL stops the process, not the OS, so this proves the
transaction boundaries; `synchronous=FULL` is what carries them through a
power cut.)
"""

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

ROUNDS = 30
QUESTIONS_PER_QUIZ = 6

CHILD = f"""
import sys
from quizapp.core.progress.api import ProgressStore
from tests.core.progress_fixtures import make_article

def say(line):  # one write per line, so a kill never leaves half an acknowledgement
    sys.stdout.write(line + "\\n")
    sys.stdout.flush()


store = ProgressStore.open(sys.argv[1])
assert store.recovery is None, store.recovery
kim = store.find_profile("Kim") or store.create_profile("Kim")
article = make_article()
print("ready", flush=True)
while True:
    resumed = store.unfinished_session(kim, "belarus")
    if resumed is None:
        sid, n = store.start_session(kim, article, "practice", {{"n": 0}}), 0
    else:
        sid, n = resumed.id, resumed.state["n"]
    while n < {QUESTIONS_PER_QUIZ}:
        n += 1
        if not store.record_answer(sid, f"q{{n}}", n, 1, 1, 1, 0, ["mot"], {{"n": n}}):
            sys.exit(3)
        say(f"ack {{sid}} {{n}}")
    if not store.finish_session(sid, n, n, {{"n": n, "done": True}}):
        sys.exit(3)
    say(f"fin {{sid}}")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_no_acknowledged_answer_is_lost_when_killed(tmp_path: Path):
    folder = tmp_path / "Clé USB"
    rng = random.Random(20260302)
    acked: dict[str, int] = {}
    finished: set[str] = set()

    def take(line: str) -> None:
        if not line.endswith("\n"):  # cut short by the kill: not acknowledged
            return
        parts = line.split()
        if parts and parts[0] == "ack":
            acked[parts[1]] = max(acked.get(parts[1], 0), int(parts[2]))
        elif parts and parts[0] == "fin":
            finished.add(parts[1])

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
        for _ in range(rng.randint(0, 10)):
            line = proc.stdout.readline()
            assert line, f"the writer stopped by itself (exit {proc.poll()})"
            take(line)
        if rng.random() < 0.5:  # vary the moment: sometimes mid-commit, sometimes between
            time.sleep(rng.uniform(0, 0.004))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for line in proc.stdout.read().splitlines(keepends=True):  # printed before dying
            take(line)
        proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        _check_round(folder, acked, finished)
    assert time.monotonic() - started < 30
    assert len(finished) >= 3 and sum(acked.values()) >= 30, "the test exercised too little"

    assert integrity(folder / "progress.sqlite3") == ["ok"]
    assert not list(folder.glob("progress-damaged-*"))
    with ProgressStore.open(folder) as store:
        assert store.recovery is None
        for sid, n in acked.items():
            have = {a.question_id for a in store.answers(sid)}
            assert {f"q{i}" for i in range(1, n + 1)} <= have, f"lost answers of {sid}"
        for sid in finished:
            record = store.session(sid)
            assert record is not None and record.is_finished and record.state["done"]
        kim = store.find_profile("Kim")
        assert kim is not None
        resumable = store.unfinished_session(kim, "belarus")
        if resumable is not None:
            assert resumable.id not in finished
            assert resumable.state["n"] >= acked.get(resumable.id, 0)
            assert len(store.answers(resumable.id)) == resumable.state["n"]


def _check_round(folder: Path, acked: dict[str, int], finished: set[str]) -> None:
    """Right after a kill: the answers acknowledged are on disk, and the state matches them."""
    conn = sqlite3.connect(folder / "progress.sqlite3")
    try:
        for sid, n in acked.items():
            count = conn.execute(
                "SELECT COUNT(DISTINCT question_id) FROM answers WHERE session_id = ?", (sid,)
            ).fetchone()[0]
            assert count >= n
            state = conn.execute("SELECT state FROM sessions WHERE id = ?", (sid,)).fetchone()[0]
            # the state saved with the answer is never behind the answers (same transaction)
            assert f'"n":{count}' in state
        for sid in finished:
            done = conn.execute("SELECT finished FROM sessions WHERE id = ?", (sid,)).fetchone()
            assert done is not None and done[0] is not None
    finally:
        conn.close()
