"""Style-sheet rules of the highlights' legend (plain text, no Qt): a strip on the
page's surface with a hairline under it, a caption-size line whose swatches are the
marks themselves, so no word has to explain them.
The pick's swatch is the gutter's pill (quiz_marks.py): the accent with a tick,
the same in the narrow window's locate bar, which stands in for the legend.
Added by `stylesheet.style_sheet`.
"""

from __future__ import annotations

from quizapp.gui.window.theme import Theme


def rules(theme: Theme) -> list[str]:
    """Style-sheet rules of the legend for `theme`."""
    p = theme.palette
    caption = theme.px("caption")
    return [
        f"QWidget#highlight_legend {{ background: {p.surface};"
        f" border-bottom: 1px solid {p.border}; }}",
        'QWidget#highlight_legend[empty="true"] { border-bottom-color: transparent; }',
        f"QWidget#highlight_legend QLabel {{ font-size: {caption}px; }}",
        f'QWidget#highlight_legend QLabel[swatch="selection"],'
        f' QWidget#locate_bar QLabel[swatch="selection"] {{ background: {p.accent};'
        # a pill like the gutter's (round ends), never a square that reads as a check box
        f" color: {p.on_accent}; border: none;"
        f" border-radius: {max(3, round(caption * 0.55) - 1)}px;"
        f" font-weight: 700; padding: 0; font-size: {caption}px; }}",
        *(  # the word tints themselves, edged so a pale one still shows on the strip
            f'QWidget#highlight_legend QLabel[swatch="{role}"] {{ background: {tint};'
            f" border: 1px solid {p.border}; border-radius: {max(2, theme.radius // 4)}px; }}"
            for role, tint in (("mine", p.learning_tint), ("unknown", p.unknown_tint))
        ),
        f'QWidget#highlight_legend QLabel[swatch="lookup"] {{'
        f" border-radius: {max(2, theme.radius // 4)}px; }}",
        # the reading cursor: its own tint, edged as the word tints
        f'QWidget#highlight_legend QLabel[swatch="cursor"] {{ background: {p.cursor_tint};'
        f" border: 1px solid {p.border}; border-radius: {max(2, theme.radius // 4)}px; }}",
        # an explained word: letters over the passage's own hairline, as faint as in the text
        f'QWidget#highlight_legend QLabel[swatch="glossed"] {{ background: transparent;'
        f" color: {p.text}; font-size: {caption}px; border: none;"
        f" border-bottom: {max(1, round(caption / 12))}px solid {glossed_line(theme)}; }}",
    ]


def glossed_line(theme: Theme) -> str:
    """The glossed words' hairline as a style sheet colour: the accent at its alpha."""
    p = theme.palette
    red, green, blue = (int(p.accent[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {round(p.glossed_alpha * 255)})"
