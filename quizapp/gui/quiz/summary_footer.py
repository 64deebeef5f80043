"""The summary's sticky footer: the next step as a large accent button, the others
quiet links beside it, on the panel's paper under a hairline.

The footer is its own row under the scroll area (never over the list). The accent
takes every pixel the quiet links leave on their row (a narrow panel puts the links
on a row above it, and the accent spans the footer): the next step is the obvious
one. Its wording is the same at every width (« Article suivant → »); the article it
opens is its second line, smaller (« À suivre : … », cut with « … » when it runs
long; whole in the tooltip and accessible name): one button, no caption floating
over it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QResizeEvent
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

CAPTION_SCALE = 0.8  # the second line's size, of the button's words


class LeadButton(QPushButton):
    """A button that knows where it leads (its `caption`, a title), said on a smaller
    second line under its own words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = ""
        self.again = False  # every article read: the caption says so rather than « Up next »

    def set_caption(self, caption: str) -> None:
        if caption != self.caption:
            self.caption = caption
            self.updateGeometry()
            self.update()

    def caption_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
        font.setPixelSize(max(8, round(size * CAPTION_SCALE)))
        font.setWeight(QFont.Weight.Normal)
        return font

    def caption_line(self, width: int | None = None) -> str:
        """« Up next: … » in `width` (the button's inside), cut with « … » if need be."""
        if not self.caption:
            return ""
        said = QCoreApplication.translate("ButtonBar", "Up next: %1").replace("%1", self.caption)
        if self.again:  # every article read: said as what it is, over a text of one's own
            said = QCoreApplication.translate("ButtonBar", "You have read every article")
        room = self._inside().width() if width is None else width
        return QFontMetrics(self.caption_font()).elidedText(said, Qt.TextElideMode.ElideRight, room)

    def _inside(self) -> QRect:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.caption:
            hint.setHeight(hint.height() + QFontMetrics(self.caption_font()).height())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.caption:
            hint.setHeight(hint.height() + QFontMetrics(self.caption_font()).height())
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.caption:
            super().paintEvent(event)
            return
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, opt)
        inner = self._inside()
        main, small = self.fontMetrics(), QFontMetrics(self.caption_font())
        top = inner.top() + (inner.height() - main.height() - small.height()) // 2
        ink = self.palette().color(self.foregroundRole())
        painter.setPen(ink)
        painter.setFont(self.font())
        words = main.elidedText(self.text(), Qt.TextElideMode.ElideRight, inner.width())
        centre = int(Qt.AlignmentFlag.AlignCenter)
        painter.drawText(QRect(inner.left(), top, inner.width(), main.height()), centre, words)
        soft = ink
        soft.setAlphaF(0.85)
        painter.setPen(soft)
        painter.setFont(self.caption_font())
        below = QRect(inner.left(), top + main.height(), inner.width(), small.height())
        painter.drawText(below, centre, self.caption_line(inner.width()))


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
        self.caption = ""  # the accent's title, on its second line
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
        self.caption = caption if isinstance(primary, LeadButton) else ""
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
