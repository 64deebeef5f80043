"""The one page template the library's screens share: one content column (its widest a
theme value, `page_width`), centred, so the library, History, Review my mistakes and My
words start their heading and their content on the same left edge. A review measured
four edges (210, 215, 333 and 377 px) on four screens at one window size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.theme import Theme

PAGE_UNITS = 120  # the content column's widest, in spacing units (960 px at zoom 0)


def page_width(theme: Theme) -> int:
    """The widest a page's content column goes at this zoom."""
    return theme.space(PAGE_UNITS)
