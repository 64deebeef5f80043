"""The back link's look (window/back_link.py): the reading toolbar's quiet button, so
the way back to the library looks the same on every page. Plain text, no Qt."""

from __future__ import annotations

from quizapp.gui.window.theme import SPACING_PX, Theme


def rules(theme: Theme) -> list[str]:
    p = theme.palette
    small = max(2, theme.radius // 2)
    ui = theme.ui_scale * SPACING_PX
    link = "QToolButton#back_link"
    return [
        f"{link} {{ color: {p.text}; background: transparent;"
        f" border: 1px solid transparent; border-radius: {small}px;"
        f" padding: {round(ui * 0.2)}px {round(ui * 0.9)}px; }}",
        f"{link}:hover {{ background: {p.cursor_tint}; }}",
        f"{link}:focus {{ border: 1px solid {p.accent}; }}",
    ]
