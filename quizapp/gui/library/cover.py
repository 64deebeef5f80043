"""A library card's cover: a calm gradient, a soft motif and its topic's pictogram.

Painted, never loaded: no image file, no network. The same article always gets
the same cover (a stable digest of its id, not Python's salted `hash`), so a
learner finds "the green one" again; the gradients are the theme's, chosen
quiet enough to sit beside the level chip and the accent. The pictogram (a line
drawing of `pictograms.py`) says the topic at a glance: a seedling, a spanner…
"""

from __future__ import annotations

from PySide6 import QtGui  # its painting types load on first use, not at start-up
from PySide6.QtCore import QPointF, QRectF

from quizapp.gui.window.theme import Palette

# The soft circles, out of 255: one deeper than the gradient, then two faint light veils
# (a texture, not a picture; light enough that the pictogram keeps its contrast)
MOTIF_ALPHA = (110, 26, 18)
INK_ALPHA = 235  # the pictogram's line: the cover's ink, a breath short of opaque
PICTOGRAM_SHARE = 0.54  # of the tile's side: the drawing's 24-unit grid


def cover_seed(article_id: str) -> int:
    """A stable number for an article (the same on every run and machine): MD5 mixes
    similar ids well, where CRC-32 gave neighbouring slugs the same cover."""
    import hashlib  # with the first card, not at start-up

    digest = hashlib.md5(article_id.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:4], "big")


def cover_colours(palette: Palette, article_id: str) -> tuple[str, str]:
    """The gradient's two stops for this article in this palette."""
    covers = palette.covers or ((palette.accent, palette.accent),)
    return covers[cover_seed(article_id) % len(covers)]


def paint_cover(
    painter: QtGui.QPainter,
    rect: QRectF,
    radius: float,
    palette: Palette,
    article_id: str,
    kind: str | None,
) -> None:
    """The tile: gradient, two or three overlapping circles seeded by the id, and the
    pictogram of the topic's family `kind` (an open book for none). A wide rect (the
    reading view's band) spreads the circles along it and sizes them and the pictogram
    by its height; a square tile is drawn exactly as before."""
    from PySide6.QtCore import Qt

    from quizapp.gui.library.pictograms import fitted, pictogram

    seed = cover_seed(article_id)
    top, bottom = cover_colours(palette, article_id)
    painter.save()
    clip = QtGui.QPainterPath()
    clip.addRoundedRect(rect, radius, radius)
    painter.setClipPath(clip)
    gradient = QtGui.QLinearGradient(rect.topLeft(), rect.bottomRight())
    gradient.setColorAt(0.0, QtGui.QColor(top))
    gradient.setColorAt(1.0, QtGui.QColor(bottom))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRect(rect)
    side = min(rect.width(), rect.height())
    for n in range(2 + seed % 2):
        bits = seed >> (5 + 7 * n)
        x = rect.left() + rect.width() * ((bits & 7) / 7)
        y = rect.top() + rect.height() * (((bits >> 3) & 7) / 7)
        r = side * (0.32 + 0.1 * n + ((bits >> 6) & 1) * 0.12)
        veil = QtGui.QColor(palette.cover_ink) if n else QtGui.QColor(bottom).darker(118)
        veil.setAlpha(MOTIF_ALPHA[n])
        painter.setBrush(veil)
        painter.drawEllipse(QPointF(x, y), r, r)
    painter.setClipping(False)
    side *= PICTOGRAM_SHARE
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    path, width = fitted(pictogram(kind), box)
    ink = QtGui.QColor(palette.cover_ink)
    ink.setAlpha(INK_ALPHA)
    pen = QtGui.QPen(ink, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()
