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


def run_probe(
    source: str, tmp_path: Path, data_dir: Path, *args: str, first_paint: bool = True
) -> subprocess.CompletedProcess[str]:
    """`source` run as a script, then the window started to its first paint and quit
    (`first_paint=False`: the probe quits it itself, when it has seen what it wants)."""
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    quit_flag = ["--quit-after-paint"] if first_paint else []
    result = subprocess.run(
        [sys.executable, str(probe), *quit_flag, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_nothing_heavy_before_the_first_paint(data_dir: Path, tmp_path: Path):
    """yaml, simplemma, rapidfuzz, sqlite3 and QtSvg load after the window is on screen."""
    result = run_probe(
        "import sys\n"
        "from quizapp.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "heavy = [m for m in ('yaml', 'simplemma', 'rapidfuzz', 'sqlite3', 'PySide6.QtSvg')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(code)\n",
        tmp_path,
        data_dir,
    )
    assert "HEAVY []" in result.stdout


def test_qt_namespace_is_built_after_the_first_paint(bank: Path, data_dir: Path, tmp_path: Path):
    """PySide builds `Qt`'s ~90 enums on first use (~20 ms): never before the window shows.

    When this fails, a module the first screen imports names `Qt` at import time or in a
    constructor: see quizapp/gui/window/qt_names.py for the ways around it.
    """
    source = (
        "import sys\n"
        "import PySide6.QtCore as core\n"
        "from quizapp.gui.window import app\n"
        "seen = []\n"
        "original = app.FirstPaint.eventFilter\n"
        "def spy(self, watched, event):\n"
        "    done = self.done\n"
        "    result = original(self, watched, event)\n"
        "    if self.done and not done:\n"
        "        seen.append('Qt' in vars(core))\n"
        "    return result\n"
        "app.FirstPaint.eventFilter = spy\n"
        "from quizapp.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('QT_AT_PAINT', seen)\n"
        "sys.exit(code)\n"
    )
    for args in ([], ["--bank", str(bank)], ["--lang", "fr"]):
        result = run_probe(source, tmp_path, data_dir, *args)
        assert "QT_AT_PAINT [False]" in result.stdout, (args, result.stdout)


def test_roles_spelled_as_ints_are_qts():
    from PySide6.QtCore import Qt

    from quizapp.gui.window.qt_names import ALIGN_CENTER, Role

    assert Qt.ItemDataRole.DisplayRole.value == Role.DISPLAY
    assert Qt.ItemDataRole.ToolTipRole.value == Role.TOOLTIP
    assert Qt.ItemDataRole.TextAlignmentRole.value == Role.TEXT_ALIGNMENT
    assert Qt.ItemDataRole.AccessibleTextRole.value == Role.ACCESSIBLE_TEXT
    assert Qt.ItemDataRole.UserRole.value == Role.USER
    assert Qt.AlignmentFlag.AlignCenter.value == ALIGN_CENTER


def test_settings_by_name_take_effect_and_typos_are_refused(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from quizapp.gui.window.qt_names import plain_text, set_by_name

    label = QLabel("<b>oui</b>")
    qtbot.addWidget(label)
    plain_text(label)
    set_by_name(label, "alignment", "AlignCenter")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    with pytest.raises(ValueError, match="AlignCentre"):
        set_by_name(label, "alignment", "AlignCentre")


def test_desktop_entry_and_icon_ship():
    from quizapp.gui.window.app import ICON

    assert ICON.is_file() and ICON.with_suffix(".svg").is_file()
    entry = (REPO / "assets" / "quizapp.desktop").read_text(encoding="utf-8")
    assert "Exec=quizapp %f" in entry and "Icon=quizapp" in entry
    assert (REPO / "assets" / "quizapp.png").resolve() == ICON.resolve()
