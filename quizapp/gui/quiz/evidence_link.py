"""The feedback's "Show in the text →" only while the evidence is out of sight.

After a check the passage already scrolls to the evidence and tints it, and the
feedback quotes it: a link to it as well said the proof three times. The link shows
when the highlighted sentence is not in the passage's viewport (scrolled away, or
the passage hidden or too narrow), and follows the passage as it scrolls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from shiboken6 import isValid

from quizapp.gui.quiz.feedback import FeedbackBox


class EvidenceLink(QObject):
    """Watches the passage's viewport and tells the feedback whether the link is needed."""

    def __init__(self, passage: Any, feedback: FeedbackBox):
        super().__init__(feedback)
        self.passage = passage
        self.feedback = feedback
        self.ids: tuple[str, ...] = ()
        self._later = QTimer(self)  # after the passage has laid its text out again
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        bar = passage.verticalScrollBar()
        bar.valueChanged.connect(self.refresh)
        bar.rangeChanged.connect(self._later.start)  # a new width or zoom: new lines
        for watched in (passage, passage.viewport()):
            watched.installEventFilter(self)

    def follow(self, ids: tuple[str, ...] | list[str]) -> None:
        """The evidence of the question on screen (empty: none to point at)."""
        self.ids = tuple(ids)
        self.refresh()

    def in_view(self) -> bool:
        """Whether a line of the evidence shows whole in the passage's viewport."""
        passage = self.passage
        if not self.ids or not passage.isVisible():
            return False
        view = passage.viewport().rect()
        for sid in self.ids:
            try:
                line = passage.sentence_rect(sid)
            except KeyError:  # not in this passage (an edited article)
                continue
            if view.contains(line):
                return True
        return False

    def refresh(self, *_args: Any) -> None:
        if not isValid(self.passage):  # the window closed while a re-check was queued
            return
        self.feedback.set_link_needed(not self.in_view())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._later.start()  # seen before the passage itself re-wraps its lines
        return super().eventFilter(watched, event)
