"""The one place unexpected errors go, so a bug never silently kills a lesson.

Any exception that escapes a slot (`sys.excepthook`) or a worker thread
(`threading.excepthook`) is written to `<data-dir>/logs/errors.log` (rotating)
and shown in a plain-text dialog with a "Copy details" button; the window
keeps running. A hard crash (segfault, abort) cannot be caught, so
`faulthandler` writes its stack to `<data-dir>/logs/crash.log`; the next start
moves that file aside and says what happened.
"""

from __future__ import annotations

import errno
import faulthandler
import logging
import os
import stat
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # pragma: no cover - the dialog's Qt classes load with the first error
    from quizapp.gui.window.error_dialog import ErrorDialog

LOG_NAME = "errors.log"
CRASH_NAME = "crash.log"
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3


def format_error(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(kind, error, tb))


class ErrorHandler(QObject):
    """Installs the hooks; logs every error and shows it without blocking."""

    error_reported = Signal(str)  # the traceback, once logged (any thread)
    dialog_shown = Signal(object)  # the ErrorDialog, on the GUI thread

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.log_dir = Path(data_dir) / "logs"
        self.log_path = self.log_dir / LOG_NAME
        self.crash_path = self.log_dir / CRASH_NAME
        self.previous_crash: Path | None = None
        self.dialog: ErrorDialog | None = None  # this run's errors, gathered in one dialog
        self.crash_dialog: ErrorDialog | None = None  # the last run's crash, alone in its own
        self.installed = False
        self._errors = logging.getLogger(f"quizapp.errors.{id(self)}")
        self._errors.propagate = False
        self._log_handler: logging.Handler | None = None
        self._log_wanted = False  # the handler is made on the first error (start-up speed)
        self._log_lock = threading.Lock()
        self._crash_file: IO[str] | None = None
        self._saved: tuple[Any, Any, bool] | None = None
        # Shown from the event loop, never inside the slot that failed (a queued call made
        # with a timer: Qt's ConnectionType would build PySide's `Qt` before the first paint).
        self.error_reported.connect(self._show_soon)

    # -- installing -------------------------------------------------------
    def install(self) -> None:
        """Take over the hooks; any crash log of the last run is moved aside first."""
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            self.previous_crash = self._move_previous_crash()
            self._log_wanted = True
            self._crash_file = open_log(self.crash_path, truncate=True)
        except OSError as exc:  # a read-only data folder: still show errors, log to stderr
            sys.stderr.write(f"quizapp: cannot write logs in {self.log_dir}: {exc}\n")
        self._saved = (sys.excepthook, threading.excepthook, faulthandler.is_enabled())
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        if self._crash_file is not None:
            faulthandler.enable(file=self._crash_file, all_threads=True)
        self.installed = True

    def uninstall(self) -> None:
        """Give the hooks back; a clean exit leaves no crash log behind."""
        if not self.installed:
            return
        self.installed = False
        assert self._saved is not None
        sys.excepthook, threading.excepthook, was_enabled = self._saved
        if self._crash_file is not None:
            faulthandler.disable()
            if was_enabled:
                faulthandler.enable(file=sys.__stderr__ or sys.stderr)
            self._crash_file.close()
            self._crash_file = None
            try:
                if self.crash_path.stat().st_size == 0:
                    self.crash_path.unlink()
            except OSError:
                pass
        if self._log_handler is not None:
            self._errors.removeHandler(self._log_handler)
            self._log_handler.close()
            self._log_handler = None

    def _move_previous_crash(self) -> Path | None:
        if self.crash_path.is_symlink() or not self.crash_path.is_file():
            return None
        if self.crash_path.stat().st_size == 0:
            self.crash_path.unlink()
            return None
        from datetime import datetime

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.log_dir / f"crash-{stamp}.log"
        n = 1
        while target.exists():
            n += 1
            target = self.log_dir / f"crash-{stamp}-{n}.log"
        self.crash_path.rename(target)
        return target

    # -- the hooks --------------------------------------------------------
    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl-C where no handler caught it first
            QApplication.exit(130)
            return
        self.report(format_error(kind, error, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        error = args.exc_value or args.exc_type()
        text = format_error(args.exc_type, error, args.exc_traceback)
        self.report(f"In thread {name}:\n{text}")

    def _handler(self) -> logging.Handler | None:
        """The rotating log file, opened on the first error: logging.handlers (sockets,
        pickle...) costs ~10 ms to import, which the first paint should not wait for."""
        with self._log_lock:
            if self._log_handler is None and self._log_wanted and self.installed:
                self._log_wanted = False
                try:
                    handler = _no_follow_handler(self.log_path)
                except OSError as exc:
                    sys.stderr.write(f"quizapp: cannot write logs in {self.log_dir}: {exc}\n")
                    return None
                handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
                self._errors.addHandler(handler)
                self._log_handler = handler
            return self._log_handler

    @property
    def _logger(self) -> logging.Logger:
        """The error log, its file opened on first use."""
        self._handler()
        return self._errors

    def report(self, text: str) -> None:
        """Log the error now (any thread), and show it from the GUI thread."""
        sys.stderr.write(text)
        handler = self._handler()
        if handler is not None:
            self._errors.error("%s", text.rstrip("\n"))
            handler.flush()
        self.error_reported.emit(text)

    # -- showing ----------------------------------------------------------
    @Slot(str)
    def _show_soon(self, text: str) -> None:
        QTimer.singleShot(0, lambda: self._show(text))

    def _show(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.add_details(text)
            return
        message = QCoreApplication.translate(
            "ErrorHandler",
            "quizapp hit an unexpected problem and stopped what it was doing. You can go on "
            "working: your answers so far are kept. The details below help to report it; "
            "they were also saved in %1.",
        ).replace("%1", str(self.log_path))
        self.show_dialog(
            QCoreApplication.translate("ErrorHandler", "Something went wrong"), message, text
        )

    def show_dialog(
        self, title: str, message: str, details: str, crash: bool = False
    ) -> ErrorDialog:
        """A dialog for this run's errors, or (`crash`) for the last run's crash only."""
        parent = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"), None
        )
        from quizapp.gui.window.error_dialog import ErrorDialog

        dialog = ErrorDialog(parent, title, message, details)
        if crash:
            dialog.destroyed.connect(self._forget_crash_dialog)
            self.crash_dialog = dialog
        else:
            dialog.destroyed.connect(self._forget_dialog)
            self.dialog = dialog
        dialog.show()
        self.dialog_shown.emit(dialog)
        return dialog

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None

    @Slot()
    def _forget_crash_dialog(self) -> None:
        self.crash_dialog = None

    def report_previous_crash(self) -> ErrorDialog | None:
        """After the first paint: say that the last run crashed, with its crash log."""
        if self.previous_crash is None:
            return None
        try:
            details = self.previous_crash.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        message = QCoreApplication.translate(
            "ErrorHandler",
            "quizapp closed unexpectedly last time. Your progress was saved up to the last "
            "answer. The details below help to report it; they are kept in %1.",
        ).replace("%1", str(self.previous_crash))
        self.previous_crash = None
        return self.show_dialog(
            QCoreApplication.translate("ErrorHandler", "quizapp closed unexpectedly"),
            message,
            details,
            crash=True,
        )


def open_log(path: Path, truncate: bool = False) -> IO[str]:
    """A log file opened for writing without following a symbolic link planted in its
    place (O_NOFOLLOW), nor its folder's; private to the user (0600 when created)."""
    if path.parent.is_symlink():
        raise OSError(errno.ELOOP, "the logs folder is a symbolic link", str(path.parent))
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    flags |= os.O_TRUNC if truncate else os.O_APPEND
    fd = os.open(path, flags, 0o600)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or a device in its place
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return os.fdopen(fd, "w", encoding="utf-8")


def _no_follow_handler(path: Path) -> logging.Handler:
    """The rotating error log, each file opened with `open_log`."""
    from logging.handlers import RotatingFileHandler

    class Handler(RotatingFileHandler):
        def _open(self) -> IO[str]:  # type: ignore[override]
            return open_log(Path(self.baseFilename))

    return Handler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")


def __getattr__(name: str) -> Any:
    """`ErrorDialog` is still importable from here, built on first use (start-up speed)."""
    if name == "ErrorDialog":
        from quizapp.gui.window.error_dialog import ErrorDialog

        return ErrorDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
