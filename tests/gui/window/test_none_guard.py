"""The guard against PySide6 6.12's lost references to None, True and False on CPython 3.11."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

LOOP = """
import sys
import quizapp.gui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(50_000):  # ten times None's usual reference count
    label.setText("x")
    label.isVisible()  # returns a bool: True/False are dropped like None
    app.processEvents()
print("survived")
"""


def test_many_qt_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", LOOP],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
