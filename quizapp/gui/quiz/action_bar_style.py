"""The action bar's style rules, apart from its widget: the app's style sheet imports
them before the first paint, when nothing may name `Qt` yet (see window/qt_names.py)."""

from __future__ import annotations

from quizapp.gui.window.theme import SPACING_PX, TARGET_PX, Theme

TARGET_GROWTH = 1.15  # the main button's height, in touch targets at the chrome's scale


def target(theme: Theme) -> int:
    """The bar's height: a comfortable touch target, growing with the chrome's (damped)
    scale, not the text's, so a large zoom leaves the question its room."""
    return round(TARGET_PX * TARGET_GROWTH * theme.ui_scale)


def rules(theme: Theme) -> list[str]:
    """The bar's rules: the accent button's height and type, ◀ ▶ as quiet squares."""
    p, tall = theme.palette, target(theme)
    ui = round(SPACING_PX * theme.ui_scale)
    radius = max(4, round(tall * 0.3))
    bar = "QFrame#quiz_actions"
    return [
        f'{bar} QPushButton[quiet="true"][nav="true"] {{ background: transparent;'
        f" color: {p.muted}; border: 1px solid transparent; border-radius: {radius}px;"
        f" padding: 0; min-width: {tall - 2}px; max-width: {tall - 2}px;"
        f" min-height: {tall - 2}px; }}",
        f'{bar} QPushButton[quiet="true"][nav="true"]:hover {{ background: {p.cursor_tint};'
        f" color: {p.text}; border-color: {p.border}; }}",
        f'{bar} QPushButton[quiet="true"][nav="true"]:focus {{'
        f" border: 2px solid {p.accent}; color: {p.text}; min-height: {tall - 4}px;"
        f" min-width: {tall - 4}px; max-width: {tall - 4}px; }}",
        f'{bar} QPushButton[quiet="true"][nav="true"]:disabled {{ background: transparent;'
        f" color: {p.disabled}; border-color: transparent; }}",
        # in words when the bar has room: as tall, as wide as they need
        f'{bar} QPushButton[quiet="true"][nav="true"][navtext="true"] {{'
        f" min-width: 0; max-width: 4000px; padding: 0 {ui}px; }}",
        f'{bar} QPushButton[quiet="true"][nav="true"][navtext="true"]:focus {{'
        f" min-width: 0; max-width: 4000px; }}",
        f'{bar} QPushButton[primary="true"] {{ min-height: {tall - 2}px;'
        f" padding: 0 {round(SPACING_PX * 2 * theme.ui_scale)}px; border-radius: {radius}px;"
        f" font-size: {theme.ui_px('body')}px; font-weight: 600; }}",
        # the focus ring is 2 px where the border is 1: the box keeps its height
        f'{bar} QPushButton[primary="true"]:focus {{ min-height: {tall - 4}px; }}',
        f'{bar} QPushButton[endlink="true"] {{ min-height: {tall - 2}px; }}',
    ]
