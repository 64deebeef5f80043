"""The review in the window: "Review 2 words, 1 question", the Review screen, and each rating saved.

Built after the first paint (when the bank has loaded, or on first use).
The due count follows every save, debounced; a rating is saved through the
progress bridge the moment it is given (card + log, one transaction), so a
disk that refuses shows the same banner as a quiz answer and retries.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from quizapp.core.model import Article, LocateQuestion, Question
from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review import due, scheduling
from quizapp.core.review.ratings import Rating
from quizapp.core.review.words import WordCloze, cloze, latest_words

if TYPE_CHECKING:  # pragma: no cover - built on first use
    from quizapp.gui.review.screen import ReviewView
    from quizapp.gui.review.section import ReviewSection

COUNT_DELAY_MS = 150


class ReviewHookup(QObject):
    """Owned by the progress screens; `window.actions_by_name["review"]` opens the screen."""

    def __init__(self, window: Any, bridge: Any):
        super().__init__(window)
        self.window, self.bridge = window, bridge
        self.action = window.actions_by_name["review"]
        # sized to its words (no reserve: a tool button draws them from its left edge, and
        # the status line it is when nothing is due is the wider of its two looks anyway)
        self.button = window.library_view.add_review_action(self.action)
        self.button.setObjectName("review_button")
        self._view: ReviewView | None = None
        self._section: ReviewSection | None = None
        self._words: dict[str, Any] = {}
        self.started: datetime | None = None
        self.due_count = 0
        self.due_words = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self.update_count)
        from quizapp.gui.review.known import KnownWords

        self.known = KnownWords(window, bridge)
        bridge.saved.connect(lambda _r: self._timer.start())
        bridge.progress_changed.connect(self._timer.start)
        bridge.profile_changed.connect(lambda _p: self.update_count())
        # an article added or removed (a bank reload, an own text deleted) changes what can show
        window.library_view.model.modelReset.connect(self._timer.start)
        window.installEventFilter(self)
        self.update_count()

    # -- the count --------------------------------------------------------------------
    def due_cards(self, now: datetime | None = None) -> list[CardRecord]:
        store, profile = self.bridge.store, self.bridge.profile
        if store is None or profile is None:
            return []
        per_day = self.window.settings.review_new_per_day
        return self.bridge.guard(lambda: due.due_list(store, profile, now, per_day), [])

    def reviewable(self, cards: list[CardRecord]) -> list[CardRecord]:
        """The due cards a sitting can show: the chip counts these, and the sitting
        starts with them, so « Review 3 words » opens on « 1 / 3 ». A word whose sentence
        is gone, a question whose article is gone, and a locate question (it needs the
        reading screen's passage) wait, unrated and uncounted."""
        if any(card.kind == "word" for card in cards):
            store, profile = self.bridge.store, self.bridge.profile
            self._words = latest_words(self.bridge.guard(lambda: store.words(profile), []))
        return [
            card
            for card in cards
            if (self._word(card) if card.kind == "word" else self._question(card)) is not None
        ]

    def update_count(self) -> None:
        """After a save, a change of learner or of settings: the due count, known words."""
        cards = self.reviewable(self.due_cards())
        self.due_count = len(cards)
        self.due_words = sum(card.kind == "word" for card in cards)
        self._set_text()
        self.known.refresh()

    def _parts(self, words: int, questions: int) -> str:
        """ "2 words, 1 question": the chip's nouns, also in its tooltip."""
        parts = []
        if words:
            parts.append(self.tr("%n word(s)", "", words))
        if questions:
            parts.append(self.tr("%n question(s)", "", questions))
        return QCoreApplication.translate("ReviewHookup", ", ").join(parts)

    def _label(self, words: int, questions: int) -> str:
        """ "Review 2 words, 1 question": what waits, said on the chip itself (a bare count
        beside perfect scores read as a puzzle); "Nothing to review" when nothing does."""
        if not words and not questions:
            return QCoreApplication.translate("ReviewHookup", "Nothing to review")
        said = QCoreApplication.translate("ReviewHookup", "Review %1")
        return said.replace("%1", self._parts(words, questions))

    def _next_due(self) -> datetime | None:
        store, profile = self.bridge.store, self.bridge.profile
        if store is None or profile is None:
            return None
        return self.bridge.guard(lambda: due.next_due(store, profile), None)

    def _set_text(self) -> None:
        """The chip: "Review 3 words" when cards wait, else the calm "Reviews up to date ·
        next tomorrow" (the library's `ReviewChip` draws the badge or the check)."""
        self.button.parts = self._parts(self.due_words, self.due_count - self.due_words)
        self.button.set_due(self.due_count, None if self.due_count else self._next_due())
        text = self._label(self.due_words, self.due_count - self.due_words)
        if not self.due_count:
            text = self.button.quiet_text()
        menu = text if self.due_count else QCoreApplication.translate("ReviewHookup", "Review")
        self.action.setText(menu)  # the Progress menu's item stays a verb
        self.action.setIconText(text)  # the chip shows this
        if self.due_count:  # what the chip says, for the pointer and screen readers
            said = self.tr("%1 to review today: seeing them again now helps them stick").replace(
                "%1", self._parts(self.due_words, self.due_count - self.due_words)
            )
        else:
            said = self.tr("Nothing to review today: words you look up come back here")
        self.action.setToolTip(said)
        self.button.setToolTip(said)
        self.button.setAccessibleDescription(said)
        self.window.library_view.refresh_hero()  # "Review now" once every article is read

    # -- the screen -------------------------------------------------------------------
    @property
    def view(self) -> ReviewView:
        if self._view is None:
            from quizapp.gui.review.screen import ReviewView

            view = ReviewView(self.window)
            view.words = self._word
            view.questions = self._question
            view.word_page.preview = lambda card: scheduling.preview(
                card, retention=self.window.settings.review_retention
            )
            view.word_page.can_speak = self._can_speak
            view.word_page.speak = self._speak
            view.word_page.title_of = self._title
            view.word_page.cover_of = self._cover
            view.word_page.pos_of = self._part_of_speech
            view.rated.connect(self._rated)
            view.finished.connect(self._summarise)
            view.back_requested.connect(lambda: self.window.show_screen("library"))
            view.next_article_requested.connect(self._open_recommended)
            view.done.own_requested.connect(self._paste_text)
            view.settings_requested.connect(self._toggle_settings)
            hub = getattr(self.window, "theme_hub", None)
            if hub is not None:  # Ctrl+= / Ctrl+- and the palette reach the review too
                hub.theme_changed.connect(view.set_theme)
            self.window.add_screen("review", view)
            self._view = view
        return self._view

    def show(self) -> None:
        self.bridge.ensure_store()
        if self.bridge.ensure_profile() is None:
            return
        store, profile = self.bridge.store, self.bridge.profile
        self._words = latest_words(self.bridge.guard(lambda: store.words(profile), []))
        self.started = datetime.now(UTC)
        view = self.view
        cards = self.reviewable(self.due_cards(self.started))
        self.window.show_screen("review")
        view.start(cards)

    def _can_speak(self) -> bool:
        """A voice to hear the word with, on the card's back (`window.speech`, when built)."""
        speech = getattr(self.window, "speech", None)
        return bool(speech is not None and speech.service.available)

    def _speak(self, text: str) -> None:
        if self._can_speak():
            self.window.speech.service.say(text)

    def _word(self, card: CardRecord) -> WordCloze | None:
        word = self._words.get(card.item)
        return cloze(word) if word is not None else None

    def _part_of_speech(self, card: WordCloze) -> str:
        """ "noun, masc.", in the interface's language as the reading's word card says it,
        for the headword shown (not the form clicked), when the installed dictionaries
        say it clearly; "" without one or while they are indexed."""
        service = getattr(self.window, "_dictionaries", None)  # only once the reader used them
        if service is None:
            return ""
        from quizapp.gui.reading.card_answers import pos_words

        tag = service.kind(card.headword or card.answer)
        return pos_words(tag) if tag else ""

    def _title(self, article_id: str) -> str:
        """The title of the article a word was met in ("" when it is gone)."""
        articles = self.window.library_view.model.articles()
        return next((a.title for a in articles if a.id == article_id), "")

    def _cover(self, article_id: str) -> str | None:
        """The pictogram of the article's library cover (None: the open book)."""
        from quizapp.core.library.cover_subject import cover_kind

        articles = self.window.library_view.model.articles()
        article = next((a for a in articles if a.id == article_id), None)
        return cover_kind(article.tags, article.title) if article is not None else None

    def _question(self, card: CardRecord) -> tuple[Article, Question] | None:
        articles = {a.id: a for a in self.window.library_view.model.articles()}
        article = articles.get(card.article_id)
        if article is None:
            return None
        question = next((q for q in article.questions if q.id == card.item), None)
        if question is None or isinstance(question, LocateQuestion):
            return None  # a locate question needs the reading screen's passage
        return article, question

    def _rated(self, card: CardRecord, rating: Rating, suggested: Rating, ms: int) -> None:
        store = self.bridge.store
        if store is None:
            return
        settings = self.window.settings
        self.bridge.write(
            lambda: (
                scheduling.rate(
                    store,
                    card,
                    rating,
                    suggested=suggested,
                    duration_ms=ms,
                    retention=settings.review_retention,
                ).saved
            )
        )
        if self._view is not None and self._view.on_done_page():
            self._summarise()

    def _summarise(self) -> None:
        store, profile = self.bridge.store, self.bridge.profile
        if store is None or profile is None or self._view is None:
            return
        since = self.started or datetime.now(UTC)
        result = self.bridge.guard(lambda: due.summary(store, profile, since), None)
        if result is not None:
            article, kind = self._recommended()
            count = self._articles_count()
            self._view.done.set_next(getattr(article, "title", ""), kind, count)
            self._view.show_summary(result, self._reviewed_text)
            from quizapp.gui.progress.goal_words import session_moment

            moment = session_moment(self.window, (x.reviewed for x in result.reviewed))
            self._view.show_goal(moment, pop=moment is not None and moment.crossed)

    def _recommended(self) -> tuple[Article | None, str]:
        """What to read now, the review just done (`next_up.onward`): an unread article
        that suits ("new"), else one left half-way ("resume"), else one below 100 %
        ("redo"), else a reread ("reread"); (None, "") when there is nothing."""
        from quizapp.gui.library.next_up import onward

        library = self.window.library_view
        if not library.model.progress_known():
            return None, ""
        return onward(library, None)

    def _articles_count(self) -> int:
        """The library's articles, the learner's own texts apart."""
        from quizapp.gui.library.next_up import candidates

        return len(candidates(self.window.library_view.model))

    def _open_recommended(self) -> None:
        article, _kind = self._recommended()
        if article is None:
            self.window.show_screen("library")
        else:  # as the « Continue » card opens it (a quiz left half-way resumes)
            self.window.library_view.article_activated.emit(article)

    def _paste_text(self) -> None:
        """« Paste a text of your own »: File → Paste a text…, as the library's link."""
        action = getattr(self.window, "actions_by_name", {}).get("paste_text")
        if action is not None:
            action.trigger()

    def _reviewed_text(self, count: int, words: int) -> str:
        """ "3 words reviewed", or "Reviewed: 2 words, 1 question" when questions were
        among them: the chip's nouns, so the count reads as the same set."""
        if count == 0:
            return QCoreApplication.translate("ReviewHookup", "Nothing to review right now.")
        if words == count:
            return self.tr("%n word(s) reviewed", "", count)
        return self.tr("Reviewed: %1").replace("%1", self._parts(words, count - words))

    def _toggle_settings(self, on: bool) -> None:
        view = self.view
        if self._section is None:
            from quizapp.gui.review.section import ReviewSection

            self._section = ReviewSection(self.window.settings, view)
            self._section.setObjectName("review_section")
            self._section.changed.connect(self._timer.start)
            view.settings_slot.addWidget(self._section)
        self._section.setVisible(on)
        if on:
            self._section.retention.setFocus()

    # -- language -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self._set_text)  # after the window has reset its actions
        return False
