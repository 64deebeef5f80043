"""App style-sheet rules for the quiz's controls: the action bar under a question,
its quiet "Finish and see the score" link in the header, and drop-downs with an arrow drawn
in the theme's colour (every one in the app).

A style sheet cannot draw a chevron itself, so the arrow is a tiny PNG drawn
once per colour and size into this user's own private cache folder (0700,
checked before use: a shared temporary folder could be planted by another
user). PNG, not SVG: Qt reads it without loading its SVG plugin at start-up.
When the folder cannot be used, the drop-down keeps the platform's arrow.
"""

from __future__ import annotations

import os

from quizapp.core.progress import private
from quizapp.gui.window.stylesheet_quiz import HEAD_SCALE_MAX
from quizapp.gui.window.theme import SPACING_PX, TYPE_PX, Theme
from quizapp.paths import user_cache_dir

SHARPNESS = 2  # drawn at twice its size, shown at its size: crisp on a high-DPI screen


def _draw_arrow(colour: str, width: int, height: int):
    # Qt's painting types are imported here, on the first run only: their first
    # import costs milliseconds that the start-up would otherwise pay every time.
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(width * SHARPNESS, height * SHARPNESS, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(image.width() / 12, image.height() / 8)  # the chevron's own 12 × 8 box
    pen = QPen(QColor(colour), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath(QPointF(1.5, 1.5))
    path.lineTo(6, 6.2)
    path.lineTo(10.5, 1.5)
    painter.drawPath(path)
    painter.end()
    return image


def arrow_height(width: int) -> int:
    """The chevron keeps its own 12 × 8 proportions."""
    return max(4, round(width * 8 / 12))


def arrow_file(colour: str, width: int) -> str | None:
    """The path of a down chevron `width` px wide in `colour`, or None if it can't be made."""
    height = arrow_height(width)
    try:
        folder = private.make_private(user_cache_dir() / "style")
        path = folder / f"arrow-{colour.lstrip('#').lower()}-{width}x{height}.png"
        if path.exists() and private.problem(path) is None:
            return path.as_posix()
        path.unlink(missing_ok=True)  # not ours, or a link: replaced, never followed
        data = _png(_draw_arrow(colour, width, height))
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(path, flags, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
    except OSError:
        return None
    return path.as_posix()


def _png(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def arrow_column(theme: Theme) -> int:
    """The width of a drop-down's arrow column (its right padding)."""
    return round(SPACING_PX * 3.5 * theme.ui_scale)


def head_px(theme: Theme) -> int:
    """The header's small type (its score's): it grows slower than the chrome."""
    return round(TYPE_PX["caption"] * min(theme.ui_scale, HEAD_SCALE_MAX))


def rules(theme: Theme) -> list[str]:
    """The quiz controls' rules for `theme`, appended to the window's style sheet."""
    p = theme.palette

    def ui(units: float) -> int:
        return round(SPACING_PX * units * theme.ui_scale)

    out = [
        # the action bar: a full-width footer band on the card's surface, a hairline above
        f"#quiz_actions {{ background: {p.window}; border: none;"
        f" border-top: 1px solid {p.border}; }}",
        # ending early: a muted link, clearly not the next step
        f'QPushButton[endlink="true"] {{ background: transparent; color: {p.muted};'
        f" border: 1px solid transparent; padding: {ui(0.5)}px {ui(0.75)}px; }}",
        f'QPushButton[endlink="true"]:hover {{ color: {p.text}; text-decoration: underline;'
        " border-color: transparent; }",
        f'QPushButton[endlink="true"]:focus {{ color: {p.text}; border: 2px solid {p.accent}; }}',
        # in the header's row: a slim outlined pill at its score's size, set apart from
        # the score, clearly a button, and a whole page away from Check
        f'QPushButton[head="end"] {{ font-size: {head_px(theme)}px; min-height: 0;'
        f" padding: 0 {ui(0.75)}px; border: 1px solid {p.border};"
        f" border-radius: {round(head_px(theme) * 0.55)}px; }}",  # under half its height
        f'QPushButton[head="end"]:hover {{ border-color: {p.muted}; text-decoration: none; }}',
        # « More ↓ » under a scroll area's fade (`more_cue`): a small link in its own strip
        f'QPushButton[morecue="true"] {{ background: transparent; color: {p.accent};'
        f" border: none; padding: {ui(0.25)}px {ui(0.75)}px; min-height: 0;"
        f" font-size: {theme.ui_px('caption')}px; font-weight: 600; }}",
        'QPushButton[morecue="true"]:hover { text-decoration: underline; }',
    ]
    width = ui(1.5)
    arrow, quiet = arrow_file(p.text, width), arrow_file(p.muted, width)
    if arrow is None or quiet is None:
        return out
    box = arrow_column(theme)  # inside the field's right padding
    high = arrow_height(width)
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
        f" width: {width}px; height: {high}px; }}",
        "#quiz_panel QComboBox::down-arrow:disabled { image: none; }",
    ]
    return out
