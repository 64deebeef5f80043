"""The library's filter row: on one row when it fits the cards' column, else the search
on a row of its own with the window's buttons ("Review (3 due)") beside it, and the
drop-downs under it (a large zoom in a small window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QComboBox

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.greeting import Greeting
    from quizapp.gui.library.view import LibraryView

SHORT_LINES = 24  # a library shorter than this many body lines: the greeting on one row
SEARCH_EMS = 16  # the search's narrowest on the one-row layout (it takes all the free width)
TOPIC_EMS = 9  # the Topic drop-down's widest on one row: a long tag is elided, not the search
RESERVE_EMS = 4  # the most a chip keeps for a longer text it may get (a count appearing)


def fit_filters(view: LibraryView) -> None:
    """The filters above the cards' column, on one row if they fit, else the search on
    a row of its own (a large zoom in a small window)."""
    theme = view.cards.theme
    bar = view.table.verticalScrollBar()
    scroll = bar.width() if bar.isVisible() else 0
    outside = view.layout().contentsMargins().right()  # the library's own bar (side_bar.py)
    viewport = view.width() - scroll - outside
    column = view.cards.column_width(viewport)
    side = max(0, (viewport - column) // 2)
    links = view.header.links
    short = view.height() < SHORT_LINES * theme.px("body")  # a large zoom, a small window
    top = theme.space(2.5 if column >= theme.space(75) else 1 if short else 1.5)
    if links is not None:  # « Open a file » too where the row has room for it whole
        room = view.greeting.links_room(column, theme.space(1.5)) if view.greeting else None
        links.fit(room if short else column)
    if view.greeting is not None:
        view.greeting.setContentsMargins(side, top, side + scroll, 0)
        view.greeting.fit(column, theme.space(1.5), theme, links if short else None)
        if links is not None and not short and view.header.layout().indexOf(links) < 0:
            box = view.header.layout()  # given back: under the greeting again
            box.insertWidget(box.indexOf(view.greeting) + 1, links)
    beside = view.greeting is not None and view.greeting.inline is links  # the ring's
    if links is not None and not beside:  # under the greeting, in the cards' column
        first = view.header.links.buttons[0]  # its padding and focus border: its words align
        inset = (
            first.sizeHint().width() - first.fontMetrics().horizontalAdvance(first.text())
        ) // 2
        view.header.links.setContentsMargins(max(0, side - inset), 0, side + scroll, 0)
    above = theme.space(1 if short else 1.5)
    view.filters.setContentsMargins(side, above, side + scroll, theme.space(0.5))
    if view.hero is not None:  # the « Continue » card, aligned with the cards' column
        fit_hero(view, side, scroll, column)
    for button in view.tool_buttons:  # as wide as its widest text: the search stays put
        reserve = button.property("reserve") or ""
        button.setMinimumWidth(0)
        if reserve:
            metrics = button.fontMetrics()
            extra = metrics.size(0, reserve).width() - metrics.size(0, button.text()).width()
            extra = min(extra, RESERVE_EMS * metrics.horizontalAdvance("m"))
            button.setMinimumWidth(button.sizeHint().width() + max(0, extra))
    em = view.search.fontMetrics().horizontalAdvance("m")
    cap_topic(view, TOPIC_EMS * em)
    hint = max(
        SEARCH_EMS * em, view.search.fontMetrics().horizontalAdvance(view.search.placeholderText())
    )
    buttons = sum(
        max(b.sizeHint().width(), b.minimumWidth()) + theme.space(1.5) for b in view.tool_buttons
    )
    choices = view.choices.sizeHint().width()
    if view.tool_buttons and view.choices.indexOf(view.tool_buttons[0]) >= 0:
        choices -= buttons  # measured without them: they may be beside the search
    wide = column >= hint + choices + buttons + theme.space(1.5)
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    home = view.choices if wide else view.search_row
    for button in view.tool_buttons:
        if home.indexOf(button) < 0:
            (view.search_row if wide else view.choices).removeWidget(button)
            home.addWidget(button)
    if not wide:  # on a row of their own, the drop-downs share it: no cap
        cap_topic(view, None)
    for combo in (view.level, view.tag):  # on a row of their own, they share its width
        view.choices.setStretchFactor(combo, 0 if wide else 1)
    if view.filters.direction() != direction:
        view.filters.setDirection(direction)


COMPACT_SHARE = 0.25  # the « Continue » card above this share of the room: compact
LIST_SHARE = 0.6  # under the card, more than half the list's first card (the list scrolls)
TINY_LIST = 0.3  # under a tiny card, at least this share of the list's first card


def fit_hero(view: LibraryView, side: int, scroll: int, column: int) -> None:
    """The card over the list's column: smaller in a short window (a card-sized cover,
    then its label and title alone, the button under them), left out only when even that
    leaves the list less than the start of its first card."""
    theme = view.cards.theme
    gap = theme.space(0.75)  # as a card's own margin in the list
    view.hero_row.setContentsMargins(side, gap, side + scroll, 0)
    view.hero.bare = False
    view.hero.fit(column, theme)
    above = view.filters.geometry().bottom() if view.filters.geometry().isValid() else 0
    hero = view.hero

    def need() -> int:
        return hero.heightForWidth(column) if hero.hasHeightForWidth() else hero.sizeHint().height()

    if view.header.collapsed:  # scrolled away: its rows' geometry says nothing now
        view.refresh_hero()
        return
    room = view.height() - above
    if need() > room * COMPACT_SHARE:  # a short window: the list first, the card smaller
        hero.fit(column, theme, compact=True)
    if room - need() < need() * 1.2:  # shorter still: its label and title, no cover
        hero.fit(column, theme, compact=True, tiny=True)
    card = view.table.sizeHintForRow(0) if view.proxy.rowCount() else need()
    # a tiny card stays while the list shows the start of its first card (its English
    # line left out if need be): the header folds away once the list scrolls (header.py),
    # and the recommendation is the library's one next step (left out, the list's
    # outlined first card said nothing)
    under = view.hero_label.sizeHint().height() + 2 * view.header.layout().spacing()
    least = max(view.table.minimumSizeHint().height(), round(card * TINY_LIST))

    def fits() -> bool:
        left = room - need()
        return left >= min(need() * 1.2, card * LIST_SHARE) or left - under >= least

    view.hero_fits = fits()
    if not view.hero_fits and hero.tiny:
        hero.bare = True
        hero.fit(column, theme, compact=True, tiny=True)
        view.hero_fits = fits()
    view.refresh_hero()
    if not view.hero_fits:  # left out: no room kept for it above the list
        view.hero_row.setContentsMargins(side, 0, side + scroll, 0)


def welcome(view: LibraryView) -> Greeting:
    """The greeting above the filters, built the first time the library lists articles
    (after the first paint: start-up does not pay for it)."""
    if view.greeting is None:
        from quizapp.gui.library.greeting import Greeting

        view.greeting = Greeting(view.header)
        view.header.layout().insertWidget(0, view.greeting)
    from quizapp.gui.library.quick_links import install_links

    install_links(view)  # « Mes mots · Historique », once the window's actions exist
    return view.greeting


def cap_topic(view: LibraryView, width: int | None) -> None:
    """The Topic drop-down at most `width` (None: as wide as its longest tag); a cut
    choice is elided and said in full by a tooltip."""
    combo = view.tag
    combo.setMaximumWidth(16777215 if width is None else width)
    combo.setProperty("cap", width or 0)
    if not combo.property("tipped"):  # the tooltip follows the choice
        combo.setProperty("tipped", True)
        combo.currentIndexChanged.connect(lambda _i: topic_tooltip(combo))
    topic_tooltip(combo)


def topic_tooltip(combo: QComboBox) -> None:
    """The choice in full when the capped drop-down cuts it, else no tooltip."""
    metrics, cap = combo.fontMetrics(), combo.property("cap") or 0
    longest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    room = cap - (combo.sizeHint().width() - longest)  # the drop-down's own frame and arrow
    cut = bool(cap) and metrics.horizontalAdvance(combo.currentText()) > room
    combo.setToolTip(combo.currentText() if cut else "")


class TopicBox(QComboBox):
    """A drop-down whose choice is elided ("vie quoti…") when its width is capped: the
    style would cut it mid-letter."""

    def paintEvent(self, event) -> None:
        text = self.currentText()
        if self.fontMetrics().horizontalAdvance(text) * 2 < self.width():  # fits: Qt's own
            super().paintEvent(event)  # paint (the first paint's "All" never builds options)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(option.currentText) > field.width():
            from PySide6.QtCore import Qt  # only when cut: the first paint never names `Qt`

            elide = Qt.TextElideMode.ElideRight
            option.currentText = metrics.elidedText(option.currentText, elide, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
