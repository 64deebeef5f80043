"""The bank walk: sorted, one path per file, bounded, and every file it leaves out said."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from quizapp.core.bank import walk
from quizapp.core.bank.cache import load_with_cache
from quizapp.core.bank.loader import bank_files, load_bank

GOOD = """id: {id}
title: Le chat
level: A1
sentences:
  - id: s1
    fr: Le chat dort.
    en: The cat sleeps.
questions:
  - id: q1
    type: locate
    sentences: s1
    prompt: Où ?
"""


def article(path: Path, article_id: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD.format(id=article_id), encoding="utf-8")
    return path


class _Listing:
    """os.scandir's context manager, giving the entries in a chosen order."""

    def __init__(self, entries: list[os.DirEntry]):
        self.entries = entries

    def __enter__(self) -> list[os.DirEntry]:
        return self.entries

    def __exit__(self, *exc: object) -> None:
        return None


def scandir_in_order(monkeypatch: pytest.MonkeyPatch, reverse: bool) -> None:
    real = os.scandir

    def listing(path: os.PathLike | str) -> _Listing:
        with real(path) as it:
            entries = sorted(it, key=lambda e: e.name, reverse=reverse)
        return _Listing(entries)

    monkeypatch.setattr(walk.os, "scandir", listing)


def test_a_file_reached_through_a_link_is_reported_under_its_direct_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bank = tmp_path / "bank"
    article(bank / "zshared" / "chat.yaml", "chat")
    (bank / "alink").symlink_to(bank / "zshared", target_is_directory=True)
    (bank / "inner").mkdir()
    (bank / "inner" / "again").symlink_to(bank / "zshared", target_is_directory=True)
    (bank / "a-lien.yaml").symlink_to(bank / "zshared" / "chat.yaml")  # a linked file too
    reported = []
    for reverse in (False, True):
        scandir_in_order(monkeypatch, reverse)
        files, problems = bank_files([bank])
        reported.append((files, problems))
    assert reported[0] == reported[1]
    assert reported[0] == ([bank / "zshared" / "chat.yaml"], [])
    scan = load_bank([bank])
    assert [a.path for a in scan.articles] == [bank / "zshared" / "chat.yaml"]


def test_a_folder_only_reached_through_a_link_is_read_in_sorted_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    shared = article(tmp_path / "shared" / "b.yaml", "b").parent
    article(shared / "a.yaml", "a")
    bank = tmp_path / "bank"
    article(bank / "c.yaml", "c")
    (bank / "partage").symlink_to(shared, target_is_directory=True)
    (bank / "encore").symlink_to(shared, target_is_directory=True)
    results = []
    for reverse in (True, False):
        scandir_in_order(monkeypatch, reverse)
        results.append(bank_files([bank])[0])
    assert (
        results[0]
        == results[1]
        == [
            bank / "c.yaml",
            bank / "encore" / "a.yaml",
            bank / "encore" / "b.yaml",
        ]
    )


def test_a_link_to_the_root_is_not_followed(tmp_path: Path):
    bank = tmp_path / "bank"
    article(bank / "chat.yaml", "chat")
    (bank / "everything").symlink_to("/", target_is_directory=True)
    (bank / "up").symlink_to(tmp_path, target_is_directory=True)
    (bank / "proc").symlink_to("/proc", target_is_directory=True)
    files, problems = bank_files([bank])
    assert files == [bank / "chat.yaml"]
    assert sorted(Path(p.path).name for p in problems) == ["everything", "proc", "up"]
    assert all(not p.is_error for p in problems)
    assert "holds the bank itself" in next(p for p in problems if p.path == bank / "up").message


def test_a_system_folder_given_as_a_bank_is_not_walked():
    files, problems = bank_files(["/proc"])
    assert files == []
    assert len(problems) == 1 and "system folder" in problems[0].message


def test_a_bank_too_deep_stops_with_a_message(tmp_path: Path):
    bank = tmp_path / "bank"
    deep = bank.joinpath(*[f"d{i}" for i in range(walk.MAX_DEPTH + 3)])
    article(deep / "deep.yaml", "deep")
    article(bank / "top.yaml", "top")
    article(bank.joinpath(*[f"e{i}" for i in range(walk.MAX_DEPTH + 3)]) / "e.yaml", "e")
    files, problems = bank_files([bank])
    assert bank / "top.yaml" in files and deep / "deep.yaml" not in files
    assert [p.is_error for p in problems] == [True]  # said once
    assert f"more than {walk.MAX_DEPTH} folders deep" in problems[0].message


def test_a_bank_with_too_many_files_stops_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(walk, "MAX_FILES", 3)
    bank = tmp_path / "bank"
    for n in range(5):
        article(bank / f"a{n}.yaml", f"a{n}")
    files, problems = bank_files([bank])
    assert files == [bank / f"a{n}.yaml" for n in range(3)]
    assert len(problems) == 1 and "more than 3 question files" in problems[0].message
    assert "plus de 3 fichiers" in problems[0].message_fr


@pytest.mark.skipif(sys.platform != "linux", reason="raw-byte file names are a Linux matter")
def test_a_file_name_that_is_not_utf8_is_a_problem_and_the_others_load(tmp_path: Path):
    bank = tmp_path / "bank"
    article(bank / "chat.yaml", "chat")
    bad = os.path.join(os.fsencode(bank), b"caf\xe9.yaml")
    with open(bad, "wb") as handle:
        handle.write(GOOD.format(id="cafe").encode())
    cache = tmp_path / "cache"
    old = os.stat(bank / "chat.yaml").st_mtime_ns - 10**10
    os.utime(bank / "chat.yaml", ns=(old, old))  # settled: it is cached
    for _ in range(2):  # written, then read back
        scan, stats = load_with_cache([bank], cache)
        assert [a.id for a in scan.articles] == ["chat"]
        assert len(scan.problems) == 1
        problem = scan.problems[0]
        assert problem.is_error and "not valid UTF-8" in problem.message
        assert str(problem.path).endswith("caf\ufffd.yaml")
        str(problem.path).encode("utf-8")  # printable, and shown by Qt as it is
    assert stats.cache_used


@pytest.mark.skipif(sys.platform != "linux", reason="raw-byte file names are a Linux matter")
def test_the_cache_is_written_when_a_file_given_by_name_is_not_utf8(tmp_path: Path):
    good = article(tmp_path / "chat.yaml", "chat")
    bad = os.path.join(os.fsencode(tmp_path), b"caf\xe9.yaml")
    with open(bad, "wb") as handle:
        handle.write(GOOD.format(id="cafe").encode())
    old = os.stat(good).st_mtime_ns - 10**10
    for path in (good, bad):
        os.utime(path, ns=(old, old))  # settled: both would be cached
    scan, stats = load_with_cache([good, Path(os.fsdecode(bad))], tmp_path / "cache")
    assert sorted(a.id for a in scan.articles) == ["cafe", "chat"]
    assert stats.cache_written
    again, stats = load_with_cache([good, Path(os.fsdecode(bad))], tmp_path / "cache")
    assert (stats.reused, stats.rechecked) == (1, 1)
    assert sorted(a.id for a in again.articles) == ["cafe", "chat"]


def test_a_dangling_yaml_link_is_a_problem(tmp_path: Path):
    bank = tmp_path / "bank"
    article(bank / "chat.yaml", "chat")
    (bank / "parti.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (bank / "notes.txt").symlink_to(tmp_path / "nowhere.txt")  # not an article: no word
    (bank / "rond.yaml").symlink_to(bank / "rond.yaml")
    files, problems = bank_files([bank])
    assert files == [bank / "chat.yaml"]
    assert [(p.path, p.is_error) for p in problems] == [
        (bank / "parti.yaml", True),
        (bank / "rond.yaml", True),
    ]
    assert "leads to no file" in problems[0].message
    assert "leads back to itself" in problems[1].message


def test_an_unreadable_folder_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    bank = tmp_path / "bank"
    article(bank / "chat.yaml", "chat")
    article(bank / "prive" / "secret.yaml", "secret")
    real = os.scandir

    def scandir(path: os.PathLike | str):
        if Path(path).name == "prive":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    files, problems = bank_files([bank])
    assert files == [bank / "chat.yaml"]
    assert [(p.path, p.is_error) for p in problems] == [(bank / "prive", True)]
    assert "cannot be read (Permission denied)" in problems[0].message


SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or SETPRIV is None,
    reason="needs root and setpriv to check as an ordinary user (nobody)",
)
def test_an_unreadable_folder_is_a_problem_for_an_ordinary_user(tmp_path: Path):
    top = Path(tempfile.mkdtemp(prefix="quizapp-walk-"))  # pytest's own folders are private
    try:
        _check_as_nobody(top)
    finally:
        shutil.rmtree(top)


def _check_as_nobody(top: Path) -> None:
    bank = top / "bank"
    article(bank / "chat.yaml", "chat")
    article(bank / "prive" / "secret.yaml", "secret")
    (bank / "prive").chmod(0o700)
    for folder in (top, bank):
        folder.chmod(0o755)
    script = (
        "import sys; from quizapp.core.bank.loader import bank_files\n"
        "files, problems = bank_files([sys.argv[1]])\n"
        "print([str(f) for f in files]); print([p.format() for p in problems])\n"
    )
    nobody = [SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups"]
    done = subprocess.run(
        [*nobody, sys.executable, "-c", script, str(bank)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
        timeout=60,
        check=False,
    )
    if done.returncode != 0 and "Permission denied" in done.stderr:
        pytest.skip(f"nobody cannot run this Python here: {done.stderr.strip()[-200:]}")
    assert done.returncode == 0, done.stderr
    files_line, problems_line = done.stdout.splitlines()
    assert files_line == repr([str(bank / "chat.yaml")])
    assert f"{bank / 'prive'}:1:1: error: this folder cannot be read" in problems_line
