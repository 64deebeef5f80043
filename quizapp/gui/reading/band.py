"""The sentence band: one calm shape behind a sentence, like a polished editor's selection.

Its first line starts at the sentence's first word, its last line ends at its last
word, and every line between spans the column's whole text width, so the right edge
never follows the ragged ends of the lines. The lines touch (each grown by half the
line gap), and the outer corners are rounded; the inner corners stay square, where a
line's start steps in. Pure geometry over a QTextDocument: the passage paints it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QTextDocument

from quizapp.gui.reading.document import Span


def line_boxes(doc: QTextDocument, span: Span, pad: float) -> list[QRectF]:
    """The band's box on each line of `span`, in document coordinates: the text's start
    (first line) or the column's left edge, to its end (last line) or the column's right
    edge, `pad` wider on each side; tall enough to touch the next line."""
    layout = doc.documentLayout()
    lines: list[tuple[float, float, float, float, float, float]] = []
    block = doc.findBlock(span.start)
    while block.isValid() and block.position() < span.end:
        origin = layout.blockBoundingRect(block).topLeft()
        factor = max(1.0, block.blockFormat().lineHeight() / 100)
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            first = block.position() + line.textStart()
            start, end = max(span.start, first), min(span.end, first + line.textLength())
            if start >= end:
                continue
            half = line.height() * (factor - 1) / 2
            top = origin.y() + line.y() - half
            left = origin.x() + line.cursorToX(start - block.position())[0]
            right = origin.x() + line.cursorToX(end - block.position())[0]
            column = origin.x() + line.x()
            lines.append((top, line.height() + 2 * half, left, right, column, line.width()))
        block = block.next()
    boxes = []
    for index, (top, height, left, right, column, width) in enumerate(lines):
        x1 = left if index == 0 else column
        x2 = right if index == len(lines) - 1 else column + width
        boxes.append(QRectF(QPointF(x1 - pad, top), QPointF(x2 + pad, top + height)))
    return boxes


def band_path(boxes: list[QRectF], radius: float) -> QPainterPath:
    """The boxes as one shape (their union's outline), each outer corner rounded by at most
    `radius`, each inner corner (where a line steps in) square."""
    union = QPainterPath()
    union.setFillRule(Qt.FillRule.WindingFill)
    for box in boxes:
        union.addRect(box)
    shape = QPainterPath()
    for polygon in union.simplified().toFillPolygons():
        points = _corners([QPointF(p) for p in polygon])
        if len(points) >= 3:
            _rounded(shape, points, radius)
    return shape


def _corners(points: list[QPointF]) -> list[QPointF]:
    """The polygon's corners only: no closing repeat, no point on a straight edge."""
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    out: list[QPointF] = []
    for i, point in enumerate(points):
        before, after = points[i - 1], points[(i + 1) % len(points)]
        if abs(_cross(point - before, after - point)) > 1e-6:
            out.append(point)
    return out


def _cross(a: QPointF, b: QPointF) -> float:
    return a.x() * b.y() - a.y() * b.x()


def _rounded(shape: QPainterPath, points: list[QPointF], radius: float) -> None:
    """The closed polygon `points` into `shape`, its convex corners rounded."""
    count = len(points)
    area = sum(_cross(points[i], points[(i + 1) % count]) for i in range(count))
    for i, corner in enumerate(points):
        before, after = points[i - 1], points[(i + 1) % count]
        into, out = corner - before, after - corner
        convex = _cross(into, out) * area > 0
        r = min(radius, _length(into) / 2, _length(out) / 2) if convex else 0.0
        start = corner - into * (r / _length(into))
        end = corner + out * (r / _length(out))
        if i == 0:
            shape.moveTo(start)
        else:
            shape.lineTo(start)
        if r > 0:
            shape.quadTo(corner, end)
    shape.closeSubpath()


def _length(vector: QPointF) -> float:
    return max(1e-6, (vector.x() ** 2 + vector.y() ** 2) ** 0.5)
