"""The main window: a stack of screens, menus built from the action table,
the Problems panel, and the one place that talks to the loader.

Only the library (the first screen) is built before the first paint; the
reading screen, the quiz hookup, the Problems panel and the dialogs are
imported and built on first use, or right after the paint (start-up speed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from quizapp.gui.library.view import LibraryView
from quizapp.gui.window import shortcuts
from quizapp.gui.window.actions import ActionsMixin
from quizapp.gui.window.bank_mixin import LISTED_TO_LOADED_MS, BankMixin
from quizapp.gui.window.i18n import Translators
from quizapp.gui.window.loading import BankLoader, FileWatcher
from quizapp.gui.window.problems_mixin import ProblemsMixin
from quizapp.gui.window.qt_names import plain_text
from quizapp.gui.window.recent_menu import RecentMenu
from quizapp.gui.window.settings import AppSettings
from quizapp.gui.window.shortcuts import ActionSpec
from quizapp.gui.window.status_label import StatusLabel
from quizapp.gui.window.theming import ThemeHub

if TYPE_CHECKING:  # pragma: no cover - imported on first use (start-up speed)
    from PySide6.QtWidgets import QDockWidget

    from quizapp.core.bank.problems import Problem
    from quizapp.core.model import Article
    from quizapp.gui.quiz.hookup import QuizHookup
    from quizapp.gui.reading.view import ReadingView
    from quizapp.gui.window import dialogs
    from quizapp.gui.window.dictionaries import DictionaryService
    from quizapp.gui.window.problems_panel import ProblemsPanel


class MainWindow(ActionsMixin, BankMixin, ProblemsMixin, QMainWindow):
    """The learner's window. Other screens join through add_screen/add_action."""

    bank_loaded = Signal()
    article_opened = Signal(object)
    article_reloaded = Signal(object)  # the open file saved again, read as a new Article
    screen_changed = Signal(str)

    def __init__(
        self,
        settings: AppSettings,
        translators: Translators,
        bank: Path,
        article_path: Path | None = None,
        mine: Path | None = None,
    ):
        super().__init__()
        self.settings = settings
        self.translators = translators
        self.bank = bank
        self.mine = mine  # My articles, listed beside the bank (None: the bank alone)
        self.article_path = article_path
        self.closing = False
        self._told_no_libyaml = False
        self.setObjectName("main_window")
        # The design language, app-wide; screens built later listen to theme_changed.
        self.theme_hub = ThemeHub(self, settings)
        self.theme_changed = self.theme_hub.theme_changed
        self.theme_hub.refresh(sheet=False)  # the style sheet waits for the first paint
        self.setMinimumSize(720, 480)
        self.resize(1100, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)

        self.screens = QStackedWidget(self)
        self._screen_names: dict[str, QWidget] = {}
        self.setCentralWidget(self.screens)
        self.library_view = LibraryView(self)
        self.add_screen("library", self.library_view)
        self._reading_view: ReadingView | None = None
        self._quiz: QuizHookup | None = None
        self._dictionaries: DictionaryService | None = None
        self._status_before_index: Callable[[], str] | None = None
        self._problems_panel: ProblemsPanel | None = None
        self._problems_dock: QDockWidget | None = None
        self._bank_problems: list[Problem] = []
        self._file_problems: dict[str, list[Problem]] = {}

        self.status = StatusLabel(self)  # elided when the window is narrow
        plain_text(self.status)
        self.status.setObjectName("status_text")  # kept off the window's edge (stylesheet)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._status: Callable[[], str] = str

        self.loader = BankLoader(self, cache_dir=settings.path.parent / "cache")
        self.loader.loaded.connect(self._bank_scanned)
        self.loader.failed.connect(self._bank_failed)
        self.loader.partial.connect(self._bank_partly_scanned)
        self.loader.progress.connect(self._bank_progress)
        self.watcher = FileWatcher(self)
        self.watcher.changed.connect(self.reload_file)
        # bank_loaded (the progress store opens, the scores join the library) waits for the
        # listed library to be painted: both at once froze the window for ~50-90 ms.
        self._listed = QTimer(self)
        self._listed.setSingleShot(True)
        self._listed.setInterval(LISTED_TO_LOADED_MS)
        self._listed.timeout.connect(self._announce_bank_loaded)

        self.actions_by_name: dict[str, QAction] = {}
        self.specs: list[ActionSpec] = []
        self.menus: dict[str, QMenu] = {}
        self._build_actions()
        self.recent_menu = RecentMenu(self)
        self.menus["file"].insertMenu(self.actions_by_name["preferences"], self.recent_menu)
        self.menus["file"].insertSeparator(self.actions_by_name["preferences"])
        self.actions_by_name["parallel"].setChecked(settings.parallel)

        self.library_view.article_activated.connect(self.open_article)
        self.library_view.open_folder_requested.connect(self.choose_folder)
        self.library_view.set_loading(True)
        from quizapp.gui.progress.screens import ProgressScreens

        self.progress_screens = ProgressScreens(self)  # learners, saving, history, words
        self.show_screen("library")
        self.retranslate_ui()

    # -- parts built on first use ------------------------------------------------------
    @property
    def reading_view(self) -> ReadingView:
        """The reading screen, built (with the quiz hookup) the first time it is needed."""
        if self._reading_view is None:
            from quizapp.gui.quiz.hookup import QuizHookup
            from quizapp.gui.reading.view import ReadingView

            view = ReadingView(self)
            self._reading_view = view
            self.add_screen("reading", view)
            view.set_toolbar_actions(
                self.actions_by_name["library"],
                self.actions_by_name["parallel"],
                self.actions_by_name["start_quiz"],
            )
            view.passage.set_theme(self.theme_hub.theme)
            view.set_theme(self.theme_hub.theme)
            self.theme_changed.connect(view.passage.set_theme)
            self.theme_changed.connect(view.set_theme)
            view.passage.set_parallel(self.settings.parallel)
            view.problems_requested.connect(self.show_problems)
            for spec in self.specs:
                self._add_text_keys(spec, self.actions_by_name[spec.name])
            self._quiz = QuizHookup(self)  # the quiz panel beside the passage (built on demand)
            from quizapp.gui.reading.own_text import OwnTextReading

            self.own_text_reading = OwnTextReading(self)  # no quiz nor English for own texts
            view.dictionaries = self.dictionaries
            view.retranslate_ui()
            from quizapp.gui.speech.hookup import SpeechHookup

            self.speech = SpeechHookup(self)  # a French voice looked for on a worker
        return self._reading_view

    @property
    def dictionaries(self) -> DictionaryService:
        """The offline dictionaries, found and indexed on a worker from first use."""
        if self._dictionaries is None:
            from quizapp.gui.window.dictionaries import DictionaryService

            self._dictionaries = DictionaryService(self.settings, self)
            self._dictionaries.progress.connect(self._dictionary_progress)
            self._dictionaries.ready.connect(lambda: self._dictionary_progress("", -1))
            self._dictionaries.start()
        return self._dictionaries

    def _dictionary_progress(self, name: str, count: int) -> None:
        """Indexing in the status bar; then the status it replaced comes back."""
        if count < 0:
            if self._status_before_index is not None:
                self.progress.hide()
                self._set_status(self._status_before_index)
                self._status_before_index = None
            return
        if self._status_before_index is None:
            self._status_before_index = self._status
        self.progress.show()
        self._set_status(
            lambda: (
                self.tr("Indexing the dictionary %1 (once): %2 headwords…")
                .replace("%1", name)
                .replace("%2", f"{count:,}")
            )
        )

    def show_dictionaries(self) -> None:
        from quizapp.gui.window import dialogs

        service = self.dictionaries
        service.start()  # look again: the learner may just have added one
        dialogs.show_dictionaries(self, service)

    @property
    def quiz(self) -> QuizHookup:
        if self._quiz is None:
            self.reading_view  # noqa: B018 - builds the hookup with the reading screen
        assert self._quiz is not None
        return self._quiz

    # -- screens -------------------------------------------------------------------
    def add_screen(self, name: str, widget: QWidget) -> None:
        self._screen_names[name] = widget
        self.screens.addWidget(widget)

    def show_screen(self, name: str) -> None:
        if name == "reading":
            self.reading_view  # noqa: B018 - built on first use
        widget = self._screen_names[name]
        self.screens.setCurrentWidget(widget)
        reading = name == "reading"
        for action in ("start_quiz", "parallel"):
            self.actions_by_name[action].setEnabled(reading)
        self.actions_by_name["library"].setEnabled(name != "library")
        if not reading and self._reading_view is not None:
            self._reading_view.close_popover()
        widget.setFocus()  # OtherFocusReason, without naming `Qt` (quizapp/gui/window/qt_names.py)
        self._update_title()
        self.screen_changed.emit(name)

    def current_screen(self) -> str:
        current = self.screens.currentWidget()
        return next(name for name, w in self._screen_names.items() if w is current)

    # -- actions ---------------------------------------------------------------------
    def show_shortcuts(self) -> dialogs.ShortcutsDialog:
        from quizapp.gui.window import dialogs

        self.reading_view  # noqa: B018 - its quiz keys belong in the list
        return dialogs.show_shortcuts(self, self.specs)

    def show_preferences(self):
        from quizapp.gui.progress.goal_section import goal_section
        from quizapp.gui.review.known_section import word_colours_section
        from quizapp.gui.review.section import review_section
        from quizapp.gui.speech.section import speech_section
        from quizapp.gui.window import dialogs
        from quizapp.gui.window.preferences import add_section
        from quizapp.gui.window.prefs_dictionaries import dictionaries_section

        add_section(dictionaries_section)  # the rooms' own sections (each added once)
        add_section(review_section)
        add_section(word_colours_section)
        add_section(speech_section)
        add_section(goal_section)

        return dialogs.show_preferences(self)

    def show_about(self) -> None:
        from quizapp.gui.window import dialogs

        dialogs.show_about(self, self.bank, self.settings.path.parent, self.mine)

    # -- reading -------------------------------------------------------------------
    def open_article(self, article: Article) -> None:
        view = self.reading_view  # built on first use, with the own texts' helper
        article = self.own_text_reading.prepare(article)  # an own text: its exercises
        view.set_article(article)
        self.watcher.watch(article.path)
        self.show_screen("reading")
        self.reading_view.passage.setFocus()
        if self._problems_dock is not None and not self._file_problems.get(str(article.path)):
            own = [p for p in self._bank_problems if p.path == article.path]
            if not own:  # a good article: the teachers' panel never covers its text
                self._problems_dock.hide()
        self.article_opened.emit(article)

    def zoom_by(self, step: int | None) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0: the whole interface, from the one base size."""
        zoom = 0 if step is None else self.settings.zoom + step
        self.settings.zoom = zoom
        self.theme_hub.refresh()

    def set_parallel(self, on: bool) -> None:
        self.settings.parallel = bool(on)
        if self._reading_view is not None:
            self._reading_view.passage.set_parallel(bool(on))

    def focus_search(self) -> None:
        self.show_screen("library")
        self.library_view.focus_search()

    # -- bank and files --------------------------------------------------------------
    def after_first_paint(self) -> None:
        """Work that waits for the window to be on screen: the bank, a previewed file."""
        if self.closing:
            return
        self.theme_hub.apply_sheet()
        self.theme_hub.follow_platform()  # "As the system" follows a light/dark switch live
        if self.article_path is not None:
            self.open_file(self.article_path)
        self.own_shelf()  # the learner's own texts, listed with the bank's first articles
        self.load_bank(self.bank)
        # The reading screen is built when first shown (an article opened), not here: its
        # ~50-100 ms would freeze the window while the bank loads (benchmarks/bank_stall.py).

    # -- language ----------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.actions_by_name[f"lang_{lang}"].setChecked(True)
        if lang != self.translators.language:
            self.translators.install(lang)
            if self._problems_panel is not None:
                self._problems_panel.set_language(lang)

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status.setText(text())

    def _update_title(self) -> None:
        view = self._reading_view
        article = None if view is None else view.article
        if view is not None and self.screens.currentWidget() is view and article is not None:
            self.setWindowTitle(f"quizapp — {article.title}")
        else:
            self.setWindowTitle("quizapp")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for key, title in shortcuts.MENUS:
            self.menus[key].setTitle(shortcuts.tr(title))
        for spec in self.specs:
            self._translate_action(spec, self.actions_by_name[spec.name])
        if self._problems_dock is not None:
            self._problems_dock.setWindowTitle(self.tr("Problems"))
            self._problems_dock.setAccessibleName(self.tr("Problems"))
        self.recent_menu.retranslate_ui()
        self.progress.setAccessibleName(self.tr("Loading"))
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setText(self._status())
        self._tip_folder()
        if self._reading_view is not None:
            self._reading_view.retranslate_ui()
        self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing = True
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        if self._reading_view is not None:
            self._reading_view.close_popover()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Wait for background work; called once the event loop has returned."""
        self.closing = True
        self.watcher.stop()
        self.loader.wait()
        if self._dictionaries is not None:
            self._dictionaries.close()
        if self._reading_view is not None:
            self.speech.close()  # the voice's thread ends
        self.progress_screens.bridge.close()
        self.theme_hub.restore()  # the application's own look again (selftest, tests)
