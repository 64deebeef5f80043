"""Unexpected errors: logged, shown without blocking, and the window goes on.

pytest-qt normally catches exceptions raised in slots itself; these tests turn
that off (`qt_no_exception_capture`) so the app's own hook sees them, as it
does for a learner.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from quizapp.gui.window.error_handler import CRASH_NAME, ErrorDialog, ErrorHandler
from tests.conftest import REPO

pytestmark = pytest.mark.qt_no_exception_capture


class Boom(RuntimeError):
    pass


@pytest.fixture
def handler(qapp, data_dir: Path, capsys) -> Iterator[ErrorHandler]:
    errors = ErrorHandler(data_dir)
    errors.install()
    yield errors
    errors.uninstall()
    capsys.readouterr()  # the tracebacks the hook also printed to stderr


def test_an_error_in_a_clicked_slot_is_logged_shown_and_copyable(
    qtbot, window, handler, data_dir: Path
):
    button = QPushButton("Boom", window)
    button.setObjectName("boom")
    clicks: list[int] = []

    def explode() -> None:
        clicks.append(1)
        raise Boom("le quiz a planté <b>ici</b> & là")

    button.clicked.connect(explode)
    button.show()
    with qtbot.waitSignal(handler.dialog_shown, timeout=5000) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert not dialog.isModal() or dialog.windowModality() != Qt.WindowModality.ApplicationModal

    details = dialog.details.toPlainText()
    assert "Boom: le quiz a planté <b>ici</b> & là" in details
    assert "explode" in details and "Traceback" in details
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert str(handler.log_path) in dialog.message.text()

    log = handler.log_path.read_text(encoding="utf-8")
    assert "Boom: le quiz a planté <b>ici</b> & là" in log
    assert handler.log_path == data_dir / "logs" / "errors.log"

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details

    # Still responsive: the same button works again and the window still reacts.
    with qtbot.waitSignal(handler.error_reported, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1, 1]
    qtbot.waitUntil(lambda: dialog.details.toPlainText().count("Boom: le quiz") == 2)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
    assert dialogs == [dialog], "a second error joins the open dialog, not a second one"
    window.show_screen("library")
    assert window.current_screen() == "library" and window.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: handler.dialog is None)


def test_the_app_hook_is_the_handler_and_the_log_is_in_the_data_folder(data_dir: Path, qapp):
    errors = ErrorHandler(data_dir)
    before = (sys.excepthook, threading.excepthook)
    errors.install()
    try:
        assert sys.excepthook == errors.excepthook
        assert threading.excepthook == errors.thread_excepthook
        assert (data_dir / "logs").is_dir()
        assert (data_dir / "logs" / CRASH_NAME).is_file()
    finally:
        errors.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert not (data_dir / "logs" / CRASH_NAME).exists(), "a clean exit leaves no crash log"


def test_an_error_in_a_worker_thread_is_shown_from_the_gui_thread(qtbot, handler):
    def work() -> None:
        raise Boom("dans un fil")

    thread = threading.Thread(target=work, name="loader-thread")
    with qtbot.waitSignal(handler.dialog_shown, timeout=5000) as shown:
        thread.start()
        thread.join()
    dialog = shown.args[0]
    assert "In thread loader-thread" in dialog.details.toPlainText()
    assert "Boom: dans un fil" in handler.log_path.read_text(encoding="utf-8")
    dialog.close()


def test_the_log_rotates(handler):
    chunk = "x" * 4096
    for _ in range(400):  # ~1.6 MB of errors
        handler._logger.error("%s", chunk)
    logs = sorted(p.name for p in handler.log_dir.glob("errors.log*"))
    assert logs == ["errors.log", "errors.log.1", "errors.log.2", "errors.log.3"]
    assert all(p.stat().st_size <= 600 * 1024 for p in handler.log_dir.glob("errors.log*"))


def test_a_read_only_data_folder_still_shows_errors(qtbot, tmp_path: Path, capsys, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    errors = ErrorHandler(blocked)  # logs/ cannot be made inside a file
    errors.install()
    try:
        assert "cannot write logs" in capsys.readouterr().err
        with qtbot.waitSignal(errors.dialog_shown, timeout=5000) as shown:
            errors.report("Traceback: simulated\n")
        shown.args[0].close()
    finally:
        errors.uninstall()


CRASHER = """
import faulthandler, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from quizapp.gui.window.error_handler import ErrorHandler
app = QApplication([])
ErrorHandler(Path(sys.argv[1])).install()
faulthandler._sigsegv()
"""


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_a_hard_crash_is_written_then_reported_at_the_next_start(qtbot, qapp, data_dir: Path):
    crashed = run_python(CRASHER, str(data_dir))
    assert crashed.returncode != 0
    crash_log = data_dir / "logs" / CRASH_NAME
    text = crash_log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "Segmentation fault" in text

    errors = ErrorHandler(data_dir)
    errors.install()
    try:
        moved = errors.previous_crash
        assert moved is not None and moved.name.startswith("crash-") and moved.is_file()
        assert moved.read_text(encoding="utf-8") == text
        with qtbot.waitSignal(errors.dialog_shown, timeout=5000) as shown:
            errors.report_previous_crash()
        dialog = shown.args[0]
        assert dialog.isVisible()
        assert "Segmentation fault" in dialog.details.toPlainText()
        assert "closed unexpectedly" in dialog.message.text()
        assert errors.report_previous_crash() is None, "reported once"
        # an error of this run gets its own dialog: the crash report shows only the crash
        with qtbot.waitSignal(errors.dialog_shown, timeout=5000) as again:
            errors.report("Traceback (most recent call last):\nValueError: this run\n")
        own = again.args[0]
        assert own is not dialog and own.isVisible()
        assert "this run" in own.details.toPlainText()
        assert "this run" not in dialog.details.toPlainText()
        assert "Something went wrong" in own.windowTitle()
        own.close()
        dialog.close()
    finally:
        errors.uninstall()
    assert not crash_log.exists()


def test_the_real_app_moves_a_crash_log_aside_and_cleans_up(data_dir: Path, bank: Path):
    logs = data_dir / "logs"
    logs.mkdir()
    (logs / CRASH_NAME).write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizapp",
            "--quit-after-paint",
            "--bank",
            str(bank),
            "--data-dir",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not (logs / CRASH_NAME).exists()
    moved = list(logs.glob("crash-*.log"))
    assert len(moved) == 1 and "Segmentation fault" in moved[0].read_text(encoding="utf-8")


def test_a_symlink_planted_as_the_error_log_is_never_written_through(
    qtbot, data_dir: Path, tmp_path: Path, capsys
):
    """Before: errors were appended to whatever `logs/errors.log` pointed at."""
    target = tmp_path / "victim.txt"
    target.write_text("precious\n", encoding="utf-8")
    logs = data_dir / "logs"
    logs.mkdir(parents=True)
    (logs / "errors.log").symlink_to(target)
    (logs / "crash.log").symlink_to(tmp_path / "other-victim.txt")
    errors = ErrorHandler(data_dir)
    errors.install()
    try:
        with qtbot.waitSignal(errors.dialog_shown, timeout=5000) as shown:
            errors.report("Traceback: a test error\n")
        shown.args[0].close()
    finally:
        errors.uninstall()
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "other-victim.txt").exists()
    err = capsys.readouterr().err
    assert "cannot write logs" in err and "a test error" in err  # said on stderr instead
