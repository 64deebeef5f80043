"""Three numbers under the score: right first time, time spent, words looked up.

Each is a compact tile, a big number over a short caption, centred. They stay
three side by side (equal widths, numbers level, captions starting level and
wrapping at a word if they must); only a panel too narrow for three puts them two
and one, then one under the other. A long number (« 12 min 40 s ») takes a smaller
size (the `digits` styles) rather than push the tiles apart. The captions are short;
each tile's accessible name and tooltip say the whole thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.numbers import ui_locale
from quizapp.gui.window.theme import Theme

NBSP = "\u00a0"


def duration(seconds: float) -> str:
    """« 27 s », « 4 min 12 s », « 1 h 05 min »: short units, the locale's digits."""
    total = max(0, round(seconds))
    locale = ui_locale()
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    translate = QCoreApplication.translate
    if hours:
        text = translate("SummaryStats", "%1 h %2 min")
        values = (hours, minutes)
    elif minutes and secs:
        text, values = translate("SummaryStats", "%1 min %2 s"), (minutes, secs)
    elif minutes:
        text, values = translate("SummaryStats", "%1 min"), (minutes, 0)
    else:
        text, values = translate("SummaryStats", "%1 s"), (secs, 0)
    first, second = (locale.toString(v) for v in values)
    if hours:
        second = second.rjust(2, locale.zeroDigit())
    return text.replace("%1", first).replace("%2", second).replace(" ", NBSP)


SIZES = ("big", "snug", "small")  # the numbers' sizes, the largest that fits


def value_px(theme: Theme, size: str) -> int:
    """The number's size: near the title's, else the question's, else the body's (the
    style sheet's `summary_tile_value` rules use these)."""
    if size == "small":
        return theme.px("body")
    return theme.px("question") if size == "snug" else round(theme.px("title") * 0.9)


class StatTile(QFrame):
    """A big number over what it counts, centred."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_tile")
        self.value = plain_label("", self, wrap=False)
        self.value.setObjectName("summary_tile_value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = plain_label("", self)
        self.caption.setObjectName("summary_tile_caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.value)
        self.box.addWidget(self.caption, 1)  # captions of one and two lines start level
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set(self, value: str, caption: str, spoken: str, tip: str = "") -> None:
        """`spoken`: the whole statement, for screen readers (the caption is short)."""
        self.value.setText(value)
        self.caption.setText(caption)
        self.setToolTip(tip or spoken)
        self.setAccessibleName(spoken)
        self.setAccessibleDescription(f"{value} {caption}")

    def set_theme(self, theme: Theme, size: str = "big") -> None:
        pad = self.pad(theme, size)
        self.box.setContentsMargins(pad, theme.space(1.25), pad, theme.space(1.25))
        self.box.setSpacing(theme.space(0.25))

    @staticmethod
    def pad(theme: Theme, size: str) -> int:
        """The side padding: narrower with the smallest numbers, the last resort."""
        return theme.space(0.5) if size == "small" else theme.space(0.75)

    def number_width(self, theme: Theme, size: str) -> int:
        font = QFont(self.value.font())
        font.setPixelSize(value_px(theme, size))
        font.setWeight(QFont.Weight.Bold)
        return QFontMetrics(font).horizontalAdvance(self.value.text())

    def least(self, theme: Theme, size: str = "small") -> int:
        """The width it needs: its number (at that size) and the caption's longest word."""
        metrics = self.caption.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self.caption.text().split()), default=0)
        return max(self.number_width(theme, size), word) + 2 * self.pad(theme, size) + 2


class StatTiles(QWidget):
    """The three tiles: in a row; two and one, or one a line, only when a row cannot fit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.first = StatTile(self)
        self.time = StatTile(self)
        self.words = StatTile(self)
        self.tiles = (self.first, self.time, self.words)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self.number_size = ""
        self.set_theme(self.theme)

    @property
    def wide(self) -> bool:
        """All three in one row."""
        return self.columns == 3

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.grid.setSpacing(theme.space(0.75))
        self.refresh()

    def minimumSizeHint(self) -> QSize:
        """As narrow as one tile: a narrow panel puts them one a line (side by side they
        would hold the panel wider than its window)."""
        least = max(tile.least(self.theme) for tile in self.tiles)
        return QSize(least, super().minimumSizeHint().height())

    def needed(self, columns: int, size: str) -> int:
        """The width `columns` equal tiles need side by side, their numbers at `size`."""
        widest = max(tile.least(self.theme, size) for tile in self.tiles)
        return columns * widest + (columns - 1) * self.theme.space(0.75)

    def _arrange(self, width: int, force: bool = False) -> None:
        """Three in a row with the largest numbers that fit; else two and one; else one a
        line."""
        shapes = [(n, size) for n in (3, 2) for size in SIZES]
        columns, size = next(
            ((n, size) for n, size in shapes if width >= self.needed(n, size)), (1, "snug")
        )
        if (columns, size) == (self.columns, self.number_size) and not force:
            return
        self.columns, self.number_size = columns, size
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            if tile.value.property("digits") != size:
                tile.value.setProperty("digits", size)
                tile.value.style().unpolish(tile.value)
                tile.value.style().polish(tile.value)
            tile.set_theme(self.theme, size)
        for n, tile in enumerate(self.tiles):
            row, column = divmod(n, columns)
            last_alone = columns == 2 and n == 2  # two and one: the third across both
            self.grid.addWidget(tile, row, column, 1, 2 if last_alone else 1)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()

    def refresh(self) -> None:
        """After new numbers or a new language: lay the tiles out again."""
        self._arrange(self.width() or 10**4, force=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())
