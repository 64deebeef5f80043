"""The status bar's text (« 6 articles — banque « Questions » »): cut
with « … » at its end when a narrow window or a large font leaves it less room than
it needs, rather than holding the window wider or being cut mid-letter (the tooltip
gives the bank's whole path).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel

FEWEST_EMS = 8  # the least room the status asks for


class StatusLabel(QLabel):
    """A one-line label elided at its end; `text()` stays whole."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = FEWEST_EMS * self.fontMetrics().horizontalAdvance("m")
        margins = self.contentsMargins()
        return QSize(min(hint.width(), least + margins.left() + margins.right()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect().width() - max(0, self.indent())
        if self.fontMetrics().horizontalAdvance(self.text()) <= room:
            super().paintEvent(event)  # fits: Qt's own paint (the first paint names no `Qt`)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter

        elided = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(flags), elided)
        painter.end()
