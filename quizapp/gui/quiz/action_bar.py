"""The bar under a question, outside its scroll area, pinned to the pane's foot.

◀ and ▶ (small quiet squares), then the one accent button, the bar's anchor:
it takes the rest of the row, as tall as a comfortable touch target. Check while
the answer is open, Next once it is checked, "See the results" on the last
question. Ending the quiz early is not here: it is a quiet link at the far end of
the header (page_head.py), a whole page away from Check, so no slip of the mouse
past Next ends a quiz. The bar is pinned to the bottom at every size: Check sits
in the same place for every question, the body scrolling above it.

The accent keeps one place whatever it says: an empty square holds ▶'s place
when Next is the accent (or hidden), so Check → Next → results never moves.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from quizapp.gui.window.theme import SPACING_PX, Theme


class _Slot(QWidget):
    """An empty place the size of a nav square (▶'s place when ▶ is not shown)."""

    def __init__(self, twin: QPushButton, parent: QWidget):
        super().__init__(parent)
        self.twin = twin
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return self.twin.sizeHint()


class ActionBar(QFrame):
    """Previous, Next, Check, and the results; the page decides which is the accent."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quiz_actions")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.check_button = QPushButton(self)
        self.finish_button = QPushButton(self)  # the results, once the last one is done
        for button in (self.previous_button, self.next_button):
            button.setProperty("quiet", "true")
            button.setProperty("nav", "true")
        self.check_button.setProperty("primary", "true")
        self.finish_button.setProperty("endlink", "false")
        self.finish_button.hide()
        self._slot = _Slot(self.previous_button, self)
        row = QHBoxLayout(self)
        for button in (self.previous_button, self._slot, self.next_button, self.check_button):
            row.addWidget(button)
        row.addWidget(self.finish_button)
        row.addStretch(1)
        self._row = row
        self._finish_leads = False
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        gap = round(SPACING_PX * theme.ui_scale)  # the chrome's spacing (damped)
        self._row.setSpacing(gap)
        self._row.setContentsMargins(0, round(gap * 0.5), 0, 0)

    def lead_with_finish(self, leads: bool) -> None:
        """The results as the accent beside ◀ (the last question is done), or not here."""
        self._finish_leads = leads
        self.finish_button.setVisible(leads)

    def finish_leads(self) -> bool:
        return self._finish_leads

    def refresh_accent(self) -> None:
        """The accent button shown takes the rest of the row."""
        for button in (self.previous_button, self.next_button, self.check_button):
            self._row.setStretchFactor(button, 0)
        self._row.setStretchFactor(self.finish_button, 0)
        accent = self.accent()
        if accent is not None:
            self._row.setStretchFactor(accent, 1)
        nav_next = not self.next_button.isHidden() and accent is not self.next_button
        self._slot.setVisible(not nav_next)
        for index in range(self._row.count()):  # the stretch: only without an accent
            if self._row.itemAt(index).spacerItem() is not None:
                self._row.setStretch(index, 0 if accent is not None else 1)

    def accent(self) -> QPushButton | None:
        """The one accent button shown (Check, Next or the results): what Enter does."""
        for button in (self.check_button, self.next_button, self.finish_button):
            if button.property("primary") == "true" and not button.isHidden():
                return button
        return None
