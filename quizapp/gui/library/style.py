"""The library's style-sheet rules: the cards float on the window's paper.

The cards paint themselves (see `cards.py`); the list under them has no box
of its own, so there is no box around boxes.
"""

from __future__ import annotations

from quizapp.gui.window.theme import Theme


def rules(theme: Theme) -> list[str]:
    p = theme.palette
    # a full pill, just under half the chip's height (Qt squares corners past it)
    pill = (round(theme.px("body") * 1.15) + 2 * theme.space(0.5)) // 2
    families = ", ".join(f'"{f}"' for f in theme.passage_families[:-1]) + ", serif"
    return [
        # the welcome: a serif headline, calmer than a title (a greeting, not a heading)
        f"QLabel#library_hello {{ font-family: {families}; font-weight: 600;"
        f" font-size: {round(theme.px('title') * 0.82)}px; color: {p.text}; }}",
        f"QListView#library_cards {{ background: {p.window}; border: none; }}",
        f"QLabel#filter_label {{ padding-right: {theme.space(0.5)}px; }}",
        f'QListView#library_cards[scrolled="true"] {{ border-top: 1px solid {p.border}; }}',
        # the search's magnifier and clear button: bare icons, as small as the field allows
        "QLineEdit#library_search QToolButton { border: none; padding: 0; margin: 0;"
        " background: transparent; }",
        # a window action in the filter row ("Review (3 due)"): a chip, clearly a button
        f'QToolButton[library="chip"] {{ color: {p.accent}; background: {p.surface};'
        f" border: 1px solid {p.accent}; border-radius: {pill}px; font-weight: 600;"
        f" padding: {theme.space(0.5)}px {theme.space(1.5)}px;"
        f" margin-left: {theme.space(1)}px; }}",
        f'QToolButton[library="chip"]:hover {{ background: {p.selection_tint}; }}',
        f'QToolButton[library="chip"]:focus {{ border: 2px solid {p.accent}; }}',
        # nothing due: a quiet note, still a way in to the review screen
        f'QToolButton[library="chip"][quiet="true"] {{ color: {p.muted}; font-weight: 400;'
        f" border-color: transparent; background: transparent; }}",  # a note, not a button
        f'QToolButton[library="chip"][quiet="true"]:hover {{ border-color: {p.border}; }}',
        f'QToolButton[library="chip"]:disabled {{ color: {p.muted}; border-color: {p.border}; }}',
    ]
