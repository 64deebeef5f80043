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

from quizapp.gui.window.painted_tick import paint_tick
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
        return max(20, round(self.theme.px("caption") * 2.4))

    def sizeHint(self) -> QSize:
        d = self.diameter() + 2
        return QSize(d, d)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        from quizapp.gui.quiz.summary_streak import blend

        p = self.theme.palette
        d = self.diameter()
        width = max(2.0, d / 7)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - d) / 2
        box = QRectF(1, top, d, d).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        ink = QColor(p.right if self.met else p.accent)
        # the track: a light tint of the accent, a ring to fill rather than a grey hole
        painter.setPen(QPen(blend(p.accent, p.surface, 0.22), width))
        painter.setBrush(blend(p.right if self.met else p.accent, p.surface, 0.08))
        painter.drawEllipse(box)
        if self.share > 0:
            pen = QPen(ink, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            span = -round(360 * 16 * max(0.04, self.share))  # clockwise from twelve o'clock
            painter.drawArc(box, 90 * 16, span)
        centre = box.center()
        if self.met:
            paint_tick(painter, centre, box.width() * 0.55, ink)
        else:  # the flame: warm while a streak runs, a quiet promise before
            tone = p.partly if self.streak else blend(p.accent, p.surface, 0.35).name()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(tone))
            size = box.width() * 0.56
            painter.drawPath(flame(centre, size))
            if self.streak:
                painter.setBrush(blend(p.partly, p.surface, 0.45))
                painter.drawPath(flame_core(centre, size))
        painter.end()


def flame(centre: QPointF, height: float) -> QPainterPath:
    """A calm flame, `height` tall and centred: its tip leaning a little, a small tongue
    on the left (a plain drop would read as water)."""
    x, y, h = centre.x(), centre.y(), height

    def at(u: float, v: float) -> QPointF:
        return QPointF(x + u * h, y + v * h)

    path = QPainterPath(at(0.08, -0.5))
    path.cubicTo(at(0.16, -0.3), at(0.38, -0.14), at(0.36, 0.08))
    path.cubicTo(at(0.35, 0.32), at(0.19, 0.5), at(0.0, 0.5))
    path.cubicTo(at(-0.2, 0.5), at(-0.36, 0.33), at(-0.35, 0.1))
    path.cubicTo(at(-0.34, -0.06), at(-0.27, -0.16), at(-0.2, -0.24))
    path.cubicTo(at(-0.17, -0.14), at(-0.12, -0.06), at(-0.06, -0.04))
    path.cubicTo(at(-0.06, -0.22), at(0.0, -0.38), at(0.08, -0.5))
    path.closeSubpath()
    return path


def flame_core(centre: QPointF, height: float) -> QPainterPath:
    """The flame's lighter heart, low in it."""
    x, y, h = centre.x(), centre.y() + height * 0.22, height * 0.5
    path = QPainterPath(QPointF(x + h * 0.02, y - h * 0.5))
    path.cubicTo(
        QPointF(x + h * 0.2, y - h * 0.15),
        QPointF(x + h * 0.34, y),
        QPointF(x + h * 0.3, y + h * 0.2),
    )
    path.cubicTo(
        QPointF(x + h * 0.26, y + h * 0.42),
        QPointF(x - h * 0.26, y + h * 0.42),
        QPointF(x - h * 0.3, y + h * 0.2),
    )
    path.cubicTo(
        QPointF(x - h * 0.32, y),
        QPointF(x - h * 0.16, y - h * 0.2),
        QPointF(x + h * 0.02, y - h * 0.5),
    )
    path.closeSubpath()
    return path
