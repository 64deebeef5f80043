"""`quizapp install-desktop`: the menu entry and icon, in the user's XDG folders."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main as cli_main
from quizapp.commands import desktop

VALIDATE = shutil.which("desktop-file-validate")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def test_install_and_uninstall_in_the_xdg_folders(home: Path, capsys):
    assert cli_main(["install-desktop"]) == 0
    entry = home / "applications" / "quizapp.desktop"
    png = home / "icons" / "hicolor" / "256x256" / "apps" / "quizapp.png"
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / "quizapp.svg"
    assert png.read_bytes() == (desktop.ASSETS / "quizapp.png").read_bytes()
    assert svg.read_bytes() == (desktop.ASSETS / "quizapp.svg").read_bytes()
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == f"Exec={desktop.launcher()} %f"
    program = exec_line.removeprefix("Exec=").split()[0]
    assert Path(program).is_absolute() and Path(program).exists()
    assert "Icon=quizapp" in text and "Name=quizapp" in text
    assert f"wrote {entry}" in capsys.readouterr().out
    assert cli_main(["install-desktop", "--uninstall"]) == 0
    assert not entry.exists() and not png.exists() and not svg.exists()
    assert f"removed {entry}" in capsys.readouterr().out
    assert cli_main(["install-desktop", "--uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


@pytest.mark.skipif(VALIDATE is None, reason="desktop-file-validate (Debian's desktop-file-utils)")
def test_the_installed_entry_is_valid(home: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "executable", "/opt/my apps/$venv/bin/python")  # quoting
    assert cli_main(["install-desktop"]) == 0
    entry = home / "applications" / "quizapp.desktop"
    assert 'Exec="/opt/my apps/\\\\$venv/bin/python" -m quizapp %f' in entry.read_text("utf-8")
    assert VALIDATE is not None
    for path in (entry, desktop.ASSETS / "quizapp.desktop"):
        done = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_what_to_do(platform, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli_main(["install-desktop"]) == 0
    said = capsys.readouterr().out
    assert "has no desktop entries" in said and desktop.launcher() in said
    assert not (tmp_path / "share").exists()


def test_version(capsys):
    from quizapp import __version__

    with pytest.raises(SystemExit) as stop:
        cli_main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"quizapp {__version__}\n"
