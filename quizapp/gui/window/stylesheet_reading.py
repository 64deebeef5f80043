"""Style-sheet rules of the reading screen (plain text, no Qt): the primary "Start
the quiz", the Parallel English toggle, the "Text | Questions" segments, and the
passage column's surface under its legend (the end card's: end_style.py),
the locate bar on the picks' tint, and the gloss card raised above the page
(lighter in dark, an edge that shows).
Added by `stylesheet.style_sheet`.
"""

from __future__ import annotations

from quizapp.gui.window.theme import SPACING_PX, Theme


def rules(theme: Theme) -> list[str]:
    """Style-sheet rules of the reading screen for `theme`."""
    p = theme.palette
    small = max(2, theme.radius // 2)

    def ui(units: float) -> int:  # the chrome's spacing, damped like the window's
        return round(SPACING_PX * units * theme.ui_scale)

    return [
        f'QToolButton[primary="true"] {{ background: {p.primary}; color: {p.on_primary};'
        f" border: 1px solid {p.primary}; font-weight: 600;"
        f" padding: {ui(0.5)}px {ui(1.5)}px; }}",
        f'QToolButton[primary="true"]:hover {{ background: {p.primary}; border-color: {p.text}; }}',
        f'QToolButton[primary="true"]:focus {{ border: 2px solid {p.text}; }}',
        *toolbar_rules(theme),
        f"QWidget#passage_column {{ background: {p.surface}; border-radius: {small}px; }}",
        f"QWidget#highlight_legend {{ background: {p.surface}; }}",
        f"QWidget#locate_bar {{ background: {p.selection_tint}; border-radius: {small}px; }}",
        # the bar's Check: the text's room is short, the button a slim line's height
        f'QWidget#locate_bar QPushButton[primary="true"] {{ min-height: 0;'
        f" padding: {ui(0.3)}px {ui(1.5)}px; }}",
        f"QFrame#gloss_card {{ background: {p.raised};"
        f" border: 1px solid {p.gloss_mark if p.dark else p.border}; }}",
        f"QFrame#gloss_card QPushButton {{ background: {p.raised}; }}",
        # The card's secondary buttons: one quiet style, an edge that shows in dark too.
        f'QFrame#gloss_card QPushButton[quiet="true"] {{ background: {p.raised};'
        f" color: {p.text}; border: 1px solid {p.gloss_mark if p.dark else p.border}; }}",
        f'QFrame#gloss_card QPushButton[quiet="true"]:hover {{ border-color: {p.accent}; }}',
        f'QFrame#gloss_card QPushButton[quiet="true"]:focus {{ border: 2px solid {p.accent}; }}',
        'QFrame#gloss_card QLabel[note="true"] { font-style: italic; }',
        # « Remove » beside « ✓ Added to my words »: a quiet link at the caption's size
        f'QFrame#gloss_card QPushButton[link="true"] {{ background: transparent;'
        f" color: {p.muted}; border: 1px solid transparent; min-height: 0;"
        f" padding: 0 {theme.space(0.25)}px; font-size: {theme.px('caption')}px;"
        " text-decoration: underline; }",
        f'QFrame#gloss_card QPushButton[link="true"]:hover {{ color: {p.text}; }}',
        f'QFrame#gloss_card QPushButton[link="true"]:focus {{ color: {p.text};'
        f" border: 1px solid {p.accent}; border-radius: {max(2, theme.radius // 4)}px; }}",
        f"QFrame#gloss_card QPushButton#known_button:checked {{ background: {p.right_tint};"
        f" color: {p.right}; border-color: {p.right}; }}",
        # « To learn | Known »: one control, two joined segments; « To learn » lit in the
        # saved words' lilac, the passage's tint of the same meaning
        f"QFrame#gloss_card QPushButton#learn_button:checked {{ background: {p.learning_tint};"
        " font-weight: 600; }",
        *card_rules(theme),
    ]


def card_rules(theme: Theme) -> list[str]:
    """The gloss card's compact parts: small buttons, keycaps, the docked panel's edge."""
    p = theme.palette
    small = max(2, theme.radius // 2)
    edge = p.gloss_mark if p.dark else p.border
    caption = theme.px("caption")
    return [
        f'QFrame#gloss_card QPushButton[quiet="true"] {{ font-size: {theme.px("body")}px;'
        f" padding: {theme.space(0.25)}px {theme.space(1)}px; min-height: 0;"
        f" border-radius: {small}px; }}",
        "QFrame#gloss_card QWidget#word_status QPushButton#learn_button {"
        " border-top-right-radius: 0; border-bottom-right-radius: 0; }",
        "QFrame#gloss_card QWidget#word_status QPushButton#known_button {"
        " border-top-left-radius: 0; border-bottom-left-radius: 0; }",
        f"QFrame#gloss_card QLabel#key_label {{ font-size: {theme.px('body')}px;"
        " background: transparent;"
        " border: none; padding: 0; }",
        f'QFrame#gloss_card QLabel[keycap="true"] {{ font-size: {caption}px;'
        f" color: {p.muted}; background: transparent; border: 1px solid {edge};"
        f" border-bottom-width: 2px; border-radius: {small}px;"
        f" padding: 0 {max(2, theme.space(0.4))}px; }}",
        f'QFrame#gloss_card[side="true"] {{ border-left: {max(2, theme.space(0.3))}px'
        f" solid {p.accent}; }}",
        f'QFrame#gloss_card[dock="true"] {{ border-bottom-left-radius: 0;'
        f" border-bottom-right-radius: 0; border-left: none; border-right: none;"
        f" border-bottom: none; border-top: 1px solid {edge}; }}",
        "QFrame#gloss_card QScrollArea#card_lines, QWidget#card_lines_content"
        " { background: transparent; border: none; padding: 0; }",
        f"QFrame#gloss_card QToolButton#card_close {{ color: {p.muted}; border: none;"
        f" background: transparent; font-size: {theme.px('body')}px;"
        f" padding: {theme.space(0.25)}px {theme.space(0.5)}px; border-radius: {small}px; }}",
        f"QFrame#gloss_card QToolButton#card_close:hover {{ background: {p.cursor_tint};"
        f" color: {p.text}; }}",
        f"QFrame#gloss_card QToolButton#card_close:focus {{ border: 2px solid {p.accent}; }}",
    ]


def toolbar_rules(theme: Theme) -> list[str]:
    """The reading toolbar: quiet flat buttons, a soft "Text | Questions" pill, and
    "Start the quiz" the row's only accent. Paddings are the chrome's (damped), so the
    row grows slower than the text (chrome.set_toolbar_theme keeps the least target)."""
    p = theme.palette
    small = max(2, theme.radius // 2)
    ui = theme.ui_scale * SPACING_PX
    bar = "QWidget#reading_toolbar"
    pad = f"padding: {round(ui * 0.2)}px {round(ui * 0.9)}px;"
    return [
        f"{bar} QToolButton {{ color: {p.text}; background: transparent;"
        f" border: 1px solid transparent; border-radius: {small}px; {pad} }}",
        f"{bar} QToolButton:hover {{ background: {p.cursor_tint}; }}",
        f"{bar} QToolButton:focus {{ border: 1px solid {p.accent}; }}",
        f'{bar} QToolButton[toggle="true"]:checked {{ background: transparent; }}',
        f'{bar} QToolButton[toggle="true"]:checked:hover {{ background: {p.cursor_tint}; }}',
        f'{bar} QToolButton[primary="true"] {{ background: {p.primary}; color: {p.on_primary};'
        f" border: 1px solid {p.primary}; font-weight: 600;"
        f" padding: {round(ui * 0.2)}px {round(ui * 1.25)}px; }}",
        f'{bar} QToolButton[primary="true"]:hover {{ border-color: {p.text}; }}',
        f'{bar} QToolButton[primary="true"]:focus {{ border: 2px solid {p.text}; }}',
        # a finished quiz: Redo steps back, the end card's « Next article » is the accent
        f'{bar} QToolButton[quiet="true"] {{ border: 1px solid {p.border}; font-weight: 600;'
        f" padding: {round(ui * 0.2)}px {round(ui * 1.25)}px; }}",
        f'{bar} QToolButton[quiet="true"]:hover {{ border-color: {p.accent}; }}',
        f'{bar} QToolButton[quiet="true"]:focus {{ border: 2px solid {p.accent}; }}',
        f"{bar} QWidget#column_switch {{ background: {p.cursor_tint};"
        f" border-radius: {small + 2}px; }}",
        f"{bar} QToolButton[segment] {{ color: {p.muted}; font-weight: 600;"
        f" background: transparent; border: 1px solid transparent; margin: 2px;"
        f" padding: {round(ui * 0.1)}px {round(ui * 1.25)}px; }}",
        f"{bar} QToolButton[segment]:hover {{ color: {p.text}; }}",
        f"{bar} QToolButton[segment]:checked {{ background: {p.surface}; color: {p.text};"
        f" border-color: {p.border}; }}",
        f"{bar} QToolButton[segment]:focus {{ border-color: {p.accent}; }}",
    ]
