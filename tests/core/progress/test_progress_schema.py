"""Schema versions: migrating what an older app wrote, refusing what a newer app wrote."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import StoreTooNewError, StoreUnavailableError
from quizapp.core.progress.schema import SCHEMA_VERSION, TABLES, create_schema, table_names
from tests.core.progress_fixtures import make_article


def _v1_store(folder: Path) -> Path:
    """A store exactly as version 1 of the app left it, with a little history."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "progress.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    create_schema(conn, version=1)
    conn.execute("INSERT INTO profiles VALUES (1, 'Zoé', 'zoé', '2026-01-05T10:00:00+00:00')")
    conn.execute(
        """INSERT INTO sessions (id, profile_id, article_id, article_title, article_path,
               content_hash, mode, started, updated, finished, score, points, state)
           VALUES ('s-old', 1, 'belarus', 'Le Bélarus', NULL, 'h', 'exam',
               '2026-01-05T10:00:00+00:00', '2026-01-05T10:05:00+00:00',
               '2026-01-05T10:05:00+00:00', 3, 4, '{"i": 3}')"""
    )
    conn.execute(
        """INSERT INTO answers (session_id, question_id, answered, response, score, points,
               attempts, hints) VALUES ('s-old', 'q2', '2026-01-05T10:01:00+00:00', '"1995"',
               0, 2, 1, 0)"""
    )
    lookups = [
        ("armes", "arme", "2026-01-05T10:01:00+00:00"),
        ("arme", "arme", "2026-01-05T10:03:00+00:00"),
        ("stationner", "stationner", "2026-01-05T10:02:00+00:00"),
    ]
    for word, headword, when in lookups:
        conn.execute(
            """INSERT INTO lookups (profile_id, article_id, sentence_id, word, headword, gloss,
                   sentence_fr, sentence_en, looked_up)
               VALUES (1, 'belarus', 's1', ?, ?, 'gloss', 'fr', 'en', ?)""",
            (word, headword, when),
        )
    conn.execute("COMMIT")
    conn.close()
    return path


def test_fresh_store_has_the_current_schema(data_dir: Path):
    with ProgressStore.open(data_dir) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert table_names(store._conn) == set(TABLES[SCHEMA_VERSION])


def test_migrates_v1_to_the_current_version_keeping_every_thing(tmp_path: Path):
    folder = tmp_path / "data"
    _v1_store(folder)
    with ProgressStore.open(folder) as store:
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert table_names(conn) == set(TABLES[SCHEMA_VERSION])
        zoe = store.find_profile("ZOÉ")
        assert zoe is not None
        old = store.session("s-old")
        assert old is not None and old.state == {"i": 3} and old.fingerprints == {}
        # no fingerprints recorded then: nothing can be said to have changed
        assert store.changed_questions(old, {"q1": "new"}) == frozenset()
        assert [a.response for a in store.answers("s-old")] == ["1995"]
        words = {w.headword: w for w in store.words(zoe)}
        assert set(words) == {"arme", "stationner"}
        arme = words["arme"]
        assert (arme.count, arme.word) == (2, "arme")  # as last clicked
        assert arme.first_seen.isoformat() == "2026-01-05T10:01:00+00:00"
        assert arme.last_seen.isoformat() == "2026-01-05T10:03:00+00:00"
        # and the migrated store takes new data
        sid = store.start_session(zoe, make_article(), "practice", {})
        assert store.record_answer(sid, "q1", 0, 1, 1, 1, 0, [], {})
        assert store.log_lookup(zoe, "belarus", "s1", "armes", "arme", "weapon", "f", "e")
        assert store.words(zoe)[0].count == 3
        assert store.history(zoe, "belarus")[0].percent == 75.0
    kept = list((folder / "backups").glob("progress-*-v1.sqlite3"))
    assert len(kept) == 1, "a copy of the old store is kept before migrating"
    conn = sqlite3.connect(kept[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_migration_is_all_or_nothing(tmp_path: Path, monkeypatch):
    from quizapp.core.progress import schema as progress_schema

    folder = tmp_path / "data"
    path = _v1_store(folder)
    broken = (*progress_schema.MIGRATE_V1_V2[:-1], "DROP TABLE no_such_table")
    monkeypatch.setitem(progress_schema.MIGRATIONS, 1, broken)
    with pytest.raises(StoreUnavailableError, match="no_such_table"):
        ProgressStore.open(folder)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert table_names(conn) == set(TABLES[1])
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_from_a_newer_app_is_refused_and_left_untouched(data_dir: Path):
    with ProgressStore.open(data_dir) as store:
        store.create_profile("Kim")
        store._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    path = data_dir / "progress.sqlite3"
    before = sorted(p.name for p in data_dir.iterdir())
    digest = _digest(path)
    with pytest.raises(StoreTooNewError) as info:
        ProgressStore.open(data_dir)
    err = info.value
    assert err.found == SCHEMA_VERSION + 1 and err.supported == SCHEMA_VERSION
    assert "Update quizapp" in str(err) and "Mettez quizapp à jour" in err.text("fr")
    assert _digest(path) == digest
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_newer_version_still_in_the_wal_is_refused(tmp_path: Path):
    """A newer app's migration not yet copied into the main file is seen too."""
    source = tmp_path / "live"
    with ProgressStore.open(source) as store:
        store.create_profile("Kim")
    live = sqlite3.connect(source / "progress.sqlite3", isolation_level=None)
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("progress.sqlite3", "progress.sqlite3-wal"):
        shutil.copyfile(source / name, copy / name)  # as if the computer had been switched off
    live.close()
    digest = _digest(copy / "progress.sqlite3")
    with pytest.raises(StoreTooNewError):
        ProgressStore.open(copy)
    assert _digest(copy / "progress.sqlite3") == digest
    assert not list(copy.glob("progress-damaged-*"))
