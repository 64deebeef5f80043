"""The word bank's row of chips and its count.

The chips flow like words; the count after them never starts a row alone (the chip
before it goes down with it), and it is as wide as its widest wording, so the chips
never move as it counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayoutItem, QWidget

from quizapp.gui.window.flow_layout import FlowLayout


class BankFlow(FlowLayout):
    """A flow whose gaps follow the zoom, and whose last item (the count) never starts
    a row alone: when it would, the chip before it goes down with it."""

    def set_gaps(self, gap: int) -> None:
        self._spacing = self._line_spacing = gap
        self.invalidate()

    def _balance(self, lines: list[list[tuple[QLayoutItem, QSize]]]) -> None:
        if len(lines) > 1 and len(lines[-1]) == 1 and len(lines[-2]) > 1:
            lines[-1].insert(0, lines[-2].pop())  # the count keeps a chip's company


class Count(QLabel):
    """« Placés : 3 sur 5 »: as wide as its widest wording (all placed) whatever it
    says, so the chips before it never move as it counts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.widest = ""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.widest) + 2
        return QSize(max(hint.width(), width + margins.left() + margins.right()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def count_text(placed: int, total: int) -> str:
    text = QCoreApplication.translate("WordBank", "Placed: %1 of %2")
    return text.replace("%1", str(placed)).replace("%2", str(total))
