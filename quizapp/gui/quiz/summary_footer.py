"""The summary's sticky footer: the next step as a large accent button, the others
quiet links beside it, on the panel's paper under a hairline.

The footer is its own row under the scroll area (never over the list). The accent
takes every pixel the quiet links leave on their row (a narrow panel puts the links
on a row above it, and the accent spans the footer): the next step is the obvious
one. Its wording is the same at every width and on one line (« Article suivant → »);
the article it opens is named on a quiet caption line just over it, from its left
edge, « À suivre : … » on one line or two (a title is cut short only past two lines;
whole in the tooltip and accessible name): three lines of a button read as a form.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
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


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` in `width`: whole on one line, else wrapped at a word onto a second line,
    which alone is elided when even two lines are too few; none in too little room."""
    if not text or width < FEWEST_EMS * metrics.horizontalAdvance("m"):
        return []  # « À sui… » would say nothing
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words, first = text.split(" "), ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    rest = " ".join(words)
    if not first:  # one word wider than the room: elided on one line
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class LeadButton(QPushButton):
    """A button that knows where it leads (its `caption`, a title): the footer names it
    on a quiet line over the button, whose own words stay on one line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = ""

    def set_caption(self, caption: str) -> None:
        self.caption = caption


def set_look(button: QPushButton, primary: bool) -> None:
    """The large accent for the next step, a quiet text button for the others."""
    button.setProperty("primary", "true" if primary else "false")
    button.setProperty("summary", "lead" if primary else "quiet")
    grow = QSizePolicy.Policy.Expanding if primary else QSizePolicy.Policy.Fixed
    button.setSizePolicy(grow, QSizePolicy.Policy.Fixed)
    button.style().unpolish(button)
    button.style().polish(button)


class ButtonBar(QFrame):
    """Lays out one primary button, as wide as it may be, and its quiet alternatives."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.primary: QPushButton | None = None
        self.others: list[QPushButton] = []
        self.wide: bool | None = None  # the links on the accent's row
        self.caption = ""  # the accent's title, named by `note` over it
        self.note = QLabel(self)  # « Up next: Composter… », one line or two, quiet
        self.note.setObjectName("summary_next")
        self.note.setProperty("type", "caption")
        self.note.setProperty("tone", "muted")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.note.hide()
        self.column = QVBoxLayout(self)
        self.first = QHBoxLayout()
        self.rest = FlowLayout()
        self.column.addLayout(self.rest)
        self.column.addWidget(self.note)
        self.column.addLayout(self.first)

    def set_theme(self, theme: Theme) -> None:
        self.column.setContentsMargins(
            theme.space(1.25), theme.space(1), theme.space(1.25), theme.space(1.25)
        )
        self.column.setSpacing(theme.space(0.5))
        self.first.setSpacing(theme.space(0.75))
        self.wide = None
        self._lay_out()
        self._fit_note()

    def place(self, primary: QPushButton, others: list[QPushButton], caption: str = "") -> None:
        """`caption`: where the accent leads, on its second line ("" for none)."""
        if isinstance(self.primary, LeadButton) and self.primary is not primary:
            self.primary.set_caption("")
        self.primary, self.others = primary, others
        if isinstance(primary, LeadButton):
            primary.set_caption(caption)
        self.caption = caption if isinstance(primary, LeadButton) else ""
        self.note.setAccessibleName(self.caption)
        set_look(primary, True)
        for button in others:
            set_look(button, False)
        self.wide = None
        self._lay_out()
        self._fit_note()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons one under the other: a narrow panel makes them wrap
        (on one line they would hold the panel wider than its window)."""
        margins = self.column.contentsMargins()
        buttons = [b for b in (self.primary, *self.others) if b is not None]
        widest = max((b.minimumSizeHint().width() for b in buttons), default=0)
        return QSize(widest + margins.left() + margins.right(), super().minimumSizeHint().height())

    def needed(self) -> int:
        """The width the links and the accent need on one row (the accent at least half
        of it, so it stays the large one)."""
        margins = self.column.contentsMargins()
        links = sum(b.sizeHint().width() for b in self.others)
        links += self.first.spacing() * len(self.others)
        accent = self.primary.sizeHint().width() if self.primary is not None else 0
        return max(2 * links, links + accent) + margins.left() + margins.right()

    def _lay_out(self) -> None:
        if self.primary is None:
            return
        wide = self.needed() <= self.width()
        if wide == self.wide:
            return
        self.wide = wide
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for layout in (self.first, self.rest):
            while layout.count():
                layout.takeAt(0)
        if wide:  # the links at the left of the accent's row
            for button in self.others:
                self.first.addWidget(button)
        else:  # the links on a row above, the accent across the footer
            for button in self.others:
                self.rest.addWidget(button)
        self.first.addWidget(self.primary, 1)
        self.column.activate()

    def note_lines(self) -> list[str]:
        """The title over the accent, as wide as it: one line or two, elided past two."""
        if not self.caption or self.primary is None:
            return []
        said = self.tr("Up next: %1").replace("%1", self.caption)
        return two_lines(said, self.note.fontMetrics(), self.primary.width())

    def _fit_note(self) -> None:
        lines = self.note_lines()
        text = "\n".join(lines)
        indent = self.primary.x() - self.column.contentsMargins().left() if self.primary else 0
        if self.note.text() != text or self.note.indent() != indent:
            self.note.setIndent(max(0, indent))  # over the accent, from its left edge
            self.note.setText(text)
            self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * max(1, len(lines)))
        if self.note.isHidden() == bool(lines):
            self.note.setVisible(bool(lines))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()
        self._fit_note()
