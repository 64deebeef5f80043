"""Style-sheet rules of the first-time reading tip (plain text, no Qt): a calm note
on the picks' pale tint above the text, in the text's colour, with a quiet ×.
Added by `stylesheet.style_sheet`.
"""

from __future__ import annotations

from quizapp.gui.window.theme import Theme


def rules(theme: Theme) -> list[str]:
    """Style-sheet rules of the reading tip for `theme`."""
    p = theme.palette
    pad = theme.space(0.5)
    return [
        "QWidget#reading_hint { background: transparent; }",
        f"QFrame#reading_hint_note {{ background: {p.selection_tint};"
        f" border-radius: {max(3, theme.radius // 2)}px; }}",
        f"QFrame#reading_hint_note QLabel {{ color: {p.text}; font-size: {theme.px('caption')}px;"
        f" background: transparent; }}",
        f"QFrame#reading_hint_note QToolButton {{ color: {p.muted}; background: transparent;"
        f" border: 1px solid transparent; border-radius: {max(3, theme.radius // 2)}px;"
        f" padding: 0 {pad}px; font-size: {theme.px('body')}px; }}",
        f"QFrame#reading_hint_note QToolButton:hover {{ color: {p.text};"
        f" border-color: {p.accent}; }}",
        f"QFrame#reading_hint_note QToolButton:focus {{ border-color: {p.accent}; }}",
    ]
