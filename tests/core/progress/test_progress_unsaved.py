"""Writes the disk still refuses at closing time go to a file and come back at the next start."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import StoreWriteError
from quizapp.core.progress.unsaved import (
    find_unsaved,
    import_unsaved,
    save_unsaved,
    temp_folder,
)
from tests.core.progress_fixtures import make_article

WHEN = datetime(2026, 11, 24, 21, 40, 5, tzinfo=UTC)


def refused_quiz(data_dir: Path) -> tuple[list[dict], str, int]:
    """A quiz started and answered while the store refuses every write; its records."""
    store = ProgressStore.open(data_dir)
    kim = store.create_profile("Kim")
    store._conn.execute("PRAGMA query_only = ON")  # the disk says no from here on
    sid = store.start_session(kim, make_article(), "practice", {"n": 0})
    store.record_answer(sid, "q1", {"« oui »"}, 1, 1, 1, 0, ["stationner"], {"n": 1})
    store.log_lookup(kim, "belarus", "s1", "armes", "arme", "weapon", "Les armes.", "Weapons.")
    store.finish_session(sid, 1, 4, {"n": 2})
    assert store.pending_count == 4
    assert not store.close()  # retried once more at closing: still refused
    records = store.take_pending()
    assert store.pending_count == 0
    return records, sid, kim.id


def test_refused_writes_survive_a_close_and_are_replayed_once(data_dir: Path):
    records, sid, kim = refused_quiz(data_dir)
    assert [r["kind"] for r in records] == ["start_session", "answer", "lookup", "finish"]
    path = save_unsaved(records, data_dir, WHEN)
    assert path.parent == data_dir and path.name.startswith("unsaved-20261124-214005")
    assert json.loads(path.read_text(encoding="utf-8"))["records"] == records
    assert find_unsaved(data_dir) == [path]

    with ProgressStore.open(data_dir) as store:
        report = import_unsaved(store, path)
        assert (report.saved, report.skipped) == (4, 0)
        assert report.renamed == path.with_name(path.name + ".imported")
        assert not path.exists() and report.renamed.exists()
        session = store.session(sid)
        assert session is not None and session.finished is not None
        assert [a.response for a in store.answers(sid)] == [["« oui »"]]
        assert [w.headword for w in store.words(kim)] == ["arme"]
    assert find_unsaved(data_dir) == []  # the .imported file is not replayed again


def test_replaying_twice_adds_nothing_twice(data_dir: Path):
    records, sid, _kim = refused_quiz(data_dir)
    first = save_unsaved(records, data_dir, WHEN)
    again = save_unsaved(records[:1], data_dir, datetime(2026, 11, 24, 22, 0, tzinfo=UTC))
    with ProgressStore.open(data_dir) as store:
        assert [import_unsaved(store, p).saved for p in find_unsaved(data_dir)] == [4, 0]
        assert len(store.answers(sid)) == 1
    assert not first.exists() and not again.exists()


def test_an_unwritable_data_folder_falls_back_to_the_temp_folder(
    data_dir: Path, tmp_path: Path, monkeypatch
):
    records, _sid, _kim = refused_quiz(data_dir)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    path = save_unsaved(records, blocked, WHEN)
    assert path.parent == temp_folder(blocked)
    assert str(path).startswith(str(tmp_path / "tmp"))
    assert find_unsaved(blocked) == [path]


def test_still_refused_at_the_next_start_keeps_the_rest_in_the_file(data_dir: Path):
    records, _sid, _kim = refused_quiz(data_dir)
    path = save_unsaved(records, data_dir, WHEN)
    with ProgressStore.open(data_dir) as store:
        store._conn.execute("PRAGMA query_only = ON")
        with pytest.raises(StoreWriteError):
            import_unsaved(store, path)
    assert json.loads(path.read_text(encoding="utf-8"))["records"] == records
    with ProgressStore.open(data_dir) as store:
        assert import_unsaved(store, path).saved == 4


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        json.dumps({"format": "something else", "records": []}),
        json.dumps({"format": "quizapp-unsaved-progress", "records": [{"kind": "DROP TABLE"}]}),
        json.dumps(
            {"format": "quizapp-unsaved-progress", "records": [{"kind": "sql", "args": ["x"]}]}
        ),
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_left_alone(data_dir: Path, text: str):
    path = data_dir / "unsaved-20260101-000000-000000.json"
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with ProgressStore.open(data_dir) as store, pytest.raises(ValueError):
        import_unsaved(store, path)
    assert path.read_text(encoding="utf-8") == text
