"""The quiz beside the passage: the mode chooser, one question at a time, the summary.

The panel turns the learner's clicks into controller calls and shows what
the session answers; it never scores. The passage is used only through its
public hooks (evidence highlight, locate mode).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from quizapp.core.model import Article
from quizapp.core.quiz.evidence import evidence_quotes
from quizapp.core.quiz.result import QuizResult
from quizapp.core.quiz.session import AnswerOutcome, Mode, QuizSession
from quizapp.gui.quiz import passage_marks
from quizapp.gui.quiz.answer_base import AnswerWidget
from quizapp.gui.quiz.answer_widgets import make_answer_widget
from quizapp.gui.quiz.chooser import ModeChooser
from quizapp.gui.quiz.controller import QuizController, checked
from quizapp.gui.quiz.evidence_link import EvidenceLink
from quizapp.gui.quiz.question import QuestionPage
from quizapp.gui.quiz.summary import SummaryView
from quizapp.gui.quiz.summary_head import run_summary
from quizapp.gui.window.theme import Theme


class QuizPanel(QWidget):
    """The side panel of the reading view while a quiz is on."""

    closed = Signal()
    resume_requested = Signal()  # the chooser's Resume (the progress bridge resumes the run)

    def __init__(self, passage: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quiz_panel")
        self.passage = passage
        self.article: Article | None = None
        self.controller = QuizController(self)
        self.widget: AnswerWidget | None = None
        self.theme = Theme()
        self._confirm_finish = False
        self.chooser = ModeChooser(self)
        self.page = QuestionPage(self)
        self.summary = SummaryView(self)
        self.stack = QStackedWidget(self)
        for page in (self.chooser, self.page, self.summary):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(280)

        c = self.controller
        c.session_started.connect(self._started)
        c.question_changed.connect(self._show_question)
        c.answered.connect(self._answered)
        c.hint_revealed.connect(self._hint_revealed)
        c.session_finished.connect(self._finished)
        c.failed.connect(self.page.show_message)
        self.chooser.chosen.connect(self.start)
        self.chooser.close_requested.connect(self.close_quiz)
        self.chooser.resume_requested.connect(self.resume_requested)
        p = self.page
        p.check_requested.connect(self.check)
        p.retry_requested.connect(self.try_again)
        p.give_up_requested.connect(self.controller.give_up)
        p.hint_requested.connect(self.controller.reveal_hint)
        p.next_requested.connect(self.go_next)
        p.previous_requested.connect(self.go_previous)
        p.finish_requested.connect(self.finish)
        p.question_chosen.connect(self.go_to)
        p.finish_bar.confirmed.connect(self.finish)
        p.finish_bar.go_to.connect(self.go_to)
        p.summary_requested.connect(lambda: self.stack.setCurrentWidget(self.summary))
        p.feedback.evidence_requested.connect(self._show_evidence)
        self._link = EvidenceLink(passage, p.feedback)  # shown while the proof is out of sight
        s = self.summary
        s.review_requested.connect(self.review_mistakes)
        s.next_part_requested.connect(self.next_part)
        s.restart_requested.connect(self.restart)
        s.back_requested.connect(self.close_quiz)
        s.question_requested.connect(self._review_question)
        for keys, slot in (("PgDown", self.go_next), ("PgUp", self.go_previous)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def set_theme(self, theme: Theme) -> None:
        """Re-style the whole quiz for a new palette or zoom (the window calls this)."""
        self.theme = theme
        for part in (self.summary, self.widget, self.page):  # the page last: its own sizes
            if part is not None and hasattr(part, "set_theme"):
                part.set_theme(theme)

    # -- starting ------------------------------------------------------------------
    @property
    def session(self) -> QuizSession | None:
        return self.controller.session

    def offer(self, article: Article, resumable: tuple[int, int] | None = None) -> None:
        """Show the mode chooser for `article` (with Resume when a run is unfinished)."""
        self._leave_question()
        self.article = article
        self.chooser.set_article(article)
        self.chooser.set_resumable(resumable is not None, *(resumable or (0, 0)))
        self.stack.setCurrentWidget(self.chooser)
        self.chooser.focus_first()

    def start(self, mode: Mode, seed: int | None = None) -> None:
        if self.article is not None:
            part = self.chooser.selected_ids() if self.offering() else None
            self.controller.start(self.article, Mode(mode), seed=seed, question_ids=part)

    def restart(self) -> None:
        if self.session is not None:
            self._leave_question()
            self.controller.restart()

    def review_mistakes(self) -> None:
        if self.session is not None:
            self._leave_question()
            self.controller.review_mistakes()

    def _started(self, session: QuizSession) -> None:
        self.article = session.article
        self._confirm_finish = False
        self._started_at = time.monotonic()
        self.page.review = self.controller.review
        self.stack.setCurrentWidget(self.page)

    def close_quiz(self) -> None:
        self._leave_question()
        self.closed.emit()

    def redisplay(self) -> None:
        """Show the current question again (the passage was reset under it)."""
        session, widget = self.session, self.widget
        if not self.in_question() or session is None or widget is None:
            return
        widget.deactivate()
        widget.activate()  # a locate question puts its selection back in the passage
        outcome = session.outcome(session.current.id)
        passage_marks.show_question(self.passage, session, outcome)
        if outcome is not None and outcome.feedback_visible and outcome.done:
            self.passage.highlight_evidence(session.current.sentences, False)

    def follow_edit(self, article: Article) -> None:
        """The teacher saved the file: go on over the new version, at the question edited."""
        if self.session is None or not self.in_question():
            if self.offering():
                self.offer(article)
            return
        self._leave_question()
        self.controller.follow_edit(article)

    def offering(self) -> bool:
        """Whether the mode chooser (Practice / Test / Resume) is showing."""
        return self.stack.currentWidget() is self.chooser

    def in_question(self) -> bool:
        return self.stack.currentWidget() is self.page and self.session is not None

    # -- one question -----------------------------------------------------------------
    def _leave_question(self) -> None:
        if self.widget is not None:
            self.widget.deactivate()
        self.passage.clear_evidence()
        passage_marks.leave(self.passage)

    def _show_question(self, index: int) -> None:
        session = self.session
        assert session is not None
        self._leave_question()
        self._confirm_finish = False
        self.page.finish_bar.hide()
        question = session.current
        widget = make_answer_widget(question, session, self.passage)
        previous = session.response(question.id)
        if previous is not None:
            widget.set_response(previous)
        widget.changed.connect(self._response_changed)
        widget.submit_requested.connect(self.primary_action)
        self.widget = widget
        widget.set_theme(self.theme)
        self.page.show_question(session, widget)
        widget.activate()
        outcome = session.outcome(question.id)
        passage_marks.show_question(self.passage, session, outcome)
        locked = not session.can_answer(question.id) or (outcome is not None and outcome.can_retry)
        widget.set_locked(locked)
        if outcome is not None and outcome.feedback_visible:
            self._show_outcome(outcome)
        elif outcome is not None:
            self.page.feedback.show_saved(question)
        self._update()
        if not locked:
            widget.focus_first()
        else:
            self.page.focus_primary()

    def _response_changed(self) -> None:
        self._confirm_finish = False
        self.page.finish_bar.hide()
        self.page.clear_message()
        session = self.session
        if session is not None and session.mode is Mode.TEST and not session.finished:
            self.page.feedback.clear()  # "saved" no longer true: kept again on moving on
        self._update()

    def _update(self) -> None:
        session = self.session
        if session is not None and self.widget is not None:
            self.page.update_state(session, self.widget, self._confirm_finish)

    # -- answering ----------------------------------------------------------------------
    def check(self) -> None:
        """Practice: grade now. Test: keep the answer (graded at the end)."""
        session, widget = self.session, self.widget
        if session is None or widget is None or widget.locked():
            return
        if not session.can_answer(session.current.id):
            return
        response = widget.response()
        if response is None:
            self.page.show_message(self.tr("Answer the question first."))
            return
        self.controller.submit(response)

    def _answered(self, qid: str, outcome: AnswerOutcome) -> None:
        session = self.session
        if session is None or self.widget is None or qid != session.current.id:
            return
        if outcome.feedback_visible:
            self.widget.set_locked(True)
            self._show_outcome(outcome)
        else:
            self.page.feedback.show_saved(session.current)
        self._update()
        self.page.focus_primary()

    def _show_outcome(self, outcome: AnswerOutcome) -> None:
        session, widget = self.session, self.widget
        assert session is not None and widget is not None
        question = session.current
        quotes = evidence_quotes(session.article, question.sentences)  # core: no Qt
        self.page.feedback.show_outcome(question, outcome, quotes)
        if outcome.done:
            widget.reveal(outcome.grade)
            passage_marks.show_done(self.passage, session, question)
            self.passage.highlight_evidence(question.sentences, True)
            self._link.follow(question.sentences)
        else:
            widget.reveal(None)
        self.page.scroll_to_feedback()

    def try_again(self) -> None:
        session, widget = self.session, self.widget
        if session is None or widget is None or not session.can_retry(session.current.id):
            return
        self.page.feedback.clear()
        widget.reveal(None)
        widget.set_locked(False)
        self._update()
        widget.focus_first()

    def _hint_revealed(self, qid: str, hint: str, hint_en: str) -> None:
        self.page.show_hint(hint, hint_en)
        self._update()

    def primary_action(self) -> None:
        """Enter: a test keeps the answer and goes on; practice, the accent button."""
        session, widget = self.session, self.widget
        if session is None or widget is None or not self.in_question():
            return
        if session.mode is Mode.TEST and not session.finished:
            self._keep_test_answer()
            if not self.go_next():
                self.page.focus_primary()
            return
        accent = self.page.action_bar.accent()  # one rule: Enter does what the accent says
        if accent is None or accent is self.page.check_button:
            self.check()  # with nothing picked yet, it says so
        elif accent.isEnabled():
            accent.click()

    # -- moving around -------------------------------------------------------------------
    def _keep_test_answer(self) -> None:
        """Test mode: what is filled in counts as the answer, without a button press."""
        session, widget = self.session, self.widget
        if session is None or widget is None or session.mode is not Mode.TEST:
            return
        qid = session.current.id
        response = widget.response()
        if response is None or not session.can_answer(qid):
            return
        if session.response(qid) is None or session.response(qid) != checked(session, response):
            self.controller.submit(response)

    def go_next(self) -> bool:
        if not self.in_question():
            return False
        self._keep_test_answer()
        return self.controller.next()

    def go_to(self, index: int) -> None:
        """A chip of the question strip: keep what is filled in, then go there."""
        session = self.session
        if self.in_question() and session is not None and 0 <= index < len(session.questions):
            self._keep_test_answer()
            self.controller.go_to(index)

    def go_previous(self) -> bool:
        if not self.in_question():
            return False
        self._keep_test_answer()
        return self.controller.previous()

    def finish(self) -> None:
        session = self.session
        if session is None:
            return
        if session.finished:
            self.stack.setCurrentWidget(self.summary)
            return
        self._keep_test_answer()
        missing = [i for i, q in enumerate(session.questions) if session.response(q.id) is None]
        if missing and not self._confirm_finish:
            self._confirm_finish = True
            self._update()
            self.page.finish_bar.ask(missing, session.mode is Mode.TEST)
            return
        self.page.finish_bar.hide()
        self.controller.finish()

    def _finished(self, result: QuizResult) -> None:
        session = self.session
        assert session is not None
        self._leave_question()
        seconds = time.monotonic() - getattr(self, "_started_at", time.monotonic())
        review = self.controller.review
        facts, _ = run_summary(session, seconds, review)

        def words() -> list[tuple[str, str]]:  # asked again in each interface language
            return run_summary(session, seconds, review)[1]

        self.summary.set_result(result, session.questions, session.mode, facts, words)
        self.summary.offer_next_part(*self._next_part()[:3])
        self.stack.setCurrentWidget(self.summary)
        self.passage.verticalScrollBar().setValue(0)  # the summary: the text from its title
        self.summary.focus_first()

    def _next_part(self) -> tuple[int, int, int, tuple[str, ...]]:
        """(its number, first and last question numbers, ids) of the part after the one
        just taken; (0, 0, 0, ()) when there is none (or a review, or the whole quiz)."""
        parts, part = self.chooser.parts, self.controller.part
        if self.controller.review or part not in parts or part == parts[-1]:
            return 0, 0, 0, ()
        index = parts.index(part) + 1
        first = sum(len(p) for p in parts[:index]) + 1
        return index + 1, first, first + len(parts[index]) - 1, parts[index]

    def next_part(self) -> None:
        session, (_n, _a, _b, ids) = self.session, self._next_part()
        if session is not None and ids:
            self._leave_question()
            self.controller.start(session.article, session.mode, question_ids=ids)

    def _review_question(self, index: int) -> None:
        """From the summary: look back at one question, its answer and feedback."""
        self.stack.setCurrentWidget(self.page)
        if self.session is not None and index == self.session.index:
            self._show_question(index)
        else:
            self.controller.go_to(index)

    def _show_evidence(self) -> None:
        if self.session is not None:
            self.passage.highlight_evidence(self.session.current.sentences, True)

    # -- keys and language ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.widget is not None and self.in_question():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.accept()
                self.primary_action()
                return
            if self.widget.handle_number_key(event):
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)
