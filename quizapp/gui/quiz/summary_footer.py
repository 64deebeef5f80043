"""The summary's sticky footer: the next step in the accent at the right, the
others quiet links to its left, on the panel's paper under a hairline.

The footer is its own row under the scroll area (never over the list). All on
one line when they fit, if need be with snug paddings and a shorter wording of the
accent (a 900 px window's panel: « Suivant : Composter en appartement… », cut at a
word, never inside one, or « Article suivant → »; the button's tooltip and
accessible name keep the whole title); only in a narrower panel do the quiet links
wrap on a line above, the accent keeping its place at the right and its own size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.theme import Theme

SHORT_WORDS = 2  # a cut never ends on « en », « de », « la », « au »: too short to say much
TRAILING = " \u00a0\u202f,;:.!?–—-«(“"


def word_cuts(title: str) -> list[str]:
    """The title whole, then shorter and shorter at word boundaries, each ending « … »
    (never mid-word, never on a colon or a two-letter word)."""
    words = title.split(" ")  # no-break spaces stay inside: « appartement\u00a0: »
    cuts = [title]
    for keep in range(len(words) - 1, 0, -1):
        cut = " ".join(words[:keep]).rstrip(TRAILING)
        last = cut.split(" ")[-1] if cut else ""
        if not cut or (keep > 1 and len(last.strip(TRAILING)) <= SHORT_WORDS):
            continue
        if cut + "…" not in cuts:
            cuts.append(cut + "…")
    return cuts


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
        self.column = QVBoxLayout(self)
        self.first = QHBoxLayout()
        self.rest = FlowLayout()
        self.column.addLayout(self.rest)
        self.column.addLayout(self.first)

    def set_theme(self, theme: Theme) -> None:
        edge = theme.space(0.5)
        self.column.setContentsMargins(edge, theme.space(1), edge, theme.space(1))
        self.column.setSpacing(theme.space(0.5))
        self.first.setSpacing(theme.space(0.5))
        self.wide = None
        self._lay_out()

    def place(
        self, primary: QPushButton, others: list[QPushButton], texts: list[str] | None = None
    ) -> None:
        """`texts`: the accent's wordings, the fullest first; the fullest that fits is shown."""
        self.primary, self.others = primary, others
        self.texts = texts or [primary.text()]
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
