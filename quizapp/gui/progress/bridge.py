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

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QToolBar

from quizapp.gui.progress.learners import Learners, account_name
from quizapp.gui.progress.profiles import ProfilePicker
from quizapp.gui.progress.recorder import QuizRecorder
from quizapp.gui.progress.rescue import UnsavedRescue

if TYPE_CHECKING:  # pragma: no cover - the store (and sqlite3) load after the first paint
    from quizapp.core.progress.api import ProgressStore
    from quizapp.core.progress.errors import SaveResult
    from quizapp.core.progress.records import ArticleSummary, Profile
    from quizapp.gui.window.save_banner import SaveBanner

T = TypeVar("T")
RETRY_MS = 5000


def library_row(summary: ArticleSummary) -> dict[str, Any]:
    """The library's per-article dict: fractions, a local date, the unfinished mark."""
    when = summary.last_finished or summary.last_activity
    return {
        "best": None if summary.best_percent is None else summary.best_percent / 100,
        "last": None if summary.last_percent is None else summary.last_percent / 100,
        "date": when.astimezone().strftime("%Y-%m-%d") if when is not None else "",
        "unfinished": summary.unfinished,
    }


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
        self.fixed_profile = ""  # a profile used without becoming the last one (selftest)
        self._opened = False
        self._failure: tuple[Callable[[], str], bool] | None = None

        # the learner's avatar: the greeting row's right end, once the greeting is built
        self.picker = ProfilePicker(window.library_view)
        self.picker.hide()
        self._banner: SaveBanner | None = None  # built with the first save problem
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_now)

        self.picker.chosen.connect(self.choose_profile)
        self.picker.create_requested.connect(self.create_profile)
        self.learners = Learners(self)  # the first start's welcome, renaming, deleting
        self._attached = False
        self.recorder = QuizRecorder(self)
        self.rescue = UnsavedRescue(window, self.data_dir)
        window.bank_loaded.connect(self._bank_loaded)
        window.article_opened.connect(self._article_opened)
        window.screen_changed.connect(self._screen_changed)
        window.installEventFilter(self)
        self.retranslate_ui()

    @property
    def banner(self) -> SaveBanner:
        """The saving banner above the window's content, built the first time it is needed."""
        if self._banner is None:
            from quizapp.gui.window.save_banner import SaveBanner

            self._banner = SaveBanner(self.window)
            self.banner_bar = QToolBar(self.window)
            self.banner_bar.setObjectName("save_banner_bar")
            self.banner_bar.setMovable(False)
            self.banner_bar.addWidget(self._banner)
            self.window.addToolBar(self.banner_bar)  # a row of its own, only while it speaks
            self.banner_bar.setVisible(False)
            self._banner.wanted.connect(self.banner_bar.setVisible)
            self._banner.retry_requested.connect(self.retry_now)
            self.banner_bar.setWindowTitle(self.tr("Saving"))
        return self._banner

    # -- joining the reading screen (built after the first paint) ------------------------
    def _attach(self) -> None:
        """Listen to the passage and the quiz once the reading screen exists."""
        if self._attached:
            return
        self._attached = True
        reading = self.window.reading_view
        reading.passage.word_looked_up.connect(self._looked_up)
        reading.saves_lookups = lambda: bool(self.ensure_store() and self.ensure_profile())
        reading.add_word_requested.connect(self._add_word)
        reading.quiz_requested.connect(self.recorder.quiz_requested)  # after the hookup's slot
        self.recorder.attach_end_card(reading.end_card)
        hookup = self.window.quiz
        hookup.panel_created.connect(self.recorder.panel_created)
        if hookup.panel is not None:
            self.recorder.panel_created(hookup.panel)

    def _bank_loaded(self) -> None:
        # _attach waits for the reading screen to be shown: building it here froze the
        # window just as the library was listed
        self.ensure_store()
        self.refresh_library()
        self.learners.welcome_if_new()

    def _article_opened(self, article: object) -> None:
        self._attach()
        self.recorder.article_opened(article)  # type: ignore[arg-type]

    def _screen_changed(self, name: str) -> None:
        if name == "reading":
            self._attach()
        elif name == "library" and self.window.library_view.greeting is not None:
            self.window.library_view.greeting.refresh(self.window)  # today's answers since

    # -- the store --------------------------------------------------------------------
    def ensure_store(self) -> ProgressStore | None:
        """Open the store once (after the first paint); None when progress cannot be saved."""
        if self._opened:
            return self.store
        self._opened = True
        from quizapp.core.progress.api import ProgressStore
        from quizapp.core.progress.errors import ProgressStoreError

        try:
            self.store = ProgressStore.open(self.data_dir)
        except ProgressStoreError as error:
            from quizapp.gui.window import dialogs  # its Qt classes load with the first message

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
        notices = (
            (self.store.recovery, self.tr("Your progress file was repaired")),
            (self.store.wal_loss, self.tr("Some recent progress could not be read back")),
        )
        for notice, title in notices:
            if notice is not None:
                from quizapp.gui.window import dialogs

                dialogs.show_error(self.window, title, notice.text(self.lang))
        store = self.store
        self.guard(lambda: self.rescue.replay_at_start(store), 0)
        if self.fixed_profile:  # the selftest: its own profile, the learner's choice untouched
            store.remember_profile = False
            self.profile = self.guard(lambda: store.profile_named(self.fixed_profile), None)
        else:
            self.profile = self.guard(self.store.last_profile, None)
        if self.profile is None:
            profiles = self.guard(self.store.profiles, [])
            self.profile = profiles[0] if profiles else None
        self._refresh_profiles()
        self.refresh_library()
        return self.store

    def close(self) -> None:
        """Save what is pending and close the store (the window is going away); what the
        disk still refuses goes to a file that the next start adds to the store."""
        self._retry_timer.stop()
        if self.store is not None:
            store, self.store = self.store, None
            self.guard(store.close, None)  # its last retry of what is pending
            self.rescue.keep_at_close(store)  # still refused: kept in a file, never dropped

    @property
    def lang(self) -> str:
        return str(self.window.translators.language)

    def guard(self, call: Callable[[], T], default: T) -> T:
        """Run a store call; a failure is told to the learner and `default` returned."""
        import sqlite3

        from quizapp.core.progress.errors import ProgressStoreError

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

    def write(self, call: Callable[[], SaveResult | None]) -> None:
        result = self.guard(call, None)
        if result is None:
            return
        self.after_write(result)

    def after_write(self, result: SaveResult) -> None:
        if not result:
            self._show_failure(lambda: result.text(self.lang), retry=True)
            self._retry_timer.start()
        elif (
            self._banner is not None
            and self._banner.kind == "failure"
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
            self.after_write(result)
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
        self.learners.place_picker()
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
        self.write(lambda: store.set_last_profile(found))
        self._refresh_profiles()
        self.refresh_library()
        self.progress_changed.emit()

    def create_profile(self, name: str) -> Profile | None:
        from quizapp.core.progress.errors import ProgressStoreError

        store = self.ensure_store()
        if store is None:
            return None
        try:
            created = store.create_profile(name)
        except ProgressStoreError as error:  # a name taken or empty, or the disk refused
            self.picker.show_error(error.text(self.lang))
            return None
        self.profile = created
        self.learners.close_card()  # whoever named the learner, the welcome is answered
        self._refresh_profiles()
        self.refresh_library()
        self.progress_changed.emit()
        return created

    def ensure_profile(self) -> Profile | None:
        """The learner to save for; on a first run, one named after the computer's user."""
        if self.profile is not None or self.ensure_store() is None:
            return self.profile
        pending = self.learners.pending_name()
        name = pending or account_name() or self.tr("Learner 1")
        assert self.store is not None
        existing = self.guard(lambda: self.store.find_profile(name), None)  # type: ignore[union-attr]
        self.profile = existing or self.create_profile(name)
        self._refresh_profiles()
        if self.profile is not None:  # said, never silent: the card goes, the bar tells
            self.learners.close_card()
            self.window.statusBar().showMessage(
                self.tr("Your progress is saved as “%1”.").replace("%1", self.profile.name),
                10_000,
            )
        return self.profile

    @property
    def session_id(self) -> str | None:
        """The stored run the quiz is saving to."""
        return self.recorder.session_id

    def tell_changed(self, count: int) -> None:
        """A resumed run whose questions the teacher has since changed."""
        self.window.statusBar().showMessage(
            self.tr(
                "The teacher has changed %n question(s) since you stopped: they start afresh.",
                "",
                count,
            ),
            10_000,
        )

    # -- the library --------------------------------------------------------------------
    def summaries(self) -> dict[str, ArticleSummary]:
        if self.store is None or self.profile is None:
            return {}
        profile = self.profile
        store = self.store
        return self.guard(lambda: store.library_summary(profile), {})

    def refresh_library(self) -> None:
        rows = {aid: library_row(s) for aid, s in self.summaries().items()}
        for aid, row in rows.items():
            if row["unfinished"]:
                row["at"] = self._stopped_at(aid)
        self.window.library_view.set_summaries(rows)

    def _stopped_at(self, article_id: str) -> tuple[int, int] | None:
        """Where an unfinished run stopped: (question number, of how many), for its card."""
        store, profile = self.store, self.profile
        if store is None or profile is None:
            return None
        record = self.guard(lambda: store.unfinished_session(profile, article_id), None)
        state = record.state if record is not None else {}
        questions, current = state.get("questions"), state.get("current")
        if not isinstance(questions, list) or not questions or not isinstance(current, int):
            return None
        return (min(max(current, 0), len(questions) - 1) + 1, len(questions))

    # -- looked-up words ------------------------------------------------------------------
    def _looked_up(self, sentence_id: str, word: str, hit: Any) -> None:
        article = self.window.reading_view.article
        if hit is None or article is None:
            return
        headword, gloss = hit.entry.fr, hit.entry.en
        self.recorder.note_lookup(word, headword, sentence_id)
        self._log_word(article, sentence_id, word, headword, gloss)

    def _add_word(self, sentence_id: str, word: str, headword: str, gloss: str) -> None:
        """A dictionary's answer the learner chose to keep ("Add to my words")."""
        article = self.window.reading_view.article
        if article is not None:
            self._log_word(article, sentence_id, word, headword, gloss)

    def _log_word(self, article: Any, sentence_id: str, word: str, headword: str, gloss: str):
        """One looked-up word for My words and review, with its sentence and English."""
        store, profile = self.ensure_store(), self.ensure_profile()
        if store is None or profile is None:
            return
        sentence = article.sentence(sentence_id)
        self.write(
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

    # -- language -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self._banner is not None and self._banner.kind == "failure" and self._failure:
                self._show_failure(*self._failure)
        return False

    def retranslate_ui(self) -> None:
        if self._banner is not None:
            self.banner_bar.setWindowTitle(self.tr("Saving"))
