"""`quizapp` that quits once the library is listed (the bank read), for timing.

Same command line as `quizapp`; used by startup_bank.py to time a whole start
up to a listed library, and to fill the article cache before the warm runs.
"""

import sys

from PySide6.QtCore import QCoreApplication, QTimer

from quizapp.gui.window import main_window

_original_init = main_window.MainWindow.__init__


def _init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    self.bank_loaded.connect(lambda: QTimer.singleShot(0, QCoreApplication.quit))


main_window.MainWindow.__init__ = _init

if __name__ == "__main__":
    from quizapp.cli import main

    sys.exit(main(sys.argv[1:]))
