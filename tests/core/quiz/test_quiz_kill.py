"""A real quiz, killed with SIGKILL at random moments, resumes where it stood.

The child process takes the seed article's quiz the way the window does: a
`QuizSession` answers, and each answer is saved with the session's state at
once (`record_answer`). It is killed at random moments, dozens of times.
Afterwards every acknowledged answer is in the store, every finished quiz is
finished, the file passes SQLite's integrity check, and the unfinished quiz
comes back from its saved state with the same shuffled orders and every
acknowledged answer given.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from quizapp.core.bank.loader import load_article
from quizapp.core.progress.api import ProgressStore
from quizapp.core.quiz.session import QuizSession
from tests.conftest import BANK, REPO
from tests.core.progress_fixtures import integrity

ROUNDS = 24
SEED_FILE = BANK / "russie-armes-nucleaires-belarus.yaml"

# What the learner sees shuffled, read through the session's public accessors
# (run by the child process and by this test alike).
ORDERS = """
def shown_orders(session):
    accessors = {"choice": session.option_order, "multi": session.option_order,
                 "match": session.right_order, "order": session.item_order}
    return {q.id: list(accessors[q.type](q.id)) for q in session.questions if q.type in accessors}
"""
exec(ORDERS)

CHILD = (
    ORDERS
    + """
import json, random, sys
from quizapp.core.bank.loader import load_article
from quizapp.core.progress.api import ProgressStore
from quizapp.core.grading.responses import right_response
from quizapp.core.quiz.session import Mode, QuizSession

def say(*parts):  # one write per line: a kill never leaves half an acknowledgement
    sys.stdout.write(" ".join(str(p) for p in parts) + "\\n")
    sys.stdout.flush()

article = load_article(sys.argv[2])
store = ProgressStore.open(sys.argv[1])
kim = store.find_profile("Kim") or store.create_profile("Kim")
say("ready")
while True:
    resumed = store.unfinished_session(kim, article.id)
    if resumed is None:
        session = QuizSession(article, Mode.PRACTICE, seed=random.randrange(1 << 30))
        sid = store.start_session(kim, article, session.mode, session.to_dict(),
                                  points=session.points)
    else:
        session, sid = QuizSession.from_dict(article, resumed.state), resumed.id
    say("orders", sid, json.dumps(shown_orders(session)))
    for qid in session.question_ids:
        if session.outcome(qid) is not None:
            continue
        question = article.question(qid)
        outcome = session.answer(qid, right_response(question))
        saved = store.record_answer(sid, qid, session.response_json(qid), outcome.score,
                                    question.points, outcome.attempts_used, 0, [],
                                    session.to_dict())
        if not saved:
            sys.exit(3)
        say("ack", sid, qid)
    result = session.finish()
    if not store.finish_session(sid, result.score, result.points, session.to_dict()):
        sys.exit(3)
    say("fin", sid)
"""
)


def run_once(data: Path, rng: random.Random) -> list[list[str]]:
    """Start the quiz process, let it answer for a random moment, SIGKILL it."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(SEED_FILE)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.25))  # the random moment of the power cut
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, f"the quiz process ended early: {out[-500:]}"
    return [line.split(" ", 2) for line in out.splitlines() if line]


def test_a_killed_quiz_loses_nothing_and_resumes_exactly(tmp_path: Path):
    rng = random.Random(20261124)
    data = tmp_path / "data"
    acked: dict[str, set[str]] = {}
    finished: set[str] = set()
    orders: dict[str, str] = {}
    for _ in range(ROUNDS):
        for words in run_once(data, rng):
            if words[0] == "ack":
                acked.setdefault(words[1], set()).add(words[2])
            elif words[0] == "fin":
                finished.add(words[1])
            elif words[0] == "orders" and len(words) == 3:
                sid = words[1]
                # a resumed quiz shows the very orders it was started with
                assert orders.setdefault(sid, words[2]) == words[2], f"quiz {sid} reshuffled"
    assert finished, "no quiz ever finished: the kills came too early to test anything"

    assert integrity(data / "progress.sqlite3") == ["ok"]
    article = load_article(SEED_FILE)
    with ProgressStore.open(data) as store:
        kim = store.find_profile("Kim")
        for sid, qids in acked.items():
            stored = {answer.question_id for answer in store.answers(sid)}
            assert qids <= stored, f"quiz {sid} lost acknowledged answers {qids - stored}"
        for sid in finished:
            assert store.session(sid).finished, f"finished quiz {sid} is not finished"
        resumed = store.unfinished_session(kim, article.id)
        if resumed is not None:
            session = QuizSession.from_dict(article, resumed.state)
            given = {q for q in session.question_ids if session.outcome(q) is not None}
            assert acked.get(resumed.id, set()) <= given
            if resumed.id in orders:
                assert json.loads(orders[resumed.id]) == shown_orders(session)  # noqa: F821
