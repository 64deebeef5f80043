"""Ctrl-C in the terminal that started the window ends it cleanly, with exit code 130.

Before: "Error calling Python override of QObject::eventFilter()" on stderr, and
exit code 0, as if the learner had closed the window.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGINT from a terminal is POSIX")


def test_ctrl_c_quits_the_window_with_130_and_no_message(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "quizapp", "--data-dir", str(data_dir)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        store = data_dir / "progress.sqlite3"  # opened once the window has painted
        deadline = time.monotonic() + 60
        while not store.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.exists(), "the window never came up"
        child.send_signal(signal.SIGINT)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 130
    assert "Error calling Python override" not in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err == ""


def interrupted(argv: list[str]) -> int:
    raise KeyboardInterrupt  # Ctrl-C while a subcommand runs


def test_ctrl_c_in_a_subcommand_is_130_without_a_traceback(monkeypatch) -> None:
    from quizapp import cli

    target = ("tests.gui.window.test_interrupt:interrupted", "a test")
    monkeypatch.setitem(cli.SUBCOMMANDS, "interrupted-test", target)
    assert cli.main(["interrupted-test"]) == 130
