"""The History screen: every article read at a glance, then one article's results.

It opens on the overview (`show_overview`: a line of totals and one card with a
line per article, history_overview); a line asks for its article's detail with
`article_chosen`, and « ← All articles » goes back with `overview_requested`.
The detail shows what it is given (`set_article_choices`, `show_history`); the
progress screens fetch the data from the store. A card sums the article up (attempts, best,
last, time spent, a sparkline from two results); the questions follow in the
quiz's order, each with how its last attempt went (history_parts). The page is
a centred reading column, as the library's, and scrolls as one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.progress.overview import OverviewTotals
from quizapp.gui.progress.chart import ChartPoint, short_date
from quizapp.gui.progress.day_bars import DaysCard
from quizapp.gui.progress.empty_state import EmptyState
from quizapp.gui.progress.history_overview import (
    OverviewCard,
    OverviewRow,
    duration,
    overview_label,
    totals_text,
)
from quizapp.gui.progress.history_parts import (
    NONE,
    PARTLY,
    RIGHT,
    WRONG,
    QuestionList,
    SummaryCard,
    page_scroll,
    plain_label,
    rate_text,
)
from quizapp.gui.review.text import theme_for
from quizapp.gui.window import locale_format
from quizapp.gui.window.back_link import BackLink, page_with_back
from quizapp.gui.window.page_frame import PAGE_UNITS


@dataclass(frozen=True)
class QuestionRow:
    """One line of the per-question table."""

    question_id: str
    prompt: str  # "" when the question is no longer in the article
    attempted: int
    full_marks: int
    changed: bool
    number: int = 0  # its place in the quiz, from 1; 0 when no longer in the article
    kind: str = ""  # the question's type ("choice", "cloze"…), "" when unknown
    last: float | None = None  # the last answer's share of the points; None: never answered

    @property
    def rate(self) -> float:
        return self.full_marks / self.attempted if self.attempted else 0.0


TYPE_NAMES = {  # the quiz summary's names for the types (the same catalogue entries)
    "choice": QT_TRANSLATE_NOOP("SummaryView", "Choice"),
    "multi": QT_TRANSLATE_NOOP("SummaryView", "Several answers"),
    "truefalse": QT_TRANSLATE_NOOP("SummaryView", "True or false"),
    "short": QT_TRANSLATE_NOOP("SummaryView", "Short answer"),
    "cloze": QT_TRANSLATE_NOOP("SummaryView", "Fill in the blanks"),
    "match": QT_TRANSLATE_NOOP("SummaryView", "Matching"),
    "order": QT_TRANSLATE_NOOP("SummaryView", "Order"),
    "locate": QT_TRANSLATE_NOOP("SummaryView", "Find the sentence"),
}
COLUMN_UNITS = PAGE_UNITS  # the page's widest: the library's column (page_frame.py)


def type_name(kind: str) -> str:
    return QCoreApplication.translate("SummaryView", TYPE_NAMES[kind]) if kind in TYPE_NAMES else ""


def title_label(parent: QWidget) -> QLabel:
    """The screen's title, in the theme's title size (progress/style.py)."""
    label = QLabel(parent)
    label.setObjectName("progress_title")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class HistoryView(QWidget):
    """The article's summary card on top, its questions' list card below, one scroll."""

    article_chosen = Signal(str)
    back_requested = Signal()
    overview_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_view")
        self.title = title_label(self)
        self.article = QComboBox(self)
        self.article.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.article.setMinimumContentsLength(24)
        self.article_label = QLabel(self)
        self.article_label.setBuddy(self.article)
        self.back = BackLink(self)
        self.all_link = QPushButton(self)  # « ← All articles »: the detail's way up
        self.all_link.setObjectName("history_all")
        self.all_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.glance = SummaryCard(self)
        self.summary = self.glance.message  # « not finished a quiz yet », when so
        self.chart = self.glance.sparkline
        self.note = plain_label(self, "progress_note", wrap=True)
        self.note.hide()
        self.section = plain_label(self, "history_section")
        self.questions = QuestionList(self)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        pick = QHBoxLayout()
        pick.addWidget(self.article_label)
        pick.addWidget(self.article, 1)
        page = QWidget()
        page.setObjectName("history_page")
        self.totals = overview_label(page)
        self.days = DaysCard(page)  # the fortnight's answers, above the articles
        self.overview = OverviewCard(page)
        self.empty = EmptyState(page)
        self.page = QVBoxLayout(page)
        self.page.setContentsMargins(0, 0, 0, 0)
        self.page.addWidget(self.totals)
        self.page.addWidget(self.days)
        self.page.addWidget(self.overview)
        self.page.addWidget(self.empty)
        self.page.addWidget(self.glance)
        self.page.addWidget(self.note)
        self.page.addWidget(self.section)
        self.page.addWidget(self.questions)
        self.page.addStretch(1)  # a short list: the card ends with it, the page goes on
        self.scroll = page_scroll(self, page)
        self.column = QWidget(self)  # a reading column, centred as the library's cards
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.all_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(top)
        layout.addLayout(pick)
        layout.addWidget(self.scroll, 1)
        page_with_back(self, self.back, self.column)  # the link top left, as the reader's
        self.article.activated.connect(self._chosen)
        self.back.clicked.connect(self.back_requested)
        self.all_link.clicked.connect(self.overview_requested)
        self.overview.chosen.connect(self.article_chosen)
        self.empty.action.connect(self.back_requested)
        self.mode = "detail"  # or "overview"
        self._lines: list[OverviewRow] = []
        self._totals = OverviewTotals(0, 0, None, timedelta(0))
        self._rows: list[QuestionRow] = []
        self._points: list[ChartPoint] = []
        self._changed: dict[str, str] = {}
        self._spent = timedelta(0)
        self.retranslate_ui()

    # -- content --------------------------------------------------------------------
    def set_article_choices(self, choices: Sequence[tuple[str, str]], current: str | None) -> None:
        """(article id, title) pairs; the current one selected, without emitting."""
        self.article.blockSignals(True)
        self.article.clear()
        for article_id, title in choices:
            self.article.addItem(title, article_id)
        index = self.article.findData(current) if current is not None else -1
        self.article.setCurrentIndex(max(index, 0) if choices else -1)
        self.article.blockSignals(False)

    def current_article(self) -> str | None:
        data = self.article.currentData()
        return str(data) if data is not None else None

    def show_overview(self, rows: Sequence[OverviewRow], totals: OverviewTotals) -> None:
        """Every article read, the last read first, and the totals over them."""
        self._lines, self._totals = list(rows), totals
        self.mode = "overview"
        self._fill()

    def show_history(
        self,
        points: Sequence[ChartPoint],
        rows: Sequence[QuestionRow],
        changed: Mapping[str, str] | None = None,
        spent: timedelta | None = None,
    ) -> None:
        """`changed`: question id → prompt of questions the teacher changed since a result;
        `spent`: the time the finished quizzes took."""
        self._points = list(points)
        self._rows = list(rows)
        self._changed = dict(changed or {})
        self._spent = spent or timedelta(0)
        self.mode = "detail"
        self._fill()

    def _fit_column(self) -> None:
        theme = theme_for(self)
        self.column.setMaximumWidth(theme.space(COLUMN_UNITS))
        unit = theme.space(1)
        self.glance.set_spacing(unit)
        self.questions.set_spacing(unit)
        self.overview.set_spacing(unit)
        self.page.setSpacing(unit * 2)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.page.setContentsMargins(0, 0, bar + unit // 2, unit)  # the bar beside, not on
        self._arrange()

    def figures(self) -> list[tuple[str, str]]:
        """The summary card's (value, caption) pairs: attempts, best, last, time; one
        score (and its day) when there was one attempt, as best and last are the same."""
        points = self._points
        if not points:
            return []
        locale = locale_format.ui_locale()
        spent = duration(self._spent)
        last = locale_format.percent(points[-1].percent / 100)
        day = short_date(points[-1].when)
        scores = (
            [(last, self.tr("score, %1").replace("%1", day))]
            if len(points) == 1
            else [
                (locale_format.percent(max(p.percent for p in points) / 100), self.tr("best")),
                (last, self.tr("last, %1").replace("%1", day)),
            ]
        )
        attempts = (locale.toString(len(points)), self.tr("attempt(s)", "", len(points)))
        return [attempts, *scores, (spent, self.tr("in quizzes"))]

    def _show_mode(self) -> None:
        """The overview's widgets or the detail's, never both."""
        overview = self.mode == "overview"
        has = bool(self._lines)
        self.totals.setVisible(overview and has)
        self.days.setVisible(overview and has)
        self.overview.setVisible(overview and has)
        self.empty.setVisible(overview and not has)
        for widget in (self.all_link, self.article_label, self.article, self.glance):
            widget.setVisible(not overview)
        if overview:
            for widget in (self.note, self.section, self.questions):
                widget.hide()

    def _fill(self) -> None:
        self._show_mode()
        if self.mode == "overview":
            t = self._totals
            self.totals.setText(totals_text(t.articles, t.quizzes, t.average, t.spent))
            self.overview.fill(self._lines)
            self.page.activate()
            self.scroll.setWidgetResizable(True)
            return
        self.glance.set_figures(self.figures(), self._points)
        self._arrange()
        if not self._points:
            self.summary.setText(self.tr("You have not finished a quiz on this article yet."))
        changed = self._changed
        self.note.setVisible(bool(changed))
        if changed:
            self.note.setText(
                self.tr(
                    "The teacher has changed %n question(s) since some of these results:"
                    " older answers to them may not match the question you see now.",
                    "",
                    len(changed),
                )
            )
        rows = self._rows
        counts = [str(row.attempted) if row.attempted else "—" for row in rows]
        rates = [rate_text(row.attempted, row.rate) for row in rows]
        several = any(row.attempted > 1 for row in rows)  # one each: the mark says it all
        show = (len(set(counts)) > 1, several and len(set(rates)) > 1)
        self.section.setVisible(bool(rows))
        self.questions.setVisible(bool(rows))
        self.questions.fill(
            [
                self._line(row, count, rate)
                for row, count, rate in zip(rows, counts, rates, strict=True)
            ],
            (self.tr("Quizzes"), self.tr("Success")),
            show,
        )
        # the new lines in their style's sizes and the page its new height now, so the
        # first paint never squeezes them (the scroll area measures its page again)
        self.page.activate()
        self.scroll.setWidgetResizable(True)

    def _line(self, row: QuestionRow, count: str, rate: str) -> dict:
        number = (
            self.tr("Question %1").replace("%1", locale_format.ui_locale().toString(row.number))
            if row.number
            else ""
        )
        caption = " · ".join(
            part
            for part in (
                number,
                type_name(row.kind),
                self.tr("changed since") if row.changed else "",
            )
            if part
        )
        if row.last is None or not row.attempted:
            state, tip = NONE, self.tr("Not answered yet")
        elif row.last >= 1 - 1e-9:
            state, tip = RIGHT, self.tr("Right last time")
        elif row.last > 0:
            state, tip = PARTLY, self.tr("Partly right last time")
        else:
            state, tip = WRONG, self.tr("Wrong last time")
        return {
            "state": state,
            "tip": tip,
            "prompt": row.prompt or self.tr("(no longer in the article)"),
            "caption": caption,
            "changed": row.changed,
            "count": count,
            "rate": rate,
        }

    def _arrange(self) -> None:
        """The summary card's width from the window's (the page's own may be stale)."""
        outer = self.layout().contentsMargins()
        column = min(self.width() - outer.left() - outer.right(), self.column.maximumWidth())
        page = self.page.contentsMargins()
        self.glance.arrange(column - page.left() - page.right())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # -- signals and language ------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        data = self.article.itemData(index)
        if data is not None:
            self.article_chosen.emit(str(data))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_column)  # the zoom changed: the measure too
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("History"))
        self.article_label.setText(self.tr("&Article:"))
        self.section.setText(self.tr("Question by question"))
        self.questions.setAccessibleName(self.tr("How each question went"))
        self.article.setAccessibleName(self.tr("Article"))
        self.all_link.setText(self.tr("← All articles"))
        self.all_link.setToolTip(self.tr("Every article you have read, at a glance"))
        self.overview.setAccessibleName(self.tr("Articles you have read"))
        self.empty.say(
            self.tr("Your results will gather here"),
            self.tr(
                "Read an article and take its quiz: each article you read gets a line"
                " here, with your scores over time."
            ),
            self.tr("Choose an article"),
        )
        self._fill()
