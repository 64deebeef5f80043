"""The History screen: one article's results over time, and how each question went.

The screen shows what it is given (`set_article_choices`, `show_history`)
and asks for another article with `article_chosen`; the progress screens
fetch the data from the store. Under three quizzes a line chart says
nothing a sentence cannot: a compact card (« 1 attempt · 100 % · 7 Dec »)
stands in for it. Questions are « Question 3 » in the quiz's order, with
their type; the page a centred reading column, as the library's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.progress.chart import ChartPoint, HistoryChart, short_date
from quizapp.gui.review.text import palette_for, theme_for
from quizapp.gui.window import locale_format
from quizapp.gui.window.plain_text import tooltip


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
CHART_FROM = 3  # quizzes: fewer, and the compact card says it better than a line
COLUMN_UNITS = 120  # the page's widest, in spacing units (the library's cards' column)


def type_name(kind: str) -> str:
    return QCoreApplication.translate("SummaryView", TYPE_NAMES[kind]) if kind in TYPE_NAMES else ""


def title_label(parent: QWidget) -> QLabel:
    """The screen's title, in the theme's title size (progress/style.py)."""
    label = QLabel(parent)
    label.setObjectName("progress_title")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def fit_rows(table: QTableWidget) -> None:
    """Each row as tall as its cells: `resizeRowsToContents` would also count the hidden
    row header, whose least height (the style's, ~30 px) is 1.6 lines of the body text."""
    for row in range(table.rowCount()):
        table.setRowHeight(row, table.sizeHintForRow(row))


def calm_table(table: QTableWidget) -> None:
    """A list, not a spreadsheet: no grid, no row numbers, one line a row until it wraps."""
    table.setShowGrid(False)
    table.setFrameShape(QFrame.Shape.NoFrame)
    table.verticalHeader().hide()
    table.verticalHeader().setMinimumSectionSize(1)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )


class HistoryView(QWidget):
    """Chart on top, per-question success rates below."""

    article_chosen = Signal(str)
    back_requested = Signal()

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
        self.back = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("progress_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.chart = HistoryChart(self)
        self.glance = QFrame(self)  # fewer than three quizzes: one line on a card
        self.glance.setObjectName("history_glance")
        self.glance.setProperty("card", "plain")
        self.glance_text = QLabel(self.glance)
        self.glance_text.setObjectName("history_glance_text")
        self.glance_text.setTextFormat(Qt.TextFormat.PlainText)
        self.glance_text.setWordWrap(True)
        QVBoxLayout(self.glance).addWidget(self.glance_text)
        self.glance.hide()
        self.note = QLabel(self)
        self.note.setObjectName("progress_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.table = QTableWidget(0, 6, self)
        calm_table(self.table)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # `_size_columns`
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.back)
        pick = QHBoxLayout()
        pick.addWidget(self.article_label)
        pick.addWidget(self.article, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.note)
        lower_layout.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.column = QWidget(self)  # a reading column, centred as the library's cards
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.glance)
        layout.addWidget(split, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        self.article.activated.connect(self._chosen)
        self.back.clicked.connect(self.back_requested)
        self._rows: list[QuestionRow] = []
        self._points: list[ChartPoint] = []
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

    def show_history(
        self,
        points: Sequence[ChartPoint],
        rows: Sequence[QuestionRow],
        changed: Mapping[str, str] | None = None,
    ) -> None:
        """`changed`: question id → prompt of questions the teacher changed since a result."""
        self._points = list(points)
        self._rows = list(rows)
        self.chart.set_points(points)
        self._changed = dict(changed or {})
        self._fill()

    def _fit_column(self) -> None:
        self.column.setMaximumWidth(theme_for(self).space(COLUMN_UNITS))

    def glance_line(self) -> str:
        """ "1 attempt · 100 % · 7 Dec": the last quiz, for fewer than three."""
        points = self._points
        last = points[-1]
        return " · ".join(
            (
                self.tr("%n attempt(s)", "", len(points)),
                locale_format.percent(last.percent / 100),
                short_date(last.when),
            )
        )

    def _fill(self) -> None:
        points = self._points
        few = 0 < len(points) < CHART_FROM
        self.chart.setVisible(not few)
        self.glance.setVisible(few)
        self.summary.setVisible(not few)
        if few:
            self.glance_text.setText(self.glance_line())
        if points:
            best = max(p.percent for p in points)
            self.summary.setText(
                self.tr("Quizzes finished: %n", "", len(points))
                + " · "
                + self.tr("best %1, last %2")
                .replace("%1", locale_format.percent(best / 100))
                .replace("%2", locale_format.percent(points[-1].percent / 100))
            )
        else:
            self.summary.setText(self.tr("You have not finished a quiz on this article yet."))
        changed = getattr(self, "_changed", {})
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
        self.table.setRowCount(len(self._rows))
        self.table.setColumnHidden(5, not any(row.changed for row in self._rows))  # no note
        for r, row in enumerate(self._rows):
            prompt = row.prompt or self.tr("(no longer in the article)")
            rate = locale_format.percent(row.rate) if row.attempted else "—"
            number = self.tr("Question %1").replace(
                "%1", locale_format.ui_locale().toString(row.number)
            )
            cells = [
                number if row.number else "—",
                prompt,
                type_name(row.kind),
                str(row.attempted),
                rate,
                self.tr("changed since") if row.changed else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c in (0, 2, 5):
                    item.setForeground(QColor(palette_for(self).muted))
                if c == 1:
                    item.setToolTip(tooltip(prompt))
                self.table.setItem(r, c, item)
        self._size_columns()
        fit_rows(self.table)

    def _size_columns(self) -> None:
        """The short columns as wide as their widest text and a little air (an em each
        side), so « Question 10 » or « Fill in the blanks » never wraps; the prompt the rest."""
        table = self.table
        cells, heads = table.fontMetrics(), table.horizontalHeader().fontMetrics()
        air = cells.horizontalAdvance("mm")
        widths = {}
        for c in (0, 2, 3, 4, 5):
            head = table.horizontalHeaderItem(c)
            widest = heads.horizontalAdvance(head.text()) if head is not None else 0
            for r in range(table.rowCount()):
                item = table.item(r, c)
                if item is not None:
                    widest = max(widest, cells.horizontalAdvance(item.text()))
            widths[c] = widest + air
            table.setColumnWidth(c, widths[c])
        # a narrow window or a large zoom: the type gives its room to the prompt
        shown = sum(w for c, w in widths.items() if not table.isColumnHidden(c) or c == 2)
        table.setColumnHidden(2, table.viewport().width() - shown < table.viewport().width() // 2)

    def _refit(self) -> None:
        self._size_columns()
        fit_rows(self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_column()
        # rows wrapped at the width before the first show would stay 2–3 lines tall
        QTimer.singleShot(0, self.table, self._refit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table, self._refit)

    # -- signals and language ------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        data = self.article.itemData(index)
        if data is not None:
            self.article_chosen.emit(str(data))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_column()  # the zoom changed: the column's measure with it
            QTimer.singleShot(0, self.table, self._refit)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("History"))
        self.article_label.setText(self.tr("&Article:"))
        self.back.setText(self.tr("Back to the library"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Prompt"),
                self.tr("Type"),
                self.tr("Quizzes"),
                self.tr("Success"),
                self.tr("Note"),
            ]
        )
        for column in (3, 4):  # over their numbers, which line up on the right
            self.table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.table.setAccessibleName(self.tr("Success rate of each question"))
        self.article.setAccessibleName(self.tr("Article"))
        self._fill()
