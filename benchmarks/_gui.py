"""In-process window helpers for the interaction benchmarks (offscreen Qt, temp data)."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

import quizapp.gui  # noqa: F401  (its guard against PySide6 6.12, before any Qt call)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(["quizapp-benchmark"])
    assert isinstance(app, QApplication)
    return app


def make_window(bank: Path, data_dir: Path | None = None):
    """A real main window on `bank`, shown, with its data in a temp folder."""
    application()
    from quizapp.gui.window.i18n import Translators
    from quizapp.gui.window.main_window import MainWindow
    from quizapp.gui.window.settings import AppSettings

    data = data_dir or Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    settings = AppSettings(data)
    translators = Translators()
    translators.install("en")
    window = MainWindow(settings, translators, bank=bank)
    window.resize(1200, 800)
    window.show()
    return window


def settle(ms: int = 0) -> None:
    """Let queued events (layouts, paints) run, then delete what `deleteLater` let go,
    as the window's event loop does (processEvents alone keeps those widgets: a quiz's
    old answer widgets, a gloss card's old lines, piling up run after run)."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, ms)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.001)


class StallProbe:
    """A 10 ms timer; the longest gap between two of its ticks, minus 10 ms, is the stall."""

    def __init__(self, interval_ms: int = 10):
        self.interval_ms = interval_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0) - self.interval_ms
