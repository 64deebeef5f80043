"""The summary in two columns where the pane holds them: the result on the left (its
heading, ring, numbers, encouragement and buttons), « Your answers » on the right,
scrolling on its own, so the score and the answers are in sight at once; a pane
narrower than WIDE_UNITS keeps the one scrolled column, the answers under the result.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QVBoxLayout, QWidget

from quizapp.gui.quiz.fit_scroll import EdgeFade
from quizapp.gui.quiz.more_cue import MoreCue
from quizapp.gui.window.plain_scroll import plain_scroll
from quizapp.gui.window.theme import Theme

WIDE_UNITS = 135  # spacing units (1080 px at zoom 0): a pane this wide takes two columns
LEFT, RIGHT = 9, 11  # the columns' shares of the width


class SummaryColumns(QObject):
    """Moves the answers' title, hint and list between the result's column (`home`,
    after its first item) and a scroll area of their own beside it (`side`)."""

    def __init__(self, view: QWidget, home: QBoxLayout, row: QBoxLayout, parts: list[QWidget]):
        super().__init__(view)
        self.view = view
        self.home = home  # the result column's layout: head, then the parts, then a stretch
        self.row = row  # the view's row: the result column, then `side`
        self.parts = parts
        self.wide = False
        self.side = plain_scroll(view, "summary_side")
        self.page = QWidget(self.side)
        self.page.setObjectName("summary_side_page")
        self.column = QVBoxLayout(self.page)
        self.column.addStretch(1)
        self.side.setWidget(self.page)
        self.side.hide()
        self.fade = EdgeFade(self.side)  # the list fades out at the pane's foot
        self.more = MoreCue(self.side)  # « More ↓ » under it while more lies below
        self.theme = Theme()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        top = theme.space(2)
        self.column.setContentsMargins(theme.space(1.5), top, theme.space(2), top)
        self.column.setSpacing(theme.space(1))
        self.fade.set_look(theme.palette.window, theme.space(3))
        self.more.band = theme.space(3)

    def fit(self, width: int) -> bool:
        """Two columns when `width` holds them; True when it does."""
        wide = width >= self.theme.space(WIDE_UNITS)
        if wide == self.wide:
            return wide
        self.wide = wide
        focus = self.view.focusWidget()  # a card keeps the focus through the move
        kept = focus if any(p is focus or p.isAncestorOf(focus) for p in self.parts) else None
        for part in self.parts:
            (self.home if wide else self.column).removeWidget(part)
        if wide:  # the result alone in its column: in its middle, not at its top
            self.home.insertStretch(0, 1)
        else:
            self.home.takeAt(0)
        for index, part in enumerate(self.parts):
            if wide:
                self.column.insertWidget(index, part)
            else:
                self.home.insertWidget(1 + index, part)
        self.side.setVisible(wide)
        self.row.setStretch(0, LEFT if wide else 1)
        self.row.setStretch(1, RIGHT if wide else 0)
        for part in self.parts:
            part.show()  # a widget given a new parent stays hidden until shown
        if kept is not None:
            kept.setFocus(Qt.FocusReason.OtherFocusReason)
        return wide

    def scroll_for(self, fallback: QScrollArea) -> tuple[QScrollArea, QWidget]:
        """The scroll area the answers are in now, and its page."""
        if self.wide:
            return self.side, self.page
        return fallback, fallback.widget()
