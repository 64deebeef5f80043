"""Joins the quiz to the main window: the reading view's "Start the quiz",
the question navigation actions, and closing the quiz when another article opens.

The quiz panel is built on the first request, so start-up never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from quizapp.core.model import Article
from quizapp.gui.window.shortcuts import ActionSpec
from quizapp.gui.window.status_quiet import StatusQuiet

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.quiz.panel import QuizPanel
    from quizapp.gui.reading.end_way import Pick

QUIZ_ACTIONS = (
    ActionSpec(
        "previous_question",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Previous question"),
        ("Ctrl+PgUp",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go back to the previous quiz question"),
        text_keys=(),
    ),
    ActionSpec(
        "next_question",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Next question"),
        ("Ctrl+PgDown",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go on to the next quiz question"),
    ),
    ActionSpec(
        "quiz_answer",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Check or go on (Enter in the quiz; 1–9 pick an option)"),
        ("Ctrl+Return",),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "In a question, keys 1 to 9 pick an option and Enter checks, then goes on;"
            " Ctrl+Enter does it from anywhere in the window",
        ),
    ),
    # bare letters: a text field being typed in keeps them (it overrides shortcuts)
    ActionSpec(
        "quiz_hint",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Hint"),
        ("H",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the question's hint (it may cost points)"),
    ),
    ActionSpec(
        "quiz_retry",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Try again"),
        ("R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Answer the question again"),
    ),
    ActionSpec(
        "quiz_give_up",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Show the answer"),
        ("S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop trying and see the right answer"),
    ),
)


class QuizHookup(QObject):
    """Owns the quiz panel of one main window."""

    panel_created = Signal(object)

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.reading = window.reading_view
        self.panel: QuizPanel | None = None
        # the words looked up since the article was opened (reading and quiz), where each
        # was met and its English: the visit the end of text's card keeps (end_visit.py);
        # the summary counts them, as the library's "Review 1 word" does
        self.visit = self.reading.end_card.visit
        slots = (self._previous, self._next, self._enter, self._hint, self._retry, self._give_up)
        self.actions = {
            spec.name: window.add_action(spec, slot)
            for spec, slot in zip(QUIZ_ACTIONS, slots, strict=True)
        }
        self.reading.quiz_requested.connect(self.open_quiz)
        end = self.reading.end_card  # its « Next article → »: the summary's, after the text's
        end.next_pick = lambda: self.pick_after(self.reading.article)
        end.articles_count = self.articles_count
        end.next_requested.connect(self._open_after_reading)
        end.exam_requested.connect(self._exam)
        end.own_requested.connect(lambda: self._trigger("paste_text"))
        end.library_requested.connect(self._back_to_library)
        window.article_opened.connect(self._article_opened)
        window.article_reloaded.connect(self._article_reloaded)
        window.screen_changed.connect(lambda _name: self._update_actions())
        current = getattr(window, "current_screen", lambda: "library")()
        self.status = StatusQuiet(window, current)  # the library's, not the reading's
        window.screen_changed.connect(self.status.set_screen)
        self._update_actions()

    def ensure_panel(self) -> QuizPanel:
        if self.panel is None:
            from quizapp.gui.quiz.panel import QuizPanel

            self.panel = QuizPanel(self.reading.passage)
            hub = getattr(self.window, "theme_hub", None)
            if hub is not None:  # the window's colours and sizes, and each change of them
                self.panel.set_theme(hub.theme)
                hub.theme_changed.connect(self.panel.set_theme)
            self.panel.closed.connect(self.close_quiz)
            summary = self.panel.summary  # full marks: on to the library's next article
            summary.next_article = lambda: getattr(self.next_article(), "title", "")
            summary.next_again = lambda: self.rereading(getattr(self.panel, "article", None))
            summary.next_article_requested.connect(self._open_next_article)
            summary.library_requested.connect(self._back_to_library)
            summary.own_requested.connect(lambda: self._trigger("paste_text"))
            summary.reading_streak = self.reading_streak
            summary.daily_goal = self.goal_moment
            summary.visit_words = lambda: tuple(self.visit.words)
            chips = summary.head.words
            chips.info = self.word_info
            chips.saved = self.words_saved
            chips.requested.connect(self.show_word)
            self.panel.controller.question_changed.connect(lambda _i: self._update_actions())
            self.panel.controller.session_finished.connect(lambda _r: self._update_actions())
            self.panel.stack.currentChanged.connect(lambda _i: self._update_actions())
            self.panel.stack.currentChanged.connect(self._whole_width)
            self.panel_created.emit(self.panel)
        return self.panel

    def open_quiz(self) -> None:
        """Show the chooser for the article being read (or bring back the quiz running on it)."""
        article: Article | None = self.reading.article
        if article is None:
            return
        panel = self.ensure_panel()
        running = panel.session is not None and panel.article is not None
        same = running and panel.article.id == article.id and self.reading.side_panel() is panel
        if not same or panel.session is None:
            panel.offer(article)
        self.reading.set_side_panel(panel)
        self._update_actions()

    def close_quiz(self) -> None:
        if self.panel is not None and self.reading.side_panel() is self.panel:
            self.reading.set_side_panel(None)
        self.reading.passage.clear_evidence()
        self.reading.passage.set_locate_mode(False)
        self.reading.passage.setFocus()
        self._update_actions()

    def next_article(self) -> Article | None:
        """The article after the quiz's one in the library, as it is sorted and filtered
        now (all of them, in file order, when the filters hide the quiz's article)."""
        panel = self.panel
        return self.article_after(panel.article if panel is not None else None)

    def article_after(self, article: Article | None) -> Article | None:
        """The article to read after `article` (`next_up.onward`: an unread one, then
        one half-way, then one below 100 %, else a reread): the end of the text's card
        asks it for the article being read."""
        return self.way_on(article)[0]

    def rereading(self, article: Article | None) -> bool:
        """Whether the way on after `article` is a reread: every other article at 100 %."""
        return self.way_on(article)[1] == "reread"

    def way_on(self, article: Article | None) -> tuple[Article | None, str]:
        library = getattr(self.window, "library_view", None)
        if article is None or library is None:
            return None, ""
        from quizapp.gui.library.next_up import onward

        return onward(library, article.id)

    def pick_after(self, article: Article | None) -> Pick:
        """The end card's way on: the next article's title, its kind, its best share."""
        from quizapp.gui.reading.end_way import Pick

        found, kind = self.way_on(article)
        if found is None:
            return Pick()
        best = self.window.library_view.model.summary(found.id).get("best")
        return Pick(found.title, kind, None if best is None else float(best))

    def articles_count(self) -> int:
        """The library's articles, the learner's own texts apart (« all 15 articles »)."""
        from quizapp.gui.library.next_up import candidates

        library = getattr(self.window, "library_view", None)
        return len(candidates(library.model)) if library is not None else 0

    def _exam(self, here: bool) -> None:
        """The end card's « Redo as an exam »: this article, else the library's pick."""
        article = self.reading.article if here else self.article_after(self.reading.article)
        if article is not None:
            self.exam(article)

    def exam(self, article: Article) -> None:
        """`article` opened (unless it is open), its whole quiz started at once in test
        mode, as the chooser's Test: an exam of what was learnt."""
        if self.reading.article is None or article.id != self.reading.article.id:
            self.window.open_article(article)
        self.open_quiz()
        panel = self.panel
        if panel is not None and panel.offering():
            chooser = panel.chooser
            if chooser.part_buttons:  # the whole quiz: an exam of the article
                chooser.part_buttons[-1].setChecked(True)
            chooser.test_button.click()

    def _trigger(self, name: str) -> None:
        action = getattr(self.window, "actions_by_name", {}).get(name)
        if action is not None:
            action.trigger()

    def _open_after_reading(self) -> None:
        article = self.article_after(self.reading.article)
        if article is not None:
            self.window.open_article(article)

    def reading_streak(self) -> int:
        """The learner's days in a row with a finished quiz, the one just finished counted
        (0 when progress is not saved: no streak is invented)."""
        bridge = getattr(getattr(self.window, "progress_screens", None), "bridge", None)
        store, profile = getattr(bridge, "store", None), getattr(bridge, "profile", None)
        if bridge is None or store is None or profile is None:
            return 0
        return bridge.guard(lambda: store.reading_streak(profile, finished_today=True), 0)

    def goal_moment(self) -> Any:
        """What this quiz's answers today did for the daily goal (None without a store)."""
        from quizapp.gui.progress.goal_words import session_moment

        bridge = getattr(getattr(self.window, "progress_screens", None), "bridge", None)
        store = getattr(bridge, "store", None)
        sid = getattr(getattr(bridge, "recorder", None), "session_id", None)
        if store is None or sid is None:
            return None
        answers = bridge.guard(lambda: store.answers(sid), [])
        return session_moment(self.window, (a.answered for a in answers))

    def _open_next_article(self) -> None:
        article = self.next_article()
        if article is not None:
            self.window.open_article(article)  # the quiz of the other article closes
        else:
            self._back_to_library()

    def _back_to_library(self) -> None:
        if self.panel is not None:
            self.panel.close_quiz()
        self.window.show_screen("library")

    def word_info(self, headword: str) -> tuple[str, bool]:
        """A looked-up word's English, and whether its place in the text is known."""
        word = self.visit.words.get(headword)
        return (word.gloss, True) if word is not None else ("", False)

    def words_saved(self) -> bool:
        """Whether looked-up words are saved (and so enter the review deck)."""
        bridge = getattr(getattr(self.window, "progress_screens", None), "bridge", None)
        return getattr(bridge, "store", None) is not None and bool(getattr(bridge, "profile", None))

    def show_word(self, headword: str) -> None:
        """The summary's chip: the passage at the word's sentence, its gloss card open."""
        word = self.visit.words.get(headword)
        if word is None:
            return
        self.reading.columns.show_column("text")  # a narrow window: the text in view
        self.reading.end_card.go_to_word(word)

    def _article_opened(self, article: Article) -> None:
        panel = self.panel
        if panel is None or panel.article is None:
            return
        if panel.article.id != article.id:
            panel.close_quiz()
        elif self.reading.side_panel() is panel:
            panel.redisplay()  # same article reopened: its highlights were reset
            if not self.reading.columns.narrow:  # ... and its text in view, beside a summary
                self.reading.columns.show_column("text")

    def _article_reloaded(self, article: Article) -> None:
        """The file open in the window was saved: the quiz on screen follows the edit."""
        panel = self.panel
        if panel is None or panel.article is None or panel.article.id != article.id:
            return
        if self.reading.side_panel() is panel and panel.article != article:
            panel.follow_edit(article)
        self._update_actions()

    def _previous(self) -> None:
        if self.panel is not None:
            self.panel.go_previous()

    def _next(self) -> None:
        if self.panel is not None:
            self.panel.go_next()

    def _enter(self) -> None:
        if self.panel is not None:
            self.panel.primary_action()

    def _hint(self) -> None:
        if self.panel is not None and self.panel.page.hint_button.isVisible():
            self.panel.page.hint_button.click()

    def _retry(self) -> None:
        if self.panel is not None and self.panel.page.retry_button.isVisible():
            self.panel.page.retry_button.click()

    def _give_up(self) -> None:
        if self.panel is not None and self.panel.page.give_up_button.isVisible():
            self.panel.page.give_up_button.click()

    def _whole_width(self, _index: int = 0) -> None:
        """The summary takes the whole width, the result beside the answers."""
        panel = self.panel
        if panel is None or not panel.window().isVisible():
            return  # a window closing: its stack empties as its pages go, nothing to show
        self.reading.columns.set_whole(panel.stack.currentWidget() is panel.summary)

    def _update_actions(self) -> None:
        on = (
            self.panel is not None
            and self.reading.side_panel() is self.panel
            and self.panel.in_question()
            and self.window.current_screen() == "reading"
        )
        for action in self.actions.values():
            action.setEnabled(on)
        # "Start the quiz" leaves the toolbar and the menu while the quiz is showing
        start = getattr(self.window, "actions_by_name", {}).get("start_quiz")
        if start is not None:
            start.setVisible(self.panel is None or self.reading.side_panel() is not self.panel)
