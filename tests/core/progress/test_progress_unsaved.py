"""Writes the disk still refuses at closing time go to a file and come back at the next start."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import StoreWriteError
from quizapp.core.progress.unsaved import (
    find_unsaved,
    import_unsaved,
    legacy_folder,
    private_folder,
    refused_places,
    save_unsaved,
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


def test_an_unwritable_data_folder_falls_back_to_a_private_folder(
    data_dir: Path, tmp_path: Path, monkeypatch
):
    records, _sid, _kim = refused_quiz(data_dir)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    path = save_unsaved(records, blocked, WHEN)
    assert path.parent == private_folder(blocked)
    assert str(path).startswith(str(tmp_path / "cache" / "quizapp"))
    assert not str(path).startswith(tempfile.gettempdir() + "/quizapp-unsaved")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert find_unsaved(blocked) == [path]
    assert refused_places(blocked) == []


def forged(folder: Path) -> Path:
    """What another local user plants: a finished test at 100 % and a switch of learner."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "unsaved-20000101-000000-000000.json"
    records = [{"kind": "last_profile", "args": ["intruder"]}]
    path.write_text(
        json.dumps({"format": "quizapp-unsaved-progress", "version": 1, "records": records}),
        encoding="utf-8",
    )
    return path


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")
def test_a_fallback_folder_others_may_write_is_refused_and_named(
    data_dir: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = private_folder(data_dir)
    path = forged(folder)
    folder.chmod(0o777)  # as if another user had made it first, open to all
    assert find_unsaved(data_dir) == []
    [(place, reason)] = refused_places(data_dir)
    assert place == folder and "other users may open it (mode 0777)" in reason
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    private_folder(blocked).mkdir(mode=0o777)
    private_folder(blocked).chmod(0o777)
    with pytest.raises(OSError, match="is not private: other users may open it"):
        save_unsaved([{"kind": "last_profile", "args": ["x"]}], blocked, WHEN)
    assert list(private_folder(blocked).iterdir()) == []  # nothing written through it
    assert path.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")
def test_a_fallback_folder_that_is_a_symlink_is_refused(
    data_dir: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    elsewhere = tmp_path / "elsewhere"
    forged(elsewhere)
    elsewhere.chmod(0o700)
    private_folder(data_dir).parent.mkdir(parents=True)
    private_folder(data_dir).symlink_to(elsewhere)
    assert find_unsaved(data_dir) == []
    assert [reason for _, reason in refused_places(data_dir)] == ["it is a symbolic link"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners")
def test_a_fallback_folder_of_another_owner_is_refused(data_dir: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    forged(private_folder(data_dir)).parent.chmod(0o700)
    legacy = legacy_folder(data_dir)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    legacy = legacy_folder(data_dir)
    forged(legacy).parent.chmod(0o755)
    real = os.geteuid()
    assert len(find_unsaved(data_dir)) == 2  # both ours: read
    monkeypatch.setattr(os, "geteuid", lambda: real + 1)  # now both belong to "another user"
    assert find_unsaved(data_dir) == []
    refused = refused_places(data_dir)
    assert [p for p, _ in refused] == [private_folder(data_dir), legacy]
    assert all(f"belongs to another user (uid {real})" in reason for _, reason in refused)


BAD_RECORDS = [
    {"kind": "finish", "args": ["s"]},  # too few values
    {"kind": "finish", "args": ["s", [1, 2, 3]]},  # a row too short
    {"kind": "state", "args": [1, "{}", "now"]},  # a number for an id
    {"kind": "lookup", "args": [[{"x": 1}] * 10]},  # not plain values
    {"kind": "answer", "args": [[True] * 9, "{}"]},  # booleans are not plain values here
    {"kind": "last_profile", "args": [["a"]]},
    {"kind": ["list"], "args": []},
    {"kind": "DROP TABLE"},
    {"kind": "sql", "args": ["x"]},
    "not a mapping",
]


def test_bad_records_are_set_aside_and_never_block_the_good_ones(data_dir: Path):
    records, sid, kim = refused_quiz(data_dir)
    mixed = [records[0], *BAD_RECORDS, *records[1:]]
    path = save_unsaved(mixed, data_dir, WHEN)
    with ProgressStore.open(data_dir) as store:
        report = import_unsaved(store, path)
        assert (report.saved, report.skipped, len(report.set_aside)) == (4, 0, len(BAD_RECORDS))
        assert report.set_aside[0].startswith("record 2: a 'finish' write takes 2 values")
        session = store.session(sid)
        assert session is not None and session.finished is not None
        assert [w.headword for w in store.words(kim)] == ["arme"]
    assert report.rejected is not None
    kept = json.loads(report.rejected.read_text(encoding="utf-8"))["records"]
    assert [k["record"] for k in kept] == BAD_RECORDS


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
        json.dumps({"format": "quizapp-unsaved-progress", "records": {"kind": "DROP TABLE"}}),
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_left_alone(data_dir: Path, text: str):
    path = data_dir / "unsaved-20260101-000000-000000.json"
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with ProgressStore.open(data_dir) as store, pytest.raises(ValueError):
        import_unsaved(store, path)
    assert path.read_text(encoding="utf-8") == text
