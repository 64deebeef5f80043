"""The covers' subject pictograms: a train, a snowflake, a bicycle… (see `pictograms.py`).

A subject is more specific than a family of topics (`cover_subject.SUBJECTS`): two
articles of one family (two travels, two sports) get two drawings. The same grid,
live area and single pen as the families' drawings, so they sit together unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform


def lines(path: QPainterPath, *points: tuple[float, float]) -> QPainterPath:
    """An open polyline through `points` (a new sub-path)."""
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    return path


_lines = lines


def train() -> QPainterPath:
    """A train (a subject: « train de nuit »): its front, windscreen, lamps and rails."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(5, 2.5, 14, 15), 3.2, 3.2)
    path.addRoundedRect(QRectF(7.5, 5.2, 9, 5), 1.2, 1.2)
    path.addEllipse(QPointF(9, 13.8), 0.8, 0.8)
    path.addEllipse(QPointF(15, 13.8), 0.8, 0.8)
    _lines(path, (8.5, 17.5), (6, 21.5))
    _lines(path, (15.5, 17.5), (18, 21.5))
    return _lines(path, (7.2, 19.5), (16.8, 19.5))


def snowflake() -> QPainterPath:
    """Winter, snow: six arms, a chevron on each."""
    import math

    path = QPainterPath()
    for n in range(6):
        angle = math.radians(90 + 60 * n)
        dx, dy = math.cos(angle), -math.sin(angle)  # along the arm, outward
        _lines(path, (12, 12), (12 + 9.5 * dx, 12 + 9.5 * dy))
        base = (12 + 5.6 * dx, 12 + 5.6 * dy)
        for side in (-1, 1):  # the chevron's two strokes, back to the arm
            turn = math.radians(90 + 60 * n + side * 42)
            tip = (base[0] + 3 * math.cos(turn), base[1] - 3 * math.sin(turn))
            _lines(path, tip, base)
    return path


def running_shoe() -> QPainterPath:
    """Running, a marathon: a trainer, seen from its side, its sole and laces."""
    path = QPainterPath()
    path.moveTo(3.5, 8.5)
    path.lineTo(3.5, 17)  # the heel
    path.quadTo(3.5, 18.8, 5.3, 18.8)
    path.lineTo(19.5, 18.8)  # the sole
    path.quadTo(21.5, 18.8, 21.5, 16.8)
    path.quadTo(21.5, 14.2, 18.5, 13.4)  # the toe's top
    path.lineTo(14.5, 12.3)
    path.lineTo(10.5, 6)  # the laced front, up to the collar
    path.lineTo(8.8, 7.2)
    path.quadTo(6.6, 9.4, 3.5, 8.5)
    _lines(path, (3.5, 15.6), (21.2, 15.6))  # the midsole
    _lines(path, (11.3, 9.3), (9.3, 10.5))  # two laces
    return _lines(path, (12.9, 11.8), (10.9, 13))


def iceberg() -> QPainterPath:
    """Ice, the poles: an iceberg, its peak over the water and its larger part under."""
    path = _lines(QPainterPath(), (6.5, 11), (9.5, 4.5), (11.5, 7), (13.8, 3), (17.8, 11))
    _lines(path, (2, 11), (22, 11))  # the waterline
    return _lines(path, (6.5, 11), (4.5, 15.5), (8.5, 21), (15, 21), (19.8, 15.5), (17.8, 11))


def baguette() -> QPainterPath:
    """Bread, a bakery: a baguette drawn level, its three slashes, then turned 45°."""
    loaf = QPainterPath()
    loaf.addRoundedRect(QRectF(1.5, 8.5, 21, 7), 3.5, 3.5)
    for x in (6.6, 10.9, 15.2):  # the baker's cuts, slanted along the crust
        _lines(loaf, (x, 13.6), (x + 2.6, 10.4))
    turn = QTransform().translate(12, 12).rotate(-45).translate(-12, -12)
    return turn.map(loaf)


def shooting_star() -> QPainterPath:
    """The night sky, astronomy: a five-pointed star and its trail."""
    import math

    (cx, cy), outer, inner = (14.2, 9.8), 8, 3.4  # the star's centre and two radii
    radii = [inner if n % 2 else outer for n in range(11)]  # ten corners, back to the first
    points = [
        (cx + r * math.sin(n * math.pi / 5), cy - r * math.cos(n * math.pi / 5))
        for n, r in enumerate(radii)
    ]
    path = _lines(QPainterPath(), *points)
    _lines(path, (8, 13.4), (3, 18.4))  # the trail: three strokes down to the left
    _lines(path, (10.2, 17.6), (6.6, 21.2))
    return _lines(path, (5.4, 10.9), (2.5, 13.8))


def swimmer() -> QPainterPath:
    """Swimming: a swimmer's head and arm over two waves."""
    path = QPainterPath()
    path.addEllipse(QPointF(16.5, 8), 2.4, 2.4)
    path.moveTo(3.5, 12.8)  # the arm, thrown forward over the water
    path.quadTo(7.5, 6, 12.5, 8.6)
    for y in (15.2, 20):  # the waves: four crests each
        path.moveTo(2, y)
        for n in range(4):
            path.quadTo(2 + 5 * n + 2.5, y - 2.4, 2 + 5 * (n + 1), y)
    return path


def clapperboard() -> QPainterPath:
    """The cinema: a film clapperboard, its clapper open over the slate."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(3, 10, 18, 10.5), 1.6, 1.6)
    _lines(path, (3, 10), (2.4, 6.4), (19.8, 3.3), (20.4, 6.9), (3, 10))  # the clapper
    _lines(path, (7.6, 5.5), (9.5, 8.7))  # its stripes
    return _lines(path, (13.2, 4.5), (15.1, 7.7))


def smartphone() -> QPainterPath:
    """A mobile phone: its body, earpiece and the bar at the screen's foot."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(6.5, 2, 11, 20), 2.6, 2.6)
    _lines(path, (10.5, 5), (13.5, 5))
    return _lines(path, (10, 18.8), (14, 18.8))


def bicycle() -> QPainterPath:
    """Cycling: two wheels, the frame's triangles, the saddle and the handlebar."""
    path = QPainterPath()
    path.addEllipse(QPointF(6, 16), 4.3, 4.3)
    path.addEllipse(QPointF(18, 16), 4.3, 4.3)
    _lines(path, (6, 16), (10.5, 9.5), (16.4, 9.5), (18, 16))  # stays, top tube, fork
    _lines(path, (6, 16), (12, 16), (10.5, 9.5))  # chain stay, seat tube
    _lines(path, (12, 16), (16.4, 9.5))  # down tube
    _lines(path, (10.5, 9.5), (10, 7), (8.2, 7), (11.8, 7))  # seat post, saddle
    return _lines(path, (16.4, 9.5), (15.8, 6.2), (18, 6.2))  # stem, handlebar


def music_notes() -> QPainterPath:
    """Music, a festival: two beamed quavers, their heads tilted as engraved."""
    path = QPainterPath()
    for x, y in ((7.3, 18.2), (17.1, 16.2)):
        head = QPainterPath()
        head.addEllipse(QPointF(x, y), 2.9, 2.1)
        path.addPath(QTransform().translate(x, y).rotate(-20).translate(-x, -y).map(head))
    _lines(path, (9.9, 17.3), (9.9, 5.2))  # the stems
    _lines(path, (19.7, 15.3), (19.7, 3.2))
    _lines(path, (9.9, 5.2), (19.7, 3.2))  # the beams
    return _lines(path, (9.9, 8.2), (19.7, 6.2))


def paw() -> QPainterPath:
    """A pet, an animal shelter: a paw print, its pad and four toes."""
    path = QPainterPath()
    pad = QPainterPath()
    pad.moveTo(12, 12.2)
    pad.cubicTo(15.8, 12.2, 18.6, 16.4, 17.6, 19)
    pad.cubicTo(16.8, 21.2, 14, 20.2, 12, 20.2)
    pad.cubicTo(10, 20.2, 7.2, 21.2, 6.4, 19)
    pad.cubicTo(5.4, 16.4, 8.2, 12.2, 12, 12.2)
    path.addPath(pad)
    for x, y in ((5, 10.6), (9.3, 6), (14.7, 6), (19, 10.6)):
        path.addEllipse(QPointF(x, y), 1.9, 2.3)
    return path


SUBJECT_PICTOGRAMS: dict[str, Callable[[], QPainterPath]] = {
    "train": train,
    "winter": snowflake,
    "running": running_shoe,
    "ice": iceberg,
    "bread": baguette,
    "stars": shooting_star,
    "swimming": swimmer,
    "cinema": clapperboard,
    "phone": smartphone,
    "bicycle": bicycle,
    "music": music_notes,
    "pet": paw,
}
