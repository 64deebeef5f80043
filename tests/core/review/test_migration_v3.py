"""The v2 -> v3 migration on a store written by the app before it (tests/core/data/progress)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.progress import opening
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import StoreTooNewError
from quizapp.core.progress.schema import SCHEMA_VERSION, TABLES, table_names
from tests.conftest import REPO

FIXTURE = REPO / "tests" / "core" / "data" / "progress" / "v2-today.sqlite3"
KEPT_TABLES = ("profiles", "sessions", "answers", "words", "meta")


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in KEPT_TABLES}
    finally:
        conn.close()


def test_the_fixture_is_a_v2_store():
    conn = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert table_names(conn) == set(TABLES[2])
    finally:
        conn.close()


def test_a_v2_store_is_backed_up_then_upgraded_keeping_every_record(data_dir: Path):
    path = data_dir / "progress.sqlite3"
    shutil.copy(FIXTURE, path)
    before = _rows(path)
    with ProgressStore.open(data_dir) as store:
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        assert table_names(conn) == set(TABLES[3])
        for table in KEPT_TABLES:
            after = conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            assert after == before[table], table
        zoe, leo = store.find_profile("zoé"), store.find_profile("LÉO")
        assert zoe is not None and leo is not None
        # what was met before the upgrade is already a card: words, and questions missed
        zoe_cards = {(c.kind, c.item) for c in store.review_cards(zoe)}
        assert zoe_cards == {("word", "arme"), ("word", "stationner"), ("question", "q2")}
        leo_cards = {(c.kind, c.item) for c in store.review_cards(leo)}
        assert leo_cards == {("word", "achever"), ("question", "q3")}
        assert all(c.is_new and c.article_id == "belarus" for c in store.review_cards())
        assert store.word_statuses(zoe) == {"arme": "learning", "stationner": "learning"}
        assert store.word_statuses(leo) == {"achever": "learning"}
    backups = list((data_dir / "backups").glob("*v2*"))
    assert len(backups) == 1
    assert _rows(backups[0]) == before  # the copy taken before the upgrade is the old store


def test_the_upgraded_store_is_refused_untouched_by_an_app_that_reads_only_v2(
    data_dir: Path, monkeypatch
):
    path = data_dir / "progress.sqlite3"
    shutil.copy(FIXTURE, path)
    ProgressStore.open(data_dir).close()
    upgraded = path.read_bytes()
    monkeypatch.setattr(opening, "SCHEMA_VERSION", 2)  # what the previous app checks against
    with pytest.raises(StoreTooNewError, match="newer version"):
        ProgressStore.open(data_dir)
    assert path.read_bytes() == upgraded
