"""The library's filter row: on one row when it fits the cards' column, else the search
on a row of its own with the window's buttons ("Review (3 due)") beside it, and the
drop-downs under it (a large zoom in a small window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.view import LibraryView

SEARCH_EMS = 16  # the search's narrowest on the one-row layout (it takes all the free width)


def fit_filters(view: LibraryView) -> None:
    """The filters above the cards' column, on one row if they fit, else the search on
    a row of its own (a large zoom in a small window)."""
    theme = view.cards.theme
    bar = view.table.verticalScrollBar()
    scroll = bar.width() if bar.isVisible() else 0
    viewport = view.width() - scroll
    column = view.cards.column_width(viewport)
    side = max(0, (viewport - column) // 2)
    view.greeting.setContentsMargins(side, theme.space(2.5), side + scroll, 0)
    view.greeting.fit(column, theme.space(1.5))
    view.filters.setContentsMargins(side, theme.space(1.5), side + scroll, theme.space(0.5))
    for button in view.tool_buttons:  # as wide as its widest text: the search stays put
        reserve = button.property("reserve") or ""
        button.setMinimumWidth(0)
        if reserve:
            metrics = button.fontMetrics()
            extra = metrics.horizontalAdvance(reserve) - metrics.horizontalAdvance(button.text())
            button.setMinimumWidth(button.sizeHint().width() + max(0, extra))
    em = view.search.fontMetrics().horizontalAdvance("m")
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
    for combo in (view.level, view.tag):  # on a row of their own, they share its width
        view.choices.setStretchFactor(combo, 0 if wide else 1)
    if view.filters.direction() != direction:
        view.filters.setDirection(direction)
