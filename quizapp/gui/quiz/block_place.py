"""Where the question block sits in a tall pane, and how large it is in a wide one.

At 1400×900 a four-option question ended halfway down the pane, under it a void:
the page read as a half-filled form. The header and the strip stay pinned at the
top; above the block (prompt, answer, feedback, action bar) goes a lift, a share of
the free space measured as if the feedback were already there, so Check never moves
the question: the block only grows downward (it rises only when a feedback taller
than foreseen would otherwise scroll). In a wide and tall pane the prompt and the
answer also take one step up the type scale, with roomier option cards.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.quiz import look
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.quiz.question import QuestionPage

ROOMY_WIDTH = 68  # spacing units (544 px at zoom 0): a pane this wide takes larger type
ROOMY_HEIGHT = 76  # and this tall (608 px)
ROOMY_STEP = 2  # px on the base size: the option at the question's size, 16 → 18
TOP_SHARE = 0.38  # of the free space above the block: a little above the middle
RESERVE = 31  # spacing units: about a verdict with an explanation and a quote, and its gap
LEAST_LIFT = 4  # spacing units: less than this is not worth a move
MOST_LIFT = 12  # spacing units: more, and a short question floats away from its header


def block_theme(theme: Theme, width: int, height: int) -> Theme:
    """The theme of the prompt and the answer: a step larger in a roomy pane."""
    if width >= theme.space(ROOMY_WIDTH) and height >= theme.space(ROOMY_HEIGHT):
        return replace(theme, base_px=theme.base_px + ROOMY_STEP)
    return theme


def apply_block_theme(page: QuestionPage) -> None:
    """Re-style the prompt and the answer when the pane turns roomy or back."""
    theme = block_theme(page.theme, page.width(), page.height())
    if theme == getattr(page, "block_theme", None):
        return
    page.block_theme = theme
    page.prompt.setStyleSheet(look.prompt(theme))
    if page.widget is not None:
        page.widget.set_theme(theme)


class BlockLift(QWidget):
    """An empty band between the header and the question, as tall as the lift."""

    def __init__(self, page: QuestionPage):
        super().__init__(page)
        self.page = page
        self.locked: tuple[QSize, int] | None = None  # the open question's lift, at a size
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(0)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        page.body.installEventFilter(self)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.page.body and kind == QEvent.Type.LayoutRequest:
            self.schedule()  # the block changed: a hint, the English, the feedback
        elif watched is self.page and kind == QEvent.Type.Show:
            self.schedule()  # back from the summary: measured while hidden, or not at all
        return super().eventFilter(watched, event)

    def forget(self) -> None:
        """A new question: its lift is measured afresh."""
        self.locked = None
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def free_space(self) -> int:
        """The height the block could still take if the lift were nil."""
        page = self.page
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = page.layout()
        layout.activate()
        shown = self.isVisibleTo(page)
        lift = self.height() + layout.spacing() if shown else 0
        parts = (page.scroll, page.finish_bar, page.action_bar)
        last = max(w.geometry().bottom() for w in parts if w.isVisibleTo(page))
        below = page.height() - layout.contentsMargins().bottom() - 1 - last
        scroll = page.scroll
        overflow = scroll.content_height() + 2 * scroll.frameWidth() - scroll.height()
        return lift + max(0, below) - max(0, overflow)

    def place(self) -> None:
        page = self.page
        if not page.isVisible() or page.widget is None:
            return
        theme, free = page.theme, self.free_space()
        answered = page.feedback.isVisibleTo(page)
        room = free - theme.space(RESERVE)
        if answered:  # the room it had before Check: what the feedback takes, given back
            room += page.feedback.height() + page.column.spacing()
        lift = round(TOP_SHARE * room) if room >= theme.space(LEAST_LIFT) else 0
        lift = min(lift, theme.space(MOST_LIFT))
        if answered:
            if self.locked is not None and self.locked[0] == page.size():
                lift = self.locked[1]  # as it was before Check: the question stays put
            lift = min(lift, max(0, free))  # unless the feedback needs the room
        else:
            self.locked = (page.size(), lift)
        spacing = page.layout().spacing()
        height = lift - spacing if lift > 2 * spacing else 0
        if height == (self.height() if self.isVisibleTo(page) else 0):
            return
        self.setFixedHeight(max(0, height))
        self.setVisible(height > 0)
        if answered:
            page.scroll_to_feedback()  # the viewport changed: the verdict stays in view
