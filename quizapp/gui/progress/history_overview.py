"""History's first page: every article the learner has read, on one calm card.

One line per article, the most recently read first: its cover tile, the title with
the level chip and « 3 quizzes · best 90% · last 80% » under it, a small trend
line, the day it was last read and a → that says the line opens. A click, Enter or
Space on a line asks for that article's detail (`chosen`); ↑ and ↓ walk the lines.
Above the card, one muted line of totals. Sizes come from the style sheet and the
font (zoom follows), colours from the window's theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.gui.progress import dates
from quizapp.gui.progress.chart import ChartPoint, Sparkline
from quizapp.gui.progress.history_parts import plain_label, rule_line
from quizapp.gui.review.cover_tile import CoverTile
from quizapp.gui.window import locale_format
from quizapp.gui.window.level_badge import LevelBadge

ROOMY_EMS = 34  # below this width (in lines' heights) the trend lines step aside


@dataclass(frozen=True)
class OverviewRow:
    """What one article's line shows (data.py fills it from the store and the bank)."""

    article_id: str
    title: str
    level: str = ""  # "B1"…, "" when the article is no longer in the bank
    kind: str | None = None  # the cover's pictogram family (library/topic_names)
    points: tuple[ChartPoint, ...] = field(default_factory=tuple)
    last_read: datetime | None = None

    @property
    def attempts(self) -> int:
        return len(self.points)


def duration(spent: timedelta) -> str:
    """« 1 min 5 s », « 2 h 10 min »: the quiz summary's own formatter, so a total and
    the quiz it adds up read alike."""
    from quizapp.gui.quiz.summary_stats import duration as summary_duration

    return summary_duration(spent.total_seconds())


def totals_text(articles: int, quizzes: int, average: float | None, spent: timedelta) -> str:
    """« 4 articles · 9 quizzes · 73% average success · 2 h 10 in quizzes »."""
    parts = [
        QCoreApplication.translate("HistoryOverview", "%n article(s)", "", articles),
        QCoreApplication.translate("HistoryOverview", "%n quiz(zes)", "", quizzes),
    ]
    if average is not None:
        parts.append(
            QCoreApplication.translate("HistoryOverview", "%1 average success").replace(
                "%1", locale_format.percent(average / 100)
            )
        )
    if spent.total_seconds() > 0:
        parts.append(
            QCoreApplication.translate("HistoryOverview", "%1 in quizzes").replace(
                "%1", duration(spent)
            )
        )
    return " · ".join(parts)


def line_caption(row: OverviewRow) -> str:
    """« 3 quizzes · best 90% · last 80% »; one score once; « not finished yet »."""
    if not row.points:
        return QCoreApplication.translate("HistoryOverview", "Quiz not finished yet")
    percents = [p.percent for p in row.points]
    last = locale_format.percent(percents[-1] / 100)
    if len(percents) == 1:
        return " · ".join(
            (
                QCoreApplication.translate("HistoryOverview", "%n quiz(zes)", "", 1),
                QCoreApplication.translate("HistoryOverview", "score %1").replace("%1", last),
            )
        )
    best = locale_format.percent(max(percents) / 100)
    return " · ".join(
        (
            QCoreApplication.translate("HistoryOverview", "%n quiz(zes)", "", len(percents)),
            QCoreApplication.translate("HistoryOverview", "best %1").replace("%1", best),
            QCoreApplication.translate("HistoryOverview", "last %1").replace("%1", last),
        )
    )


class TrendLine(Sparkline):
    """The History card's sparkline, at a line's scale."""

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 5, round(line * 1.8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ArticleLine(QFrame):
    """One article: a button in all but look (click, Enter, Space), with a hover tint."""

    chosen = Signal(str)

    def __init__(self, row: OverviewRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setObjectName("overview_line")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.cover = CoverTile(row.article_id, row.kind, self)
        self.title = plain_label(self, "overview_title", wrap=True)
        self.title.setText(row.title)
        self.level = LevelBadge(self)  # the library's pill, not a square tag of its own
        self.level.set_level(row.level)
        self.caption = plain_label(self, "overview_caption", wrap=True)
        self.caption.setText(line_caption(row))
        self.trend = TrendLine(self)
        self.trend.setObjectName("overview_trend")
        self.trend.set_points(row.points)
        policy = self.trend.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the dates stay in one column
        self.trend.setSizePolicy(policy)
        self.trend.setVisible(len(row.points) > 1)
        self.when = plain_label(self, "overview_when")
        self.when.setText(dates.day(row.last_read))
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.chevron = plain_label(self, "overview_chevron")
        self.chevron.setText("→")
        self.under = under = QHBoxLayout()
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.level, 0, Qt.AlignmentFlag.AlignVCenter)
        under.addWidget(self.caption, 1)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addLayout(under)
        self.row_layout = QHBoxLayout(self)
        self.row_layout.addWidget(self.cover, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row_layout.addLayout(text, 1)
        self.row_layout.addWidget(self.trend, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row_layout.addWidget(self.when, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row_layout.addWidget(self.chevron, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(row.title)
        self.setAccessibleDescription(f"{line_caption(row)} · {self.when.text()}")
        self.setToolTip(
            QCoreApplication.translate(
                "HistoryOverview", "Open this article’s results, question by question"
            )
        )

    def set_spacing(self, unit: int) -> None:
        self.row_layout.setContentsMargins(unit * 2, unit * 3 // 2, unit * 2, unit * 3 // 2)
        self.row_layout.setSpacing(unit * 2)
        self.under.setSpacing(unit)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # the release comes here then, not to the page behind
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.chosen.emit(self.row.article_id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.row.article_id)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            card = self.parentWidget()
            lines = getattr(card, "lines", [])
            step = 1 if key == Qt.Key.Key_Down else -1
            index = lines.index(self) + step if self in lines else -1
            if 0 <= index < len(lines):
                lines[index].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            super().keyPressEvent(event)


class OverviewCard(QFrame):
    """The articles' lines on one card, a hairline between them; built again when filled."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overview_card")
        self.setProperty("card", "plain")
        self.stack = QVBoxLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.setSpacing(0)
        self.lines: list[ArticleLine] = []
        self._unit = 8

    def fill(self, rows: Sequence[OverviewRow]) -> None:
        while self.stack.count():
            widget = self.stack.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.lines = []
        for index, row in enumerate(rows):
            if index:
                self.stack.addWidget(rule_line(self))
            line = ArticleLine(row, self)
            line.chosen.connect(self.chosen)
            self.stack.addWidget(line)
            line.show()  # now, so it can take the keyboard at once
            self.lines.append(line)
        self.set_spacing(self._unit)
        self._fit_trends()
        for index, line in enumerate(self.lines[1:], 1):
            QWidget.setTabOrder(self.lines[index - 1], line)
        self.ensurePolished()
        self.stack.activate()

    def set_spacing(self, unit: int) -> None:
        """The lines' tints inset from the card's rounded edge, their air the theme's."""
        self._unit = unit
        self.stack.setContentsMargins(unit // 2, unit // 2, unit // 2, unit // 2)
        for line in self.lines:
            line.set_spacing(unit)

    def _fit_trends(self) -> None:
        """The trend lines only where the title keeps room to breathe."""
        roomy = self.width() >= self.fontMetrics().height() * ROOMY_EMS
        keep = roomy and any(line.row.attempts > 1 for line in self.lines)  # a column
        for line in self.lines:
            line.trend.setVisible(roomy and line.row.attempts > 1)
            policy = line.trend.sizePolicy()
            policy.setRetainSizeWhenHidden(keep)
            line.trend.setSizePolicy(policy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_trends()


def overview_label(parent: QWidget) -> QLabel:
    """The totals line above the card, muted."""
    return plain_label(parent, "progress_summary", wrap=True)
