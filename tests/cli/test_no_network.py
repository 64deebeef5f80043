"""The app never uses the network: with every socket made to fail, it all still works.

A `sitecustomize.py` put first on PYTHONPATH makes every way Python opens a
socket (or resolves a name) raise, and notes each attempt; at exit it also
notes whether any networking module was loaded at all. The real entry points
run under it: `quizapp selftest` (the whole window, every quiz), `check`,
`new`, the exports, and a plain start of the window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BANK, REPO

SITECUSTOMIZE = r'''
"""Installed by tests/cli/test_no_network.py: no socket can be opened in this process."""
import atexit, json, os, socket, sys

_REPORT = os.environ["QUIZAPP_NETWORK_REPORT"]
_attempts = []


def _refuse(what):
    def refuse(*args, **kwargs):
        _attempts.append(what)
        raise OSError(101, f"network disabled by the test ({what})")
    return refuse


class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _attempts.append("socket.socket")
        raise OSError(101, "network disabled by the test (socket.socket)")


socket.socket = _NoSocket
socket.SocketType = _NoSocket
for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname",
              "gethostbyname_ex", "gethostbyaddr", "socketpair", "fromfd"):
    setattr(socket, _name, _refuse("socket." + _name))


@atexit.register
def _write_report():
    watched = ("PySide6.QtNetwork", "http.client", "urllib.request", "ssl", "requests",
               "PySide6.QtWebEngineCore", "smtplib", "ftplib")
    with open(_REPORT, "w", encoding="utf-8") as handle:
        json.dump({"attempts": _attempts,
                   "modules": sorted(m for m in watched if m in sys.modules)}, handle)
'''


@pytest.fixture
def offline(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "offline-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    report = tmp_path / "network-report.json"
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(site), str(REPO)]),
        QUIZAPP_NETWORK_REPORT=str(report),
        QT_QPA_PLATFORM="offscreen",
    )
    return env, report


def run_offline(offline, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env, report = offline
    if report.exists():
        report.unlink()
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert report.is_file(), f"the sitecustomize did not run: {result.stderr[-2000:]}"
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen == {"attempts": [], "modules": []}, (args, seen)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def test_the_guard_itself_refuses_sockets(offline):
    env, report = offline
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('example.org', 80))\n"
        "except OSError as e:\n"
        "    print('refused', e)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert "refused" in result.stdout
    assert json.loads(report.read_text())["attempts"] == ["socket.create_connection"]


@pytest.mark.slow
def test_selftest_takes_the_bundled_bank_offline_and_leaves_no_trace(offline, tmp_path: Path):
    """The suite's one run of the whole bank (every quiz of every article through the
    window, minutes on a loaded 2-core machine): full marks, no socket, and, with no
    --data-dir, nothing left in the learner's own data (a throwaway folder)."""
    env, report = offline
    xdg = tmp_path / "xdg"
    env.update(XDG_DATA_HOME=str(xdg), XDG_CONFIG_HOME=str(xdg))
    result = run_offline((env, report), "selftest", timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "ok   Des armes nucléaires russes au Belarus" in result.stdout
    assert "every question right, full marks" in result.stdout
    assert not xdg.exists() or not any(xdg.rglob("progress.sqlite3"))


def test_window_check_new_and_exports_offline(offline, tmp_path: Path):
    data = tmp_path / "data"
    started = run_offline(offline, "--quit-after-paint", "--data-dir", str(data))
    assert started.returncode == 0, started.stderr
    checked = run_offline(offline, "check", str(BANK))
    assert checked.returncode == 0, checked.stdout
    text = tmp_path / "texte.txt"
    text.write_text("Le conseil a voté la loi. Elle entrera en vigueur en janvier.\n", "utf-8")
    made = run_offline(offline, "new", str(text), "-o", str(tmp_path / "texte.yaml"))
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "texte.yaml").is_file()
    for command in ("export-results", "export-words"):
        exported = run_offline(offline, command, "--data-dir", str(data))
        assert exported.returncode == 0, exported.stderr
