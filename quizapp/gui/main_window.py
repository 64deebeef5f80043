"""The main window: a stack of screens, menus built from the action table,
the Problems panel, and the one place that talks to the loader.

Only the library (the first screen) is built before the first paint; the
reading screen, the quiz hookup, the Problems panel and the dialogs are
imported and built on first use, or right after the paint (start-up speed).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from quizapp.gui import shortcuts
from quizapp.gui.i18n import Translators
from quizapp.gui.library_view import LibraryView
from quizapp.gui.loading import BankLoader, FileWatcher
from quizapp.gui.qt_names import plain_text
from quizapp.gui.settings import AppSettings
from quizapp.gui.shortcuts import ActionSpec

if TYPE_CHECKING:  # pragma: no cover - imported on first use (start-up speed)
    from PySide6.QtWidgets import QDockWidget

    from quizapp.core.model import Article
    from quizapp.core.problems import Problem
    from quizapp.gui import dialogs
    from quizapp.gui.problems_panel import ProblemsPanel
    from quizapp.gui.quiz_hookup import QuizHookup
    from quizapp.gui.reading_view import ReadingView

# Timers, not posted calls: the window paints the listed library, and answers input,
# before the listeners of bank_loaded run (the progress store opens, the learner's
# toolbar changes); and they have repainted the window before the glossing dictionary
# loads beside it (its imports would keep the window's thread from the GIL meanwhile).
LISTED_TO_LOADED_MS = 40
LOADED_TO_PRELOAD_MS = 250


class MainWindow(QMainWindow):
    """The learner's window. Other screens join through add_screen/add_action."""

    bank_loaded = Signal()
    article_opened = Signal(object)
    screen_changed = Signal(str)

    def __init__(
        self,
        settings: AppSettings,
        translators: Translators,
        bank: Path,
        article_path: Path | None = None,
    ):
        super().__init__()
        self.settings = settings
        self.translators = translators
        self.bank = bank
        self.article_path = article_path
        self.closing = False
        self._told_no_libyaml = False
        self.setObjectName("main_window")
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
        self._problems_panel: ProblemsPanel | None = None
        self._problems_dock: QDockWidget | None = None
        self._bank_problems: list[Problem] = []
        self._file_problems: dict[str, list[Problem]] = {}

        self.status = QLabel(self)
        plain_text(self.status)
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
        self.actions_by_name["parallel"].setChecked(settings.parallel)

        self.library_view.article_activated.connect(self.open_article)
        self.library_view.open_folder_requested.connect(self.choose_folder)
        self.library_view.set_loading(True)
        from quizapp.gui.progress_screens import ProgressScreens

        self.progress_screens = ProgressScreens(self)  # learners, saving, history, words
        self.show_screen("library")
        self.retranslate_ui()

    # -- parts built on first use ------------------------------------------------------
    @property
    def reading_view(self) -> ReadingView:
        """The reading screen, built (with the quiz hookup) the first time it is needed."""
        if self._reading_view is None:
            from quizapp.gui.quiz_hookup import QuizHookup
            from quizapp.gui.reading_view import ReadingView

            view = ReadingView(self)
            self._reading_view = view
            self.add_screen("reading", view)
            view.set_toolbar_actions(
                self.actions_by_name["library"],
                self.actions_by_name["parallel"],
                self.actions_by_name["start_quiz"],
            )
            view.passage.set_zoom(self.settings.zoom)
            view.passage.set_parallel(self.settings.parallel)
            view.problems_requested.connect(self.show_problems)
            for spec in self.specs:
                self._add_text_keys(spec, self.actions_by_name[spec.name])
            self._quiz = QuizHookup(self)  # the quiz panel beside the passage (built on demand)
            view.retranslate_ui()
        return self._reading_view

    @property
    def quiz(self) -> QuizHookup:
        if self._quiz is None:
            self.reading_view  # noqa: B018 - builds the hookup with the reading screen
        assert self._quiz is not None
        return self._quiz

    @property
    def problems_panel(self) -> ProblemsPanel:
        """The Problems panel in its dock, built the first time there is something to show."""
        if self._problems_panel is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            from quizapp.gui.problems_panel import ProblemsPanel

            panel = ProblemsPanel(self)
            dock = QDockWidget(self)
            dock.setObjectName("problems_dock")
            dock.setWidget(panel)
            dock.setAllowedAreas(
                Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
            dock.visibilityChanged.connect(self._size_problems)
            dock.visibilityChanged.connect(self.actions_by_name["problems"].setChecked)
            dock.setWindowTitle(self.tr("Problems"))
            dock.setAccessibleName(self.tr("Problems"))
            self._problems_panel = panel
            self._problems_dock = dock
        return self._problems_panel

    @property
    def problems_dock(self) -> QDockWidget:
        if self._problems_dock is None:
            self.problems_panel  # noqa: B018 - builds the dock with its panel
        assert self._problems_dock is not None
        return self._problems_dock

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
        widget.setFocus()  # OtherFocusReason, without naming `Qt` (quizapp/gui/qt_names.py)
        self._update_title()
        self.screen_changed.emit(name)

    def current_screen(self) -> str:
        current = self.screens.currentWidget()
        return next(name for name, w in self._screen_names.items() if w is current)

    # -- actions ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        for key, _title in shortcuts.MENUS:
            self.menus[key] = self.menuBar().addMenu("")
        slots: dict[str, Callable[..., Any]] = {
            "open_folder": self.choose_folder,
            "open_file": self.choose_file,
            "quit": self.close,
            "library": lambda: self.show_screen("library"),
            "search": self.focus_search,
            "problems": self.toggle_problems,
            "zoom_in": lambda: self.zoom_by(1),
            "zoom_out": lambda: self.zoom_by(-1),
            "zoom_reset": lambda: self.zoom_by(None),
            "parallel": self.set_parallel,
            "next_sentence": lambda: self.reading_view.passage.move_current(1),
            "previous_sentence": lambda: self.reading_view.passage.move_current(-1),
            "toggle_translation": lambda: self.reading_view.passage.toggle_translation(),
            "sentence_glosses": lambda: self.reading_view.show_sentence_glosses(),
            "start_quiz": lambda: self.reading_view.start_quiz(),
            "lang_fr": lambda: self.set_language("fr"),
            "lang_en": lambda: self.set_language("en"),
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        for spec in shortcuts.ACTIONS:
            self.add_action(spec, slots[spec.name])
        group = QActionGroup(self)
        for name in ("lang_fr", "lang_en"):
            group.addAction(self.actions_by_name[name])
        self.actions_by_name[f"lang_{self.translators.language}"].setChecked(True)

    def add_action(self, spec: ActionSpec, slot: Callable[..., Any]) -> QAction:
        """Create the action for `spec`, put it in its menu and the shortcuts list."""
        action = QAction(self)
        action.setObjectName(f"action_{spec.name}")
        action.setCheckable(spec.checkable)
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.triggered.connect(lambda checked=False: _call(slot, spec, checked))
        self.addAction(action)
        if self._reading_view is not None:
            self._add_text_keys(spec, action)
        if spec.menu not in self.menus:  # a new screen's menu goes before Help
            menu = QMenu(spec.menu, self)
            self.menuBar().insertMenu(self.menus["help"].menuAction(), menu)
            self.menus[spec.menu] = menu
        self.menus[spec.menu].addAction(action)
        self.actions_by_name[spec.name] = action
        self.specs.append(spec)
        self._translate_action(spec, action)
        return action

    def _add_text_keys(self, spec: ActionSpec, action: QAction) -> None:
        """Keys that act only while the passage has the focus (a bare letter, Space...)."""
        if not spec.text_keys or self._reading_view is None:
            return
        from PySide6.QtCore import Qt

        passage = self._reading_view.passage
        local = QAction(passage)
        local.setShortcuts([QKeySequence(k) for k in spec.text_keys])
        local.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        local.triggered.connect(action.trigger)
        passage.addAction(local)

    def _translate_action(self, spec: ActionSpec, action: QAction) -> None:
        action.setText(shortcuts.tr(spec.text))
        action.setToolTip(shortcuts.tooltip(spec))
        action.setStatusTip(shortcuts.tr(spec.tip))
        if spec.text_keys and not spec.keys:
            # menus show the first key; passage-only keys are listed in the text
            action.setText(f"{shortcuts.tr(spec.text)}\t{shortcuts.native(spec.text_keys)}")

    def show_shortcuts(self) -> dialogs.ShortcutsDialog:
        from quizapp.gui import dialogs

        self.reading_view  # noqa: B018 - its quiz keys belong in the list
        return dialogs.show_shortcuts(self, self.specs)

    def show_about(self) -> None:
        from quizapp.gui import dialogs

        dialogs.show_about(self)

    # -- reading -------------------------------------------------------------------
    def open_article(self, article: Article) -> None:
        self.reading_view.set_article(article)
        self.watcher.watch(article.path)
        self.show_screen("reading")
        self.reading_view.passage.setFocus()
        self.article_opened.emit(article)

    def zoom_by(self, step: int | None) -> None:
        zoom = 0 if step is None else self.settings.zoom + step
        self.settings.zoom = zoom
        if self._reading_view is not None:
            self._reading_view.passage.set_zoom(self.settings.zoom)

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
        if self.article_path is not None:
            self.open_file(self.article_path)
        self.load_bank(self.bank)
        # The reading screen is built when first shown (an article opened), not here: its
        # ~50-100 ms would freeze the window while the bank loads (benchmarks/bank_stall.py).

    def load_bank(self, folder: Path) -> None:
        self.bank = folder
        self._listed.stop()  # the previous folder's bank_loaded is not due any more
        self.library_view.set_loading(True)
        self.progress.setRange(0, 0)  # busy, until files to read are counted
        self.progress.show()
        self._set_status(lambda: self.tr("Loading the articles of %1…").replace("%1", str(folder)))
        if not folder.is_dir():
            self._bank_problems = [_not_a_bank(folder)]
            self._refresh_problems()
            self.problems_dock.show()
            self.library_view.set_articles([])
            self.progress.hide()
            if folder.exists():
                self._set_status(
                    lambda: self.tr("%1 is a file, not a folder.").replace("%1", str(folder))
                )
            else:
                self._set_status(
                    lambda: self.tr("The folder %1 does not exist.").replace("%1", str(folder))
                )
            return
        self.loader.load(folder)

    def _bank_partly_scanned(self, folder: Path, scan: Any) -> None:
        """The unchanged articles, from the cache, listed while the changed files are read."""
        self.library_view.set_articles(scan.articles)

    def _bank_progress(self, done: int, total: int) -> None:
        """Files read again so far: the busy bar becomes a measured one."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _bank_scanned(self, folder: Path, scan: Any) -> None:
        self.progress.hide()
        self.library_view.set_articles(scan.articles)
        self._bank_problems = list(scan.problems)
        self._refresh_problems()
        count = len(scan.articles)
        errors = len({str(p.path) for p in scan.problems if p.is_error})
        slow = not self._has_libyaml()
        self._set_status(
            lambda: (
                self.tr("%n article(s)", "", count)
                + (" · " + self.tr("%n file(s) with errors", "", errors) if errors else "")
                + (" · " + self.tr("slow reading: PyYAML has no libyaml") if slow else "")
                + " — "
                + str(folder)
            )
        )
        if errors:
            self.problems_dock.show()
        self._listed.start()

    def _preload(self) -> None:
        if not self.closing:  # a window shut in the meantime starts no more work
            self.loader.preload()

    def _has_libyaml(self) -> bool:
        """Whether YAML is read by libyaml; if not, said on stderr (once) with the fix."""
        from quizapp.core.yamlsafe import LIBYAML, NO_LIBYAML_FIX

        if not LIBYAML and not self._told_no_libyaml:
            self._told_no_libyaml = True
            sys.stderr.write(f"quizapp: warning: {NO_LIBYAML_FIX}\n")
        return LIBYAML

    def _announce_bank_loaded(self) -> None:
        if not self.closing:
            self.bank_loaded.emit()
            QTimer.singleShot(LOADED_TO_PRELOAD_MS, self._preload)

    def _bank_failed(self, folder: Path, error: Exception) -> None:
        from quizapp.gui import dialogs

        self.progress.hide()
        self.library_view.set_articles([])
        self._set_status(lambda: self.tr("Could not read %1.").replace("%1", str(folder)))
        dialogs.show_error(
            self,
            self.tr("Could not read the folder"),
            self.tr("The folder %1 could not be read.").replace("%1", str(folder)),
            f"{type(error).__name__}: {error}",
        )

    def choose_folder(self) -> None:
        from quizapp.gui import dialogs

        dialogs.choose_folder(self, self.bank, self.set_bank)

    def set_bank(self, folder: Path) -> None:
        self.settings.bank = folder
        self._file_problems.clear()
        self.show_screen("library")
        self.load_bank(folder)

    def choose_file(self) -> None:
        from quizapp.gui import dialogs

        dialogs.choose_article(self, self.bank, self.open_file)

    def open_file(self, path: Path) -> None:
        """Preview one file: read it if it loads, else show why not (and watch for a fix)."""
        from quizapp.core.bank import check_file

        article, problems = check_file(path)
        self._file_problems[str(path)] = list(problems)
        self._refresh_problems()
        if article is not None:
            self.open_article(article)
        else:
            self.watcher.watch(path)
            self.problems_dock.show()

    def reload_file(self, path: Path) -> None:
        """The open file changed on disk: show the new version, or keep the old and say why."""
        from quizapp.core.bank import check_file

        article, problems = check_file(path)
        self._file_problems[str(path)] = list(problems)
        self._refresh_problems()
        showing = self.reading_view.article
        if article is not None:
            self.library_view.replace_article(article)
            self.reading_view.hide_file_problems()
            same = showing is not None and showing.path == article.path
            if same and self.current_screen() == "reading":
                self.reading_view.set_article(article, keep_place=True)
            else:
                self.open_article(article)
        else:
            errors = sum(1 for p in problems if p.is_error)
            self.reading_view.show_file_problems(errors)
            self.problems_dock.show()

    def _refresh_problems(self) -> None:
        overridden = set(self._file_problems)
        merged = [p for p in self._bank_problems if str(p.path) not in overridden]
        for problems in self._file_problems.values():
            merged.extend(problems)
        if not merged and self._problems_panel is None:
            return  # nothing to show: the panel is built when there is
        self.problems_panel.set_problems(merged, self.bank, self.translators.language)

    def _size_problems(self, visible: bool) -> None:
        """About seven lines of problems, at any font size, without crowding the screen."""
        if visible and self._problems_dock is not None:
            from PySide6.QtCore import Qt

            lines = self.fontMetrics().height() * 9
            height = min(lines, self.height() // 3)
            self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)

    def show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()
        self.problems_panel.list.setFocus()

    def toggle_problems(self, on: bool) -> None:
        if on:
            self.show_problems()
        elif self._problems_dock is not None:
            self._problems_dock.hide()

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
            self.setWindowTitle(f"{article.title} — quizapp")
        else:
            self.setWindowTitle(self.tr("quizapp — French reading"))

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
        self.progress.setAccessibleName(self.tr("Loading"))
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setText(self._status())
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
        self.progress_screens.bridge.close()


def _call(slot: Callable[..., Any], spec: ActionSpec, checked: bool) -> None:
    if spec.checkable and spec.name not in ("lang_fr", "lang_en"):
        slot(checked)
    else:
        slot()


def _not_a_bank(folder: Path) -> Problem:
    """The Problems panel's line for a bank path that is missing, or a file."""
    from quizapp.core.problems import Problem, Severity

    if folder.exists():
        en = (
            "this is a file, not a folder of articles; choose the folder that holds it "
            "(File → Open folder…), or open the file alone (File → Open article file…)"
        )
        fr = (
            "c’est un fichier, pas un dossier d’articles\u00a0; choisissez le dossier qui le "
            "contient (Fichier → Ouvrir un dossier…), ou ouvrez ce fichier seul "
            "(Fichier → Ouvrir un fichier d’article…)"
        )
    else:
        en = (
            "this folder of articles does not exist (moved, renamed, or a USB stick not "
            "plugged in?); choose another one (File → Open folder…)"
        )
        fr = (
            "ce dossier d’articles n’existe pas (déplacé, renommé, ou une clé USB non "
            "branchée\u00a0?)\u00a0; choisissez-en un autre (Fichier → Ouvrir un dossier…)"
        )
    return Problem(folder, 1, 1, Severity.ERROR, en, fr)
