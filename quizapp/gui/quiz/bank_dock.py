"""A match's word bank kept in reach: docked under the pairs while they scroll.

At the largest zoom in a short window the pairs filled the pane and the bank lay
below them, off-screen: the learner scrolled down to pick a word, up to see its
slot, down again. When the whole answer does not fit, the bank leaves the scrolled
body for a band under the scroll area, just above the action bar (in the page's
column: the scroll area gives it the room, so its scroll bar, its bottom fade and
Tab's "keep the focus in view" all count with it). Once the answer fits again, or
once it is checked, the bank goes back under the pairs.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QVBoxLayout, QWidget

from quizapp.gui.quiz.fit_scroll import FitScroll
from quizapp.gui.quiz.word_bank import WordBank
from quizapp.gui.window.theme import Theme

HOME_MARGIN = 1.15  # larger text wraps into more rows: the estimate errs on the tall side


def band_style(theme: Theme) -> tuple[str, float]:
    """The docked bank's text: the chrome's size (damped with the zoom), so at the
    largest zoom the band keeps to a few rows and the answer above keeps its room;
    and how much larger the answer's own text is (for `BankDock.set_look`)."""
    band = theme.ui_px("option")
    return f"QWidget {{ font-size: {band}px; }}", theme.px("option") / band


class DockBand(QFrame):
    """The band the bank sits in: the page's colour, a hairline above (`bank_dock`).

    Its keys go on to the answer, as they did from the bank at home: 1–9 pick a
    word, Enter checks once every slot is filled."""

    def __init__(self, answer: QWidget):
        super().__init__(None)
        self.answer = answer
        self.setObjectName("bank_dock")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.answer.keyPressEvent(event)
        if not event.isAccepted():
            super().keyPressEvent(event)


class BankDock(QObject):
    """Moves `bank` between its place in `home` (the answer's column) and a band under
    the enclosing `FitScroll`, whichever keeps it in view; `moved`
    once it has gone to the band."""

    moved = Signal()

    def __init__(self, answer: QWidget, bank: WordBank, home: QBoxLayout, before: QWidget):
        super().__init__(answer)
        self.answer = answer
        self.bank = bank
        self.home = home
        self.before = before  # the control Tab reaches just before the first chip
        self.band = DockBand(answer)
        # docked, the band is the page column's, not the answer's: it goes with its
        # answer, never left a parentless window for a later style-sheet pass
        answer.destroyed.connect(self.band.deleteLater)
        self.scroll: FitScroll | None = None
        self.is_docked = False
        self.allowed = True  # an answer checked keeps its bank at home
        self.gap = 0
        self.home_scale = 1.0  # the bank's height at home over its height in the band
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update)
        answer.installEventFilter(self)

    def set_look(self, gap: int, style: str = "", home_scale: float = 1.0) -> None:
        """The bank's style away from the answer (`style`: a compact text size, so the
        band leaves the pairs their room; else the answer's own), how much taller it
        is at home (`home_scale`, its text size there over the band's), and the room
        under the chips (zoomed)."""
        self.gap = gap
        self.home_scale = home_scale * HOME_MARGIN if style else 1.0
        self.band.setStyleSheet(style or self.answer.styleSheet())
        self.schedule()

    def allow(self, allowed: bool) -> None:
        self.allowed = allowed
        if not allowed:
            self.undock()
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.answer:
            if kind == QEvent.Type.Show:
                self._attach()
                self.schedule()
            elif kind == QEvent.Type.Hide:
                self.undock()  # off the page (another question, the summary): home again
        elif kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.schedule()
        return False

    def _attach(self) -> None:
        scroll = self.answer.parentWidget()
        while scroll is not None and not isinstance(scroll, FitScroll):
            scroll = scroll.parentWidget()
        if scroll is self.scroll:
            return
        for old in self._watched():
            old.removeEventFilter(self)
        self.scroll = scroll
        for new in self._watched():  # a new size or content: measured again
            new.installEventFilter(self)

    def _watched(self) -> list[QWidget]:
        """The scroll area, its body and the page around it."""
        scroll = self.scroll
        if scroll is None:
            return []
        return [w for w in (scroll, scroll.widget(), scroll.parentWidget()) if w is not None]

    def _column(self) -> QBoxLayout | None:
        """The layout the scroll area sits in (the question page's), where the band goes."""
        parent = self.scroll.parentWidget() if self.scroll is not None else None
        layout = parent.layout() if parent is not None else None
        return layout if isinstance(layout, QBoxLayout) else None

    def _room(self, column: QBoxLayout) -> tuple[int, int]:
        """The answer's whole height (bank included), and the most the scroll area could
        take without the band: its height, the band's, and what is left below all."""
        scroll = self.scroll
        assert scroll is not None
        body = scroll.widget()
        width = scroll.viewport().width()
        need = body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
        room = scroll.height() - 2 * scroll.frameWidth()
        if self.is_docked:  # the bank back at home would take its height and a gap
            # (at home its text is larger than the band's: more rows, taller chips; an
            # estimate short of it undocked a bank that then did not fit)
            need += round(self._bank_height() * self.home_scale) + self.home.spacing()
            room += self.band.height() + column.spacing()
        parent = column.parentWidget()
        last = max(
            (
                item.widget().geometry().bottom()
                for item in (column.itemAt(i) for i in range(column.count()))
                if item.widget() is not None and item.widget().isVisible()
            ),
            default=parent.height(),
        )
        room += max(0, parent.height() - column.contentsMargins().bottom() - 1 - last)
        return need, room

    def _bank_height(self) -> int:
        width = self.answer.width()
        self.bank.ensurePolished()
        for chip in self.bank.chips:
            chip.ensurePolished()  # the band's text size, once docked
        return self.bank.heightForWidth(width) if self.bank.hasHeightForWidth() else 0

    def update(self) -> None:
        column = self._column()
        if column is None or not self.answer.isVisible():
            return
        need, room = self._room(column)
        slack = 0 if self.is_docked else 4  # no flapping at the edge
        want = self.allowed and need > room - slack
        if want and not self.is_docked:
            self._dock(column)
        elif not want and self.is_docked:
            self.undock()
        if self.is_docked:
            self._place()

    def _dock(self, column: QBoxLayout) -> None:
        assert self.scroll is not None
        after = self._after()
        self.home.removeWidget(self.bank)
        self.band.column.addWidget(self.bank)
        column.insertWidget(column.indexOf(self.scroll) + 1, self.band)
        self.is_docked = True
        self._place()
        self.band.show()
        self.bank.show()
        self._chain(after)
        self.moved.emit()

    def undock(self) -> None:
        if not self.is_docked:
            return
        after = self._after()
        column = self._column()
        if column is not None:
            column.removeWidget(self.band)
        self.band.column.removeWidget(self.bank)
        self.bank.set_theme(self.answer.theme)  # its room and gaps at home again
        self.home.addWidget(self.bank)
        self.bank.show()
        self.band.hide()
        # kept the answer's hidden child, never a parentless window: an orphan outlives
        # its question and a later style-sheet pass polishes it half-deleted
        self.band.setParent(self.answer)
        self.is_docked = False
        self._chain(after)
        for chip in self.bank.chips:  # measured again in the answer's text size
            chip.updateGeometry()
        self.answer.updateGeometry()
        self.schedule()  # and the scroll area asked again whether it all fits

    def _place(self) -> None:
        """The chips in line with the answer above; the band as tall as they need."""
        scroll = self.scroll
        assert scroll is not None
        left = self.answer.mapTo(scroll, self.answer.rect().topLeft()).x()
        right = max(0, scroll.width() - left - self.answer.width())
        self.band.column.setContentsMargins(left, 0, right, self.gap // 2)
        tight = max(1, round(self.gap * 0.6))  # a compact band: the pairs keep their room
        self.bank.flow.set_gaps(tight)
        self.bank.column.setContentsMargins(0, tight, 0, 0)  # under the band's hairline
        height = self._bank_height() + self.gap // 2
        if self.band.height() != height or self.band.minimumHeight() != height:
            self.band.setFixedHeight(height)

    def _after(self) -> QWidget | None:
        """The first widget after the chips in the focus chain, outside the bank."""
        if not self.bank.chips:
            return None
        other = self.bank.chips[-1].nextInFocusChain()
        for _ in range(500):
            if other is None or other is self.bank.chips[-1]:
                return None
            if not self.bank.isAncestorOf(other) and other is not self.bank:
                return other
            other = other.nextInFocusChain()
        return None

    def _chain(self, after: QWidget | None) -> None:
        """Tab order as before the move: the last slot, the chips, then what followed."""
        chain = [self.before, *self.bank.chips]
        if after is not None and after not in chain:
            chain.append(after)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
