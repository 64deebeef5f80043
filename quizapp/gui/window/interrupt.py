"""Ctrl-C in the terminal that started the window: quit cleanly with exit code 130.

Python runs a signal handler only when it next runs Python code; while Qt's event
loop waits in C++, that may be never, and when it is inside an event filter the
KeyboardInterrupt escaped as "Error calling Python override of
QObject::eventFilter()" and the app exited 0. So SIGINT gets a handler that asks
the event loop to end with 130, and the signal module's wake-up byte, written to
a pipe Qt watches, makes the loop run it at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells expect


class CtrlC(QObject):
    """While installed, SIGINT ends the event loop with 130 and prints nothing."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.interrupted = False
        self._previous: Any = None
        self._previous_fd = -1
        self._pair: tuple[int, int] | None = None  # the wake-up pipe: (read end, write end)
        self._notifier: QSocketNotifier | None = None

    def install(self) -> None:
        if os.name != "posix":  # Windows: a console's Ctrl-C reaches Python as it is
            return
        try:  # a pipe, not a socket: the app opens no socket at all (test_no_network)
            reader, writer = os.pipe()
            os.set_blocking(reader, False)
            os.set_blocking(writer, False)
            self._previous_fd = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
        except (OSError, ValueError):  # not the main thread: Python's default handling
            return
        self._pair = (reader, writer)
        self._notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = signal.signal(signal.SIGINT, self._interrupt)

    def uninstall(self) -> None:
        if self._pair is None:
            return
        signal.signal(signal.SIGINT, self._previous)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        for end in self._pair:
            os.close(end)
        self._pair = None

    def _interrupt(self, signum: int, frame: object) -> None:
        self.interrupted = True
        QCoreApplication.exit(EXIT_INTERRUPTED)

    def _drain(self) -> None:
        """Read the wake-up bytes; the handler itself has run as Python resumed."""
        if self._pair is not None:
            with contextlib.suppress(OSError):
                os.read(self._pair[0], 64)
