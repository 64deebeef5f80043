"""After a check on a short pane: the options nobody needs fold away.

Once an option list is marked, the cards that are neither the learner's pick nor a
right answer say nothing new; when the question, its verdict and its explanation
would not fit the pane together (a large zoom in a small window), they hide and a
quiet « Show all answers » link under the kept cards brings them back. The learner's
choice to see them all holds until the question changes or opens again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QPushButton, QWidget


class OptionFold:
    """Folds an option list's unmarked cards; the list keeps the link in its column."""

    def __init__(self, cards: list[QFrame], parent: QWidget):
        self.cards = cards
        self.button = QPushButton(parent)
        self.button.setProperty("link", "true")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.show_all)
        self.button.hide()
        self.folded = False
        self.opened = False  # the learner asked to see them all: no folding again
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("OptionList", "Show all answers"))

    def foldable(self, states: list[bool | None]) -> list[QFrame]:
        """The cards with nothing to say once marked (no pick, not a right answer)."""
        if all(value is None for value in states):
            return []
        return [c for c, value in zip(self.cards, states, strict=True) if value is None]

    def extra_height(self, states: list[bool | None], spacing: int) -> int:
        """What the folded cards would add to the list, unfolded."""
        if not self.folded:
            return 0
        hidden = self.foldable(states)
        return sum(c.heightForWidth(c.width()) + spacing for c in hidden) + (
            -self.button.sizeHint().height() - spacing if hidden else 0
        )

    def fold(self, on: bool, states: list[bool | None]) -> None:
        """Hide (`on`) or show the cards with nothing to say; the link while hidden."""
        hidden = self.foldable(states) if on and not self.opened else []
        if not any(value is not None for value in states):
            self.opened = False  # open again (a retry, a new answer): fold anew
        for card in self.cards:
            card.setVisible(card not in hidden)
        self.folded = bool(hidden)
        self.button.setVisible(self.folded)

    def show_all(self) -> None:
        self.opened = True
        for card in self.cards:
            card.show()
        self.folded = False
        self.button.hide()
        self.button.parentWidget().updateGeometry()
