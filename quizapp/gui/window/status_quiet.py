"""The status bar steps aside while a question is on: the quiz gets its height back.

Nothing in it is needed then (the learner is chosen before a quiz starts); a
message said during the quiz (a resumed run's changed questions, a word marked
known) still brings it back for as long as the message lasts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow


class StatusQuiet(QObject):
    """Shows or hides one window's status bar as the quiz tells it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.bar = window.statusBar()
        self.quiet = False
        self.bar.messageChanged.connect(self._update)

    def set_quiet(self, quiet: bool) -> None:
        """Quiet while a question is on screen; shown again after it."""
        self.quiet = quiet
        self._update()

    def _update(self, *_message: object) -> None:
        self.bar.setVisible(not self.quiet or bool(self.bar.currentMessage()))
