"""Starting the window: QApplication, language, settings, and the first paint.

Only Qt's core widget modules and the model load before the window is on
screen; YAML, the glossing engine and the progress store come afterwards.
"""

from __future__ import annotations

import sys
import traceback
from argparse import Namespace
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from quizapp.paths import PACKAGE_DIR, default_bank, default_data_dir

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
            if self.quit_after:
                self.window.closing = True
                QTimer.singleShot(0, QCoreApplication.quit)
            else:
                QTimer.singleShot(0, self.window.after_first_paint)
            self.window.removeEventFilter(self)
        return False


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Print the bug for a report and tell the learner, instead of dying silently."""
    text = "".join(traceback.format_exception(kind, error, tb))
    sys.stderr.write(text)
    app = QApplication.instance()
    window = next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"), None
    )
    if app is not None and window is not None:
        from quizapp.gui import dialogs

        dialogs.show_error(
            window,
            QCoreApplication.translate("App", "Something went wrong"),
            QCoreApplication.translate(
                "App", "quizapp hit an unexpected problem. The details below help to report it."
            ),
            text,
        )


def run(options: Namespace) -> int:
    """Open the window for the parsed command line; returns the exit code."""
    article = Path(options.article) if getattr(options, "article", None) else None
    if article is not None and not article.is_file():
        sys.stderr.write(f"quizapp: {article}: no such file (give the path of a .yaml article)\n")
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    app.setDesktopFileName("quizapp")
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))

    from quizapp.gui.i18n import Translators, default_language
    from quizapp.gui.main_window import MainWindow
    from quizapp.gui.settings import AppSettings

    data_dir = Path(options.data_dir) if options.data_dir else default_data_dir()
    settings = AppSettings(data_dir)
    translators = Translators()
    translators.install(default_language(options.lang, settings.language))
    if options.bank:
        bank = Path(options.bank)
    elif settings.bank is not None and settings.bank.is_dir():
        bank = settings.bank
    else:
        bank = default_bank()

    window = MainWindow(settings, translators, bank=bank, article_path=article)
    window.installEventFilter(FirstPaint(window, bool(options.quit_after_paint)))
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    try:
        window.show()
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        window.shutdown()
        settings.sync()
    return int(code)
