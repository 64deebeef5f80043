"""The last seven days at a glance, beside the greeting: one small disc per day, filled
with a ✓ on the days the learner met the daily goal (or, without a goal to read,
finished a quiz), a day begun but short of it ringed by its share, today last.

A streak is a number; a week the learner can see filling up is a reason to come back
tomorrow (the habit loop of the apps learners compare us with). A rolling week, not
Monday to Sunday: on a Monday the streak built over the weekend still shows, and an
empty day is a quiet muted ring, never red (a review found faint dots nearly
invisible: the week did not read as seven days); nothing at all before any reading.
Each day's tooltip gives its date (« lundi 7 décembre »).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from quizapp.gui.window.locale_format import day_initials, ui_locale
from quizapp.gui.window.theme import SANS, Palette, Theme

RING_ALPHA = 150  # out of 255: an empty day's ring, the muted ink on the paper


def day_labels(locale: QLocale) -> dict[int, str]:
    """ISO weekday -> its label under a disc: the standard initial (« L M M J V S D »)."""
    return day_initials(locale)


class WeekStrip(QWidget):
    """Seven day discs with the locale's two-letter day names under them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.days: list[date] = []
        self.read: set[date] = set()
        self.partial: dict[date, float] = {}  # begun, short of the goal: day -> share
        self.goal_mode = False
        self.today = date.today()
        self.first: date | None = None  # the learner's first day read
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.updateGeometry()
        self.update()

    def set_week(
        self,
        today: date,
        read: set[date],
        partial: dict[date, float] | None = None,
        first: date | None = None,
    ) -> None:
        """The seven days ending `today` (none before any reading), which of them are
        done (`read`), which begun (`partial`, with their share), and the first day the
        learner ever did anything (by default the first of `read`)."""
        from quizapp.core.progress.streak import last_days

        self.goal_mode = partial is not None  # the daily goal's days, not quizzes finished
        partial = partial or {}
        self.first = first or min(set(read) | set(partial), default=None)
        self.today = today
        self.days = last_days(today) if self.first is not None else []
        self.read = {day for day in read if day in self.days}
        self.partial = {d: s for d, s in partial.items() if d in self.days and d not in read}
        self.setAccessibleName(self.spoken())
        self.updateGeometry()
        self.update()

    def spoken(self) -> str:
        """What a screen reader says: the days read this week, by name."""
        locale = ui_locale()
        names = [locale.dayName(day.isoweekday()) for day in self.days if day in self.read]
        if self.goal_mode:
            if not names:
                return self.tr("Last seven days: the daily goal not met yet")
            return self.tr("Last seven days: daily goal met on %1").replace("%1", ", ".join(names))
        if not names:
            return self.tr("Last seven days: no article read yet")
        return self.tr("Last seven days: read on %1").replace("%1", ", ".join(names))

    def disc_at(self, x: float) -> date | None:
        """The day whose disc (or its name under it) is at `x`."""
        step = self.diameter() + self.gap()
        index = int((x - 1 + self.gap() / 2) // step)
        return self.days[index] if 0 <= index < len(self.days) else None

    def day_text(self, day: date) -> str:
        """« lundi 7 décembre », "Monday 7 December": the disc's tooltip."""
        when = QDate(day.year, day.month, day.day)
        return ui_locale().toString(when, "dddd d MMMM")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.disc_at(event.pos().x())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(day), self)
            return True
        return super().event(event)

    def diameter(self) -> int:
        return max(12, round(self.theme.px("caption") * 1.55))

    def gap(self) -> int:
        return max(3, self.theme.space(0.5))

    def label_font(self) -> QFont:
        font = QFont(self.font())
        font.setFamilies(SANS)
        font.setPixelSize(max(8, round(self.theme.px("caption") * 0.85)))
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def sizeHint(self) -> QSize:
        d, gap = self.diameter(), self.gap()
        from PySide6.QtGui import QFontMetrics

        label = QFontMetrics(self.label_font()).height()
        count = len(self.days)
        return QSize(count * d + max(0, count - 1) * gap + 2, d + gap // 2 + label + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.days:
            return
        palette = self.theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d, gap = self.diameter(), self.gap()
        painter.setFont(self.label_font())
        labels = day_labels(ui_locale())
        for index, day in enumerate(self.days):
            disc = QRectF(1 + index * (d + gap), 1, d, d)
            if day in self.read:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(palette.primary))
                painter.drawEllipse(disc)
                self._tick(painter, disc, palette.on_primary)
            elif day in self.partial:  # begun: the day's share of the goal, in the accent
                self._share(painter, disc, self.partial[day], palette)
            else:  # every day a ring the eye finds: muted, today's in the accent
                width = max(1.5, d / 9) if day == self.today else max(1.25, d / 12)
                painter.setPen(QPen(self._ring(palette, day == self.today), width))
                painter.setBrush(QColor(palette.surface))
                inset = width / 2
                painter.drawEllipse(disc.adjusted(inset, inset, -inset, -inset))
            tone = palette.accent if day == self.today else palette.muted
            painter.setPen(QColor(tone))
            below = QRectF(disc.left() - gap / 2, disc.bottom() + gap / 2, d + gap, self.height())
            name = labels[day.isoweekday()]
            painter.drawText(
                below, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), name
            )
        painter.end()

    @staticmethod
    def _ring(palette: Palette, today: bool) -> QColor:
        """Today's ring in the accent; another day's in the muted ink, softened: seen at
        a glance (the border colour vanished on the paper), never loud like a miss."""
        if today:
            return QColor(palette.accent)
        ring = QColor(palette.muted)
        ring.setAlpha(RING_ALPHA)
        return ring

    @classmethod
    def _share(cls, painter: QPainter, disc: QRectF, share: float, palette: Palette) -> None:
        """A muted track and the share of the goal done, clockwise from the top."""
        width = max(1.5, disc.width() / 7)
        box = disc.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(cls._ring(palette, False), width))
        painter.setBrush(QColor(palette.surface))
        painter.drawEllipse(box)
        pen = QPen(QColor(palette.accent), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(box, 90 * 16, -round(360 * 16 * max(0.08, min(1.0, share))))

    @staticmethod
    def _tick(painter: QPainter, disc: QRectF, ink: str) -> None:
        """A ✓ painted, not typed: no font can lack it."""
        d = disc.width()
        path = QPainterPath(QPointF(disc.left() + d * 0.29, disc.top() + d * 0.52))
        path.lineTo(QPointF(disc.left() + d * 0.44, disc.top() + d * 0.66))
        path.lineTo(QPointF(disc.left() + d * 0.72, disc.top() + d * 0.36))
        pen = QPen(QColor(ink), max(1.5, d / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
