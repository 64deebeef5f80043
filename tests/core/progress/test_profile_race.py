"""Several processes creating the same learner on a new data folder at once.

Before: four `quizapp selftest`s started together on a fresh `--data-dir` raised
`sqlite3.IntegrityError: UNIQUE constraint failed: profiles.name_key` about
one run in fifteen: each looked for the profile, found none, and inserted it.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import ProfileNameError


def _take(folder: str, barrier, results) -> None:
    barrier.wait()
    try:
        with ProgressStore.open(Path(folder), busy_timeout=30) as store:
            results.put(store.profile_named("selftest").id)
    except Exception as error:  # reported to the test, which fails on it
        results.put(f"{type(error).__name__}: {error}")


def test_four_processes_get_the_same_profile_on_a_new_folder(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for attempt in range(3):
        folder = tmp_path / f"fresh-{attempt}"
        barrier, results = context.Barrier(4), context.Queue()
        workers = [
            context.Process(target=_take, args=(str(folder), barrier, results)) for _ in range(4)
        ]
        for worker in workers:
            worker.start()
        ids = [results.get(timeout=120) for _ in workers]
        for worker in workers:
            worker.join(timeout=60)
        assert len(set(ids)) == 1 and isinstance(ids[0], int), ids
        with ProgressStore.open(folder) as store:
            assert [p.name for p in store.profiles()] == ["selftest"]
            assert store.last_profile() is None  # taking it changed no learner's choice


def test_a_profile_created_by_another_process_in_between_is_taken(
    tmp_path: Path, monkeypatch
) -> None:
    with ProgressStore.open(tmp_path) as mine, ProgressStore.open(tmp_path) as theirs:
        kim = theirs.create_profile("Kim")
        assert mine.profile_named("kim ") == kim  # any case, any spaces: the same learner
        real = mine.find_profile
        calls = {"n": 0}

        def not_yet(name: str):
            calls["n"] += 1
            if calls["n"] == 1:  # the look-up runs before the other process inserts
                theirs.create_profile(name)
                return None
            return real(name)

        monkeypatch.setattr(mine, "find_profile", not_yet)
        with pytest.raises(ProfileNameError, match="already a profile named"):
            mine.create_profile("Léa")  # a clear refusal, never an IntegrityError
