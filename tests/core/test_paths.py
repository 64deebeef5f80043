"""Where banks and data live on real classroom machines: odd names, odd folders.

Folders with spaces and accents, read-only banks (tests run as root, where
chmod does not stop writes, so what root cannot feel is simulated), symbolic
link loops, a bank path that is a file, and a bank that is not there.
"""

from __future__ import annotations

import builtins
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.bank.loader import load_bank
from quizapp.core.progress.api import ProgressStore
from tests.conftest import REPO

GOOD = REPO / "tests" / "data" / "good"
ODD_NAMES = ["Banque de l’élève", "dossier avec  espaces ", "Ça & ça (copie) #2", "日本語 ñ"]


def make_bank(root: Path, name: str) -> Path:
    bank = root / name / "sous-dossier à"
    bank.mkdir(parents=True)
    shutil.copy(GOOD / "belarus.yaml", bank / "article élève.yaml")
    (bank.parent / "cassé é.yaml").write_text("id: x\ntitle: [\n", encoding="utf-8")
    return root / name


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=env,
        cwd=REPO,
        check=False,
    )


@pytest.mark.parametrize("name", ODD_NAMES)
def test_banks_with_spaces_and_accents_load_and_check(tmp_path: Path, name: str):
    bank = make_bank(tmp_path, name)
    scan = load_bank([bank])
    assert [a.path.name for a in scan.articles] == ["article élève.yaml"]
    broken = [p for p in scan.problems if p.is_error]
    assert broken and all(Path(p.path).name == "cassé é.yaml" for p in broken)
    result = run_cli("check", "--lang", "en", str(bank))
    assert result.returncode == 1, result.stderr
    assert f"{bank / 'cassé é.yaml'}:2:" in result.stdout
    assert "2 files, 1 error" in result.stdout
    assert "Traceback" not in result.stderr


def test_data_folder_with_spaces_and_accents(tmp_path: Path):
    data = tmp_path / "Données de l’élève é" / "clé USB (E)"
    store = ProgressStore.open(data)
    store.create_profile("Zoé l’élève")
    store.close()
    reopened = ProgressStore.open(data)
    assert [p.name for p in reopened.profiles()] == ["Zoé l’élève"]
    reopened.close()
    bank = make_bank(tmp_path, "Banque à")
    started = run_cli("--quit-after-paint", "--bank", str(bank), "--data-dir", str(data))
    assert started.returncode == 0, started.stderr
    assert (data / "settings.ini").is_file()
    exported = run_cli("export-results", "--data-dir", str(data))
    assert exported.returncode == 0, exported.stderr


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(folder.rglob("*"))
    }


def test_read_only_bank_loads_and_is_never_written(tmp_path: Path, data_dir: Path):
    bank = make_bank(tmp_path, "lecture seule")
    for path in [bank, *bank.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    before = _snapshot(bank)
    try:
        scan = load_bank([bank])
        assert len(scan.articles) == 1
        assert run_cli("check", str(bank)).returncode == 1
        started = run_cli("--quit-after-paint", "--bank", str(bank), "--data-dir", str(data_dir))
        assert started.returncode == 0, started.stderr
        assert _snapshot(bank) == before, "nothing in the bank was created or changed"
        assert all(
            not p.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
            for p in bank.rglob("*")
        )
    finally:
        for path in [bank, *bank.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_an_unreadable_file_is_a_problem_and_the_rest_loads(tmp_path: Path, monkeypatch):
    """Root reads any file, so the refusal a learner's account would get is simulated."""
    bank = make_bank(tmp_path, "banque")
    locked = bank / "verrouillé.yaml"
    shutil.copy(GOOD / "windows.yml", locked)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, str | Path) and Path(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    scan = load_bank([bank])
    assert [a.path.name for a in scan.articles] == ["article élève.yaml"]
    refused = [p for p in scan.problems if Path(p.path) == locked]
    assert len(refused) == 1 and "Permission denied" in refused[0].message
    assert refused[0].line == 1


def test_symbolic_link_loops_do_not_hang_or_crash(tmp_path: Path, capsys):
    bank = make_bank(tmp_path, "boucles")
    (bank / "moi-même").symlink_to(bank, target_is_directory=True)
    (bank / "parent").symlink_to(tmp_path, target_is_directory=True)
    (bank / "sous-dossier à" / "retour").symlink_to(bank, target_is_directory=True)
    (bank / "a").symlink_to(bank / "b")
    (bank / "b").symlink_to(bank / "a")
    (bank / "boucle.yaml").symlink_to(bank / "boucle.yaml")
    (bank / "cassé-lien.yaml").symlink_to(tmp_path / "nulle-part.yaml")
    (bank / "lien vers article.yaml").symlink_to(GOOD / "windows.yml")
    os.mkfifo(bank / "tube.yaml")  # reading it would block forever
    started = time.perf_counter()
    scan = load_bank([bank])
    assert time.perf_counter() - started < 2
    names = sorted(a.path.name for a in scan.articles)
    assert names == ["article élève.yaml", "lien vers article.yaml"]
    assert all(p.line >= 1 for p in scan.problems)
    assert main(["check", str(bank)]) == 1
    out = capsys.readouterr().out
    assert "Traceback" not in out and "tube.yaml" not in out
    result = run_cli("check", str(bank), timeout=30)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_a_linked_folder_is_read_once(tmp_path: Path, capsys):
    shared = tmp_path / "partagé par l’équipe"
    shared.mkdir()
    shutil.copy(GOOD / "windows.yml", shared / "windows.yml")
    bank = make_bank(tmp_path, "banque")
    (bank / "équipe").symlink_to(shared, target_is_directory=True)
    (bank / "encore l’équipe").symlink_to(shared, target_is_directory=True)
    scan = load_bank([bank])
    # only make_bank's own broken file has errors: no duplicate from the second link
    assert {Path(p.path).name for p in scan.problems if p.is_error} == {"cassé é.yaml"}
    assert sorted(a.path.name for a in scan.articles) == ["article élève.yaml", "windows.yml"]
    assert main(["check", str(bank)]) == 1
    assert "3 files, " in capsys.readouterr().out


def test_a_bank_path_that_is_a_file(tmp_path: Path, capsys):
    article = GOOD / "belarus.yaml"
    scan = load_bank([article])
    assert [a.path for a in scan.articles] == [article]
    assert main(["check", str(article)]) == 0
    assert "1 file, 0 errors" in capsys.readouterr().out
    not_yaml = tmp_path / "notes.txt"
    not_yaml.write_text("pas du YAML : juste des notes\n", encoding="utf-8")
    assert main(["check", str(not_yaml)]) == 1
    out = capsys.readouterr().out
    assert f"{not_yaml}:1:" in out and "Traceback" not in out


def test_a_missing_bank_folder(tmp_path: Path, capsys):
    missing = tmp_path / "clé USB débranchée" / "questions"
    scan = load_bank([missing])
    assert scan.articles == [] and len(scan.problems) == 1
    problem = scan.problems[0]
    assert problem.is_error and problem.line == 1 and "no such file or folder" in problem.message
    assert main(["check", "--lang", "en", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"no such file or folder: {missing}" in err
    assert main(["check", "--lang", "fr", str(missing)]) == 2
    assert "introuvable" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["file", "under a file"])
def test_a_data_folder_that_cannot_be_one_is_a_clear_message(tmp_path: Path, kind: str):
    blocker = tmp_path / "données"
    blocker.write_text("x", encoding="utf-8")
    data = blocker if kind == "file" else blocker / "sous-dossier"
    result = run_cli("--quit-after-paint", "--data-dir", str(data))
    assert result.returncode == 2
    assert f"quizapp: {data}: cannot use this for settings and progress" in result.stderr
    assert "Traceback" not in result.stderr
