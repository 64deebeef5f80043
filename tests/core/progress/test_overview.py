"""History's overview from the store: each article's results, sorted by last read, and totals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.overview import LONGEST, overview
from tests.core.progress_fixtures import FakeClock, make_article


def test_overview_of_every_article_read(store: ProgressStore, clock: FakeClock):
    belarus = make_article()
    meteo = make_article("meteo", "La météo de demain")
    kim, other = store.create_profile("Kim"), store.create_profile("Lou")
    for score, minutes in ((1.0, 5), (3.0, 10)):  # two quizzes of Belarus: 25 % then 75 %
        sid = store.start_session(kim, belarus, "practice", {})
        clock.advance(minutes=minutes)
        store.finish_session(sid, score, 4.0, {})
        clock.advance(hours=1)
    sid = store.start_session(kim, meteo, "practice", {})
    clock.advance(hours=20)  # left open overnight: one long sitting, not twenty hours
    store.finish_session(sid, 4.0, 4.0, {})
    clock.advance(days=1)
    store.start_session(kim, belarus, "practice", {})  # opened again, not finished
    store.start_session(other, meteo, "practice", {})  # another learner's: not Kim's
    rows, totals = overview(store.sessions(kim))
    assert [r.article_id for r in rows] == ["belarus", "meteo"]  # the last read first
    first, second = rows
    assert first.attempts == 2 and first.best == 75.0 and first.last == 75.0
    assert [p for _when, p in first.results] == [25.0, 75.0]
    assert first.spent == timedelta(minutes=15)
    assert first.last_read == clock.now and first.title == belarus.title
    assert second.attempts == 1 and second.best == second.last == 100.0
    assert second.spent == LONGEST
    assert totals.articles == 2 and totals.quizzes == 3
    assert totals.average == pytest.approx((25 + 75 + 100) / 3)
    assert totals.spent == timedelta(minutes=15) + LONGEST


def test_an_article_opened_but_never_finished(store: ProgressStore):
    kim = store.create_profile("Kim")
    store.start_session(kim, make_article(), "practice", {})
    rows, totals = overview(store.sessions(kim))
    assert len(rows) == 1 and rows[0].attempts == 0
    assert rows[0].best is None and rows[0].last is None
    assert totals.quizzes == 0 and totals.average is None and totals.spent == timedelta(0)
    assert overview([]) == ([], overview([])[1]) and overview([])[1].articles == 0
