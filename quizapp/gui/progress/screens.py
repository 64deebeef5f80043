"""The learner's progress in the window: the Progress menu, and the History,
Review my mistakes and My words screens, filled from the store through the bridge.

Screens are built the first time they are shown (start-up stays fast); each
refreshes from the store whenever it is shown or the bridge saves something.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from quizapp.gui.progress.bridge import ProgressBridge
from quizapp.gui.window import shortcuts
from quizapp.gui.window.shortcuts import ActionSpec

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article
    from quizapp.gui.progress.history import HistoryView
    from quizapp.gui.progress.mistakes import MistakesView
    from quizapp.gui.progress.words import WordsView
    from quizapp.gui.review.hookup import ReviewHookup

REVIEW_DELAY_MS = 800
MENU = ("progress", QT_TRANSLATE_NOOP("Shortcuts", "&Progress"))
LEARNER_MENU = QT_TRANSLATE_NOOP("Shortcuts", "Switch &learner")

PROGRESS_ACTIONS = (
    ActionSpec(
        "history",
        "progress",
        QT_TRANSLATE_NOOP("Shortcuts", "History"),
        ("Ctrl+Shift+H",),
        QT_TRANSLATE_NOOP("Shortcuts", "Your results over time, article by article"),
    ),
    ActionSpec(
        "mistakes",
        "progress",
        QT_TRANSLATE_NOOP("Shortcuts", "Review my mistakes"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP("Shortcuts", "The questions you last answered below full marks"),
    ),
    ActionSpec(
        "review",
        "progress",
        QT_TRANSLATE_NOOP("Shortcuts", "Review"),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "The words and questions you are about to forget, due now"),
    ),
    ActionSpec(
        "words",
        "progress",
        QT_TRANSLATE_NOOP("Shortcuts", "My words"),
        ("Ctrl+Shift+W",),
        QT_TRANSLATE_NOOP("Shortcuts", "Every word you looked up, to export to Anki"),
    ),
    ActionSpec(
        "new_learner",
        "progress",
        QT_TRANSLATE_NOOP("Shortcuts", "New learner…"),
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a learner with their own progress"),
    ),
)


class ProgressScreens(QObject):
    """Owned by the main window: builds the menu, the bridge and the three screens."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.bridge = ProgressBridge(window)
        self._history: HistoryView | None = None
        self._mistakes: MistakesView | None = None
        self._words: WordsView | None = None
        self._review: ReviewHookup | None = None
        self.history_article: str | None = None

        menu = QMenu(window)
        window.menuBar().insertMenu(window.menus["help"].menuAction(), menu)
        window.menus[MENU[0]] = menu
        slots = {
            "history": self.show_history_overview,
            "mistakes": lambda: self.show("mistakes"),
            "review": lambda: self.review.show(),
            "words": lambda: self.show("words"),
            "new_learner": self.new_learner,
        }
        for spec in PROGRESS_ACTIONS:
            window.add_action(spec, slots[spec.name])
        self.learner_menu = QMenu(menu)
        menu.insertMenu(window.actions_by_name["new_learner"], self.learner_menu)
        self.learner_group = QActionGroup(self)
        self.bridge.profile_changed.connect(lambda _p: self._fill_learners())
        self.bridge.progress_changed.connect(self.refresh)
        # the due count and known words come once the library is listed and the glossing
        # dictionary preloaded, so as not to add to the window's busiest moment
        window.bank_loaded.connect(lambda: QTimer.singleShot(REVIEW_DELAY_MS, self, self._build))
        window.article_opened.connect(lambda _a: self._build())  # known words in the passage
        window.installEventFilter(self)
        self._retranslate()

    # -- learners ----------------------------------------------------------------------
    def new_learner(self) -> None:
        self.bridge.ensure_store()
        self.window.show_screen("library")  # the field sits by the avatar, in the greeting
        self.bridge.picker.open_new()

    def _fill_learners(self) -> None:
        self.learner_menu.clear()
        for action in self.learner_group.actions():
            self.learner_group.removeAction(action)
        current = self.bridge.profile
        for profile in self.bridge.profiles():
            action = QAction(profile.name.replace("&", "&&"), self.learner_menu)
            action.setCheckable(True)
            action.setChecked(current is not None and profile.id == current.id)
            action.triggered.connect(
                lambda _c=False, pid=profile.id: self.bridge.choose_profile(pid)
            )
            self.learner_group.addAction(action)
            self.learner_menu.addAction(action)
        self.learner_menu.setEnabled(bool(self.learner_group.actions()))
        self.refresh()

    # -- screens ----------------------------------------------------------------------
    def _build(self) -> None:
        self.review  # noqa: B018 - built now

    @property
    def review(self) -> ReviewHookup:
        """Spaced review ("Review (N due)") and known words, built after the first paint."""
        if self._review is None:
            from quizapp.gui.review.hookup import ReviewHookup

            self._review = ReviewHookup(self.window, self.bridge)
        return self._review

    @property
    def history(self) -> HistoryView:
        if self._history is None:
            from quizapp.gui.progress.history import HistoryView

            self._history = HistoryView(self.window)
            self._history.article_chosen.connect(self._history_chosen)
            self._history.overview_requested.connect(self._history_overview)
            self._history.back_requested.connect(lambda: self.window.show_screen("library"))
            self.window.add_screen("history", self._history)
        return self._history

    @property
    def mistakes(self) -> MistakesView:
        if self._mistakes is None:
            from quizapp.gui.progress.mistakes import MistakesView

            self._mistakes = MistakesView(self.window)
            self._mistakes.show_requested.connect(self.show_evidence)
            self._mistakes.retry_requested.connect(self.retry_mistakes)
            self._mistakes.back_requested.connect(lambda: self.window.show_screen("library"))
            self._mistakes.way_requested.connect(self._mistakes_way)
            self.window.add_screen("mistakes", self._mistakes)
        return self._mistakes

    @property
    def words(self) -> WordsView:
        if self._words is None:
            from quizapp.gui.progress.words import WordsView

            self._words = WordsView(self.window)
            self._words.export_requested.connect(self.export_words)
            self._words.remove_requested.connect(self.remove_word)
            self._words.known_requested.connect(self.mark_known)
            self._words.back_requested.connect(lambda: self.window.show_screen("library"))
            self.window.add_screen("words", self._words)
        return self._words

    def show(self, name: str) -> None:
        self.bridge.ensure_store()
        {"history": self.history, "mistakes": self.mistakes, "words": self.words}[name]
        self.fill(name)
        self.window.show_screen(name)

    def refresh(self) -> None:
        """Something was saved or the learner changed: refresh the screen on show."""
        current = self.window.current_screen()
        if current in ("history", "mistakes", "words"):
            self.fill(current)

    def fill(self, name: str) -> None:
        if name == "history":
            self.fill_history()
        elif name == "mistakes":
            self.fill_mistakes()
        elif name == "words":
            self.fill_words()

    def articles(self) -> dict[str, Article]:
        """The library's articles by id, an own text with the exercises it was asked."""
        from quizapp.gui.reading.own_text import prepared

        return prepared(self.window, {a.id: a for a in self.window.library_view.model.articles()})

    # -- history --------------------------------------------------------------------------
    def show_history_overview(self) -> None:
        """History from the menu or the library: every article first."""
        self.history_article = None
        self.show("history")

    def _history_chosen(self, article_id: str) -> None:
        from PySide6.QtCore import Qt  # after the first paint (qt_names.py)

        self.history_article = article_id
        self.fill_history()
        self.history.all_link.setFocus(Qt.FocusReason.OtherFocusReason)  # the way back up

    def _history_overview(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint (qt_names.py)

        came_from = self.history_article
        self.history_article = None
        self.fill_history()
        view = self.history
        line = next((x for x in view.overview.lines if x.row.article_id == came_from), None)
        if line is not None:  # the keyboard where it left
            view.scroll.ensureWidgetVisible(line)
            line.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill_history(self) -> None:
        """The overview while no article is chosen, else that article's detail."""
        from quizapp.gui.progress.data import history_data, overview_data

        view = self.history
        if self.history_article is None:
            from quizapp.gui.progress.day_bars import answer_days

            view.show_overview(*overview_data(self.bridge, self.articles()))
            view.days.set_days(answer_days(self.bridge))
            return
        data = history_data(self.bridge, self.articles(), self.history_article)
        self.history_article = data.current
        view.set_article_choices(data.choices, data.current)
        view.show_history(data.points, data.rows, data.changed, data.spent)

    # -- mistakes ---------------------------------------------------------------------------
    def fill_mistakes(self) -> None:
        from quizapp.gui.library.next_up import candidates
        from quizapp.gui.progress.data import mistake_rows

        self.mistakes.set_mistakes(mistake_rows(self.bridge, self.articles()))
        article, kind = self._library_pick()
        count = len(candidates(self.window.library_view.model))
        self.mistakes.set_ways(kind, getattr(article, "title", ""), count)

    def _library_pick(self) -> tuple[Article | None, str]:
        """The library's next article after none (`next_up.onward`), once progress is known."""
        from quizapp.gui.library.next_up import onward

        library = self.window.library_view
        return onward(library, None) if library.model.progress_known() else (None, "")

    def _mistakes_way(self, name: str) -> None:
        """The empty card's ways: the library, a text of one's own, or an exam."""
        if name == "own":
            action = getattr(self.window, "actions_by_name", {}).get("paste_text")
            if action is not None:
                action.trigger()
            return
        article, _kind = self._library_pick() if name == "exam" else (None, "")
        if article is None:
            self.window.show_screen("library")
        else:
            self.window.quiz.exam(article)

    def show_evidence(self, article_id: str, question_id: str) -> None:
        article = self.articles().get(article_id)
        if article is None:
            return
        question = article.question(question_id)
        self.bridge.recorder.open_article_quietly(article)
        self.window.reading_view.passage.highlight_evidence(question.sentences, True)

    def retry_mistakes(self, article_id: str) -> None:
        article = self.articles().get(article_id)
        if article is None:
            return
        present = {q.id for q in article.questions}
        rows = self.mistakes.rows if self._mistakes is not None else []
        ids = [
            r.question_id for r in rows if r.article_id == article_id and r.question_id in present
        ]
        if ids:
            self.bridge.recorder.open_for_review(article, ids)

    # -- words ------------------------------------------------------------------------------
    def fill_words(self) -> None:
        store, profile = self.bridge.store, self.bridge.profile
        words = (
            self.bridge.guard(lambda: store.words(profile), [])
            if store is not None and profile is not None
            else []
        )
        titles = {a.id: a.title for a in self.articles().values()}
        cards = (
            self.bridge.guard(lambda: store.review_cards(profile), [])
            if store is not None and profile is not None
            else []
        )
        due = {  # when each word's review card comes back; None: not reviewed yet
            (c.article_id, c.item): (None if c.is_new else c.due) for c in cards if c.kind == "word"
        }
        statuses = (
            self.bridge.guard(lambda: store.word_statuses(profile), {})
            if store is not None and profile is not None
            else {}
        )
        self.words.set_words(words, titles, due, statuses)

    def remove_word(self, headword: str) -> None:
        """My words' « Remove from My words »: as the gloss card's « Remove »."""
        self.review.known.remove_word(headword)
        self.fill_words()

    def mark_known(self, headword: str, on: bool) -> None:
        """My words' « I know this word »: as the gloss card's « Known »."""
        self.review.known.set_known(headword, on)
        self.fill_words()

    def export_words(self, kind: str, path: Path) -> bool:
        """Write the learner's words to `path` (Anki TSV or CSV); False, said plainly, if not."""
        from quizapp.core.progress import exports
        from quizapp.gui.progress.words import ANKI
        from quizapp.gui.window import dialogs

        store, profile = self.bridge.store, self.bridge.profile
        if store is None or profile is None:
            return False

        def write() -> bool:
            try:
                with open(path, "w", encoding="utf-8", newline="") as out:
                    if kind == ANKI:
                        exports.write_words_anki(store.words(profile), out)
                    else:
                        exports.write_words_csv(exports.word_rows(store, profile), out)
            except OSError as error:
                dialogs.show_error(
                    self.window,
                    self.tr("Could not save the words"),
                    self.tr("The file %1 could not be written: %2")
                    .replace("%1", str(path))
                    .replace("%2", error.strerror or str(error)),
                )
                return False
            return True

        done = self.bridge.guard(write, False)
        if done:
            self.window.statusBar().showMessage(
                self.tr("Words saved in %1").replace("%1", str(path)), 8000
            )
        return done

    # -- language ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.window.menus[MENU[0]].setTitle(shortcuts.tr(MENU[1]))
        self.learner_menu.setTitle(QCoreApplication.translate("Shortcuts", LEARNER_MENU))
        self.learner_menu.menuAction().setObjectName("action_switch_learner")
