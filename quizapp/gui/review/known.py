"""Known words in the window: K or the gloss card's button, the passage colouring, the counts.

A lemma becomes *learning* when any of its forms is looked up (the store
does it with the lookup) and *known* when the learner says so; K again puts
it back to learning; the gloss card's « Remove » takes a look-up back. The View
menu's "Colour my words" (on by default) tints the words being learnt, "Colour
all new words" the words never met as well (both remembered: `word_colours`). The library's
"New words" column counts, per article, the lemmas this learner has neither
looked up nor marked known; an article's lemmas are computed once per
version of its file, a few articles per tick so the window never stalls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer

from quizapp.core.gloss.lemmas import loaded as lemmas_loaded
from quizapp.core.quiz.describe import quote_sentence
from quizapp.core.review import known
from quizapp.gui.window.shortcuts import ActionSpec

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.known_words import KnownWordsPainter

ARTICLES_PER_TICK = 1  # a few ms each: the window never waits for the counts
WAIT_FOR_LEMMAS_MS = 250
KNOWN_ACTIONS = (
    ActionSpec(
        "colour_my_words",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Colour my words"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Tint the words you have looked up or saved"),
        checkable=True,
    ),
    ActionSpec(
        "colour_words",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Colour all new words"),
        ("Ctrl+Shift+K",),
        QT_TRANSLATE_NOOP("Shortcuts", "Tint the words you have never met, as well as yours"),
        checkable=True,
    ),
    ActionSpec(
        "known_word",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Mark the word known"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "The word you clicked last is known (again: learning)"),
        text_keys=("Shift+K",),
    ),
)


class KnownWords(QObject):
    def __init__(self, window: Any, bridge: Any):
        super().__init__(window)
        self.window, self.bridge = window, bridge
        self.statuses: dict[str, str] = {}
        self._painter: KnownWordsPainter | None = None
        self._popover: Any = None
        self._last_word = ""
        self._counts: dict[str, int] = {}
        self._lemmas: dict[tuple[str, str], dict[str, frozenset[str]]] = {}
        self._queue: list[Any] = []
        self._tick = QTimer(self)
        self._tick.setInterval(0)
        self._tick.timeout.connect(self._count_some)
        slots = {
            "colour_my_words": lambda on: self.set_mode("mine" if on else "off"),
            "colour_words": lambda on: self.set_mode("all" if on else "mine"),
            "known_word": self.toggle_last_word,
        }
        for spec in KNOWN_ACTIONS:
            if spec.name not in window.actions_by_name:
                window.add_action(spec, slots[spec.name])
        self._check_actions(window.settings.word_colours)
        window.article_opened.connect(lambda _a: self._attach())
        window.bank_loaded.connect(self.count_new_words)
        if window._reading_view is not None:
            self._attach()
        self.refresh()

    # -- the learner's statuses ----------------------------------------------------------
    def refresh(self) -> None:
        store, profile = self.bridge.store, self.bridge.profile
        found = {}
        if store is not None and profile is not None:
            found = self.bridge.guard(lambda: store.word_statuses(profile), {})
        changed = found != self.statuses
        self.statuses = found
        if changed and self._painter is not None:
            self._painter.set_statuses(found)
        self.count_new_words()

    def set_known(self, word: str, on: bool) -> None:
        store, profile = self.bridge.store, self.bridge.ensure_profile()
        if not word or store is None or profile is None:
            return
        status = known.KNOWN if on else known.LEARNING
        lemma = known.lemma_of(word)
        self.bridge.write(lambda: store.set_word_status(profile, lemma, status))
        self.refresh()
        said = self.tr("%1 is known: no longer tinted") if on else self.tr("%1 is learning again")
        # K: what changed; the word is French material, « » in both languages
        self.window.statusBar().showMessage(said.replace("%1", quote_sentence(lemma)), 4000)
        popover = self.window.reading_view.popover
        if popover is not None and popover.isVisible():
            popover.show_known(known.status_of(word, self.statuses))

    def toggle_last_word(self) -> None:
        """Shift+K in the passage: the word glossed last (K is "previous sentence" there)."""
        word = self._last_word
        if not word:
            self.window.statusBar().showMessage(self.tr("Click a word first."), 4000)
            return
        self.set_known(word, known.status_of(word, self.statuses) != known.KNOWN)

    # -- the passage -----------------------------------------------------------------------
    def _attach(self) -> None:
        if self._painter is not None:
            return
        from quizapp.gui.reading.known_words import KnownWordsPainter

        view = self.window.reading_view
        self._painter = KnownWordsPainter(view.passage)
        self._painter.set_statuses(self.statuses)
        self._painter.set_mode(self.window.settings.word_colours)
        view.passage.word_looked_up.connect(self._looked_up)
        view.remove_word_requested.connect(self.remove_word)

    def remove_word(self, headword: str) -> None:
        """The gloss card's « Remove »: out of My words and review, and its tint goes now."""
        store, profile = self.bridge.store, self.bridge.profile
        if store is not None and profile is not None:
            self.bridge.write(lambda: store.remove_word(profile, headword))
            self.refresh()

    def _looked_up(self, _sid: str, word: str, _hit: Any) -> None:
        self._last_word = word
        popover = self.window.reading_view.popover
        if popover is None:
            return
        if self.bridge.profile is None:
            popover.show_known(None)
            return
        if popover is not self._popover:
            popover.known_toggled.connect(self.set_known)
            self._popover = popover
        popover.show_known(known.status_of(word, self.statuses) or known.LEARNING)

    def set_mode(self, mode: str) -> None:
        """Tint "off", "mine" (the learner's words) or "all" (new words too): remembered."""
        self.window.settings.word_colours = mode
        self._check_actions(mode)
        if mode != "off" and self.window._reading_view is not None:
            self._attach()
        if self._painter is not None:
            self._painter.set_mode(mode)

    def _check_actions(self, mode: str) -> None:
        """ "All new words" includes the learner's: both ticked; "off" neither."""
        self.window.actions_by_name["colour_my_words"].setChecked(mode != "off")
        self.window.actions_by_name["colour_words"].setChecked(mode == "all")

    @property
    def painter(self) -> KnownWordsPainter | None:
        return self._painter

    # -- the library's counts ---------------------------------------------------------------
    def count_new_words(self) -> None:
        self._queue = list(self.window.library_view.model.articles())
        self._counts = {}
        self._tick.start()

    def _count_some(self) -> None:
        if not lemmas_loaded():  # loading simplemma here would stall the window: the
            self._tick.setInterval(WAIT_FOR_LEMMAS_MS)  # window preloads it off the GUI thread
            return
        self._tick.setInterval(0)
        for _ in range(min(ARTICLES_PER_TICK, len(self._queue))):
            article = self._queue.pop()
            key = (article.id, article.content_hash or "")
            lemmas = self._lemmas.get(key)
            if lemmas is None:
                lemmas = self._lemmas[key] = known.article_lemmas(article)
            self._counts[article.id] = known.new_lemma_count(lemmas, self.statuses)
        if not self._queue:
            self._tick.stop()
            from quizapp.core.library.recommend import new_words_meaningful

            shown = new_words_meaningful(len(self.statuses))
            self.window.library_view.model.set_new_words(self._counts, shown)
