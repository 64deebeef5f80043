"""The store most progress and review tests share: a fresh one in the test's data folder, on a
clock the test moves by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from tests.core.progress_fixtures import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock):
    s = ProgressStore.open(data_dir, clock=clock)
    yield s
    s.close()
