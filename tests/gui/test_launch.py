"""Starting the real entry point, offscreen, as a learner or a teacher would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BANK, REPO


def launch(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "--quit-after-paint", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
        check=False,
    )


@pytest.mark.parametrize("which", ["bundled", "temp"])
def test_quit_after_paint(which: str, bank: Path, data_dir: Path):
    folder = BANK if which == "bundled" else bank
    result = launch("--bank", str(folder), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "settings.ini").is_file()


def test_default_bank_and_french(data_dir: Path):
    result = launch("--lang", "fr", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_preview_one_file(bank: Path, data_dir: Path):
    for name in ("belarus.yaml", "broken.yaml"):
        result = launch(str(bank / name), data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr


def test_missing_file_is_a_clear_message(tmp_path: Path, data_dir: Path):
    result = launch(str(tmp_path / "nope.yaml"), data_dir=data_dir)
    assert result.returncode == 2
    assert "nope.yaml: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_nothing_heavy_before_the_first_paint(data_dir: Path, tmp_path: Path):
    """yaml, simplemma, rapidfuzz, sqlite3 and QtSvg load after the window is on screen."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys\n"
        "from quizapp.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "heavy = [m for m in ('yaml', 'simplemma', 'rapidfuzz', 'sqlite3', 'PySide6.QtSvg')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(code)\n",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(probe), "--quit-after-paint", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout


def test_desktop_entry_and_icon_ship():
    from quizapp.gui.app import ICON

    assert ICON.is_file() and ICON.with_suffix(".svg").is_file()
    entry = (REPO / "assets" / "quizapp.desktop").read_text(encoding="utf-8")
    assert "Exec=quizapp %f" in entry and "Icon=quizapp" in entry
    assert (REPO / "assets" / "quizapp.png").resolve() == ICON.resolve()
