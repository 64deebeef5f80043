"""App style-sheet rules for the quiz's controls: the action bar under a question,
its quiet "Finish" link, and drop-downs with an arrow drawn in the theme's colour
(every one in the app; match and cloze ones also quiet while empty).

A style sheet cannot draw a chevron itself, so the arrow is a tiny SVG written
once per colour and size into the temporary folder (plain text, no Qt); when
that folder cannot be written, the drop-down keeps the platform's arrow.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from quizapp.gui.window.theme import SPACING_PX, Theme

ARROW_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 12 8">'
    '<path d="M1.5 1.5 L6 6.2 L10.5 1.5" fill="none" stroke="{colour}" stroke-width="1.8"'
    ' stroke-linecap="round" stroke-linejoin="round"/></svg>'
)


def arrow_file(colour: str, width: int) -> str | None:
    """The path of a down chevron `width` px wide in `colour`, or None if it can't be written."""
    height = max(4, round(width * 8 / 12))
    text = ARROW_SVG.format(w=width, h=height, colour=colour)
    name = hashlib.sha1(text.encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / "quizapp-style" / f"arrow-{name}.svg"
    try:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path.as_posix()


def arrow_column(theme: Theme) -> int:
    """The width of a drop-down's arrow column (its right padding)."""
    return round(SPACING_PX * 3.5 * theme.ui_scale)


def text_margin(theme: Theme) -> int:
    """What a quiz drop-down's frame takes from its width: the arrow column, the left
    padding (the window's rule) and the borders, so the rest is room for the text."""
    return arrow_column(theme) + round(SPACING_PX * 0.75 * theme.ui_scale) + 4


def rules(theme: Theme) -> list[str]:
    """The quiz controls' rules for `theme`, appended to the window's style sheet."""
    p = theme.palette

    def ui(units: float) -> int:
        return round(SPACING_PX * units * theme.ui_scale)

    out = [
        # the action bar: a hairline above it, the window's paper behind it
        f"#quiz_actions {{ background: {p.window}; border: none;"
        f" border-top: 1px solid {p.border}; }}",
        # ending early: a muted link, clearly not the next step
        f'QPushButton[endlink="true"] {{ background: transparent; color: {p.muted};'
        f" border: 1px solid transparent; padding: {ui(0.5)}px {ui(0.75)}px; }}",
        f'QPushButton[endlink="true"]:hover {{ color: {p.text}; text-decoration: underline;'
        " border-color: transparent; }",
        f'QPushButton[endlink="true"]:focus {{ color: {p.text}; border: 2px solid {p.accent}; }}',
    ]
    width = ui(1.5)
    arrow, quiet = arrow_file(p.text, width), arrow_file(p.muted, width)
    if arrow is None or quiet is None:
        return out
    box = arrow_column(theme)  # inside the field's right padding
    high = max(4, round(width * 8 / 12))
    out += [  # every drop-down of the app (library filters, the learner): the same chevron
        f"QComboBox {{ padding-right: {box}px; }}",
        "QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right;"
        f" width: {box}px; border: none; background: transparent; }}",
        f'QComboBox::down-arrow {{ image: url("{arrow}"); width: {width}px; height: {high}px; }}',
        f'QComboBox::down-arrow:disabled {{ image: url("{quiet}"); }}',
    ]
    out += [
        f"#quiz_panel QComboBox {{ padding-right: {box}px; }}",
        f"#quiz_panel QComboBox::drop-down {{ subcontrol-origin: padding;"
        f" subcontrol-position: center right; width: {box}px; border: none;"
        " background: transparent; }",
        f'#quiz_panel QComboBox::down-arrow {{ image: url("{arrow}");'
        f" width: {width}px; height: {max(4, round(width * 8 / 12))}px; }}",
        f'#quiz_panel QComboBox[blank="empty"]::down-arrow {{ image: url("{quiet}"); }}',
        "#quiz_panel QComboBox::down-arrow:disabled { image: none; }",
    ]
    return out
