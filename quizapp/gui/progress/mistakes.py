"""Review my mistakes: across articles, the questions last answered below full marks.

Each line shows the article, the question and the score; the pane below
shows the question with its evidence sentences from the passage. "Show in
the text" opens the article with the evidence highlighted; "Retry" starts a
practice quiz over just that article's mistakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.progress import dates
from quizapp.gui.progress.empty_state import EmptyState
from quizapp.gui.progress.history import COLUMN_UNITS, title_label
from quizapp.gui.progress.history_parts import PARTLY, WRONG, ResultMark
from quizapp.gui.review.text import palette_for, theme_for
from quizapp.gui.window.back_link import BackLink, page_with_back
from quizapp.gui.window.plain_text import tooltip

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class MistakeRow:
    """One mistake as the screen shows it (texts from the article as it is now)."""

    article_id: str
    article_title: str
    question_id: str
    prompt: str  # "" when the question (or the article) is no longer in the bank
    evidence: tuple[str, ...]  # the French evidence sentences
    score: float
    points: float
    answered: datetime
    changed: bool  # the teacher changed the question since this answer

    @property
    def available(self) -> bool:
        return bool(self.prompt)


class MistakesView(QWidget):
    """Lists `MistakeRow`s grouped by article; emits what the learner asks for."""

    show_requested = Signal(str, str)  # article id, question id
    retry_requested = Signal(str)  # article id
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mistakes_view")
        self.title = title_label(self)
        self.back = BackLink(self)
        self.count = QLabel(self)
        self.count.setObjectName("progress_summary")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QLabel(self)
        self.detail.setObjectName("mistake_detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.retry_button.setProperty("primary", "true")  # the one way on from here
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        # the list as tall as its lines (scrolling only when they outgrow the page), the
        # question's card right under it: no empty grid below a short list
        self.tree.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.detail.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.split = QWidget(self)  # the list, the question and its buttons, or nothing
        lower = QVBoxLayout(self.split)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.tree, 1)
        lower.addWidget(self.detail)
        lower.addLayout(buttons)
        lower.addStretch(0)
        self.empty = EmptyState(self)
        self.empty.action.connect(self.back_requested)
        self.empty.hide()
        self.column = QWidget(self)  # a reading column, centred as History's
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.split)
        layout.addWidget(self.empty, 1)
        layout.addStretch(1)
        page_with_back(self, self.back, self.column)  # the link top left, as the reader's
        self.rows: list[MistakeRow] = []
        self.tree.currentItemChanged.connect(lambda *_: self._show_detail())
        self.tree.itemActivated.connect(lambda *_: self._show_selected())
        self.show_button.clicked.connect(self._show_selected)
        self.retry_button.clicked.connect(self._retry_selected)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def set_mistakes(self, rows: Sequence[MistakeRow]) -> None:
        self.rows = list(rows)
        self._fill()

    def selected(self) -> MistakeRow | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        row = item.data(0, ROW_ROLE)
        if row is None and item.childCount():
            row = item.child(0).data(0, ROW_ROLE)
        return row if isinstance(row, MistakeRow) else None

    def select(self, article_id: str, question_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                row = group.child(j).data(0, ROW_ROLE)
                if row.article_id == article_id and row.question_id == question_id:
                    self.tree.setCurrentItem(group.child(j))
                    return

    def _fill(self) -> None:
        current = self.selected()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        bold = self.font()
        bold.setBold(True)
        for row in self.rows:
            group = groups.get(row.article_id)
            if group is None:
                group = QTreeWidgetItem(self.tree, [row.article_title])
                group.setFont(0, bold)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[row.article_id] = group
            prompt = row.prompt or self.tr("(no longer in the bank)")
            if row.changed and row.prompt:
                prompt += " " + self.tr("(changed by the teacher since)")
            item = QTreeWidgetItem(
                group,
                [
                    prompt,
                    f"{row.score:g} / {row.points:g}",
                    dates.day(row.answered),
                ],
            )
            item.setData(0, ROW_ROLE, row)
            item.setToolTip(0, tooltip(prompt))
            item.setIcon(0, self._mark(WRONG if row.score <= 0 else PARTLY))  # as History's
            item.setDisabled(not row.available)
        for group in groups.values():
            group.setExpanded(True)
        self.count.setText(
            self.tr("%n question(s) to review, last answered below full marks.", "", len(self.rows))
            if self.rows
            else self.tr("No mistakes to review: every question you answered last got full marks.")
        )
        self.count.setVisible(bool(self.rows))  # the empty card says it, larger
        self.split.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        column = self.column.layout()  # the page's room: the empty card's, else below the list
        column.setStretch(column.count() - 1, 1 if self.rows else 0)
        if current is not None:
            self.select(current.article_id, current.question_id)
        if self.tree.currentItem() is None and groups:
            first = next(iter(groups.values()))
            self.tree.setCurrentItem(first.child(0) if first.childCount() else first)
        self._show_detail()

    def _mark(self, state: str) -> QIcon:
        """History's painted mark, in this window's theme, as the line's icon."""
        side = self.tree.fontMetrics().height()
        self.tree.setIconSize(QSize(side, side))
        mark = ResultMark(state, None, palette_for(self))  # off screen: never on the page
        mark.resize(side, side)
        mark.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        icon = QIcon(mark.grab())
        mark.deleteLater()
        return icon

    def _show_detail(self) -> None:
        row = self.selected()
        self.show_button.setEnabled(row is not None and row.available)
        self.retry_button.setEnabled(row is not None and row.available)
        if row is None:
            self.detail.clear()
            return
        if not row.available:
            self.detail.setText(
                self.tr("This question is no longer in the bank: the teacher removed it.")
            )
            return
        lines = [row.prompt, ""]
        if row.evidence:
            lines.append(self.tr("In the text:"))
            lines.extend(f"«\u00a0{s}\u00a0»" for s in row.evidence)
        self.detail.setText("\n".join(lines))

    def _show_selected(self) -> None:
        row = self.selected()
        if row is not None and row.available:
            self.show_requested.emit(row.article_id, row.question_id)

    def _retry_selected(self) -> None:
        row = self.selected()
        if row is not None and row.available:
            self.retry_requested.emit(row.article_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.column.setMaximumWidth(theme_for(self).space(COLUMN_UNITS))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.column.setMaximumWidth(theme_for(self).space(COLUMN_UNITS))  # the zoom's
            QTimer.singleShot(0, self, self._fill)  # the marks in the new theme and size
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Review my mistakes"))
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Score"), self.tr("Answered")])
        self.tree.setAccessibleName(self.tr("Questions to review"))
        self.show_button.setText(self.tr("Show in the text"))
        self.show_button.setToolTip(
            self.tr("Open the article with the sentences that prove the answer highlighted")
        )
        self.retry_button.setText(self.tr("Retry this article’s mistakes"))
        self.retry_button.setToolTip(
            self.tr("A practice quiz over just the questions of this article you got wrong")
        )
        self.detail.setAccessibleName(self.tr("The question and its evidence"))
        self.empty.say(
            self.tr("Nothing to go over"),
            self.tr(
                "Every question you answered last got full marks. A question you miss in a"
                " quiz waits here, with the sentences that prove its answer."
            ),
            self.tr("Choose an article"),
        )
        self._fill()
