"""The end of a quiz: the score, one card per question, and the next step.

One scroll area holds the score ring, the three numbers and the questions (a wide
pane puts the questions in a column of their own: `summary_columns`); the buttons
stay under the result, the next step first and in the accent: review the mistakes
when there are some, else go on (the next part, the next article, back to the
library, or, every other article at full marks, a text of one's own: never a reread
nobody asked for), with "Start again" and "Back to the text" as quiet ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent, QStandardItem
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.model import Question, QuestionType
from quizapp.core.quiz.result import QuizResult
from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.block_place import Band, Centred, centre_inside, centre_row
from quizapp.gui.quiz.fit_scroll import EdgeFade
from quizapp.gui.quiz.more_cue import MoreCue
from quizapp.gui.quiz.summary_columns import SummaryColumns
from quizapp.gui.quiz.summary_confetti import ConfettiBurst
from quizapp.gui.quiz.summary_footer import ButtonBar, LeadButton
from quizapp.gui.quiz.summary_head import RunFacts, SummaryHead, full_marks
from quizapp.gui.quiz.summary_kinds import SIGNS, type_name, verdict
from quizapp.gui.quiz.summary_list import (
    EVIDENCE_ROLE,
    EXTRA_ROLE,
    HEAD_ROLE,
    POINTS_ROLE,
    RIGHT_ROLE,
    SIGN_ROLE,
    VERDICT_ROLE,
    YOURS_ROLE,
    QuestionList,
    one_line,
)
from quizapp.gui.window.plain_scroll import plain_scroll
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.theme import Theme


class SummaryView(Centred, QWidget):
    """Score, the questions, and the next step with its quieter alternatives."""

    review_requested = Signal()
    restart_requested = Signal()
    back_requested = Signal()
    question_requested = Signal(int)
    next_part_requested = Signal()
    next_article_requested = Signal()  # full marks: the library's next article
    library_requested = Signal()  # full marks on the library's last article
    own_requested = Signal()  # every article at full marks: paste a text of one's own

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_view")
        self.result: QuizResult | None = None
        self.questions: tuple[Question, ...] = ()
        self.mode = Mode.PRACTICE
        self.theme = Theme()
        self.facts = RunFacts()
        self.answers: tuple[tuple[str, ...], ...] = ()
        self._answers_in_words: Callable[[], Sequence[tuple[str, ...]]] | None = None
        # asked of the window per result: the next article's title ("" for none), if it is a
        # reread (all at 100 %), the reading streak in days, the run's share of the daily
        # goal (a GoalMoment, or None), the words looked up since the article was opened
        self.next_article: Callable[[], str] | None = None
        self.next_again: Callable[[], bool] | None = None
        self._next_title, self._again = "", False
        self.reading_streak: Callable[[], int] | None = None
        self.daily_goal: Callable[[], Any] | None = None
        self.visit_words: Callable[[], Sequence[str]] | None = None
        self._part = False
        self.primary: QPushButton | None = None
        self.scroll = plain_scroll(self, "summary_scroll")
        content = Band(self.scroll)  # the scroll spans the pane; its page is centred
        content.setObjectName("summary_content")
        self.content = content
        self.head = SummaryHead(content)
        self.title, self.score = self.head.title, self.head.score
        self.list_title = plain_label("", content)
        self.list_title.setObjectName("summary_list_title")
        self.list_title.setIndent(0)  # its padding would otherwise indent it
        self.table_help = plain_label("", content)
        self.table_help.setObjectName("summary_help")
        self.questions_list = QuestionList(content)
        self.questions_list.open_requested.connect(self.question_requested)
        self.questions_list.current_moved.connect(self._show_card)
        self.questions_list.help = self.table_help
        self.inner = QVBoxLayout(content)
        self.inner.addWidget(self.head)
        self.inner.addWidget(self.list_title)
        self.inner.addWidget(self.table_help)
        self.inner.addWidget(self.questions_list)
        self.inner.addStretch(1)
        self.scroll.setWidget(content)
        self.fade = EdgeFade(self.scroll)  # the list fades out above the footer
        self.more = MoreCue(self.scroll, self.list_title)  # « Your answers ↓ » while below
        self.scroll.viewport().installEventFilter(self)  # its size decides the ring's

        self.review_button = QPushButton(self)
        self.next_part_button = QPushButton(self)  # a long quiz taken in parts: go on
        self.next_button = LeadButton(self)  # the next article (named in it), or the library
        self.restart_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.review_button.clicked.connect(self.review_requested)
        self.next_part_button.clicked.connect(self.next_part_requested)
        self.next_button.clicked.connect(self._go_on)
        self.restart_button.clicked.connect(self.restart_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.next_part_button.hide()
        self.footer = ButtonBar(self)
        self.centred_row = QHBoxLayout()  # the footer one centred column wide
        self.centred_row.addWidget(self.footer)
        self.confetti = ConfettiBurst(self)  # full marks: in front of it all, clicks pass
        self.score.stepped.connect(self.confetti.follow)
        self.confetti.keep_clear = lambda: self.head.keep_clear(self)
        self.confetti.span = self.scroll.width  # the result's column, not the answers'
        result_column = QVBoxLayout()  # the result, the footer under it
        result_column.addWidget(self.scroll, 1)
        result_column.addLayout(self.centred_row)
        layout = QHBoxLayout(self)  # a wide pane: the answers' own column beside it
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(result_column, 1)
        parts = [self.list_title, self.table_help, self.questions_list]
        self.columns = SummaryColumns(self, self.inner, layout, parts)
        layout.addWidget(self.columns.side, 0)
        self.set_theme(self.theme)
        self.retranslate_ui()
        self._arrange_buttons()

    def set_result(
        self,
        result: QuizResult,
        questions: Sequence[Question],
        mode: Mode,
        facts: RunFacts | None = None,
        answers: Sequence[tuple[str, ...]] | Callable[[], Sequence[tuple[str, ...]]] = (),
    ) -> None:
        """`answers`: per question, (the learner's answer, the right one) in words, and
        optionally the evidence sentence, trimmed, shown as where the text says it; a
        function giving them is asked again when the interface language changes."""
        self.result = result
        self.questions = tuple(questions)
        self.mode = Mode(mode)
        self.facts = facts or RunFacts()
        if self.reading_streak is not None and not self.facts.streak:
            self.facts = replace(self.facts, streak=self.reading_streak())
        if (goal := self.daily_goal() if self.daily_goal else None) is not None:  # its streak
            self.facts = replace(self.facts, goal=goal, streak=goal.streak)
        if self.visit_words is not None:
            words = dict.fromkeys(self.visit_words()) | dict.fromkeys(self.facts.words)
            self.facts = replace(self.facts, words=tuple(words))
        self._answers_in_words = answers if callable(answers) else None
        self.answers = tuple(answers() if callable(answers) else answers)
        self._part = False
        self.next_part_button.hide()
        self._next_title = (self.next_article() if self.next_article else "") or ""
        self._again = bool(self._next_title and self.next_again and self.next_again())
        self.head.show_result(result, self.mode is Mode.PRACTICE, self.facts)
        if goal is not None and goal.crossed:
            self.head.pop_streak()  # reached with this run: a small pop
        self._fill()
        self._fit_head()
        self.scroll.verticalScrollBar().setValue(0)

    def offer_next_part(self, number: int, first: int, last: int) -> None:
        """After part `number - 1` of a long quiz: offer part `number` (0 hides it)."""
        self._part = number > 0
        self.next_part_button.setText(
            self.tr("Go on: part %1 (questions %2–%3)")
            .replace("%1", str(number))
            .replace("%2", str(first))
            .replace("%3", str(last))
        )
        self._arrange_buttons()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.head.set_theme(theme)
        self.confetti.set_theme(theme)
        top = theme.space(2)
        self.inner.setContentsMargins(0, top, 0, top)
        self.inner.setSpacing(theme.space(1))
        self.footer.set_theme(theme)
        self.fade.set_look(theme.palette.window, theme.space(3))
        self.more.band = theme.space(3)
        self.columns.set_theme(theme)
        self.questions_list.set_theme(theme)
        self._fill()
        self._fit_head()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_head()  # a wide pane: one column, as the questions were
        if self.confetti.isVisible():
            self.confetti.follow(self.confetti.progress, True)  # its area at the new size

    def _next_text(self) -> str:
        """The accent's wording at every width (a next title: the caption, tooltip, name)."""
        if not self._next_title:
            return self.tr("Back to the library")
        if self._again:  # every other article at 100 %: something new to read
            return self.tr("Paste a text of your own")
        return self.tr("Next article →")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self._fit_head()  # the view's own resize comes before its viewport's
        return super().eventFilter(watched, event)

    def _fit_head(self) -> None:
        """The page one column wide in the middle of the full-width scroll area (its bar
        at the pane's edge), the footer the same column; the large ring above the
        headline while ring, headline and encouragement take less than 45 % of the
        visible summary; else the small ring, beside them when the width holds both."""
        if self.columns.fit(self.width()):
            self.layout().activate()  # the result's column at its new width before measuring
        view = self.scroll.viewport()  # its height with the « More ↓ » strip given back
        room = view.height() + self.scroll.viewportMargins().bottom()
        room_width = view.width()
        centre_inside(self.inner, room_width, self.theme, self.theme.space(1.25))
        centre_row(self, self.centred_row, self.theme, self.scroll.width())
        if room <= 0:
            return
        margins = self.inner.contentsMargins()
        width = room_width - margins.left() - margins.right()
        self.head.set_compact(self.head.block_height() > 0.45 * room, self.head.room_beside(width))

    def _ring_source(self) -> tuple[QPointF, float]:
        """The ring's centre, in this view, and its radius: the confetti leaves the score
        inside it clear."""
        ring = self.score.ring_rect()
        corner = QPointF(self.score.mapTo(self, QPoint(0, 0)))
        return ring.center() + corner, ring.width() / 2

    def focus_first(self) -> None:
        """The first answer card has the focus (its ring once keys are used): Enter
        reviews it, as the hint says; with no card, the next step."""
        if not self.questions_list.take_focus() and self.primary is not None:
            self.primary.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the questions ------------------------------------------------------------------
    def _fill(self) -> None:
        result = self.result
        if result is None:
            return
        self.head.render()
        model = self.questions_list.cards
        current = self.questions_list.currentIndex().row()
        model.clear()
        names = {
            "right": self.tr("Right"),
            "partly": self.tr("Partly right"),
            "wrong": self.tr("Wrong"),
            "skipped": self.tr("Skipped"),
        }
        for row, line in enumerate(result.rows):
            question = self.questions[row] if row < len(self.questions) else None
            kind = verdict(line)
            entry = self.answers[row] if row < len(self.answers) else ("", "")
            yours, right = entry[0], entry[1]
            found = entry[2] if len(entry) > 2 else ""  # the evidence sentence, trimmed
            if line.type is QuestionType.LOCATE:  # its answers quote the sentences already
                found = ""
            prompt = one_line(question.prompt) if question is not None else ""
            item = QStandardItem(prompt)
            item.setEditable(False)
            head = self.tr("Question %1").replace("%1", str(row + 1)) + "\u00a0· " + names[kind]
            extras = []
            if line.attempts > 1:
                extras.append(self.tr("%n attempt(s)", "", line.attempts))
            if line.hints:
                extras.append(self.tr("hint used"))
            your_line = None if line.skipped else (self.tr("Your answer: "), yours)
            show_right = kind != "right" and right and right != yours
            right_line = (self.tr("Right answer: "), right) if show_right else None
            points = quiz_format.points(line.score, line.points)
            for role, value in (
                (VERDICT_ROLE, kind),
                (SIGN_ROLE, SIGNS[kind]),
                (HEAD_ROLE, head),
                (YOURS_ROLE, your_line),
                (RIGHT_ROLE, right_line),
                (POINTS_ROLE, points),
                (EXTRA_ROLE, "\u00a0· ".join(extras)),
                (
                    EVIDENCE_ROLE,
                    (self.tr("In the text: "), quiz_format.quoted(found)) if found else None,
                ),
            ):
                item.setData(value, role)
            lines = (your_line, right_line, item.data(EVIDENCE_ROLE))
            spoken = [head, prompt] + [" ".join(x) for x in lines if x]
            item.setData(". ".join([*spoken, points]), Qt.ItemDataRole.AccessibleTextRole)
            if question is not None:  # the whole prompt and the type's name
                item.setToolTip(tooltip(f"{question.prompt}\n\n{type_name(line.type)}"))
            model.appendRow(item)
        if 0 <= current < model.rowCount():
            self.questions_list.restore_current(current)
        self.questions_list.fit()
        mistakes = len(result.mistakes)
        counted = self.tr("Review mistakes (%n)", "", mistakes)
        self.review_button.setText(counted if mistakes else self.tr("Review mistakes"))
        self._arrange_buttons()

    def _show_card(self, rect: QRect) -> None:
        """Keyboard moves in the list: the outer scroll area brings the card in view."""
        scroll, page = self.columns.scroll_for(self.scroll)
        top = self.questions_list.mapTo(page, rect.topLeft())
        scroll.ensureVisible(top.x(), top.y() + rect.height() // 2, 0, rect.height() // 2)

    # -- the next step ------------------------------------------------------------------
    def _arrange_buttons(self) -> None:
        """The next step first, in the accent; the others quiet, in a row that wraps."""
        result = self.result
        mistakes = bool(result is not None and result.mistakes)
        full = result is not None and full_marks(result)
        text = self._next_text()
        self.next_button.setText(text)
        self.next_button.again = self._again  # its caption: all read, not a title
        if self._next_title:  # the button's wording names no title: the caption over it does
            spoken = text if self._again else self.tr("Next article: %1")
            spoken = spoken.replace("%1", self._next_title)
        self.next_button.setAccessibleName(spoken if self._next_title else text)
        self.next_button.setToolTip(tooltip(self._next_title))
        self.review_button.setEnabled(mistakes)
        shown = {
            self.review_button: mistakes,
            self.next_part_button: self._part,
            self.next_button: not mistakes and not self._part,
            self.restart_button: True,
            self.back_button: True,
        }
        if mistakes:
            primary = self.review_button
        elif self._part:
            primary = self.next_part_button
        elif full:
            primary = self.next_button
        else:  # some skipped, none wrong: answer them
            primary = self.restart_button
        for button, visible in shown.items():
            button.setVisible(visible)
        had_focus = self.primary is not None and self.primary.hasFocus()
        self.primary = primary
        others = [b for b in shown if b is not primary and shown[b]]
        self.footer.place(primary, others, self._next_title if primary is self.next_button else "")
        self.layout().activate()  # the buttons' places now: a click may come before a paint
        if had_focus:  # the next step kept the focus through a new wording
            primary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_on(self) -> None:
        if self._again:
            self.own_requested.emit()
        elif self._next_title:
            self.next_article_requested.emit()
        else:
            self.library_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.list_title.setText(self.tr("Your answers"))
        self.more.retranslate(self.list_title.text())
        self.questions_list.setAccessibleName(self.tr("Questions and scores"))
        self.questions_list.say_help()  # « Enter » only while Enter opens a card
        self.review_button.setToolTip(self.tr("Answer again only the questions not at full marks"))
        self.restart_button.setText(self.tr("Start again"))
        self.back_button.setText(self.tr("Back to the text"))
        if self._answers_in_words is not None:  # « Faux », « phrase 3 »: the words follow
            self.answers = tuple(self._answers_in_words())
        self._fill()
