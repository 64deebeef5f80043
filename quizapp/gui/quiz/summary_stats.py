"""Three numbers under the score: right first time, time spent, words looked up.

Each is a tile, a big number over its caption. Side by side, of equal widths,
when every caption fits on one line (a caption wrapped in one tile left the row
uneven); otherwise they stack, each a line of its own with the number beside its
caption, so nothing is clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QSizePolicy, QWidget

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


class StatTile(QFrame):
    """A big number and what it counts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_tile")
        self.value = plain_label("", self, wrap=False)
        self.value.setObjectName("summary_tile_value")
        self.caption = plain_label("", self)
        self.caption.setObjectName("summary_tile_caption")
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.addWidget(self.value)
        self.box.addWidget(self.caption, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set(self, value: str, caption: str, tip: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setToolTip(tip)
        self.setAccessibleName(f"{value} {caption}")  # « 3 mots consultés »

    def least(self, theme: Theme, beside: bool, whole: bool = False) -> int:
        """The width it needs: the number over (or beside) the caption's longest word, or
        its `whole` caption on one line."""
        metrics = self.caption.fontMetrics()
        text = self.caption.text()
        words = [text] if whole else text.split()
        word = max((metrics.horizontalAdvance(w) for w in words), default=0)
        number = self.value.sizeHint().width()
        inner = number + theme.space(1.5) + word if beside else max(number, word)
        return inner + 2 * theme.space(1.5) + 2

    def stack(self, shape: str, theme: Theme) -> None:
        """ "row": in a row of tiles, the number over its caption, centred; "beside": the
        number before its caption, on one line; "column": both left, one over the other."""
        beside = shape == "beside"
        self.box.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        row = shape == "row"
        across = Qt.AlignmentFlag.AlignHCenter if row else Qt.AlignmentFlag.AlignLeft
        self.value.setAlignment(across | Qt.AlignmentFlag.AlignVCenter)
        down = Qt.AlignmentFlag.AlignTop if row else Qt.AlignmentFlag.AlignVCenter
        self.caption.setAlignment(across | down)  # captions of one, two lines start level
        pad = theme.space(1.5)
        self.box.setContentsMargins(pad, theme.space(1), pad, theme.space(1))
        self.box.setSpacing(theme.space(1.5) if beside else theme.space(0.25))


class StatTiles(QWidget):
    """The row of three tiles, which stacks when it would not fit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.first = StatTile(self)
        self.time = StatTile(self)
        self.words = StatTile(self)
        self.tiles = (self.first, self.time, self.words)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles:
            self.row.addWidget(tile, 1)
        self.shapes: tuple[str, ...] = ()
        self.set_theme(self.theme)

    @property
    def wide(self) -> bool:
        return self.shapes[:1] == ("row",)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.row.setSpacing(theme.space(1))
        self.refresh()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the tiles stacked, so that a narrow panel can make them stack
        (side by side they would hold the panel wider than its window)."""
        least = max(tile.least(self.theme, beside=False) for tile in self.tiles)
        return QSize(least, super().minimumSizeHint().height())

    def needed(self) -> int:
        """The width three equal tiles need side by side, each caption on one line (a
        caption wrapped in one tile only left the row uneven)."""
        gaps = 2 * self.theme.space(1)
        widest = max(tile.least(self.theme, beside=False, whole=True) for tile in self.tiles)
        return 3 * widest + gaps

    def _arrange(self, width: int, force: bool = False) -> None:
        if width >= self.needed():
            shapes = ("row",) * 3
        else:
            shapes = tuple(
                "beside" if tile.least(self.theme, beside=True, whole=True) <= width else "column"
                for tile in self.tiles
            )
        if shapes == self.shapes and not force:
            return
        self.shapes = shapes
        self.row.setDirection(
            QBoxLayout.Direction.LeftToRight if self.wide else QBoxLayout.Direction.TopToBottom
        )
        for tile, shape in zip(self.tiles, shapes, strict=True):
            tile.stack(shape, self.theme)
        # stacked one a line: the numbers one width, so the captions start level
        column = max(t.value.sizeHint().width() for t in self.tiles) if "beside" in shapes else 0
        for tile, shape in zip(self.tiles, shapes, strict=True):
            tile.value.setMinimumWidth(column if shape == "beside" else 0)
        self.updateGeometry()

    def refresh(self) -> None:
        """After new numbers or a new language: lay the tiles out again."""
        self._arrange(self.width() or 10**4, force=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())
