"""History's fortnight at a glance: answers per day over the last 14 days, as bars.

The answers are the daily goal's (`core.progress.goal.recent_days`: quiz answers
and review ratings), so the chart and the ring never disagree. Painted, no axes:
each day's weekday under its bar (the standard initial, « L M M J V S D », as the
library's week strip; the whole dates in the tooltip), at the caption's size and in
the muted ink that passes AA, never a ~10 px grey) and its count above it, today's bar in the
accent, the other days in a softer accent, a day without answers as a faint stub
so the fortnight reads whole. A muted caption above says
what it is, « 14 derniers jours · 37 réponses »; the tooltip and the accessible
description give each day's number. Sizes follow the font (zoom), colours the theme.

Until 3 days have answers the bars stay folded: 13 faint stubs and one bar said
nothing a line cannot, and took the top of the page. The caption alone says it then,
« 14 derniers jours · 259 réponses, toutes aujourd’hui » (or « … sur 2 jours »).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from quizapp.gui.progress.history_parts import plain_label
from quizapp.gui.review.text import palette_for, theme_for
from quizapp.gui.window.locale_format import day_initials, ui_locale

DAYS = 14
CHART_FROM = 3  # days with answers before the bars say more than the caption


def answer_days(bridge: Any, today: date | None = None) -> list[tuple[date, int]]:
    """The current learner's answers on each of the last 14 days (all zero without one)."""
    from quizapp.core.progress.goal import recent_days

    today = today or date.today()
    store, profile = bridge.store, bridge.profile
    moments: list[datetime] = []
    if store is not None and profile is not None:
        since = datetime.combine(today - timedelta(days=DAYS - 1), datetime.min.time())
        moments = bridge.guard(lambda: store.activity(profile, since.astimezone()), [])
    return recent_days(moments, today, DAYS)


class DayBars(QWidget):
    """The bars themselves; `days` is (day, answers) oldest first, today last."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_days")
        self.days: list[tuple[date, int]] = []
        # across the list's width: a narrow chart left an empty band beside it in a wide
        # window; its bars keep their width and the days their spacing grows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_days(self, days: Sequence[tuple[date, int]]) -> None:
        self.days = list(days)
        locale = ui_locale()
        text = "; ".join(
            f"{locale.toString(QDate(d.year, d.month, d.day), 'd MMM')}: {locale.toString(n)}"
            for d, n in days
        )
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def weekday(self, day: date) -> str:
        """The day's standard initial, as calendars print it (« L M M J V S D », "M T W T
        F S S"), as the library's week strip; the whole date is in the tooltip."""
        return day_initials(ui_locale())[day.isoweekday()]

    def label_font(self) -> QFont:
        """The days and counts at the theme's caption size (the zoom's)."""
        font = QFont(self.font())
        font.setPixelSize(theme_for(self).px("caption"))
        return font

    def label_colour(self, today: bool) -> QColor:
        """Today's day in the text's ink, the others in the muted one (AA on the page)."""
        palette = palette_for(self)
        return QColor(palette.text if today else palette.muted)

    def sizeHint(self) -> QSize:
        """The bars, a line above them for a day's count, a line under for its day."""
        line = QFontMetrics(self.label_font()).height()
        return QSize(round(line * DAYS * 1.4), round(line * 4.8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        """A new zoom (the style sheet again) or language: measured and painted anew."""
        kinds = (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange)
        if event.type() in kinds:
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Each day's bar, its count above it (days with answers), its weekday's
        two letters under it, today's in the text's ink, the others muted."""
        if not self.days:
            return
        palette = palette_for(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.label_font())
        line = painter.fontMetrics().height()
        pitch = self.width() / len(self.days)
        width = min(pitch * 0.62, line * 0.9)  # as slim in a wide window as in a narrow one
        stub = max(2.0, line / 8)
        room = max(stub * 2, self.height() - 2 * line)  # between the count and the day
        base = self.height() - line
        top = max((n for _d, n in self.days), default=0) or 1
        radius = min(theme_for(self).radius, width / 3)
        accent = QColor(palette.accent)
        soft = QColor(palette.accent)
        soft.setAlphaF(0.38)
        faint = QColor(palette.border)
        locale = ui_locale()
        for index, (day, count) in enumerate(self.days):
            today = index == len(self.days) - 1
            height = stub if not count else max(stub * 2, room * count / top)
            left = pitch * index
            rect = QRectF(left + (pitch - width) / 2, base - height, width, height)
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(faint if not count else (accent if today else soft))
            painter.drawRoundedRect(rect, min(radius, height / 2), min(radius, height / 2))
            painter.setPen(self.label_colour(today))
            centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(QRectF(left, base, pitch, line), centre, self.weekday(day))
            if count:
                above = QRectF(left, base - height - line, pitch, line)
                painter.drawText(above, centre, locale.toString(count))
        painter.end()


class DaysCard(QWidget):
    """The caption and the bars, above History's list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_days_card")
        self.caption = plain_label(self, "history_caption")
        self.bars = DayBars(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(2, self.fontMetrics().height() // 4))
        layout.addWidget(self.caption)
        layout.addWidget(self.bars)
        self._retranslate()

    def set_days(self, days: Sequence[tuple[date, int]]) -> None:
        self.bars.set_days(days)
        self.bars.setVisible(self.active() >= CHART_FROM)
        self._retranslate()

    def active(self) -> int:
        """The days with answers among the fortnight."""
        return sum(1 for _d, n in self.bars.days if n)

    def _retranslate(self) -> None:
        total = sum(n for _d, n in self.bars.days)
        said = self.tr("Last 14 days")
        active = self.active()
        if active >= CHART_FROM:
            said += " · " + self.tr("%n answer(s)", "", total)
        elif active == 1 and self.bars.days[-1][1]:  # folded: the line says it all
            said += " · " + self.tr("%n answer(s), all today", "", total)
        elif active:
            days = ui_locale().toString(active)
            said += " · " + self.tr("%n answer(s) over %1 days", "", total).replace("%1", days)
        self.caption.setText(said)
        self.bars.setAccessibleName(self.tr("Answers per day, last 14 days"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
