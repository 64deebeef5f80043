"""The highlights' legend, shown where two highlights could meet (during a quiz);
one kind alone gets no key (a lone « Evidence » read as a broken header).

Its line is kept for the whole quiz, empty until a highlight needs it, so the
text never moves down when feedback arrives.

Each chip is a swatch of the theme's role (`swatch` property, legend_style.py)
and one or two words, so "yellow" never has to be guessed: the proof of an
answer, the learner's own picks in a `locate` question (the gutter's ✓ pill),
the looked-up word, the learner's words and (when asked) the words never met.
One calm caption line: the swatch says the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QWidget

from quizapp.gui.window.qt_names import plain_text

ROLES = ("evidence", "selection", "lookup", "mine", "unknown")
WORD_KINDS = (("mine", "learning"), ("unknown", "unknown"))  # a word tint's role, its kind


def word_roles(marks: Sequence[QTextEdit.ExtraSelection]) -> set[str]:
    """The legend's roles of the word tints laid (known_words.py marks each with its kind)."""
    kinds = {str(m.format.property(QTextCharFormat.Property.UserProperty)) for m in marks}
    return {role for role, kind in WORD_KINDS if kind in kinds}


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
            if role == "selection":  # a pick looks like this: the gutter's pill and its ✓
                swatch.setText("✓")
                swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(self)
            plain_text(text)
            text.setProperty("tone", "muted")
            text.setProperty("type", "caption")
            layout.addWidget(swatch)
            layout.addSpacing(0)  # sized with the words' font (show_roles)
            layout.addWidget(text)
            layout.addSpacing(0)
            self.chips[role] = (swatch, text)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_roles(self, roles: set[str], keep_room: bool = False) -> None:
        """The chips of `roles`; with `keep_room` the (maybe empty) line stays."""
        layout = self.layout()
        for role, (swatch, text) in self.chips.items():
            side = max(10, text.fontMetrics().height() - 2)  # grows with a zoom
            swatch.setFixedSize(round(side * (2.0 if role == "selection" else 1)), side)
            gap = text.fontMetrics().averageCharWidth() if role in roles else 0
            index = layout.indexOf(swatch)
            layout.itemAt(index + 1).spacerItem().changeSize(gap // 2, 0)  # swatch | words
            layout.itemAt(index + 3).spacerItem().changeSize(gap * 2, 0)  # | the next chip
            swatch.setVisible(role in roles)
            text.setVisible(role in roles)
        layout.invalidate()
        if self.property("empty") != (not roles):  # an empty strip: no hairline
            self.setProperty("empty", not roles)
            self.style().unpolish(self)
            self.style().polish(self)
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
            "evidence": self.tr("Evidence"),
            "selection": self.tr("Your choice"),
            "lookup": self.tr("Word looked up"),
            "mine": self.tr("Saved word"),  # in My words: one meaning per swatch, as its neighbours
            "unknown": self.tr("New word"),
        }
        for role, (_swatch, text) in self.chips.items():
            text.setText(meanings[role])
