"""The covers' pictograms: one line drawing per family of topics, and more for subjects.

Drawn as paths on a 24-unit grid (the grid of most icon sets) and stroked with one
pen, so every pictogram has the same line weight, rounded caps and joins, and the
same optical size: each sits in the grid's 2…22 live area and is scaled with the
tile, hence with the zoom. No image file, no icon font: nothing to ship or to load.
`quizapp.core.library.cover_subject.cover_kind` picks the subject (a train, a
snowflake) or else the family from the tags and the title.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

from quizapp.gui.library.subject_pictograms import SUBJECT_PICTOGRAMS
from quizapp.gui.library.subject_pictograms import lines as _lines

GRID = 24.0
STROKE = 1.75  # in grid units: about 3 px on a tile at the base size


def sprout() -> QPainterPath:
    """Environment: a seedling, two leaves on a stem, the ground under it."""
    path = _lines(QPainterPath(), (12, 21), (12, 11.5))
    path.moveTo(12, 14)  # the left leaf, lower and smaller
    path.cubicTo(12, 10.2, 9.3, 8, 4.5, 8)
    path.cubicTo(4.5, 11.8, 7.2, 14, 12, 14)
    path.moveTo(12, 11.5)  # the right leaf, higher
    path.cubicTo(12, 6.6, 14.8, 3.5, 19.5, 3.5)
    path.cubicTo(19.5, 8.4, 16.7, 11.5, 12, 11.5)
    return _lines(path, (7, 21), (17, 21))


def wrench() -> QPainterPath:
    """Daily life, tools: an open-ended spanner, drawn upright then turned 45°."""
    head = QPainterPath()
    head.addEllipse(QPointF(12, 6.8), 5.2, 5.2)
    jaw = QPainterPath()
    jaw.addRect(QRectF(10.2, 0, 3.6, 6.6))
    handle = QPainterPath()
    handle.addRoundedRect(QRectF(10.2, 10, 3.6, 12.6), 1.8, 1.8)
    outline = head.subtracted(jaw).united(handle).simplified()
    outline.addEllipse(QPointF(12, 19.6), 0.55, 0.55)  # the hanging hole
    turn = QTransform().translate(12, 12).rotate(45).translate(-12, -12.3)
    return turn.map(outline)


def medal() -> QPainterPath:
    """Sport: a medal on its ribbon."""
    path = _lines(QPainterPath(), (7.5, 2.5), (10.6, 9.6))
    _lines(path, (16.5, 2.5), (13.4, 9.6))
    _lines(path, (7.5, 2.5), (16.5, 2.5))
    path.addEllipse(QPointF(12, 15), 6, 6)
    path.addEllipse(QPointF(12, 15), 2.6, 2.6)  # the medal's boss: a star would blur small
    return path


def briefcase() -> QPainterPath:
    """Work: a briefcase with its handle and clasp."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(3, 7, 18, 13), 2.2, 2.2)
    path.moveTo(8.8, 7)
    path.lineTo(8.8, 5.2)
    path.quadTo(8.8, 3.8, 10.2, 3.8)
    path.lineTo(13.8, 3.8)
    path.quadTo(15.2, 3.8, 15.2, 5.2)
    path.lineTo(15.2, 7)
    _lines(path, (3, 12.5), (10.5, 12.5))
    _lines(path, (13.5, 12.5), (21, 12.5))
    path.addRoundedRect(QRectF(10.5, 11, 3, 3), 0.8, 0.8)
    return path


def flask() -> QPainterPath:
    """Science: a conical flask, its rim and the level of a liquid."""
    path = _lines(QPainterPath(), (8.5, 2.5), (15.5, 2.5))
    path.moveTo(10, 2.5)
    path.lineTo(10, 9)
    path.lineTo(4.6, 18.2)
    path.quadTo(3.6, 20.5, 6.2, 20.5)
    path.lineTo(17.8, 20.5)
    path.quadTo(20.4, 20.5, 19.4, 18.2)
    path.lineTo(14, 9)
    path.lineTo(14, 2.5)
    return _lines(path, (7.2, 14.8), (16.8, 14.8))


def newspaper() -> QPainterPath:
    """News: a folded newspaper, its headline, a picture and two columns."""
    path = QPainterPath()
    path.moveTo(6.5, 20.5)
    path.lineTo(19, 20.5)
    path.quadTo(21, 20.5, 21, 18.5)
    path.lineTo(21, 5.5)
    path.quadTo(21, 3.5, 19, 3.5)
    path.lineTo(9.5, 3.5)
    path.quadTo(7.5, 3.5, 7.5, 5.5)
    path.lineTo(7.5, 18.5)
    path.quadTo(7.5, 20.5, 5.5, 20.5)  # the front page's edge curls into the inner leaf
    path.quadTo(3, 20.5, 3, 18)
    path.lineTo(3, 9.5)
    path.lineTo(7.5, 9.5)
    _lines(path, (10.8, 7.5), (17.7, 7.5))
    path.addRoundedRect(QRectF(10.8, 11, 3.2, 3.2), 0.6, 0.6)
    _lines(path, (16, 11.2), (17.7, 11.2))
    _lines(path, (16, 14), (17.7, 14))
    return _lines(path, (10.8, 17.2), (17.7, 17.2))


def fork_and_plate() -> QPainterPath:
    """Food: a fork beside a plate."""
    path = _lines(QPainterPath(), (4.5, 3), (4.5, 7.8))
    path.moveTo(2.7, 3)  # the tines' outer line, round at the bottom
    path.lineTo(2.7, 7.5)
    path.quadTo(2.7, 9.8, 4.5, 9.8)
    path.quadTo(6.3, 9.8, 6.3, 7.5)
    path.lineTo(6.3, 3)
    _lines(path, (4.5, 9.8), (4.5, 21))
    path.addEllipse(QPointF(15, 12), 6.6, 6.6)
    path.addEllipse(QPointF(15, 12), 3.6, 3.6)
    return path


def book() -> QPainterPath:
    """Culture, literature: a closed book, its pages and a bookmark."""
    path = QPainterPath()
    path.moveTo(20, 17.5)
    path.lineTo(6.8, 17.5)
    path.quadTo(4.5, 17.5, 4.5, 19.5)
    path.quadTo(4.5, 21.5, 6.8, 21.5)
    path.lineTo(20, 21.5)
    path.lineTo(20, 2.5)
    path.lineTo(6.8, 2.5)
    path.quadTo(4.5, 2.5, 4.5, 4.8)
    path.lineTo(4.5, 19.5)
    return _lines(path, (9.5, 2.5), (9.5, 9.5), (11.5, 8), (13.5, 9.5), (13.5, 2.5))


def house() -> QPainterPath:
    """Housing, the city: a house, its roof and door."""
    path = _lines(QPainterPath(), (2.8, 11.2), (12, 3.5), (21.2, 11.2))
    _lines(path, (5.5, 9), (5.5, 20.5), (18.5, 20.5), (18.5, 9))
    return _lines(path, (10, 20.5), (10, 14.5), (14, 14.5), (14, 20.5))


def heart() -> QPainterPath:
    """Health: a heart with a pulse line across it."""
    path = QPainterPath()
    path.moveTo(12, 20.5)
    path.cubicTo(12, 20.5, 3, 15, 3, 9)
    path.cubicTo(3, 6, 5.2, 3.8, 7.9, 3.8)
    path.cubicTo(9.7, 3.8, 11.2, 4.8, 12, 6.4)
    path.cubicTo(12.8, 4.8, 14.3, 3.8, 16.1, 3.8)
    path.cubicTo(18.8, 3.8, 21, 6, 21, 9)
    path.cubicTo(21, 15, 12, 20.5, 12, 20.5)
    return _lines(path, (6.5, 11.5), (9.5, 11.5), (11, 8.8), (13, 14.2), (14.5, 11.5), (17.5, 11.5))


def globe() -> QPainterPath:
    """Travel, the world: a globe with a meridian and two parallels."""
    path = QPainterPath()
    path.addEllipse(QPointF(12, 12), 9, 9)
    path.addEllipse(QPointF(12, 12), 3.8, 9)
    _lines(path, (3, 12), (21, 12))
    _lines(path, (4.6, 7.2), (19.4, 7.2))
    return _lines(path, (4.6, 16.8), (19.4, 16.8))


def mortarboard() -> QPainterPath:
    """Education: a graduate's cap and its tassel."""
    path = _lines(QPainterPath(), (2, 9), (12, 4.5), (22, 9), (12, 13.5), (2, 9))
    path.moveTo(6, 11)
    path.lineTo(6, 16)
    path.quadTo(12, 20, 18, 16)
    path.lineTo(18, 11)
    return _lines(path, (22, 9), (22, 15))


def laptop() -> QPainterPath:
    """Technology: a laptop."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(4.5, 4.5, 15, 11), 1.6, 1.6)
    path.moveTo(2, 19.5)
    path.lineTo(22, 19.5)
    path.moveTo(2, 19.5)
    path.quadTo(2.2, 18, 4, 18)
    path.lineTo(20, 18)
    path.quadTo(21.8, 18, 22, 19.5)
    return path


def page_and_pencil() -> QPainterPath:
    """A learner's own text: a page of lines, a pencil writing at its foot."""
    path = _lines(QPainterPath(), (13, 20.5), (5.5, 20.5), (3.5, 18.5), (3.5, 5.5))
    path.quadTo(3.5, 3.5, 5.5, 3.5)
    path.lineTo(15.5, 3.5)
    path.quadTo(17.5, 3.5, 17.5, 5.5)
    path.lineTo(17.5, 9.5)
    _lines(path, (7, 8), (14, 8))
    _lines(path, (7, 11.5), (14, 11.5))
    _lines(path, (7, 15), (10.5, 15))
    _lines(path, (21.2, 11.8), (13.8, 19.2), (13, 21.5), (15.3, 20.7), (22.7, 13.3), (21.2, 11.8))
    return _lines(path, (19.7, 13.3), (21.2, 14.8))


def open_book() -> QPainterPath:
    """Any other topic: an open book."""
    path = QPainterPath()
    for side in (-1, 1):  # the left page, then its mirror image
        path.moveTo(12, 7)
        path.cubicTo(12, 5.2, 12 + side * -1.2, 4.5, 12 + side * -3.2, 4.5)
        path.lineTo(12 + side * 9.5, 4.5)
        path.lineTo(12 + side * 9.5, 17.5)
        path.lineTo(12 + side * 3.6, 17.5)
        path.cubicTo(12 + side * 1.6, 17.5, 12, 18.4, 12, 20)
    return _lines(path, (12, 7), (12, 20))


# a family of topics (quizapp.core.library.topic_names.KINDS) → its pictogram
PICTOGRAMS: dict[str, Callable[[], QPainterPath]] = {
    "environment": sprout,
    "tools": wrench,
    "sport": medal,
    "work": briefcase,
    "science": flask,
    "news": newspaper,
    "food": fork_and_plate,
    "culture": book,
    "housing": house,
    "health": heart,
    "travel": globe,
    "education": mortarboard,
    "technology": laptop,
    "own": page_and_pencil,
    # subjects (quizapp.core.library.cover_subject.SUBJECTS): more specific than a family
    **SUBJECT_PICTOGRAMS,
}
FALLBACK = open_book


def pictogram(kind: str | None) -> Callable[[], QPainterPath]:
    """The drawing for a family of topics; the open book for any other."""
    return PICTOGRAMS.get(kind or "", FALLBACK)


def fitted(drawing: Callable[[], QPainterPath], box: QRectF) -> tuple[QPainterPath, float]:
    """The drawing scaled into the square `box` (centred), and its pen's width there."""
    scale = min(box.width(), box.height()) / GRID
    move = QTransform()
    move.translate(box.center().x() - GRID / 2 * scale, box.center().y() - GRID / 2 * scale)
    move.scale(scale, scale)
    return move.map(_cached(drawing)), STROKE * scale


_PATHS: dict[Callable[[], QPainterPath], QPainterPath] = {}


def _cached(drawing: Callable[[], QPainterPath]) -> QPainterPath:
    """Each drawing built once (the wrench's outline is worked out by path booleans)."""
    if drawing not in _PATHS:
        _PATHS[drawing] = drawing()
    return _PATHS[drawing]
