"""The summary's sticky footer: the next step as a large accent button, the others
quiet links beside it, on the panel's paper under a hairline.

The footer is its own row under the scroll area (never over the list). The accent
takes every pixel the quiet links leave on their row (a narrow panel puts the links
on a row above it, and the accent spans the footer): the next step is the obvious
one. Its wording is the same at every width (« Article suivant → »); the article it
opens is named inside it, under it in a smaller size, on one line or two (a title is
cut short only past two lines; whole in the tooltip and accessible name).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.theme import Theme

FEWEST_EMS = 12  # the caption's least room: « À suivre : Composter… »


class LeadButton(QPushButton):
    """A button that may say where it leads under its text, smaller (its `caption`):
    wrapped to two lines, elided only past them (none at all in less than a few
    words' room)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = ""

    def set_caption(self, caption: str) -> None:
        self.caption = caption
        self.updateGeometry()
        self.update()

    def caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(9, round(self.fontMetrics().height() * 0.72)))
        font.setWeight(QFont.Weight.Normal)
        return font

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.caption:
            return hint
        lines = max(1, len(self.caption_lines(self.inner_width())))
        return QSize(
            hint.width(), hint.height() + lines * QFontMetrics(self.caption_font()).height()
        )

    def inner_width(self) -> int:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return (
            self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self).width()
        )

    def caption_lines(self, width: int) -> list[str]:
        """The caption in `width`: whole on one line, else wrapped at a word onto a
        second line, which alone is elided when even two lines are too few."""
        metrics = QFontMetrics(self.caption_font())
        if not self.caption or width < FEWEST_EMS * metrics.horizontalAdvance("m"):
            return []  # « À sui… » would say nothing
        if metrics.horizontalAdvance(self.caption) <= width:
            return [self.caption]
        words, first = self.caption.split(" "), ""
        while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
            first = f"{first} {words.pop(0)}".strip()
        rest = " ".join(words)
        if not first:  # one word wider than the button: elided on one line
            return [metrics.elidedText(self.caption, Qt.TextElideMode.ElideRight, width)]
        return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]

    def shown_caption(self, width: int) -> str:
        return "\n".join(self.caption_lines(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self.caption:
            self.updateGeometry()  # another width: the caption may take one line or two

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.caption:
            super().paintEvent(event)
            return
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, opt)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        small = self.caption_font()
        lines = self.caption_lines(inner.width())
        low = QFontMetrics(small).height()
        high = self.fontMetrics().height()
        top = inner.top() + (inner.height() - high - low * len(lines)) // 2
        ink = self.palette().color(QPalette.ColorRole.ButtonText)
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(ink)
        painter.setFont(self.font())
        painter.drawText(QRect(inner.left(), top, inner.width(), high), centre, self.text())
        ink.setAlphaF(0.85)
        painter.setPen(ink)
        painter.setFont(small)
        for row, text in enumerate(lines):
            line = QRect(inner.left(), top + high + row * low, inner.width(), low)
            painter.drawText(line, centre, text)


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
        self.column = QVBoxLayout(self)
        self.first = QHBoxLayout()
        self.rest = FlowLayout()
        self.column.addLayout(self.rest)
        self.column.addLayout(self.first)

    def set_theme(self, theme: Theme) -> None:
        self.column.setContentsMargins(
            theme.space(1.25), theme.space(1), theme.space(1.25), theme.space(1.25)
        )
        self.column.setSpacing(theme.space(0.5))
        self.first.setSpacing(theme.space(0.75))
        self.wide = None
        self._lay_out()

    def place(self, primary: QPushButton, others: list[QPushButton], caption: str = "") -> None:
        """`caption`: where the accent leads, on its second line ("" for none)."""
        if isinstance(self.primary, LeadButton) and self.primary is not primary:
            self.primary.set_caption("")
        self.primary, self.others = primary, others
        if isinstance(primary, LeadButton):
            primary.set_caption(caption)
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()
