"""The bar under a question, outside its scroll area, so it never scrolls away.

◀ and ▶ (small quiet squares), then the one accent button, the bar's anchor:
it takes the rest of the row, as tall as a comfortable touch target. Check while
the answer is open, Next once it is checked, "See the results" on the last
question. Ending the quiz early is a muted link at the bar's far end, set apart by
a thin rule and a wide gap, never next to Next, so nobody ends a quiz by a slip of
the mouse. At the largest zoom the body above scrolls and these stay in reach.

The accent keeps one place whatever it says: an empty square holds ▶'s place
when Next is the accent (or hidden), and an invisible twin of the far link
holds its end when the results are the accent, so Check → Next never moves.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from quizapp.gui.quiz.buttons import set_prop
from quizapp.gui.window.theme import SPACING_PX, Theme


class _Slot(QWidget):
    """An empty place the size of a nav square (▶'s place when ▶ is not shown)."""

    def __init__(self, twin: QPushButton, parent: QWidget):
        super().__init__(parent)
        self.twin = twin
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return self.twin.sizeHint()


class _Divider(QWidget):
    """A thin upright rule with room either side: it sets "end the quiz" apart from the
    accent button, so a slip of the mouse past Check never lands on it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.theme = Theme()
        policy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        policy.setRetainSizeWhenHidden(True)  # the far end keeps its place when it leads
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setFixedWidth(theme.space(3))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.theme.space(3), 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        tall = round(self.height() * 0.5)
        top = (self.height() - tall) // 2
        painter.fillRect(self.width() // 2, top, 1, tall, QColor(self.theme.palette.border))
        painter.end()


class ActionBar(QFrame):
    """Previous, Next, Check, and Finish; the page decides which is the accent."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quiz_actions")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.check_button = QPushButton(self)
        self.finish_button = QPushButton(self)
        for button in (self.previous_button, self.next_button):
            button.setProperty("quiet", "true")
            button.setProperty("nav", "true")
        self.check_button.setProperty("primary", "true")
        self.finish_button.setProperty("endlink", "true")
        self.finish_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._slot = _Slot(self.previous_button, self)
        self._far_twin = QPushButton(self)  # holds the far link's place, never seen
        self._far_twin.setProperty("endlink", "true")
        self._far_twin.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = self._far_twin.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._far_twin.setSizePolicy(policy)
        self._far_twin.hide()
        row = QHBoxLayout(self)
        for button in (self.previous_button, self._slot, self.next_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        self.divider = _Divider(self)
        row.addWidget(self.divider)
        row.addWidget(self.finish_button)
        self._row = row
        self._finish_leads = False
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        gap = round(SPACING_PX * theme.ui_scale)  # the chrome's spacing (damped)
        self._row.setSpacing(gap)
        self._row.setContentsMargins(0, round(gap * 0.5), 0, 0)
        self.divider.set_theme(theme)

    def lead_with_finish(self, leads: bool) -> None:
        """Finish as the accent beside ◀ (the last question is done), or as the quiet
        link at the far end (ending early)."""
        if leads == self._finish_leads:
            return
        self._finish_leads = leads
        self._row.removeWidget(self.finish_button)
        self._row.removeWidget(self._far_twin)
        if leads:
            self._row.insertWidget(4, self.finish_button)
            self._row.addWidget(self._far_twin)
        else:
            self._row.addWidget(self.finish_button)
        set_prop(self.finish_button, "endlink", "false" if leads else "true")
        self.divider.setVisible(not leads)

    def finish_leads(self) -> bool:
        return self._finish_leads

    def refresh_accent(self) -> None:
        """The accent button shown takes the rest of the row (the far link keeps its end)."""
        for button in (self.previous_button, self.next_button, self.check_button):
            self._row.setStretchFactor(button, 0)
        self._row.setStretchFactor(self.finish_button, 0)
        accent = self.accent()
        if accent is not None:
            self._row.setStretchFactor(accent, 1)
        nav_next = not self.next_button.isHidden() and accent is not self.next_button
        self._slot.setVisible(not nav_next)
        if not self._finish_leads:
            self._far_twin.setText(self.finish_button.text())
        for index in range(self._row.count()):  # the gap before the link: only without one
            if self._row.itemAt(index).spacerItem() is not None:
                self._row.setStretch(index, 0 if accent is not None else 1)

    def accent(self) -> QPushButton | None:
        """The one accent button shown (Check, Next or the results): what Enter does."""
        for button in (self.check_button, self.next_button, self.finish_button):
            if button.property("primary") == "true" and not button.isHidden():
                return button
        return None
