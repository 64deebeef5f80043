"""The library's style-sheet rules: the cards float on the window's paper.

The cards paint themselves (see `cards.py`); the list under them has no box
of its own, so there is no box around boxes.
"""

from __future__ import annotations

from quizapp.gui.window.theme import Theme


def rules(theme: Theme) -> list[str]:
    p = theme.palette
    return [
        f"QListView#library_cards {{ background: {p.window}; border: none; }}",
    ]
