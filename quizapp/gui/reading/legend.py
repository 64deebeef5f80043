"""The highlights' legend, shown where two highlights could meet (during a quiz).

Its line is kept for the whole quiz, empty until a highlight needs it, so the
text never moves down when feedback arrives.

Each chip is a swatch of the theme's role (`swatch` property, stylesheet.py)
and its meaning, so "yellow" never has to be guessed: the proof of an answer,
the learner's own picks in a `locate` question, the looked-up word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from quizapp.gui.window.qt_names import plain_text

ROLES = ("evidence", "selection", "lookup")


class HighlightLegend(QWidget):
    """Chips for the highlights that can be on screen together."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("highlight_legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the view lines it up with the text
        self.chips: dict[str, tuple[QLabel, QLabel]] = {}
        for role in ROLES:
            swatch = QLabel(self)
            swatch.setProperty("swatch", role)
            side = max(12, self.fontMetrics().height() - 4)
            swatch.setFixedSize(side, side)
            if role == "selection":  # a pick looks like this: its tint, its edge and a ✓
                swatch.setText("✓")
                swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(self)
            plain_text(text)
            text.setProperty("tone", "muted")
            layout.addWidget(swatch)
            layout.addWidget(text)
            layout.addSpacing(12)
            self.chips[role] = (swatch, text)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_roles(self, roles: set[str], keep_room: bool = False) -> None:
        """The chips of `roles`; with `keep_room` the (maybe empty) line stays."""
        for role, (swatch, text) in self.chips.items():
            side = max(12, text.fontMetrics().height() - 2)  # grows with a zoom
            swatch.setFixedSize(side, side)
            swatch.setVisible(role in roles)
            text.setVisible(role in roles)
        self.setVisible(bool(roles) or keep_room)

    def line_height(self) -> int:
        """A chip's height, shown or not: the room the line keeps."""
        return max(max(t.sizeHint().height(), s.height()) for s, t in self.chips.values())

    def texts(self) -> list[str]:
        return [text.text() for swatch, text in self.chips.values() if not text.isHidden()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        meanings = {
            "evidence": self.tr("Where the text gives the answer"),
            "selection": self.tr("Your choice (✓ and its number)"),
            "lookup": self.tr("The word you looked up"),
        }
        for role, (_swatch, text) in self.chips.items():
            text.setText(meanings[role])
