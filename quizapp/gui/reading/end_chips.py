"""The visit's looked-up words on the end card: small quiet chips, centred and
wrapping like words, the gloss in each one's tooltip; a click takes the learner back
to the word's sentence with its card open. At most `CAP` chips, then « +3 » (the rest
named in its tooltip), so the card stays a card.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from quizapp.gui.reading.end_visit import LookedUp
from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.locale_format import ui_locale
from quizapp.gui.window.plain_text import tooltip

CAP = 8


class CentredFlow(FlowLayout):
    """A FlowLayout whose lines are centred (the card's content is)."""

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        area = self.contentsRect()
        items = [self.itemAt(i) for i in range(self.count())]
        shown = [item for item in items if item is not None and not item.isEmpty()]
        rows: list[list] = []
        last_x = None
        for item in shown:
            x = item.geometry().x()
            if last_x is None or x <= last_x:
                rows.append([])
            rows[-1].append(item)
            last_x = x
        for row in rows:
            right = max(item.geometry().right() for item in row)
            shift = (area.right() - right) // 2
            for item in row:
                item.setGeometry(item.geometry().translated(shift, 0))


class WordChips(QWidget):
    """`show_words(words, go)`: one chip per word; `go(word)` on a click."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("end_chips")
        self.flow = CentredFlow(self)
        self.chips: list[QPushButton] = []
        self.shown: list[LookedUp] | None = None  # none yet: the first call fills
        self.more = QLabel(self)
        self.more.setObjectName("end_more")
        self.more.hide()

    def set_gaps(self, gap: int) -> None:
        if self.flow._spacing == gap:
            return
        self.flow._spacing = gap
        self.flow._line_spacing = gap
        self.flow.invalidate()

    def show_words(self, words: Sequence[LookedUp], go: Callable[[LookedUp], None]) -> None:
        if list(words) == self.shown:
            return  # the same words: nothing moves
        self.shown = list(words)
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.hide()  # gone now, deleted once back in the event loop
            chip.deleteLater()
        self.flow.removeWidget(self.more)
        self.chips = []
        for word in words[:CAP]:
            chip = QPushButton(word.headword.replace("&", "&&"), self)  # no mnemonic
            chip.setObjectName("end_chip")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(tooltip(f"{word.headword} — {word.gloss}"))  # as typed
            chip.setAccessibleDescription(word.gloss)
            chip.clicked.connect(lambda _=False, w=word: go(w))
            self.flow.addWidget(chip)
            self.chips.append(chip)
        rest = list(words[CAP:])
        self.more.setVisible(bool(rest))
        if rest:
            self.more.setText("+" + ui_locale().toString(len(rest)))
            self.more.setToolTip(tooltip(", ".join(w.headword for w in rest)))
            self.flow.addWidget(self.more)
        self.setVisible(bool(words))
        self.flow.invalidate()
