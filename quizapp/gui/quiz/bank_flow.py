"""The word bank's row of chips and its count.

The chips flow like words; the count after them never starts a row alone (the chip
before it goes down with it), and it is as wide as its widest wording, so the chips
never move as it counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayoutItem, QWidget

from quizapp.gui.window.flow_layout import FlowLayout


class BankFlow(FlowLayout):
    """A flow whose gaps follow the zoom, and whose last item (the count) never starts
    a row alone: when it would, the chip before it goes down with it."""

    def set_gaps(self, gap: int) -> None:
        self._spacing = self._line_spacing = gap
        self.invalidate()

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap_x, gap_y = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint()
            hint = size.boundedTo(QSize(max(area.width(), 1), 10**6))
            if hint.width() < size.width() and item.hasHeightForWidth():
                hint.setHeight(item.heightForWidth(hint.width()))  # a wrapping item, narrowed
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + gap_x
        if len(lines) > 1 and len(lines[-1]) == 1 and len(lines[-2]) > 1:
            lines[-1].insert(0, lines[-2].pop())  # the count keeps a chip's company
        y = area.y()
        for line in lines:
            height = max((h.height() for _, h in line), default=0)
            x = area.x()
            for item, hint in line:
                if apply:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + gap_x
            y += height + gap_y
        return y - gap_y - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


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
