"""Slim scroll bars: a rounded handle on a clear track, no arrow buttons.

Fusion's stock bar (a grooved track with arrows at both ends) made every pane
look like a form; two of them side by side (the passage beside the summary)
read as a frame. The handle is muted ink mixed into the surface, darker under
the pointer; the bar keeps a touch-friendly width that grows with the chrome.
"""

from __future__ import annotations

from quizapp.gui.window.stylesheet_tone import mix
from quizapp.gui.window.theme import SPACING_PX, Theme


def rules(theme: Theme) -> list[str]:
    p = theme.palette
    width = max(10, round(SPACING_PX * 1.4 * theme.ui_scale))
    pad = max(2, width // 4)
    radius = (width - 2 * pad) // 2
    handle = mix(p.surface, p.muted, 0.45)
    out = []
    for bar, size, length in (("vertical", "width", "height"), ("horizontal", "height", "width")):
        out += [
            f"QScrollBar:{bar} {{ background: transparent; border: none; {size}: {width}px;"
            " margin: 0; }",
            f"QScrollBar::handle:{bar} {{ background: {handle}; border-radius: {radius}px;"
            f" margin: {pad}px; min-{length}: {width * 3}px; }}",
            f"QScrollBar::handle:{bar}:hover, QScrollBar::handle:{bar}:pressed {{"
            f" background: {p.muted}; }}",
            f"QScrollBar::add-line:{bar}, QScrollBar::sub-line:{bar} {{ {size}: 0; {length}: 0;"
            " border: none; background: transparent; }",
            f"QScrollBar::add-page:{bar}, QScrollBar::sub-page:{bar} {{"
            " background: transparent; }",
        ]
    return out
