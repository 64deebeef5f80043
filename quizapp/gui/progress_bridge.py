"""The one place where the window meets the progress store.

It opens the store after the first paint, keeps the current learner, saves
every answer the moment the quiz controller reports it (with the glosses
looked up since the previous answer), records finished quizzes, offers to
resume an unfinished one, and feeds the library its scores. Every store call
goes through `guard`, so a failure is shown to the learner, never raised:
a write the disk refuses stays pending in the store and is retried on a
timer while a non-modal banner says so.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QToolBar

from quizapp.gui.profile_picker import ProfilePicker
from quizapp.gui.save_banner import SaveBanner

if TYPE_CHECKING:  # pragma: no cover - the store (and sqlite3) load after the first paint
    from quizapp.core.model import Article
    from quizapp.core.progress import ProgressStore
    from quizapp.core.progress_errors import SaveResult
    from quizapp.core.progress_records import ArticleSummary, Profile, SessionRecord
    from quizapp.core.session import AnswerOutcome, QuizSession
    from quizapp.core.session_result import QuizResult
    from quizapp.gui.quiz_panel import QuizPanel

T = TypeVar("T")
RETRY_MS = 5000


def library_row(summary: ArticleSummary) -> dict[str, Any]:
    """The library's per-article dict: fractions, a local date, the unfinished mark."""
    when = summary.last_finished or summary.last_activity
    return {
        "best": None if summary.best_percent is None else summary.best_percent / 100,
        "last": None if summary.last_percent is None else summary.last_percent / 100,
        "date": local_date(when),
        "unfinished": summary.unfinished,
    }


def local_date(when: datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d") if when is not None else ""


class ProgressBridge(QObject):
    """Owned by the main window; see the module docstring."""

    profile_changed = Signal(object)  # Profile | None
    progress_changed = Signal()  # something new was saved: views refresh
    saved = Signal(object)  # SaveResult of every write (tests wait on it)

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.data_dir = window.settings.path.parent
        self.store: ProgressStore | None = None
        self.unavailable = ""  # why progress is not saved at all (store could not open)
        self.profile: Profile | None = None
        self.session_id: str | None = None
        self._opened = False
        self._resuming: SessionRecord | None = None
        self._recorded: dict[str, tuple[int, str]] = {}
        self._lookups: list[dict[str, str]] = []
        self._offer_on_open = True
        self._failure: tuple[Callable[[], str], bool] | None = None

        self.picker = ProfilePicker(window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("learner_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.picker)
        window.addToolBar(self.toolbar)
        window.addToolBarBreak()
        self.banner = SaveBanner(window)
        self.banner_bar = QToolBar(window)
        self.banner_bar.setObjectName("save_banner_bar")
        self.banner_bar.setMovable(False)
        self.banner_bar.addWidget(self.banner)
        window.addToolBar(self.banner_bar)
        self.banner_bar.setVisible(False)
        self.banner.wanted.connect(self.banner_bar.setVisible)
        self.banner.retry_requested.connect(self.retry_now)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_now)

        self.picker.chosen.connect(self.choose_profile)
        self.picker.create_requested.connect(self.create_profile)
        self._attached = False
        window.bank_loaded.connect(self._bank_loaded)
        window.article_opened.connect(self._article_opened)
        window.screen_changed.connect(self._screen_changed)
        window.installEventFilter(self)
        self.retranslate_ui()

    # -- joining the reading screen (built after the first paint) ------------------------
    def _attach(self) -> None:
        """Listen to the passage and the quiz once the reading screen exists."""
        if self._attached:
            return
        self._attached = True
        reading = self.window.reading_view
        reading.passage.word_looked_up.connect(self._looked_up)
        reading.quiz_requested.connect(self._quiz_requested)  # runs after the hookup's slot
        hookup = self.window.quiz
        hookup.panel_created.connect(self._panel_created)
        if hookup.panel is not None:
            self._panel_created(hookup.panel)

    def _bank_loaded(self) -> None:
        # _attach waits for the reading screen to be shown: building it here froze the
        # window just as the library was listed
        self.ensure_store()
        self.refresh_library()

    def _screen_changed(self, name: str) -> None:
        if name == "reading":
            self._attach()

    # -- the store --------------------------------------------------------------------
    def ensure_store(self) -> ProgressStore | None:
        """Open the store once (after the first paint); None when progress cannot be saved."""
        if self._opened:
            return self.store
        self._opened = True
        from quizapp.core.progress import ProgressStore
        from quizapp.core.progress_errors import ProgressStoreError
        from quizapp.gui import dialogs

        try:
            self.store = ProgressStore.open(self.data_dir)
        except ProgressStoreError as error:
            why = error
            self.unavailable = why.text(self.lang)
            dialogs.show_error(
                self.window, self.tr("Progress is not being saved"), self.unavailable
            )
            self._show_failure(
                lambda: self.tr("Progress is not being saved: %1").replace(
                    "%1", why.text(self.lang)
                ),
                False,
            )
            self.picker.setEnabled(False)
            return None
        if self.store.recovery is not None:
            dialogs.show_error(
                self.window,
                self.tr("Your progress file was repaired"),
                self.store.recovery.text(self.lang),
            )
        self.profile = self.guard(self.store.last_profile, None)
        if self.profile is None:
            profiles = self.guard(self.store.profiles, [])
            self.profile = profiles[0] if profiles else None
        self._refresh_profiles()
        self.refresh_library()
        return self.store

    def close(self) -> None:
        """Save what is pending and close the store (the window is going away)."""
        self._retry_timer.stop()
        if self.store is not None:
            store, self.store = self.store, None
            self.guard(store.close, None)

    @property
    def lang(self) -> str:
        return str(self.window.translators.language)

    def guard(self, call: Callable[[], T], default: T) -> T:
        """Run a store call; a failure is told to the learner and `default` returned."""
        import sqlite3

        from quizapp.core.progress_errors import ProgressStoreError

        try:
            return call()
        except ProgressStoreError as error:
            said = error
            self._show_failure(lambda: said.text(self.lang), retry=self.store is not None)
        except (sqlite3.Error, OSError) as error:
            detail = str(error)
            self._show_failure(
                lambda: self.tr("The progress file could not be used: %1").replace("%1", detail),
                retry=self.store is not None,
            )
        return default

    def _write(self, call: Callable[[], SaveResult | None]) -> None:
        result = self.guard(call, None)
        if result is None:
            return
        self._after_write(result)

    def _after_write(self, result: SaveResult) -> None:
        if not result:
            self._show_failure(lambda: result.text(self.lang), retry=True)
            self._retry_timer.start()
        elif (
            self.banner.kind == "failure"
            and self.store is not None
            and not self.store.pending_count
        ):
            self._retry_timer.stop()
            self.banner.show_saved(self.tr("Saved: every answer has reached the disk now."))
        self.saved.emit(result)

    def retry_now(self) -> None:
        if self.store is None:
            return
        result = self.guard(self.store.retry_pending, None)
        if result is not None:
            self._after_write(result)
            if result:
                self.progress_changed.emit()
                self.refresh_library()

    def _show_failure(self, text: Callable[[], str], retry: bool) -> None:
        """`text` is asked again when the interface language changes."""
        self._failure = (text, retry)
        self.banner.show_failure(text(), can_retry=retry)

    # -- learners -------------------------------------------------------------------------
    def _refresh_profiles(self) -> None:
        profiles = self.guard(self.store.profiles, []) if self.store is not None else []
        self.picker.set_profiles(profiles, self.profile.id if self.profile else None)
        self.profile_changed.emit(self.profile)

    def profiles(self) -> list[Profile]:
        return self.guard(self.store.profiles, []) if self.ensure_store() is not None else []

    def choose_profile(self, profile_id: int) -> None:
        store = self.ensure_store()
        if store is None:
            return
        found = next((p for p in self.guard(store.profiles, []) if p.id == profile_id), None)
        if found is None:
            return
        self.profile = found
        self._write(lambda: store.set_last_profile(found))
        self._refresh_profiles()
        self.refresh_library()
        self.progress_changed.emit()

    def create_profile(self, name: str) -> Profile | None:
        from quizapp.core.progress_errors import ProgressStoreError

        store = self.ensure_store()
        if store is None:
            return None
        try:
            created = store.create_profile(name)
        except ProgressStoreError as error:  # a name taken or empty, or the disk refused
            self.picker.show_error(error.text(self.lang))
            return None
        self.profile = created
        self._refresh_profiles()
        self.refresh_library()
        self.progress_changed.emit()
        return created

    def ensure_profile(self) -> Profile | None:
        """The learner to save for; on a first run, one named after the computer's user."""
        if self.profile is not None or self.ensure_store() is None:
            return self.profile
        try:
            name = getpass.getuser().strip().capitalize() or self.tr("Learner")
        except (OSError, KeyError):
            name = self.tr("Learner")
        assert self.store is not None
        existing = self.guard(lambda: self.store.find_profile(name), None)  # type: ignore[union-attr]
        self.profile = existing or self.create_profile(name)
        self._refresh_profiles()
        return self.profile

    # -- the library --------------------------------------------------------------------
    def summaries(self) -> dict[str, ArticleSummary]:
        if self.store is None or self.profile is None:
            return {}
        profile = self.profile
        store = self.store
        return self.guard(lambda: store.library_summary(profile), {})

    def refresh_library(self) -> None:
        rows = {aid: library_row(s) for aid, s in self.summaries().items()}
        self.window.library_view.set_summaries(rows)

    # -- the quiz -----------------------------------------------------------------------
    def _panel_created(self, panel: QuizPanel) -> None:
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
        store, profile = self.ensure_store(), self.profile
        if store is None or profile is None:
            return None
        return self.guard(lambda: store.unfinished_session(profile, article.id), None)

    def _resumable(self, article: Article) -> tuple[int, int] | None:
        from quizapp.core.session import QuizSession

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

    def _quiz_requested(self) -> None:
        """After the hookup showed the chooser: add "Resume" when a run is unfinished."""
        panel, article = self.panel, self.window.reading_view.article
        if panel is None or article is None or panel.in_question():
            return
        if not panel.offering():
            return
        resumable = self._resumable(article)
        if resumable is not None:
            panel.offer(article, resumable)

    def _article_opened(self, article: Article) -> None:
        self._attach()
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
        self._quiz_requested()

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
                count = len(session.changed_questions)
                self.window.statusBar().showMessage(
                    self.tr(
                        "The teacher has changed %n question(s) since you stopped:"
                        " they start afresh.",
                        "",
                        count,
                    ),
                    10_000,
                )
            return
        self.session_id = None
        store, profile = self.ensure_store(), self.ensure_profile()
        if store is None or profile is None:
            return
        old = self.guard(lambda: store.unfinished_session(profile, session.article.id), None)
        if old is not None:  # a new run replaces the one left unfinished
            self._write(lambda: store.abandon_session(old.id))
        self.session_id = self.guard(
            lambda: store.start_session(
                profile, session.article, session.mode, session.to_dict(), points=session.points
            ),
            None,
        )
        self._after_write(store.last_save)
        self.refresh_library()

    @staticmethod
    def _answer_key(session: QuizSession, qid: str) -> tuple[int, str]:
        return session.attempts_used(qid), json.dumps(session.response_json(qid), sort_keys=True)

    def _answered(self, qid: str, outcome: AnswerOutcome) -> None:
        store, session, sid = self.store, self._session(), self.session_id
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
        self._write(
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
        self.progress_changed.emit()

    def _save_state(self) -> None:
        store, session, sid = self.store, self._session(), self.session_id
        if store is not None and session is not None and sid is not None:
            state = session.to_dict()
            self._write(lambda: store.save_state(sid, state))

    def _session_finished(self, result: QuizResult) -> None:
        store, session, sid = self.store, self._session(), self.session_id
        if store is None or session is None or sid is None:
            return
        state = session.to_dict()
        self._write(lambda: store.finish_session(sid, result.score, result.points, state))
        self.refresh_library()
        self.progress_changed.emit()

    def _session(self) -> QuizSession | None:
        panel = self.panel
        return panel.session if panel is not None else None

    # -- looked-up words ------------------------------------------------------------------
    def _looked_up(self, sentence_id: str, word: str, hit: Any) -> None:
        article = self.window.reading_view.article
        if hit is None or article is None:
            return
        headword, gloss = hit.entry.fr, hit.entry.en
        self._lookups.append({"word": word, "headword": headword, "sentence": sentence_id})
        session = self._session()
        if session is not None and not session.finished and session.article.id == article.id:
            session.record_lookup(session.current.id, headword)
        store, profile = self.ensure_store(), self.ensure_profile()
        if store is None or profile is None:
            return
        sentence = article.sentence(sentence_id)
        self._write(
            lambda: store.log_lookup(
                profile,
                article.id,
                sentence_id,
                word,
                headword,
                gloss,
                sentence.fr,
                sentence.en or "",
            )
        )

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
        from quizapp.core.session import Mode

        self.open_article_quietly(article)
        hookup = self.window.quiz
        panel = hookup.ensure_panel()
        panel.offer(article)
        self.window.reading_view.set_side_panel(panel)
        panel.controller.start(article, Mode.PRACTICE, question_ids=question_ids)

    # -- language -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.banner.kind == "failure" and self._failure is not None:
                self._show_failure(*self._failure)
        return False

    def retranslate_ui(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Learner"))
        self.banner_bar.setWindowTitle(self.tr("Saving"))
