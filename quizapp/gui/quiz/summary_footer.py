"""The summary's sticky footer: the next step in the accent at the right, the
others quiet links to its left, on the panel's paper under a hairline.

The footer is its own row under the scroll area (never over the list). All on
one line when they fit, if need be with snug paddings; only in a narrower panel do
the quiet links wrap on a line above, the accent keeping its place at the right and
its own size. The accent says the same at every width (« Article suivant → »); the
article it opens is named by a quiet caption (« À suivre : Composter en
appartement… », elided to its room; whole in the tooltip and accessible name): above
the one row, or, when the links wrap, beside the accent (two rows, not three).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.theme import Theme

FEWEST_EMS = 12  # the caption's least room: « À suivre : Composter… »


class Caption(QLabel):
    """One quiet line, elided at its end to whatever width the layout gives it (none
    at all in less than a few words' room: « À sui… » would say nothing)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full(self, text: str) -> None:
        self.full = text
        self._elide()

    def _elide(self) -> None:
        metrics, elide = self.fontMetrics(), Qt.TextElideMode.ElideRight
        if self.width() < FEWEST_EMS * metrics.horizontalAdvance("m"):
            self.setText("")
            return
        self.setText(metrics.elidedText(self.full, elide, self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a zoom: other widths
            self._elide()


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
        self.texts: list[str] = []  # the accent's wordings, the fullest first
        self.wide: bool | None = None
        self.snug = False  # one line only with snug paddings
        self.caption = Caption(self)  # what the accent leads to
        self.caption.setObjectName("summary_next_caption")
        self.caption.hide()
        self.column = QVBoxLayout(self)
        self.first = QHBoxLayout()
        self.rest = FlowLayout()
        self.column.addWidget(self.caption)
        self.column.addLayout(self.rest)
        self.column.addLayout(self.first)

    def set_theme(self, theme: Theme) -> None:
        # the quiet links' own padding at the left; at the window's edge a wider margin
        self.column.setContentsMargins(
            theme.space(0.5), theme.space(1), theme.space(2), theme.space(1)
        )
        self.column.setSpacing(theme.space(0.5))
        self.first.setSpacing(theme.space(0.5))
        self.wide = None
        self._lay_out()

    def place(
        self,
        primary: QPushButton,
        others: list[QPushButton],
        texts: list[str] | None = None,
        caption: str = "",
    ) -> None:
        """`texts`: the accent's wordings, the fullest first; the fullest that fits is
        shown. `caption`: a quiet line above the row ("" for none)."""
        self.primary, self.others = primary, others
        self.texts = texts or [primary.text()]
        self.caption.set_full(caption)
        self.caption.setVisible(bool(caption))
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
        """(all on one line, with snug paddings): the fullest wording of the accent
        first, in the normal look then snug; then shorter wordings. When none fits, the
        links wrap above the fullest wording that fits the accent's line alone."""
        primary = self.primary
        buttons = [b for b in (primary, *self.others) if b is not None]
        for text in self.texts:
            primary.setText(text)
            for snug in (False, True):
                set_snug(buttons, snug)
                if self._needed() <= self.width():
                    return True, snug
        set_snug(buttons, False)
        margins = self.column.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        for text in self.texts:
            primary.setText(text)
            if primary.sizeHint().width() <= room:
                break
        return False, False

    def _lay_out(self) -> None:
        if self.primary is None:
            return
        wide, self.snug = self._one_line()
        if wide == self.wide:
            self.column.activate()  # the accent's wording may have changed
            return
        self.wide = wide
        for layout in (self.first, self.rest):
            while layout.count():
                layout.takeAt(0)
        self.column.removeWidget(self.caption)
        self.first.removeWidget(self.caption)
        if wide:  # the caption on a row above the links and the accent
            self.column.insertWidget(0, self.caption)
            for button in self.others:
                self.first.addWidget(button)
            self.first.addStretch(1)
        else:  # the links wrap above; the caption beside the accent
            for button in self.others:
                self.rest.addWidget(button)
            if self.caption.full:
                self.first.addWidget(self.caption, 1)
            else:
                self.first.addStretch(1)
        self.first.addWidget(self.primary, 0)  # its own size, at the right
        self.column.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()
