"""The status bar belongs to the library: the article count and the bank.

Elsewhere (reading, the quiz, the summary, review) nothing in it is needed and
the text gets its height back; a message said there (a resumed run's changed
questions, a word marked known) or work under way (a dictionary being indexed,
with its progress bar) still brings the bar for as long as it lasts. While a
message shows, the library's own words (`window.status`) step aside: Qt hides
them, but showing the bar again would bring them back under the message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QWidget


class StatusQuiet(QObject):
    """Shows one window's status bar on the library, or while it has a message."""

    def __init__(self, window: QMainWindow, screen: str = "library"):
        super().__init__(window)
        self.bar = window.statusBar()
        self.screen = screen
        self.busy: QWidget | None = getattr(window, "progress", None)
        self.words: QWidget | None = getattr(window, "status", None)
        if self.busy is not None:  # shown or hidden, even while the bar itself is hidden
            self.busy.installEventFilter(self)
        self.bar.messageChanged.connect(self._update)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._update()
        return False

    def set_screen(self, name: str) -> None:
        self.screen = name
        self._update()

    def _update(self, *_message: object) -> None:
        busy = self.busy is not None and not self.busy.isHidden()
        message = bool(self.bar.currentMessage())
        if self.words is not None:  # before the bar shows, so it never shows them
            self.words.setVisible(not message)
        self.bar.setVisible(self.screen == "library" or busy or message)
