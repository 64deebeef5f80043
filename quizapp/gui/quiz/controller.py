"""The one object between the quiz session (core) and the quiz widgets.

Widgets call its methods and listen to its typed signals; it never scores
anything itself (the session does) and never touches a widget. A refused
action (an answer after the last try, say) comes back as `failed(message)`
for the panel to show, never as a traceback.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from quizapp.core.model import Article, Question
from quizapp.core.quiz.result import QuizResult
from quizapp.core.quiz.session import AnswerOutcome, Mode, QuizSession


class QuizController(QObject):
    """Drives one `QuizSession` at a time."""

    session_started = Signal(object)  # QuizSession
    question_changed = Signal(int)  # position in the quiz
    answered = Signal(str, object)  # question id, AnswerOutcome
    hint_revealed = Signal(str, str, str)  # question id, hint, hint in English
    session_finished = Signal(object)  # QuizResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.session: QuizSession | None = None
        self.review = False  # the running session reviews an earlier one's mistakes
        self.part: tuple[str, ...] | None = None  # the part of a long quiz started (None: whole)

    # -- starting ---------------------------------------------------------------
    def start(
        self,
        article: Article,
        mode: Mode,
        *,
        seed: int | None = None,
        question_ids: list[str] | tuple[str, ...] | None = None,
    ) -> QuizSession:
        self.part = tuple(question_ids) if question_ids is not None else None
        return self._begin(QuizSession(article, mode, seed=seed, question_ids=question_ids))

    def resume(self, article: Article, data: Any) -> QuizSession | None:
        """Carry on a saved run (`to_dict` data); None, with `failed`, if it cannot be read."""
        try:
            session = QuizSession.from_dict(article, data)
        except ValueError as error:
            self.failed.emit(str(error))
            return None
        whole = len(session.questions) == len(article.questions)
        self.part = None if whole else session.question_ids
        return self._begin(session)

    def _begin(self, session: QuizSession, review: bool = False) -> QuizSession:
        self.session = session
        self.review = review
        self.session_started.emit(session)
        self.question_changed.emit(session.index)
        return session

    def review_mistakes(self) -> QuizSession | None:
        """A new run over the questions not at full marks (None when there are none)."""
        session = self._require()
        if not session.result().mistakes:
            return None
        return self._begin(session.review_mistakes(), review=True)

    def restart(self) -> QuizSession:
        """The same questions (the whole quiz, or its part) and mode again, from scratch,
        with fresh orders."""
        session = self._require()
        return self.start(session.article, session.mode, question_ids=self.part)

    # -- the current question ------------------------------------------------------
    def _require(self) -> QuizSession:
        if self.session is None:
            raise RuntimeError("no quiz is running")
        return self.session

    @property
    def current(self) -> Question:
        return self._require().current

    def go_to(self, position: int) -> None:
        session = self._require()
        if position != session.index:
            session.go_to(position)
            self.question_changed.emit(session.index)

    def next(self) -> bool:
        session = self._require()
        if session.next():
            self.question_changed.emit(session.index)
            return True
        return False

    def previous(self) -> bool:
        session = self._require()
        if session.previous():
            self.question_changed.emit(session.index)
            return True
        return False

    # -- answering -------------------------------------------------------------------
    def submit(self, response: Any) -> AnswerOutcome | None:
        """Grade the current question's response through the session."""
        session = self._require()
        qid = session.current.id
        try:
            outcome = session.answer(qid, response)
        except (TypeError, ValueError) as error:
            self.failed.emit(str(error))
            return None
        self.answered.emit(qid, outcome)
        return outcome

    def give_up(self) -> AnswerOutcome | None:
        """Practice: stop retrying the current question and see the answer."""
        session = self._require()
        qid = session.current.id
        try:
            outcome = session.give_up(qid)
        except ValueError as error:
            self.failed.emit(str(error))
            return None
        self.answered.emit(qid, outcome)
        return outcome

    def reveal_hint(self) -> tuple[str, str] | None:
        session = self._require()
        qid = session.current.id
        try:
            hint = session.reveal_hint(qid)
        except ValueError as error:
            self.failed.emit(str(error))
            return None
        self.hint_revealed.emit(qid, *hint)
        return hint

    def finish(self) -> QuizResult:
        result = self._require().finish()
        self.session_finished.emit(result)
        return result

    # -- persistence hooks --------------------------------------------------------------
    def to_dict(self) -> dict[str, Any] | None:
        """The running session as JSON data, for the progress store (None without one)."""
        return self.session.to_dict() if self.session is not None else None

    def follow_edit(self, article: Article) -> QuizSession:
        """Go on over the teacher's new version of the article, at the question edited."""
        from quizapp.core.quiz.follow import question_to_show, run_on_new_version

        session = self._require()
        target = question_to_show(session.article, article, session.current.id)
        data = run_on_new_version(session.to_dict(), article)
        resumed = self.resume(article, data)
        if resumed is None:  # the saved run no longer fits: a fresh run of the same kind
            resumed = self.start(article, session.mode, seed=session.seed)
        if target is not None:
            self.go_to(resumed.question_ids.index(target))
        return resumed


def checked(session: QuizSession, response: Any) -> Any:
    """The current question's response in its checked form, or None if it is not one."""
    from quizapp.core.grading.responses import check_response

    try:
        return check_response(session.current, response, session.article)
    except (TypeError, ValueError):
        return None
