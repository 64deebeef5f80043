"""The Review screen: the due cards one by one, then what was reviewed and what comes next.

It takes the keyboard throughout: Space or Enter turns a word card over, 1-4 say
how well it was known (Enter: Good), the quiz's keys on question cards, Enter to go on,
Esc back to the library. The hookup feeds it cards and saves each rating
the moment it is given, so quitting mid-review loses at most the card on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Article, Question
from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review.due import Summary
from quizapp.core.review.ratings import Rating
from quizapp.core.review.sitting import Turn
from quizapp.core.review.words import WordCloze
from quizapp.gui.quiz.motion import motion_on
from quizapp.gui.review.done import DonePage
from quizapp.gui.review.gear import gear_icon
from quizapp.gui.review.question_page import QuestionPage
from quizapp.gui.review.text import theme_for
from quizapp.gui.review.word_page import WordPage
from quizapp.gui.window.back_link import BackLink
from quizapp.gui.window.theme import Theme

WordSource = Callable[[CardRecord], WordCloze | None]
QuestionSource = Callable[[CardRecord], tuple[Article, Question] | None]


class ReviewView(QWidget):
    rated = Signal(object, object, object, int)  # card, Rating, suggested Rating, ms
    back_requested = Signal()
    settings_requested = Signal(bool)
    next_article_requested = Signal()  # from the sitting's end: the library's recommendation
    finished = Signal()  # no card left: the hookup fills the summary

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_view")
        self.cards: list[CardRecord] = []
        self.turn: Turn | None = None
        self.words: WordSource = lambda _c: None
        self.questions: QuestionSource = lambda _c: None
        self.back_button = BackLink(self)  # top left, as on every page
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.total = 0  # the sitting's cards, for « 2 / 3 » and its slim bar
        self.left = QLabel(self)
        self.left.setObjectName("review_left")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("review_progress")
        self.bar.setTextVisible(False)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("review_settings")
        self.settings_button.setCheckable(True)
        self.settings_button.toggled.connect(self.settings_requested)
        self.settings_slot = QVBoxLayout()
        self.word_page = WordPage(self)
        self.word_page.rated.connect(self._rated)
        self.word_page.answered.connect(self._answered)
        self.question_page = QuestionPage(self)
        self.question_page.rated.connect(self._rated)
        self.question_page.answered.connect(self._answered)
        done = DonePage(self)  # the sitting's end: a small reward (done.py)
        self.done_title, self.done_text, self.done_next = done.title, done.text, done.next
        self.done_button, self.done_card = done.button, done.card
        self.done_button.clicked.connect(self.back_requested)
        done.next_article_requested.connect(self.next_article_requested)
        self._fresh = False
        self._summary: tuple[Summary, Callable[[int, int], str]] | None = None
        self.goal = done.goal  # the sitting's share of the daily goal (and its streak)
        self._goal: Any = None  # its core GoalMoment, said again in a new language
        self.pages = QStackedWidget(self)
        for page in (self.word_page, self.question_page, done):
            self.pages.addWidget(page)
        self.done_page = done
        self.done = done
        self.measure = 16777215  # the cards' column width, from the theme
        # the title, the way back, the settings and the sitting's bar: in the cards' column,
        # so the screen reads as one centred column rather than a title off at the edge
        self.head = QWidget(self)
        head = QVBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignBottom)
        head.addLayout(header)
        head.addLayout(self.settings_slot)
        self.progress_row = QWidget(self.head)  # the slim bar and « 2 / 3 », over the card
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.left)
        head.addWidget(self.progress_row)
        self.centred = centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.head, 12)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(centred)
        layout.addWidget(self.pages, 1)
        self.set_theme(theme_for(self))
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        """The window's zoom and colours, on the header, the texts and the answer widget."""
        font = self.title.font()
        font.setPixelSize(theme.px("title"))
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        spacing = theme.space(2)
        self.layout().setSpacing(spacing)  # type: ignore[union-attr]
        self.word_page.set_theme(theme)
        self.question_page.set_theme(theme)
        self.done.set_theme(theme)
        p = theme.palette  # the gear in the theme's colours, at its zoom
        self.settings_button.setIcon(gear_icon(theme, p.muted, p.accent))
        size = round(theme.px("caption") * 1.05)
        self.settings_button.setIconSize(QSize(size, size))
        self.measure = theme.px("passage") * 36
        self._fit_head()
        self.head.layout().setSpacing(spacing)
        self.progress_row.layout().setSpacing(theme.space(1.5))
        self.bar.setFixedHeight(max(3, theme.space(0.5)))

    # -- a sitting -------------------------------------------------------------------
    def start(self, cards: list[CardRecord]) -> None:
        self.cards = list(cards)
        self.total = len(self.cards)
        self._next()

    def _next(self) -> None:
        while self.cards:
            card = self.cards[0]
            self.turn = Turn(card)
            self._update_left()
            if card.kind == "word":
                word = self.words(card)
                if word is not None:
                    self.pages.setCurrentWidget(self.word_page)
                    self._fit_head()
                    self.word_page.show_card(word, self.turn)
                    return
            else:
                found = self.questions(card)
                if found is not None:
                    self.pages.setCurrentWidget(self.question_page)
                    self._fit_head()
                    self.question_page.show_card(*found, self.turn)
                    return
            self.cards.pop(0)  # its article or word is gone: it waits, unrated
            self.total -= 1
        self.turn = None
        self._update_left()
        self.pages.setCurrentWidget(self.done_page)
        self._fit_head()
        self.done.primary().setFocus()
        self._fresh = True  # the ring fills once, with the sitting's first summary
        self.finished.emit()

    def _rated(self, rating: Rating, suggested: Rating) -> None:
        if self.turn is None or not self.cards:
            return
        card = self.cards.pop(0)
        self.rated.emit(card, rating, suggested, self.turn.duration_ms)
        self._next()

    def show_summary(self, summary: Summary, count_text: Callable[[int, int], str]) -> None:
        """What was reviewed in this sitting (counted with the chip's nouns: words, or
        cards when questions were among them), how it went, and when
        the next come; the ring fills once, when the sitting has just ended."""
        self._summary = (summary, count_text)
        self.done.fill(summary, count_text, motion=self._fresh and motion_on())
        self._fresh = False

    def show_goal(self, moment: Any, pop: bool = False) -> None:
        """« +12 réponses · objectif atteint ! » under the title (none without a store);
        `pop`: this sitting reached the goal, the pill pops (still under less motion)."""
        from quizapp.gui.progress.goal_words import moment_text

        self._goal = moment
        shown = moment is not None and bool(moment.added or moment.streak)
        self.goal.setText(moment_text(moment) if shown else "")
        self.goal.reached = shown and moment.met
        self.goal.setVisible(shown)
        if shown and pop:
            self.goal.pop(motion_on())

    def position(self) -> int:
        """The card on screen, counted from 1 (the total once the sitting is over)."""
        return self.total - len(self.cards) + (1 if self.cards else 0)

    def _update_left(self) -> None:
        """« 2 / 3 »: the card on screen of the sitting's, its bar filled with the cards
        done: a word card once rated (turning it over is not doing it), a question once
        checked (its check is its rating), in any language."""
        here, total = self.position(), max(self.total, 1)
        self.left.setText(self.tr("%1 / %2").replace("%1", str(here)).replace("%2", str(total)))
        self.left.setAccessibleName(
            self.tr("Review %1 of %2").replace("%1", str(here)).replace("%2", str(total))
        )
        self.bar.setRange(0, total)
        checked = self.turn is not None and self.turn.done  # a question: graded by its check
        answered = checked and self.pages.currentWidget() is self.question_page
        self.bar.setValue(here - 1 + int(answered) if self.cards else total)
        self.progress_row.setVisible(bool(self.cards))

    def _fit_head(self) -> None:
        """The header as wide as what is under it: the word card's column, or the whole
        width for a question beside its passage."""
        wide = self.pages.currentWidget() is self.question_page
        self.head.setMaximumWidth(16777215 if wide else self.measure)
        for side in (0, 2):
            self.centred.setStretch(side, 0 if wide else 1)

    def _answered(self) -> None:
        """The card on screen is answered: its share of the bar fills at once."""
        self._update_left()

    def on_done_page(self) -> bool:
        return self.pages.currentWidget() is self.done_page

    # -- keys and language ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        if self.on_done_page() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.primary().click()  # (a focused button clicks itself: autoDefault)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        current = self.pages.currentWidget()
        if current is self.word_page:
            self.word_page.focus_target().setFocus()
        elif current is self.question_page and self.question_page.widget is not None:
            self.question_page.widget.focus_first()
        else:
            self.done.primary().setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Review"))
        self.settings_button.setText(" " + self.tr("Settings"))  # a little air after the gear
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("How much to remember, and new words a day"))
        self.done.retranslate_ui()
        self._update_left()
        if self._summary is not None:  # its lines in the new language
            self.show_summary(*self._summary)
        if self._goal is not None:
            self.show_goal(self._goal)
