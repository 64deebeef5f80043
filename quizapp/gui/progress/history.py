"""The History screen: one article's results over time, and how each question went.

The screen shows what it is given (`set_article_choices`, `show_history`)
and asks for another article with `article_chosen`; the progress screens
fetch the data from the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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

from quizapp.gui.progress.chart import ChartPoint, HistoryChart
from quizapp.gui.review.text import palette_for
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

    @property
    def rate(self) -> float:
        return self.full_marks / self.attempted if self.attempted else 0.0


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
        self.note = QLabel(self)
        self.note.setObjectName("progress_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.table = QTableWidget(0, 5, self)
        calm_table(self.table)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
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

    def _fill(self) -> None:
        points = self._points
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
        self.table.setColumnHidden(4, not any(row.changed for row in self._rows))  # no note
        for r, row in enumerate(self._rows):
            prompt = row.prompt or self.tr("(no longer in the article)")
            rate = locale_format.percent(row.rate) if row.attempted else "—"
            cells = [
                row.question_id,
                prompt,
                str(row.attempted),
                rate,
                self.tr("changed since") if row.changed else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c in (0, 4):
                    item.setForeground(QColor(palette_for(self).muted))
                if c == 1:
                    item.setToolTip(tooltip(prompt))
                self.table.setItem(r, c, item)
        fit_rows(self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # rows wrapped at the width before the first show would stay 2–3 lines tall
        QTimer.singleShot(0, self.table, lambda: fit_rows(self.table))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table, lambda: fit_rows(self.table))

    # -- signals and language ------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        data = self.article.itemData(index)
        if data is not None:
            self.article_chosen.emit(str(data))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self.table, lambda: fit_rows(self.table))
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("History"))
        self.article_label.setText(self.tr("&Article:"))
        self.back.setText(self.tr("Back to the library"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Prompt"),
                self.tr("Quizzes"),
                self.tr("Full marks (rate)"),
                self.tr("Note"),
            ]
        )
        for column in (2, 3):  # over their numbers, which line up on the right
            self.table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.table.setAccessibleName(self.tr("Success rate of each question"))
        self.article.setAccessibleName(self.tr("Article"))
        self._fill()
