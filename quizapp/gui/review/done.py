"""The end of a review sitting: a small reward in the quiz summary's words and marks.

The painted score ring (the quiz's, compact) fills to the share of cards right, beside
« 3 words reviewed », « 2 right · 1 to see again soon », the daily goal's pill (its
share of today's answers and the streak, set by the screen), when the next review
comes, in one sentence (`when_words.sentence`); then the way on
(`core.library.end_ways.after_review`): « Read the next article → » (named over it) in
the accent while an article is unread, alone (the page's back link over the title is the
way to the library, Esc too): a learner who reviews before reading came to read. Once
every article is read, « Back to the library » is the primary (its cards say each score,
the place to choose a redo), under « You have read all 15 articles », with « Paste a
text of your own » as a quiet link: never a reread of an article nobody asked for.

Word cards are rated by the learner: « 3 right » claimed what nobody checked. Only
question cards are counted right; the title says « 3 words reviewed », and a word the
learner put back is « to see again soon », as a missed question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.library import end_ways
from quizapp.core.review.due import Summary
from quizapp.core.review.ratings import Rating
from quizapp.gui.quiz.answer_base import PlainLabel
from quizapp.gui.quiz.summary_ring import ScoreRing
from quizapp.gui.quiz.summary_streak import StreakPill
from quizapp.gui.review import when_words
from quizapp.gui.window.flow_layout import FlowLayout
from quizapp.gui.window.locale_format import percent
from quizapp.gui.window.plain_scroll import plain_scroll
from quizapp.gui.window.theme import Theme


class DonePage(QWidget):
    """The sitting's end, a card at the top of the cards' column."""

    next_article_requested = Signal()
    own_requested = Signal()  # « Paste a text of your own »

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.next_title = ""  # the library's next article to read; "" when there is none
        self.all_read = 0  # every article read: how many (said as an achievement)
        self.room = 0  # the way on's words' widest (set_theme): a long title fits in
        self.card = QFrame(self)
        self.card.setObjectName("review_card")
        self.card.setProperty("card", "plain")
        self.ring = ScoreRing(self.card)
        self.ring.set_compact(True)  # beside the words; larger than the summary's (set_theme)
        self.ring.hide()
        self.title = QLabel(self.card)  # « 3 words reviewed »
        self.title.setObjectName("review_done_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.text = PlainLabel(self.card)  # « 2 right · 1 to see again soon »
        self.text.setObjectName("review_summary")
        self.goal = StreakPill(self.card)  # the daily goal's pill: the screen's show_goal
        self.goal.hide()
        self.next = PlainLabel(self.card)  # when the next cards come
        self.next.setObjectName("review_done_when")
        self.up_next = PlainLabel(self.card)  # « Up next: <title> », over the accent
        self.up_next.setObjectName("review_up_next")
        self.up_next.hide()
        self.next_button = QPushButton(self.card)  # « Read the next article → »
        self.next_button.setObjectName("review_next_article")
        self.next_button.clicked.connect(self.next_article_requested)
        self.next_button.setMinimumWidth(1)  # its words fit the card (`_fit_next`), not it them
        self.next_button.hide()
        self.button = QPushButton(self.card)  # « Back to the library »
        self.button.setProperty("primary", "true")
        self.own_button = QPushButton(self.card)  # everything read: a text of one's own
        self.own_button.setObjectName("review_own_text")
        self.own_button.setProperty("link", "true")
        self.own_button.clicked.connect(self.own_requested)
        self.own_button.hide()
        for button in (self.next_button, self.button, self.own_button):
            button.setAutoDefault(True)  # Enter clicks the one with the focus
        self.row = QWidget(self.card)  # they wrap, one under the other, when narrow
        buttons = FlowLayout(self.row)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.button)
        buttons.addWidget(self.own_button)
        self.buttons = buttons
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addWidget(self.goal, 0, Qt.AlignmentFlag.AlignLeft)
        words.addWidget(self.next)
        self.top = QHBoxLayout()
        self.top.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        self.top.addLayout(words, 1)
        inside = QVBoxLayout(self.card)
        inside.addLayout(self.top)
        inside.addSpacing(0)
        inside.addWidget(self.up_next)
        inside.addWidget(self.row)
        self.column = column = QVBoxLayout()  # its top margin centres the card (`_centre`)
        self._margins = QMargins()  # the theme's, kept around the card (set_theme)
        column.addWidget(self.card)
        column.addStretch(1)
        holder = QWidget()  # scrolled: the largest zoom in a short window is never cut
        holder.setObjectName("review_holder")
        self.outer = outer = QHBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addLayout(column, 12)
        outer.addStretch(1)
        self.scroll = scroll = plain_scroll(self, "review_scroll")
        scroll.setWidget(holder)
        for watched in (self.card, scroll.viewport()):
            watched.installEventFilter(self)  # a new height: centred again
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)

    def set_theme(self, theme: Theme) -> None:
        self.ring.set_theme(theme)
        self.goal.set_theme(theme)
        for button in (self.next_button, self.button):
            button.setMinimumHeight(theme.target)
        self.card.setMaximumWidth(theme.px("passage") * 36)  # as the word card
        margin = round(theme.space(5) / theme.scale**0.5)  # generous; less so at a large zoom
        self.room = 2 * margin + theme.space(6)  # the card's margins, the button's padding
        self.card.layout().setContentsMargins(margin, margin, margin, margin)
        self.card.layout().setSpacing(theme.space(2))
        self.card.layout().itemAt(1).changeSize(0, theme.space(1))  # air over the way on
        self.top.setSpacing(theme.space(3.5))
        self.top.itemAt(1).layout().setSpacing(theme.space(1.25))
        self.buttons._spacing = self.buttons._line_spacing = theme.space(1.5)
        self.buttons.invalidate()
        self._margins = QMargins(0, theme.space(2), 0, theme.space(2))
        self._centre()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._centre()
        return super().eventFilter(watched, event)

    def _centre(self) -> None:
        """The card a little above the middle of the page, as the word cards (where the
        eye rests), not at the top over an empty half: the room left over it goes 2 : 3
        above and below; none in a short window, where it scrolls from its top."""
        m = self._margins
        spare = self.scroll.viewport().height() - self.card.height() - m.top() - m.bottom()
        top = m.top() + max(0, spare * 2 // 5)
        self.column.setContentsMargins(m.left(), top, m.right(), m.bottom())

    def _fit_next(self) -> None:
        """A long title cut with « … » to the card's width (the whole title
        in the tooltip): the card never grows wider than the window."""
        whole = self.next_button.property("whole") or self.next_button.text()
        card = min(self.card.maximumWidth(), self.width() * 12 // 14)
        metrics, elide = self.next_button.fontMetrics(), Qt.TextElideMode.ElideRight
        self.next_button.setText(metrics.elidedText(whole, elide, max(1, card - self.room)))

    def primary(self) -> QPushButton:
        """The way on: the next article when there is one to recommend, else the library."""
        return self.next_button if self.next_title else self.button

    def set_next(self, title: str, kind: str = "new", count: int = 0) -> None:
        """The library's pick after the sitting (its title and `recommend.way_on`'s kind,
        `count` the library's articles): an unread one is the way on; otherwise the
        library, with « You have read all 15 articles » when every one is read."""
        had_focus = any(b.hasFocus() for b in (self.button, self.next_button, self.own_button))
        ways = end_ways.after_review(kind if title else "")
        self.next_title = title if ways.primary == end_ways.NEXT else ""
        self.all_read = count if ways.all_read else 0
        onward = bool(self.next_title)
        self.up_next.setVisible(onward or bool(self.all_read))
        self.next_button.setVisible(onward)
        # with an article to go on to, the library is the back link's (and Esc's) alone
        self.button.setVisible(not onward)
        self.own_button.setVisible(end_ways.OWN in ways.quiet)
        self.up_next.setProperty("achievement", bool(self.all_read))
        self.up_next.style().unpolish(self.up_next)
        self.up_next.style().polish(self.up_next)
        self.button.setProperty("primary", "true")
        self.next_button.setProperty("primary", "true")
        for button in (self.next_button, self.button):
            button.style().unpolish(button)
            button.style().polish(button)
        self.retranslate_ui()
        if had_focus:  # the way on keeps the focus: Enter takes it
            self.primary().setFocus()

    def fill(
        self,
        summary: Summary,
        count_text: Callable[[int, int], str],
        motion: bool = False,
    ) -> None:
        """What was reviewed (the chip's nouns), how it went, what comes next."""
        reviewed = summary.reviewed
        words = sum(1 for x in reviewed if x.kind == "word")
        self.title.setText(count_text(len(reviewed), words))
        right = sum(1 for x in reviewed if x.rating != Rating.AGAIN)
        questions = [x for x in reviewed if x.kind != "word"]
        parts = []
        if questions:  # checked answers: right or not
            checked = sum(1 for x in questions if x.rating != Rating.AGAIN)
            parts.append(self.tr("%n right", "", checked))
        if reviewed and right < len(reviewed):
            parts.append(self.tr("%n to see again soon", "", len(reviewed) - right))
        self.text.setText(" · ".join(parts))
        self.text.setVisible(bool(parts))
        if reviewed:
            share = right / len(reviewed)
            # words alone were the learner's own say: « 3/3 » kept, not a score of « 100 % »
            big = f"{right}/{len(reviewed)}" if not questions else percent(share)
            self.ring.show_score(share * 100, big, "", right == len(reviewed))
        self.ring.setVisible(bool(reviewed))
        if summary.next_due is None:
            self.next.setText(self.tr("Nothing left to review: look words up as you read."))
        else:  # « Prochaine révision aujourd’hui vers 15 h 45 · 3 mots d’ici demain »
            self.next.setText(
                when_words.sentence(
                    summary.next_due, summary.due_tomorrow, summary.due_tomorrow_words
                )
            )
        if reviewed and motion:
            self.ring.celebrate(True)

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Back to the library"))
        self.own_button.setText(self.tr("Paste a text of your own"))
        self.next_button.setProperty("whole", self.tr("Read the next article →"))
        up, said = self.tr("Up next: %1"), self.tr("Read the next article: %1")
        if self.all_read:  # an achievement over the library, not an apology
            self.up_next.setText(self.tr("You have read all %n article(s)", "", self.all_read))
        if self.next_title:
            self.up_next.setText(up.replace("%1", self.next_title))
            self.next_button.setAccessibleName(said.replace("%1", self.next_title))
            self.next_button.setToolTip(self.next_title)
        self._fit_next()
