"""The summary's sticky footer: the next step in the accent at the right, the
others quiet links to its left, on the panel's paper under a hairline.

The footer is its own row under the scroll area (never over the list). All on
one line when they fit, if need be with snug paddings (a 900 px window's panel);
in a narrower panel (a large zoom) the quiet links wrap on a line above, and the
accent keeps its place at the right and its own size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.theme import Theme


def elided(button: QPushButton, title: str, theme: Theme, room: int) -> str:
    """The next article's title cut to fit the accent button (its whole in the tooltip):
    at most half the panel, never under twelve spacing units."""
    most = theme.space(28) if room <= 0 else min(theme.space(28), max(theme.space(12), room // 2))
    return button.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, most)


def set_snug(buttons: list[QPushButton], snug: bool) -> None:
    """Snug paddings (the style sheet's `snug` rules), so one line still holds them."""
    for button in buttons:
        if (button.property("snug") == "true") != snug:
            button.setProperty("snug", "true" if snug else "false")
            button.style().unpolish(button)
            button.style().polish(button)


def set_look(button: QPushButton, primary: bool) -> None:
    """The accent for the next step, a quiet text button for the others."""
    button.setProperty("primary", "true" if primary else "false")
    button.setProperty("summary", "" if primary else "quiet")
    button.style().unpolish(button)
    button.style().polish(button)


class ButtonBar(QFrame):
    """Lays out one primary button and its quiet alternatives."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.primary: QPushButton | None = None
        self.others: list[QPushButton] = []
        self.wide: bool | None = None
        self.snug = False  # one line only with snug paddings
        self.column = QVBoxLayout(self)
        self.first = QHBoxLayout()
        self.rest = FlowLayout()
        self.column.addLayout(self.rest)
        self.column.addLayout(self.first)

    def set_theme(self, theme: Theme) -> None:
        edge = theme.space(0.75)
        self.column.setContentsMargins(edge, theme.space(1), edge, theme.space(1))
        self.column.setSpacing(theme.space(0.5))
        self.first.setSpacing(theme.space(0.5))
        self.wide = None
        self._lay_out()

    def place(self, primary: QPushButton, others: list[QPushButton]) -> None:
        self.primary, self.others = primary, others
        set_look(primary, True)
        for button in others:
            set_look(button, False)
        self.wide = None
        self._lay_out()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons one under the other: a narrow panel makes them wrap
        (on one line they would hold the panel wider than its window)."""
        margins = self.column.contentsMargins()
        buttons = [b for b in (self.primary, *self.others) if b is not None]
        widest = max((b.minimumSizeHint().width() for b in buttons), default=0)
        return QSize(widest + margins.left() + margins.right(), super().minimumSizeHint().height())

    def _needed(self) -> int:
        buttons = [b for b in (self.primary, *self.others) if b is not None]
        margins = self.column.contentsMargins()
        gaps = self.first.spacing() * max(0, len(buttons) - 1)
        return sum(b.sizeHint().width() for b in buttons) + gaps + margins.left() + margins.right()

    def _one_line(self) -> tuple[bool, bool]:
        """(all on one line, with snug paddings): the normal look first, then snug."""
        buttons = [b for b in (self.primary, *self.others) if b is not None]
        for snug in (False, True):
            set_snug(buttons, snug)
            if self._needed() <= self.width():
                return True, snug
        set_snug(buttons, False)
        return False, False

    def _lay_out(self) -> None:
        if self.primary is None:
            return
        wide, self.snug = self._one_line()
        if wide == self.wide:
            return
        self.wide = wide
        for layout in (self.first, self.rest):
            while layout.count():
                layout.takeAt(0)
        for button in self.others:
            if wide:
                self.first.addWidget(button)
            else:
                self.rest.addWidget(button)
        self.first.addStretch(1)
        self.first.addWidget(self.primary, 0)  # its own size, at the right
        self.column.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()
