"""Plain text with highlighted spans, in the theme's colours, for the review's cards.

Teacher text goes in as plain text (`setPlainText`), never markup; the
highlights are character formats laid over it, by Python string offsets.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from quizapp.gui.window.theme import Palette, Theme, pick


def _hub_theme(widget: QWidget) -> Theme | None:
    hub = getattr(widget.window(), "theme_hub", None)
    return None if hub is None else hub.theme


def palette_for(widget: QWidget) -> Palette:
    """The window's palette; alone (tests), the one matching the widget's colours."""
    theme = _hub_theme(widget)
    if theme is not None:
        return theme.palette
    return pick("system", widget.palette().window().color().lightness() < 128)


def theme_for(widget: QWidget) -> Theme:
    """The window's theme, so the review follows its zoom, type and colours."""
    return _hub_theme(widget) or Theme(palette_for(widget), 0)


def u16(text: str) -> int:
    """Qt counts positions in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


class PlainText(QTextEdit):
    """A read-only text that shows plain text and highlights parts of it."""

    def __init__(self, parent: QWidget | None = None, role: str = "passage"):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.role = role
        self._text = ""

    def set_text(self, text: str) -> None:
        self.restyle()
        self._text = text
        self.setPlainText(text)

    def restyle(self) -> None:
        """The passage type at the current zoom (kept highlights keep their colours)."""
        theme = theme_for(self)
        font = QFont(self.font())
        font.setFamilies(theme.passage_families)
        font.setPixelSize(theme.px(self.role))
        self.document().setDefaultFont(font)

    def text(self) -> str:
        return self._text

    def highlight(self, spans: Iterable[tuple[int, int]], tint: str, bold: bool = False) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(tint))
        fmt.setForeground(QColor(palette_for(self).text))
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        for start, end in spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(u16(self._text[:start]))
            cursor.setPosition(u16(self._text[:end]), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def highlighted(self) -> list[str]:
        """The texts shown with a background (for tests and screen readers)."""
        found, block = [], self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().hasProperty(QTextCharFormat.Property.BackgroundBrush):
                    found.append(fragment.text())
                it += 1
            block = block.next()
        return found


class FitText(PlainText):
    """The sentence as tall as its lines at its width (up to `tallest`), so a short one
    leaves no empty box and a long one pushes what is under it down instead of under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tallest = 0
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())

    def needed(self, width: int) -> int:
        document = self.document().clone(self)
        frame = self.frameWidth() * 2
        document.setTextWidth(width - frame)
        needed = round(document.size().height()) + frame + 2
        document.deleteLater()
        return min(needed, self.tallest) if self.tallest else needed

    def fit(self) -> None:
        height = self.needed(self.width())
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
