"""The end of a quiz: the score, one row per question, and what to do next."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Question, QuestionType
from quizapp.core.quiz.result import QuestionResult, QuizResult
from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz import look
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import RIGHT_MARK, WRONG_MARK, plain_label
from quizapp.gui.quiz.summary_head import RunFacts, SummaryHead
from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.theme import Theme

TYPE_NAMES = {
    QuestionType.CHOICE: QT_TRANSLATE_NOOP("SummaryView", "Choice"),
    QuestionType.MULTI: QT_TRANSLATE_NOOP("SummaryView", "Several answers"),
    QuestionType.TRUEFALSE: QT_TRANSLATE_NOOP("SummaryView", "True or false"),
    QuestionType.SHORT: QT_TRANSLATE_NOOP("SummaryView", "Short answer"),
    QuestionType.CLOZE: QT_TRANSLATE_NOOP("SummaryView", "Fill in the blanks"),
    QuestionType.MATCH: QT_TRANSLATE_NOOP("SummaryView", "Matching"),
    QuestionType.ORDER: QT_TRANSLATE_NOOP("SummaryView", "Order"),
    QuestionType.LOCATE: QT_TRANSLATE_NOOP("SummaryView", "Find the sentence"),
}
# One short word per type for the narrow column; the full name is in the row's tooltip.
SHORT_TYPE_NAMES = {
    QuestionType.CHOICE: QT_TRANSLATE_NOOP("SummaryView", "One choice"),
    QuestionType.MULTI: QT_TRANSLATE_NOOP("SummaryView", "Several"),
    QuestionType.TRUEFALSE: QT_TRANSLATE_NOOP("SummaryView", "True/false"),
    QuestionType.SHORT: QT_TRANSLATE_NOOP("SummaryView", "Typed"),
    QuestionType.CLOZE: QT_TRANSLATE_NOOP("SummaryView", "Blanks"),
    QuestionType.MATCH: QT_TRANSLATE_NOOP("SummaryView", "Pairs"),
    QuestionType.ORDER: QT_TRANSLATE_NOOP("SummaryView", "Sequence"),
    QuestionType.LOCATE: QT_TRANSLATE_NOOP("SummaryView", "Locate"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("SummaryView", "#"),
    QT_TRANSLATE_NOOP("SummaryView", "Question"),
    QT_TRANSLATE_NOOP("SummaryView", "Your answer"),
    QT_TRANSLATE_NOOP("SummaryView", "Right answer"),
    QT_TRANSLATE_NOOP("SummaryView", "Score"),
    QT_TRANSLATE_NOOP("SummaryView", "Tries"),
    QT_TRANSLATE_NOOP("SummaryView", "Hint"),
    "✓",
)
PROMPT_COLUMN = 1
MIN_PROMPT_CHARS = 12  # below this the prompt column scrolls rather than shrinks
ANSWER_CHARS = 28  # an answer cell's most characters; the whole answer is in its tooltip
SIGNS = {"right": RIGHT_MARK, "partly": "◐", "wrong": WRONG_MARK, "skipped": "–"}


def clip(text: str, most: int = ANSWER_CHARS) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def verdict(line: QuestionResult) -> str:
    """right, partly, wrong, or skipped (never answered: not the same as wrong)."""
    if line.skipped:
        return "skipped"
    if line.correct:
        return "right"
    return "partly" if line.score > 0 else "wrong"


def type_name(kind: QuestionType) -> str:
    return QCoreApplication.translate("SummaryView", TYPE_NAMES[kind])


def short_type_name(kind: QuestionType) -> str:
    return QCoreApplication.translate("SummaryView", SHORT_TYPE_NAMES[kind])


def one_line(text: str) -> str:
    """A prompt on one table line: its line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


class SummaryView(QWidget):
    """Score, table, and Review mistakes / Start again / Back to the text."""

    review_requested = Signal()
    restart_requested = Signal()
    back_requested = Signal()
    question_requested = Signal(int)
    next_part_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.result: QuizResult | None = None
        self.questions: tuple[Question, ...] = ()
        self.mode = Mode.PRACTICE
        self.theme = Theme()
        self.facts = RunFacts()
        self.answers: tuple[tuple[str, str], ...] = ()
        self._answers_in_words: Callable[[], Sequence[tuple[str, str]]] | None = None
        self.head = SummaryHead(self)
        self.title, self.score, self.details = self.head.title, self.head.score, self.head.details
        self.table = QTableWidget(self)
        self.table.setColumnCount(len(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(lambda row, _c: self.question_requested.emit(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.question_requested.emit(row))
        self.table_help = plain_label("", self)
        self.review_button = QPushButton(self)
        self.restart_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.review_button.clicked.connect(self.review_requested)
        self.next_part_button = QPushButton(self)  # a long quiz taken in parts: go on
        self.next_part_button.hide()
        self.next_part_button.clicked.connect(self.next_part_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        self.back_button.clicked.connect(self.back_requested)
        buttons = FlowLayout()
        for button in (
            self.next_part_button,
            self.review_button,
            self.restart_button,
            self.back_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.table_help)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def set_result(
        self,
        result: QuizResult,
        questions: Sequence[Question],
        mode: Mode,
        facts: RunFacts | None = None,
        answers: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]] = (),
    ) -> None:
        """`answers`: per question, (the learner's answer, the right one) in words; a
        function giving them is asked again when the interface language changes."""
        self.result = result
        self.questions = tuple(questions)
        self.mode = Mode(mode)
        self.facts = facts or RunFacts()
        self._answers_in_words = answers if callable(answers) else None
        self.answers = tuple(answers() if callable(answers) else answers)
        self.head.show_result(result, self.mode is Mode.PRACTICE, self.facts)
        self._fill()

    def offer_next_part(self, number: int, first: int, last: int) -> None:
        """After part `number - 1` of a long quiz: offer part `number` (0 hides it)."""
        self.next_part_button.setVisible(number > 0)
        self.next_part_button.setText(
            self.tr("Go on: part %1 (questions %2–%3)")
            .replace("%1", str(number))
            .replace("%2", str(first))
            .replace("%3", str(last))
        )

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.head.set_theme(theme)
        self._fill()

    def focus_first(self) -> None:
        target = self.review_button if self.review_button.isEnabled() else self.restart_button
        if self.next_part_button.isVisible():
            target = self.next_part_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self) -> None:
        result = self.result
        if result is None:
            return
        self.head.render()
        self.table.setRowCount(len(result.rows))
        for row, line in enumerate(result.rows):
            question = self.questions[row] if row < len(self.questions) else None
            kind = verdict(line)
            yours, right = self.answers[row] if row < len(self.answers) else ("", "")
            if line.skipped:
                yours = self.tr("(skipped)")
            cells = (
                str(row + 1),
                one_line(question.prompt) if question is not None else "",
                clip(yours),
                clip(right),
                f"{quiz_format.number(line.score)} / {quiz_format.number(line.points)}",
                str(line.attempts),
                self.tr("yes") if line.hints else "",
                SIGNS[kind],
            )
            names = {
                "right": self.tr("right"),
                "partly": self.tr("partly right"),
                "wrong": self.tr("wrong"),
                "skipped": self.tr("skipped"),
            }
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column not in (PROMPT_COLUMN, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == len(cells) - 1:
                    item.setForeground(QColor(look.colour(self.theme, kind)))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, names[kind])
                if column in (2, 3):
                    item.setToolTip(tooltip((yours, right)[column - 2]))
                    if column == 3 or kind == "right":
                        item.setForeground(QColor(look.colour(self.theme, "right")))
                    elif kind in ("wrong", "partly"):
                        item.setForeground(QColor(look.colour(self.theme, kind)))
                if question is not None and column not in (2, 3):  # whole prompt, type's name
                    item.setToolTip(tooltip(f"{question.prompt}\n\n{type_name(line.type)}"))
                self.table.setItem(row, column, item)
        self._fit_columns()
        QTimer.singleShot(0, self, self._fit_columns)  # again once the table has its width
        self.review_button.setEnabled(bool(result.mistakes))
        self.review_button.setText(
            self.tr("Review mistakes (%n)", "", len(result.mistakes))
            if result.mistakes
            else self.tr("Review mistakes")
        )

    def _fit_columns(self) -> None:
        """The prompt and the two answers share the width the other columns leave, elided;
        too little: they scroll."""
        header = self.table.horizontalHeader()
        shared = (PROMPT_COLUMN, 2, 3)
        others = sum(
            header.sectionSize(c) for c in range(self.table.columnCount()) if c not in shared
        )
        least = self.table.fontMetrics().averageCharWidth() * MIN_PROMPT_CHARS
        room = self.table.viewport().width() - others >= least * len(shared)
        for column in shared:
            if room:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, least)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(c) if c != "✓" else c for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Questions and scores"))
        self.table_help.setText(self.tr("Double-click a question to see it again with its answer."))
        self.review_button.setText(self.tr("Review mistakes"))
        self.review_button.setToolTip(self.tr("Answer again only the questions not at full marks"))
        self.restart_button.setText(self.tr("Start again"))
        self.back_button.setText(self.tr("Back to the text"))
        if self._answers_in_words is not None:  # « Faux », « phrase 3 »: the words follow
            self.answers = tuple(self._answers_in_words())
        self._fill()
