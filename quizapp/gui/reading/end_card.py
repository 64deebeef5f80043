"""The end of the text: a calm card after the last paragraph that marks the moment
(a ✓, « Article read », one line of what this visit did: minutes spent and words
looked up, those words as chips that lead back to them) and gives the way on:
« Resume the quiz (question 5 of 16) » when a run waits, else « Start the quiz (16
questions) »; when it was done, under the best score, the way on `end_way` words
(`core.library.end_ways` decides it from the quiz hookup's `next_pick`): « Next
article → » (its title under it) while an article is unread; once all are read,
« Redo as an exam » for one below full marks, else « Paste a text of your own », with
quiet links (the library, a reread of another article named as such). « Redo the quiz »
is then the toolbar's quiet button alone. Looked-up words say they come back in review,
under their heading and chips; today's goal is the card's last line.

Starting and redoing do exactly what the toolbar's Start does (the same action, so
the chooser and its parts); resuming takes that path, then the chooser's Resume
(`resume_requested`, answered by the progress recorder, which sets `way_on`).
`state` is the one answer to "where does the quiz stand": the toolbar's button says
it in fewer words and goes the same way (`go`), told by `state_changed`.

The ✓ and « Article read » are earned (`Visit.check`): until the last sentence has
been reached and the text's reading time has passed, or the learner clicks « I’ve
finished », the headline's line says « End of the article » beside that button (a short
text fitting on one screen said « Text read » the moment it opened). Known to be read
already (its quiz done, or read on an earlier visit), the text counts as read at once.

The card is a child of the passage's viewport, placed under the document's last line;
the document's bottom margin grows by its height, so it scrolls with the text and the
scroll bar reaches it. It shows only while no quiz is on screen and no locate question
waits for picks: the quiz hides it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from quizapp.core.library import end_ways
from quizapp.gui.reading.article_meta import is_own
from quizapp.gui.reading.end_chips import WordChips
from quizapp.gui.reading.end_place import place_card
from quizapp.gui.reading.end_visit import LookedUp, Visit
from quizapp.gui.reading.end_way import Pick, WayLinks, primary_words
from quizapp.gui.window.locale_format import percent, ui_locale

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article
    from quizapp.gui.reading.view import ReadingView

# what the progress store knows of the article: ("resume", question number, of how many),
# ("done", best percent, 0), or None (no run yet, or progress not saved)
WayOn = tuple[str, int, int] | None


class _Entry(NamedTuple):
    fr: str
    en: str


class _Hit(NamedTuple):
    """A dictionary's answer in the shape of a glossary hit, for the visit's words."""

    entry: _Entry
    start: int


class EndCard(QFrame):
    """The card under the last paragraph; `refresh` after whatever may show or hide it."""

    resume_requested = Signal()
    next_requested = Signal()  # a finished quiz: on to the library's next article
    exam_requested = Signal(bool)  # its quiz in test mode: True this article, else the pick
    own_requested = Signal()  # paste a text of the learner's own
    library_requested = Signal()
    state_changed = Signal()  # the way on is another: the toolbar's words follow

    def __init__(self, view: ReadingView):
        passage = view.passage
        super().__init__(passage.viewport())
        self.view = view
        self.visit = Visit()
        self.way_on: Callable[[Article], WayOn] | None = None
        self.state: WayOn = None
        # the library's article after this one (its title, kind, best): the quiz
        # hookup's (hookup.py), the same next article as the summary's
        self.next_pick: Callable[[], Pick] | None = None
        self.articles_count: Callable[[], int] | None = None  # the library's, own texts apart
        self._next_title = ""
        self.ways = end_ways.Ways("")
        # today's goal in words (« 12 / 20 aujourd’hui »), the progress recorder's
        self.goal_line: Callable[[], str] | None = None
        self._read_before: set[str] = set()  # article ids read on a visit of this session
        self.setObjectName("end_card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.mark = self._label("end_mark", "✓")
        self.message = self._label("end_headline")
        self.finish = QPushButton(self)  # « I've finished »: before the ✓ is earned
        self.finish.setObjectName("end_finish")
        self.finish.setProperty("link", "true")  # a text link: the primary is the one button
        self.finish.setCursor(Qt.CursorShape.PointingHandCursor)
        self.finish.clicked.connect(self._finished)
        self._due = QTimer(self)  # the text's reading time: then it may count as read
        self._due.setSingleShot(True)
        self._due.timeout.connect(self.check_read)
        self.facts = self._label("end_facts")
        self.chips = WordChips(self)
        self.best = self._label("end_best")
        self.achievement = self._label("end_achievement")  # « You have read all 15 articles »
        self.button = QPushButton(self)
        self.button.setProperty("primary", "true")
        self.button.clicked.connect(self._primary)
        self._button_text = ""  # its words whole, before `place` fits them to the card
        self.next_caption = self._label("end_next")
        self.links = WayLinks(self)
        self.links.own_requested.connect(self.own_requested)
        self.links.library_requested.connect(self.library_requested)
        self.links.reread_requested.connect(self.next_requested)
        self.review = self._label("end_review")
        self.goal = self._label("end_facts")  # today's goal: the card's last line
        self.goal.setObjectName("end_goal")
        self.message.setWordWrap(False)  # short, and on one line with the ✓ or « I’ve finished »
        layout = QVBoxLayout(self)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        # the headline's line: « End of the article  [I’ve finished] » until it is earned,
        # so the outlined step sits beside words, not stacked over the primary button
        self.head = QHBoxLayout()
        self.head.addStretch(1)
        self.head.addWidget(self.message, 0, Qt.AlignmentFlag.AlignVCenter)
        self.head.addWidget(self.finish, 0, Qt.AlignmentFlag.AlignVCenter)
        self.head.addStretch(1)
        layout.addLayout(self.head)
        layout.addWidget(self.facts)
        layout.addWidget(self.chips)
        layout.addWidget(self.review)
        layout.addWidget(self.best)
        layout.addWidget(self.achievement)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.next_caption)
        layout.addWidget(self.links)
        layout.addWidget(self.goal)
        passage.verticalScrollBar().valueChanged.connect(self.place)
        passage.document().documentLayout().documentSizeChanged.connect(self.place)
        passage.word_looked_up.connect(self._looked_up)
        passage.verticalScrollBar().valueChanged.connect(self.check_read)
        passage.current_changed.connect(self.check_read)
        passage.viewport().installEventFilter(self)
        self.hide()

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(name != "end_mark")
        return label

    def wanted(self) -> bool:
        view = self.view
        return (
            view.article is not None
            and (bool(view.article.questions) or is_own(view.article))
            and view.side_panel() is None
            and not view.passage.locate_mode()
        )

    def new_visit(self) -> None:
        """Another article (or the same one again): the facts start from nothing, and
        the text is not read yet."""
        self.visit.reset()
        self._due.stop()

    def words(self) -> int:
        article = self.view.article
        return sum(len(s.fr.split()) for s in article.sentences) if article is not None else 0

    def at_end(self) -> bool:
        """The cursor on the last sentence, or that sentence in view."""
        article, passage = self.view.article, self.view.passage
        if article is None or not article.sentences or not passage.isVisible():
            return False
        last = article.sentences[-1].id
        if passage.current() == last:
            return True
        try:
            bounds = passage.sentence_bounds(last)
        except KeyError:  # not laid out yet
            return False
        return passage.viewport().rect().intersects(bounds)

    def check_read(self, *_args: object) -> None:
        """Read once the end is reached and the reading time has passed; until then the
        reading time's end is waited for (a timer, not a poll)."""
        visit = self.visit
        if visit.finished or self.view.article is None:
            return
        if visit.check(self.words(), self.at_end()):
            self._fill()
            self.place()
        elif not self._due.isActive() and visit.seconds_left(self.words()) > 0:
            self._due.start(round(visit.seconds_left(self.words()) * 1000) + 50)

    def _known_read(self) -> bool:
        """Read already: its quiz was done, or an earlier visit read it (this session).
        « I’ve finished » would then ask for what is known."""
        article = self.view.article
        if article is None:
            return False
        done = self.state is not None and self.state[0] == "done"
        return done or article.id in self._read_before

    def _finished(self) -> None:
        """« I've finished »: the learner's word is enough."""
        self.visit.finished = True
        self._due.stop()
        self._fill()
        self.place()

    def refresh(self) -> None:
        """What the store knows of the quiz, the card's words, then its place (or hidden)."""
        article = self.view.article
        before, self.state = self.state, None
        if self.way_on is not None and article is not None and self.wanted() and article.questions:
            self.state = self.way_on(article)
        self._fill()
        self.place()
        self.check_read()
        if self.state != before:
            self.state_changed.emit()

    def _fill(self) -> None:
        """The card's words for the visit, the state of the quiz and the language."""
        article = self.view.article
        count = len(article.questions) if article is not None else 0
        own = article is not None and is_own(article)
        if not self.visit.finished and self._known_read():
            self.visit.finished = True
            self._due.stop()
        read = self.visit.finished  # earned (`check_read`), else the way to say it
        if read and article is not None:
            self._read_before.add(article.id)
        if read:
            self.message.setText(self.tr("Text read") if own else self.tr("Article read"))
        else:
            ending = self.tr("End of the text") if own else self.tr("End of the article")
            self.message.setText(ending)
        if self.message.property("earned") != read:
            self.message.setProperty("earned", read)  # muted until earned (end_style.py)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.mark.setVisible(read)
        self.finish.setVisible(not read)
        self.finish.setText(self.tr("I’ve finished"))
        self.finish.setToolTip(self.tr("Mark this text as read"))
        self.show_facts()
        self.chips.show_words(list(self.visit.words.values()), self.go_to_word)
        self.review.setText(
            self.tr("These words will come back in your reviews", "", len(self.visit.words))
        )
        self.review.setVisible(bool(self.visit.words))
        kind, first, second = self.state or ("", 0, 0)
        self.best.setVisible(kind == "done")
        pick = self.next_pick() if kind == "done" and self.next_pick else Pick()
        ways = end_ways.after_article(pick.kind, first / 100)
        if own and ways.primary != end_ways.NEXT:
            ways = end_ways.Ways("")  # an own text: its exercises again, no library's words
        self.ways = ways if kind == "done" else end_ways.Ways("")
        self._next_title = pick.title
        locale = ui_locale()
        caption = ""
        if kind == "resume":
            text = self.tr("Resume the quiz (question %1 of %2)")
            if own:
                text = self.tr("Resume the exercises (%1 of %2)")
            text = text.replace("%1", locale.toString(first)).replace("%2", locale.toString(second))
        elif kind == "done":
            self.best.setText(self.tr("Best score: %1").replace("%1", percent(first / 100)))
            text, caption = primary_words(self.ways, pick)
            if not text:
                text = self.tr("Redo the exercises") if own else self.tr("Redo the quiz")
        elif own:
            text = self.tr("Do the exercises (%n)", "", count)
        else:
            text = self.tr("Start the quiz (%n question(s))", "", count)
        self.next_caption.setText(caption)
        self.next_caption.setVisible(bool(caption))
        self._caption_first(self.ways.primary == end_ways.EXAM)
        total = self.articles_count() if self.ways.all_read and self.articles_count else 0
        said = self.tr("You have read all %n article(s)", "", total)  # an achievement
        self.achievement.setText(said if total else "")
        self.achievement.setVisible(bool(total))
        self.links.show_ways(self.ways.quiet, pick.title)
        self.button.setText(text)
        self._button_text = text  # whole: `place` cuts it to the card's width
        tip = f"{text}: {caption}" if self.ways.primary == end_ways.EXAM else ""
        if self.ways.primary == end_ways.NEXT:
            tip = self.tr("Next article: %1").replace("%1", pick.title)
        self.button.setToolTip(tip)
        self.button.setAccessibleName(tip or text)
        self.button.setVisible(count > 0)  # a text too short for exercises: its words are

    def _caption_first(self, first: bool) -> None:
        """The exam's article (« <title> · best score 60% ») over its button, read first:
        under a best score of 100 %, « Redo as an exam » alone read as this article's;
        a next article's title, or what pasting takes, under it."""
        layout = self.layout()
        at = layout.indexOf(self.next_caption) - layout.indexOf(self.button)
        if at != (-1 if first else 1):
            layout.removeWidget(self.next_caption)
            layout.insertWidget(
                layout.indexOf(self.button) + (0 if first else 1), self.next_caption
            )

    def show_facts(self) -> None:
        """The visit's line (the chips' heading), and today's goal as the last line."""
        self.facts.setText(self.facts_line())
        self.facts.setVisible(bool(self.facts.text()))
        goal = self.goal_line() if self.goal_line is not None else ""
        self.goal.setText(goal)
        self.goal.setVisible(bool(goal))

    def facts_line(self) -> str:
        """« 4 min · 3 words looked up during this reading »: what this visit did
        (minutes from one up); « 5 words looked up, 2 of them during the quiz » when the
        summary counted some of them."""
        locale = ui_locale()
        parts = []
        minutes = self.visit.minutes()
        if minutes >= 1:
            parts.append(self.tr("%1 min").replace("%1", locale.toString(minutes)))
        words, quiz = len(self.visit.words), self.visit.quiz_words()
        if words and quiz == words:
            parts.append(self.tr("%n word(s) looked up during the quiz", "", words))
        elif words and quiz:  # the summary's words are among them: say how many
            text = self.tr("%n word(s) looked up, %1 of them during the quiz", "", words)
            parts.append(text.replace("%1", locale.toString(quiz)))
        elif words:
            parts.append(self.tr("%n word(s) looked up during this reading", "", words))
        return "\u00a0· ".join(parts)

    def go_to_word(self, word: LookedUp) -> None:
        """Back to the word's sentence, with its card open (as a click on it does)."""
        passage = self.view.passage
        passage.set_current(word.sentence_id)
        passage.look_up(word.sentence_id, word.start)

    def note_word(self, sentence_id: str, headword: str, gloss: str, start: int) -> None:
        """A dictionary's word kept for review (an own text's look-ups: no glossary)."""
        self._looked_up(sentence_id, headword, _Hit(_Entry(headword, gloss), start))

    def _looked_up(self, sentence_id: str, _word: str, hit: Any) -> None:
        side = self.view.side_panel()  # the quiz beside the text, before its summary
        summary = getattr(side, "summary", None)
        quiz = side is not None and (summary is None or side.stack.currentWidget() is not summary)
        if self.visit.note(sentence_id, hit, quiz) and self.isVisible():
            self._fill()
            self.place()

    def place(self) -> None:
        """Under the last line, as wide as the text column (`end_place`)."""
        place_card(self)

    def _primary(self) -> None:
        """The card's accent: the way on once the quiz is done (`ways`), else `go`."""
        done = self.state is not None and self.state[0] == "done"
        primary = self.ways.primary if done else ""
        if primary == end_ways.NEXT:
            self.next_requested.emit()
        elif primary == end_ways.EXAM:
            self.exam_requested.emit(self.ways.exam_here)
        elif primary == end_ways.OWN:
            self.own_requested.emit()
        else:
            self.go()

    def go(self) -> None:
        """Start, redo or resume, as `state` says (this button and the toolbar's)."""
        resume = self.state is not None and self.state[0] == "resume"
        actions = getattr(self.view, "_actions", None)
        if actions:
            actions[2].trigger()  # the toolbar's Start: the same action, the same checks
        else:
            self.view.start_quiz()
        if resume:
            self.resume_requested.emit()  # then the chooser's Resume, the same path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
            self.place()
        super().changeEvent(event)
