"""Review my mistakes: across articles, the questions last answered below full marks.

One card per article, as History's (mistakes_lines): each mistake a line with its
mark, your answer and the right one. The chosen line opens in place with its
evidence sentences and two actions: "Show in the text" opens the article with the
evidence highlighted; "Retry" starts a practice quiz over that article's mistakes.

With nothing to go over, the empty card offers what is worth doing next, from the
library's pick (`set_ways`, `core.library.end_ways`): an article still unread, « Choose
an article »; every one read, « Redo as an exam » for one below full marks, else
« Paste a text of your own », the others as quiet links (`way_requested`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.library import end_ways
from quizapp.gui.progress.empty_state import EmptyState
from quizapp.gui.progress.history import COLUMN_UNITS, title_label
from quizapp.gui.progress.history_parts import page_scroll
from quizapp.gui.progress.mistakes_lines import ArticleMistakes, MistakeLine
from quizapp.gui.review.text import theme_for
from quizapp.gui.window.back_link import BackLink, page_with_back


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
    yours: str = ""  # the learner's last answer in words
    right: str = ""  # the right answer in words

    @property
    def available(self) -> bool:
        return bool(self.prompt)


class MistakesView(QWidget):
    """`MistakeRow`s on one card per article; emits what the learner asks for."""

    show_requested = Signal(str, str)  # article id, question id
    retry_requested = Signal(str)  # article id
    back_requested = Signal()
    way_requested = Signal(str)  # end_ways.EXAM, OWN or LIBRARY, from the empty card

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mistakes_view")
        self.title = title_label(self)
        self.back = BackLink(self)
        self.count = QLabel(self)
        self.count.setObjectName("progress_summary")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        self.detail = QLabel(self)  # the chosen line's evidence, inside that line
        self.detail.setObjectName("mistake_evidence")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.retry_button.setProperty("primary", "true")  # the one way on from here
        self.actions = QWidget(self)
        buttons = QHBoxLayout(self.actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        self.detail.hide()
        self.actions.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        page = QWidget()
        page.setObjectName("history_page")
        self.page = QVBoxLayout(page)
        self.page.setContentsMargins(0, 0, 0, 0)
        self.page.addStretch(1)
        self.scroll = page_scroll(self, page)
        self.empty = EmptyState(self)
        self.empty.action.connect(lambda: self.way_requested.emit(self._way))
        self.empty.link.connect(self.way_requested)
        self._way = end_ways.LIBRARY  # the empty card's button
        self._pick_title, self._all_read = "", 0  # the library's pick, all read (how many)
        self._quiet: tuple[str, ...] = ()  # the empty card's quiet links (end_ways names)
        self.empty.hide()
        self.column = QWidget(self)  # a reading column, centred as History's
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty, 1)
        page_with_back(self, self.back, self.column)  # the link top left, as the reader's
        self.rows: list[MistakeRow] = []
        self.cards: list[ArticleMistakes] = []
        self.lines: list[MistakeLine] = []
        self.current: MistakeLine | None = None
        self.show_button.clicked.connect(self._show_selected)
        self.retry_button.clicked.connect(self._retry_selected)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def set_ways(self, kind: str, title: str, count: int) -> None:
        """The library's pick (`recommend.way_on`'s kind, its title) and its articles'
        count: what the empty card offers."""
        ways = end_ways.after_article(kind, None)
        if ways.primary == end_ways.NEXT or not ways.primary:
            ways = end_ways.Ways(end_ways.LIBRARY, (end_ways.OWN,))
        self._way = ways.primary
        self._quiet = tuple(way for way in ways.quiet if way != end_ways.REREAD)  # not asked
        self._pick_title = title
        self._all_read = count if ways.all_read else 0
        self._say_empty()

    def set_mistakes(self, rows: Sequence[MistakeRow]) -> None:
        self.rows = list(rows)
        self._fill()

    def selected(self) -> MistakeRow | None:
        return self.current.row if self.current is not None else None

    def select(self, article_id: str, question_id: str) -> None:
        for line in self.lines:
            if line.row.article_id == article_id and line.row.question_id == question_id:
                self._pick(line)
                return

    def _fill(self) -> None:
        current = self.selected()
        self._pick(None)
        for card in self.cards:
            card.hide()
            card.setParent(None)
            card.deleteLater()
        groups: dict[str, list[MistakeRow]] = {}
        for row in self.rows:
            groups.setdefault(row.article_id, []).append(row)
        self.cards, self.lines = [], []
        unit = theme_for(self).space(1)
        for index, group in enumerate(groups.values()):
            card = ArticleMistakes(group[0].article_title, group, self.scroll.widget())
            card.set_spacing(unit)
            self.page.insertWidget(index, card)
            card.show()  # now: the lines can take the keyboard at once
            for line in card.lines:
                line.picked.connect(self._pick)
                line.activated.connect(lambda ln: (self._pick(ln), self._show_selected()))
                line.step.connect(self._step)
            self.cards.append(card)
            self.lines.extend(card.lines)
        self.count.setText(
            self.tr("%n question(s) to review, last answered below full marks.", "", len(self.rows))
            if self.rows
            else self.tr("No mistakes to review: you got every question right last time.")
        )
        self.count.setVisible(bool(self.rows))  # the empty card says it, larger
        self.scroll.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        if current is not None:
            self.select(current.article_id, current.question_id)
        if self.current is None and self.lines:
            self._pick(self.lines[0])
        self._show_detail()
        self.page.activate()
        self.scroll.setWidgetResizable(True)

    def _pick(self, line: MistakeLine | None) -> None:
        """`line` chosen: it opens with the evidence and the actions; the last one closes."""
        if self.current is not None and self.current is not line:
            self.current.set_selected(False)
            for widget in (self.detail, self.actions):
                self.current.more.removeWidget(widget)
                widget.hide()
                widget.setParent(self)  # the screen's again: the line may go
        self.current = line
        if line is None:
            self._show_detail()
            return
        line.set_selected(True)
        if line.more.indexOf(self.detail) < 0:
            line.more.addWidget(self.detail)
            line.more.addWidget(self.actions)
        self._show_detail()
        self.detail.setVisible(bool(self.detail.text()))
        self.actions.show()
        self.scroll.ensureWidgetVisible(line)

    def _step(self, line: MistakeLine, step: int) -> None:
        index = self.lines.index(line) + step if line in self.lines else -1
        if 0 <= index < len(self.lines):
            self._pick(self.lines[index])
            self.lines[index].setFocus(Qt.FocusReason.OtherFocusReason)

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
        lines = [self.tr("In the text:")] if row.evidence else []
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

    def _fit_column(self) -> None:
        theme = theme_for(self)
        self.column.setMaximumWidth(theme.space(COLUMN_UNITS))
        unit = theme.space(1)
        self.page.setSpacing(unit * 2)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.page.setContentsMargins(0, 0, bar + unit // 2, unit)  # the bar beside, not on
        for card in self.cards:
            card.set_spacing(unit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_column()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_column)  # the zoom's sizes
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Review my mistakes"))
        self.show_button.setText(self.tr("Show in the text"))
        self.show_button.setToolTip(
            self.tr("Open the article with the sentences that prove the answer highlighted")
        )
        self.retry_button.setText(self.tr("Retry this article’s mistakes"))
        self.retry_button.setToolTip(
            self.tr("A practice quiz over just the questions of this article you got wrong")
        )
        self.detail.setAccessibleName(self.tr("The question and its evidence"))
        self._say_empty()
        self._fill()

    def _say_empty(self) -> None:
        """The empty card's words: why it is empty, and the ways on (`set_ways`)."""
        text = self.tr(
            "You got every question right last time. A question you miss in a quiz"
            " waits here, with the sentences that prove its answer."
        )
        if self._all_read:
            text = self.tr(
                "You have read all %n article(s) and got every question right last time.",
                "",
                self._all_read,
            )
        words = {
            end_ways.LIBRARY: self.tr("Choose an article"),
            end_ways.OWN: self.tr("Paste a text of your own"),
            end_ways.EXAM: self.tr("Redo as an exam: %1").replace("%1", self._pick_title),
        }
        if self._all_read:
            words[end_ways.LIBRARY] = self.tr("Back to the library")
        self.empty.say(self.tr("Nothing to go over"), text, words[self._way])
        self.empty.offer([(name, words[name]) for name in self._quiet])
