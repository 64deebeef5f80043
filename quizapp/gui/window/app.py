"""Starting the window: QApplication, language, settings, and the first paint.

Only Qt's core widget modules and the model load before the window is on
screen; YAML, the glossing engine and the progress store come afterwards.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from quizapp.paths import PACKAGE_DIR, default_bank, default_data_dir, ensure_my_articles

if TYPE_CHECKING:  # pragma: no cover - the command line is read without argparse
    from argparse import Namespace
    from types import SimpleNamespace

GC_FALLBACK_MS = 3000
ICON = PACKAGE_DIR / "assets" / "quizapp.png"


class FirstPaint(QObject):
    """Runs the deferred start-up once the window has painted, then removes itself."""

    def __init__(self, window, quit_after: bool):
        super().__init__(window)
        self.window = window
        self.quit_after = quit_after
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and watched is self.window and event.type() == QEvent.Type.Paint:
            self.done = True
            # Everything built so far (modules, Qt's enums, the window) lives as long as the
            # app: out of the collector's sight, later collections and the exit are shorter.
            # The command line turned collection off until now (start-up speed).
            gc.freeze()
            gc.enable()
            if self.quit_after:
                self.window.closing = True
                QTimer.singleShot(0, QCoreApplication.quit)
            else:
                QTimer.singleShot(0, self.window.after_first_paint)
            self.window.removeEventFilter(self)
        return False


def run(options: Namespace | SimpleNamespace) -> int:
    """Open the window for the parsed command line; returns the exit code."""
    article = Path(options.article) if getattr(options, "article", None) else None
    if article is not None and not article.is_file():
        sys.stderr.write(f"quizapp: {article}: no such file (give the path of a .yaml article)\n")
        return 2
    data_dir = Path(options.data_dir) if options.data_dir else default_data_dir()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file of that name, a read-only stick, no such drive
        is_file = data_dir.exists() and not data_dir.is_dir()
        reason = "it is a file, not a folder" if is_file else (exc.strerror or str(exc))
        sys.stderr.write(
            f"quizapp: {data_dir}: cannot use this for settings and progress ({reason}); "
            "give --data-dir a folder you can write to\n"
        )
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    # No display name: Qt would append it to every title ("quizapp — x — quizapp").
    app.setDesktopFileName("quizapp")
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))

    from quizapp.gui.window.error_handler import ErrorHandler
    from quizapp.gui.window.i18n import Translators, default_language
    from quizapp.gui.window.main_window import MainWindow
    from quizapp.gui.window.settings import AppSettings

    errors = ErrorHandler(data_dir, app)  # logs, a dialog, and last run's crash report
    errors.install()
    settings = AppSettings(data_dir)
    translators = Translators()
    translators.install(default_language(options.lang, settings.language))
    if options.bank:
        bank = Path(options.bank)
    elif settings.bank is not None and settings.bank.is_dir():
        bank = settings.bank
    else:
        bank = default_bank()

    mine = None
    if not options.bank:  # `--bank DIR` opens that folder alone
        try:
            mine = ensure_my_articles(data_dir)
        except OSError as exc:  # a read-only data folder: the bank alone, and why
            sys.stderr.write(f"quizapp: cannot create My articles: {exc.strerror or exc}\n")
    window = MainWindow(settings, translators, bank=bank, article_path=article, mine=mine)
    window.installEventFilter(FirstPaint(window, bool(options.quit_after_paint)))
    from quizapp.gui.window.interrupt import CtrlC

    ctrl_c = CtrlC(app)  # Ctrl-C in the terminal: quit with 130, no message
    ctrl_c.install()
    try:
        window.show()
        QTimer.singleShot(GC_FALLBACK_MS, gc.enable)  # should the window never be painted
        if not options.quit_after_paint:
            QTimer.singleShot(0, errors.report_previous_crash)
        code = app.exec()
    finally:
        window.shutdown()
        settings.sync()
        errors.uninstall()
        ctrl_c.uninstall()
    return int(code)
