"""The quiz's side of the progress bridge: every answer saved as it is given, resuming.

It listens to the quiz controller: a new run is recorded (replacing a run
left unfinished on the same article), each answer is saved at once with the
glosses looked up since the previous one, a hint or a move saves the run's
state, and a finished run is recorded. Reopening an article left mid-quiz
offers "Resume", which carries on exactly where the run was. Every store call
goes through the bridge, which shows failures instead of raising them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:  # pragma: no cover - the store (and sqlite3) load after the first paint
    from datetime import datetime

    from quizapp.core.model import Article
    from quizapp.core.progress.records import SessionRecord
    from quizapp.core.quiz.result import QuizResult
    from quizapp.core.quiz.session import AnswerOutcome, QuizSession
    from quizapp.gui.progress.bridge import ProgressBridge
    from quizapp.gui.quiz.panel import QuizPanel


class QuizRecorder(QObject):
    """Owned by the bridge; `session_id` is the stored run the quiz is saving to."""

    def __init__(self, bridge: ProgressBridge):
        super().__init__(bridge)
        self.bridge = bridge
        self.window = bridge.window
        self.session_id: str | None = None
        self.opened_at: datetime | None = None  # the article's opening: the end card's goal
        self._resuming: SessionRecord | None = None
        self._recorded: dict[str, tuple[int, str]] = {}
        self._lookups: list[dict[str, str]] = []
        self._offer_on_open = True

    def note_lookup(self, word: str, headword: str, sentence_id: str) -> None:
        """A gloss opened: kept for the next answer, and in the running quiz's own state."""
        self._lookups.append({"word": word, "headword": headword, "sentence": sentence_id})
        session = self._session()
        article = self.window.reading_view.article
        same = session is not None and article is not None and session.article.id == article.id
        if same and not session.finished:  # type: ignore[union-attr]
            session.record_lookup(session.current.id, headword)  # type: ignore[union-attr]

    def panel_created(self, panel: QuizPanel) -> None:
        c = panel.controller
        c.session_started.connect(self._session_started)
        c.answered.connect(self._answered)
        c.hint_revealed.connect(lambda *_: self._save_state())
        c.question_changed.connect(lambda _i: self._save_state())
        c.session_finished.connect(self._session_finished)
        panel.resume_requested.connect(self.resume)

    @property
    def panel(self) -> QuizPanel | None:
        return self.window.quiz.panel

    def unfinished(self, article: Article) -> SessionRecord | None:
        store, profile = self.bridge.ensure_store(), self.bridge.profile
        if store is None or profile is None:
            return None
        return self.bridge.guard(lambda: store.unfinished_session(profile, article.id), None)

    def _resumable(self, article: Article) -> tuple[int, int] | None:
        from quizapp.core.quiz.session import QuizSession

        record = self.unfinished(article)
        if record is None:
            return None
        try:
            run = QuizSession.from_dict(article, record.state)
        except ValueError:
            return None
        if not run.questions:
            return None
        return run.answered, len(run.questions)

    def attach_end_card(self, card: Any) -> None:
        """The end of the text asks where the quiz stands, and resumes through here;
        it asks again when progress changed (an answer saved, another learner)."""
        card.way_on = self.way_on
        card.goal_line = self.goal_line
        card.resume_requested.connect(self.resume)
        self.bridge.progress_changed.connect(card.refresh)
        card.refresh()

    def goal_line(self) -> str:
        """Today's goal for the reading's end, said as the day's (its answers, not this
        reading's), and where the day stands ("" without a store)."""
        from quizapp.gui.progress.goal_words import GoalWords, session_moment

        store, profile = self.bridge.store, self.bridge.profile
        if store is None or profile is None or self.opened_at is None:
            return ""
        since = self.opened_at
        moments = self.bridge.guard(lambda: store.activity(profile, since), [])
        moment = session_moment(self.bridge.window, moments)
        return GoalWords().day_text(moment) if moment is not None else ""

    def way_on(self, article: Article) -> tuple[str, int, int] | None:
        """("resume", question number, of how many) for a run left unfinished, else
        ("done", best percent, 0) once the quiz was finished, else None."""
        store, profile = self.bridge.ensure_store(), self.bridge.profile
        if store is None or profile is None:
            return None
        at = self.bridge._stopped_at(article.id)  # the library card's "Resume" says the same
        if at is not None:
            return ("resume", *at)
        summary = self.bridge.summaries().get(article.id)
        best = getattr(summary, "best_percent", None)
        return ("done", round(best), 0) if best is not None else None

    def quiz_requested(self) -> None:
        """After the hookup showed the chooser: add "Resume" when a run is unfinished."""
        panel, article = self.panel, self.window.reading_view.article
        if panel is None or article is None or panel.in_question():
            return
        if not panel.offering():
            return
        self._mark_done(panel, article)
        resumable = self._resumable(article)
        if resumable is not None:
            panel.offer(article, resumable)

    def _mark_done(self, panel: QuizPanel, article: Article) -> None:
        """Tell the chooser which questions were answered, so it offers the next part."""
        store, profile = self.bridge.ensure_store(), self.bridge.profile
        if store is not None and profile is not None:
            stats = self.bridge.guard(lambda: store.question_stats(profile, article.id), {})
            panel.chooser.set_done(article.id, {q for q, s in stats.items() if s.attempted})

    def article_opened(self, article: Article) -> None:
        from datetime import UTC, datetime

        self.opened_at = datetime.now(UTC)
        if self._offer_on_open:  # after every other slot (the hookup closes an old quiz)
            QTimer.singleShot(0, self, lambda: self._offer_resume(article))

    def _offer_resume(self, article: Article) -> None:
        """Reopening an article left mid-quiz: the quiz panel offers to resume it."""
        if self.window.reading_view.article is not article or self._resumable(article) is None:
            return
        panel = self.panel
        showing = panel is not None and self.window.reading_view.side_panel() is panel
        if showing and panel.in_question():
            return
        self.window.quiz.open_quiz()
        self.quiz_requested()

    def resume(self) -> None:
        panel = self.panel
        article = panel.article if panel is not None else None
        if panel is None or article is None:
            return
        record = self.unfinished(article)
        if record is None:
            panel.offer(article)
            return
        self._resuming = record
        if panel.controller.resume(article, record.state) is None:
            self._resuming = None

    def _session_started(self, session: QuizSession) -> None:
        self._recorded = {}
        self._lookups = []
        record, self._resuming = self._resuming, None
        if record is not None:
            self.session_id = record.id
            for qid in session.question_ids:
                if session.attempts_used(qid):
                    self._recorded[qid] = self._answer_key(session, qid)
            if session.changed_questions:
                self.bridge.tell_changed(len(session.changed_questions))
            return
        self.session_id = None
        store, profile = self.bridge.ensure_store(), self.bridge.ensure_profile()
        if store is None or profile is None:
            return
        old = self.bridge.guard(lambda: store.unfinished_session(profile, session.article.id), None)
        if old is not None:  # a new run replaces the one left unfinished
            self.bridge.write(lambda: store.abandon_session(old.id))
        self.session_id = self.bridge.guard(
            lambda: store.start_session(
                profile, session.article, session.mode, session.to_dict(), points=session.points
            ),
            None,
        )
        self.bridge.after_write(store.last_save)
        self.bridge.refresh_library()

    @staticmethod
    def _answer_key(session: QuizSession, qid: str) -> tuple[int, str]:
        import json  # not before the first paint (start-up speed)

        return session.attempts_used(qid), json.dumps(session.response_json(qid), sort_keys=True)

    def _answered(self, qid: str, outcome: AnswerOutcome) -> None:
        store, session, sid = self.bridge.store, self._session(), self.session_id
        if store is None or session is None or sid is None:
            return
        key = self._answer_key(session, qid)
        if self._recorded.get(qid) == key:  # "Show the answer": no new answer, new state
            self._save_state()
            return
        self._recorded[qid] = key
        question = session.article.question(qid)
        glosses, self._lookups = self._lookups, []
        state = session.to_dict()
        self.bridge.write(
            lambda: store.record_answer(
                sid,
                qid,
                session.response_json(qid),
                outcome.score,
                question.points,
                outcome.attempts_used,
                int(session.hint_shown(qid)),
                glosses,
                state,
            )
        )
        self.bridge.progress_changed.emit()

    def _save_state(self) -> None:
        store, session, sid = self.bridge.store, self._session(), self.session_id
        if store is not None and session is not None and sid is not None:
            state = session.to_dict()
            self.bridge.write(lambda: store.save_state(sid, state))

    def _session_finished(self, result: QuizResult) -> None:
        store, session, sid = self.bridge.store, self._session(), self.session_id
        if store is None or session is None or sid is None:
            return
        state = session.to_dict()
        self.bridge.write(lambda: store.finish_session(sid, result.score, result.points, state))
        self.bridge.refresh_library()
        self.bridge.progress_changed.emit()

    def _session(self) -> QuizSession | None:
        panel = self.panel
        return panel.session if panel is not None else None

    # -- opening an article for review ----------------------------------------------------
    def open_article_quietly(self, article: Article) -> None:
        """Open `article` without offering to resume its quiz (review from the mistakes)."""
        self._offer_on_open = False
        try:
            self.window.open_article(article)
        finally:
            self._offer_on_open = True

    def open_for_review(self, article: Article, question_ids: list[str]) -> None:
        """Show `article` and start a practice run over just these questions."""
        from quizapp.core.quiz.session import Mode

        self.open_article_quietly(article)
        hookup = self.window.quiz
        panel = hookup.ensure_panel()
        panel.offer(article)
        self.window.reading_view.set_side_panel(panel)
        panel.controller.start(article, Mode.PRACTICE, question_ids=question_ids)
