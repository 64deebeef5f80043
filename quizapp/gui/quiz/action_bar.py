"""The bar under a question, outside its scroll area, pinned to the pane's foot.

← and → (quiet buttons: « ← Previous » and « Skip → » in words when the bar has
room, « ← Prev » with less; a narrower bar keeps « Skip → » in words beside a
small ← square, so skipping never reads as the accent's ▶; only a very narrow one
has two squares with their tooltips), then the one accent button:
it takes the rest of the row, as tall as a comfortable touch target. Check while
the answer is open, Next once it is checked, "See the results" on the last
question. Ending the quiz early is not here: it is a quiet link at the far end of
the header (page_head.py), a whole page away from Check, so no slip of the mouse
past Next ends a quiz. The bar is pinned to the bottom at every size: Check sits
in the same place for every question, the body scrolling above it.

The accent keeps one place whatever it says: an empty place holds →'s when Next
is the accent (or hidden), so Check → Next → results never moves; in words the
quiet buttons take the width of the longest wording, so the place is the same
whatever they say.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from quizapp.gui.quiz import action_bar_style
from quizapp.gui.quiz.buttons import set_prop
from quizapp.gui.window.theme import SPACING_PX, Theme

ICONS = ("←", "→")  # the quiet buttons when the bar is narrow
NAV_SHARE = 0.5  # the words show while both quiet buttons take at most this of the bar


class NavButton(QPushButton):
    """A quiet ◀ / ▶: in words, as wide as the wider of the pair (`even`)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.even = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.even), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if self.even else super().minimumSizeHint()


class _Slot(QWidget):
    """An empty place the size of → (its place when → is not shown): a square, or
    `even` wide when → says its words."""

    def __init__(self, twin: QPushButton, parent: QWidget):
        super().__init__(parent)
        self.twin = twin
        self.even = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        hint = self.twin.sizeHint()
        return QSize(self.even, hint.height()) if self.even else hint


class ActionBar(QFrame):
    """Previous, Next, Check, and the results; the page decides which is the accent."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quiz_actions")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.previous_button = NavButton(self)
        self.next_button = NavButton(self)
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
        self._words: tuple[str, str, tuple[str, ...]] = ("", "", ())  # ◀, ▶, every wording
        self._accents: tuple[str, ...] = ()
        self._short = ""  # ◀'s short wording, tried before the square
        self._short_accents: tuple[str, ...] = ()
        self._skip_words = False
        self._widths = (0, 0)  # the words' widths: both, → alone (`fit_words`)
        self.set_theme(Theme())

    def set_theme(self, theme: Theme) -> None:
        gap = round(SPACING_PX * theme.ui_scale)  # the chrome's spacing (damped)
        self._row.setSpacing(gap)
        side, foot = theme.space(1), round(gap * 0.75)  # a band: the page's sides inside
        self._side = side
        self._row.setContentsMargins(side, foot, side, foot)
        self._pad = gap
        self._theme = theme
        self.fit_words()

    def set_nav_words(
        self, previous: str, following: str, every: tuple[str, ...], accents: tuple[str, ...]
    ) -> None:
        """The quiet buttons' words for a roomy bar (« ← Previous », « Skip → »); ""
        for ▶ when it is the accent and says its own. `every` wording either may say
        is measured too, so both keep one width whatever they say, and the words show
        only while the accent has room for its longest wording (`accents`) beside them."""
        self._words = (previous, following, every)
        self._accents = accents
        self.fit_words()

    def set_short_previous(self, text: str, accents: tuple[str, ...]) -> None:
        """◀'s short wording (« ← Prev »): said before the bar drops to a bare ← while
        the accent keeps room for its usual wordings (`accents`: not the rare confirming
        one); it shows with the next `set_nav_words`."""
        self._short, self._short_accents = text, accents

    def words_shown(self) -> bool:
        """Whether ← says its words (« ← Previous »; else a small square with its tooltip)."""
        return self.previous_button.property("navtext") == "true"

    def skip_words_shown(self) -> bool:
        """Whether → says its words (« Skip → », « Next → »; else a small square)."""
        return self._skip_words

    def fit_words(self) -> None:
        """Both in words while they fit in a share of the bar (◀ in its short words if
        need be: « ← Prev »); else « Skip → » in words beside a ← square while it fits
        beside the accent; else two squares."""
        previous, following, every = self._words
        metrics = self.previous_button.fontMetrics()
        pad = 2 * self._pad + 2

        def wide(texts: tuple[str, ...]) -> int:
            return max((metrics.horizontalAdvance(t) for t in texts if t), default=0) + pad

        onward = wide((following, *every))
        bold = self.check_button.fontMetrics()
        accent = max((bold.horizontalAdvance(t) for t in self._accents), default=0)
        accent += 4 * self._pad + 2  # the accent's own padding (action_bar_style)
        width = self.width() - 2 * self._side
        room = width - 2 * self._row.spacing() - accent
        square = action_bar_style.target(self._theme) + self._row.spacing()  # ← and its gap
        usual = max((bold.horizontalAdvance(t) for t in self._short_accents), default=0)
        usual = min(accent, usual + 4 * self._pad + 2)  # Check → Next → results
        for back in (previous, self._short) if previous else ("",):  # whole, then short
            even = wide((back, following, *every))
            fits = min(room, width * NAV_SHARE) if back == previous else room + accent - usual
            both = bool(back) and 2 * even <= fits
            if both:
                break
        skip = both or (bool(every) and square + onward <= room)
        self._skip_words = skip
        self._widths = (even, onward)
        self._set_words(self.previous_button, back, ICONS[0], even if both else 0)
        if following:
            self._set_words(self.next_button, following, ICONS[1], self._slot_width(both, skip))
        else:
            set_prop(self.next_button, "navtext", "false")
            self.next_button.even = 0
        self._slot.even = self._slot_width(both, skip)
        self._slot.updateGeometry()

    def _slot_width(self, both: bool, skip: bool) -> int:
        """→'s width in words (its place's too): as wide as ← in words, else its own."""
        even, onward = self._widths
        return (even if both else onward) if skip else 0

    @staticmethod
    def _set_words(button: NavButton, text: str, icon: str, even: int) -> None:
        """`text` `even` wide (its words), or the small square `icon` when `even` is 0."""
        set_prop(button, "navtext", "true" if even else "false")
        button.even = even
        button.setText(text if even else icon)
        button.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_words()

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
