"""After a check on a pane too short for them all: the options nobody picked fold away.

Once an option list is marked, every card stays in sight with its ✓ or ✗ (seeing
the wrong answers is part of learning). Only when the question, all its options and
the verdict's line cannot show together (a large zoom in a small window,
`feedback_scroll`) do the cards that are neither the learner's pick nor a right
answer hide, and a quiet link under the kept cards says why and brings them back:
« 2 réponses masquées faute de place · Tout voir ». The learner's choice
to see them all holds until the question changes or opens again.
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

    def retranslate(self, hidden: int | None = None) -> None:
        """The link names how many answers it hid, and why (for room, not as a hint)."""
        if hidden is None:
            hidden = sum(1 for card in self.cards if card.isHidden())
        one = QCoreApplication.translate("OptionList", "1 answer hidden to fit · Show it")
        many = QCoreApplication.translate(
            "OptionList", "%1 answers hidden to fit · Show all"
        ).replace("%1", str(hidden))
        self.button.setText(one if hidden == 1 else many)
        self.button.setToolTip(
            QCoreApplication.translate(
                "OptionList", "The pane is too short for every answer and the verdict"
            )
        )

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
        self.retranslate(len(hidden))
        self.button.setVisible(self.folded)

    def show_cards(self) -> None:
        """Every card back, for a measure (the fold decides again after it)."""
        for card in self.cards:
            card.show()
        self.folded = False
        self.button.hide()

    def show_all(self) -> None:
        self.opened = True
        for card in self.cards:
            card.show()
        self.folded = False
        self.button.hide()
        self.button.parentWidget().updateGeometry()
