"""A `locate` question over the text, in a window that shows one column at a time.

Picking sentences happens in the text, checking in the quiz; with one column
at a time that meant switching back and forth. So while a locate question waits
for its picks, the text comes forward (columns.py) with this bar above it: the
question, how many sentences are picked, and the quiz's own Check
(Next in a test), which hands over to the quiz column for the feedback.
The question takes the bar's whole width (its last words may be what is asked);
one slim line under it holds the count and Check, Check at the right edge.
The count starts with the pick's own mark (the gutter's ✓ pill), so the bar is
also the legend and the text keeps the legend strip's line (a small window at a
large zoom showed barely one sentence under the bar, strip, and title).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.gui.window.qt_names import plain_text

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.theme import Theme


class LocateBar(QWidget):
    """The question's prompt, the number of picks, and Check."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("locate_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._prompt = ""
        self._picked = 0
        self._practice = True
        self.prompt = QLabel(self)
        plain_text(self.prompt)
        self.prompt.setProperty("type", "body")
        self.prompt.setWordWrap(True)  # whole: its last words may be what is asked
        self.swatch = QLabel("✓", self)  # what a pick looks like in the text
        self.swatch.setProperty("swatch", "selection")
        self.swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel(self)
        plain_text(self.count)
        self.count.setProperty("type", "caption")
        self.check_button = QPushButton(self)
        self.check_button.setProperty("primary", "true")
        self.check_button.clicked.connect(self.check_requested)
        self.foot = QHBoxLayout()
        self.foot.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignVCenter)
        self.foot.addWidget(self.count, 1, Qt.AlignmentFlag.AlignVCenter)
        self.foot.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.addWidget(self.prompt)
        column.addLayout(self.foot)
        self.retranslate_ui()

    def fit(self, theme: Theme) -> None:
        """Even padding from the theme (a zoom grows it), tight above and below: the
        bar takes the text's room, so it stays a prompt and one slim line."""
        pad, gap = theme.space(1.5), theme.space(0.75)
        self.layout().setContentsMargins(pad, gap, pad, gap)
        self.layout().setSpacing(theme.space(0.25))
        side = max(10, self.count.fontMetrics().height() - 2)  # the legend's pill
        self.swatch.setFixedSize(round(side * 2.0), side)
        self.foot.setSpacing(self.count.fontMetrics().averageCharWidth())

    def set_question(self, prompt: str, picked: int, practice: bool) -> None:
        self._prompt, self._picked, self._practice = prompt, picked, practice
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.prompt.setText(self._prompt)
        self.count.setText(self.tr("%n sentence(s) selected", "", self._picked))
        self.swatch.setToolTip(self.tr("Your choice"))
        self.check_button.setText(self.tr("Check") if self._practice else self.tr("Next"))
        self.check_button.setEnabled(self._picked > 0 or not self._practice)
        self.check_button.setToolTip(
            self.tr("Check the sentences you selected")
            if self._practice
            else self.tr("Keep the sentences you selected and go to the next question")
        )
        self.setAccessibleName(self.tr("The question to answer in the text"))
