"""Today's goal as a small painted ring beside the greeting's words, and its reading
from the window's progress store (`goal_from_window`).

The ring fills with the day's answers (core/progress/goal.py); a calm flame sits in
it while a streak runs, and a ✓ replaces it, the ring closed in the theme's green,
once the goal is met. An empty ring is drawn as a faint track, never in red: a day
not begun yet is an invitation, not a failure. Sizes follow the caption type, so
the ring grows with the zoom; colours are the theme's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.progress.goal import DailyGoal


def goal_from_window(window: Any) -> DailyGoal | None:
    """The current learner's daily goal through the window's progress bridge (None when
    there is no learner, no store, or the store cannot say)."""
    from datetime import date, datetime, timedelta

    from quizapp.core.progress.goal import daily_goal, goal_size

    bridge = getattr(getattr(window, "progress_screens", None), "bridge", None)
    profile = getattr(bridge, "profile", None)
    store = getattr(bridge, "store", None)
    if bridge is None or profile is None or store is None or not hasattr(store, "activity"):
        return None
    today = date.today()
    # the week strip's seven days, and a streak's run before them (a year is plenty)
    since = datetime.combine(today - timedelta(days=366), datetime.min.time()).astimezone()
    moments = bridge.guard(lambda: store.activity(profile, since), None)
    if moments is None:
        return None
    settings = getattr(window, "settings", None)
    name = settings.daily_goal(profile.id) if settings is not None else None
    return daily_goal(moments, today, goal_size(name))


class GoalRing(QWidget):
    """The ring, its share filled; `share`, `met` and `streak` say what it shows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goal_ring")
        self.theme = Theme()
        self.share = 0.0
        self.met = False
        self.streak = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.updateGeometry()
        self.update()

    def set_goal(self, share: float, met: bool, streak: int) -> None:
        self.share, self.met, self.streak = max(0.0, min(1.0, share)), met, streak
        self.update()

    def diameter(self) -> int:
        return max(18, round(self.theme.px("caption") * 2.3))

    def sizeHint(self) -> QSize:
        d = self.diameter() + 2
        return QSize(d, d)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self.theme.palette
        d = self.diameter()
        width = max(2.0, d / 8)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - d) / 2
        box = QRectF(1, top, d, d).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(QColor(p.border), width))
        painter.setBrush(QColor(p.surface))
        painter.drawEllipse(box)
        ink = QColor(p.right if self.met else p.accent)
        if self.share > 0:
            pen = QPen(ink, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            span = -round(360 * 16 * self.share)  # clockwise from twelve o'clock
            painter.drawArc(box, 90 * 16, span)
        centre = box.center()
        if self.met:
            self._tick(painter, centre, box.width() * 0.5, ink)
        elif self.streak:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.partly))
            painter.drawPath(flame(centre, box.width() * 0.42))
        painter.end()

    @staticmethod
    def _tick(painter: QPainter, centre: QPointF, size: float, ink: QColor) -> None:
        left = QPointF(centre.x() - size * 0.42, centre.y() + size * 0.02)
        path = QPainterPath(left)
        path.lineTo(QPointF(centre.x() - size * 0.1, centre.y() + size * 0.32))
        path.lineTo(QPointF(centre.x() + size * 0.45, centre.y() - size * 0.3))
        pen = QPen(ink, max(1.5, size / 5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def flame(centre: QPointF, height: float) -> QPainterPath:
    """A calm flame, `height` tall and centred: a drop with a pointed tip, no flicker."""
    x, y, h = centre.x(), centre.y(), height
    w = h * 0.36
    path = QPainterPath(QPointF(x, y - h / 2))
    path.cubicTo(QPointF(x + w * 0.3, y - h * 0.2), QPointF(x + w, y), QPointF(x + w, y + h * 0.18))
    path.cubicTo(
        QPointF(x + w, y + h * 0.4), QPointF(x + w * 0.5, y + h / 2), QPointF(x, y + h / 2)
    )
    path.cubicTo(
        QPointF(x - w * 0.5, y + h / 2), QPointF(x - w, y + h * 0.4), QPointF(x - w, y + h * 0.18)
    )
    path.cubicTo(
        QPointF(x - w, y - h * 0.05), QPointF(x - w * 0.2, y - h * 0.15), QPointF(x, y - h / 2)
    )
    return path
