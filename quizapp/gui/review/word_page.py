"""A word card: the English gloss as the cue, the sentence with the word hidden; type it back.

The front never says the word (no headword, no voice): it is the answer.
Enter checks (an empty field is "I don't know"); a wrong first try may be
tried once more. Then the back: the word (and a speaker, when a voice is
there), its sentence whole, its English, and one « Continue »: the typed
answer already graded itself (right = Good, after a hint, a retry or a
forgiven accent = Hard, wrong = Again), so the learner only says when it was
easy (the link, E or 4); 1-3 still override, as in Anki.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review.ratings import Rating, rating_from_key
from quizapp.core.review.sitting import Turn
from quizapp.core.review.words import WordCloze, check, slipped
from quizapp.gui.progress import dates
from quizapp.gui.quiz.answer_base import PlainLabel
from quizapp.gui.quiz.motion import motion_on
from quizapp.gui.quiz.verdict_mark import VerdictDisc
from quizapp.gui.review.text import PlainText, palette_for
from quizapp.gui.window.theme import Theme

GAP = "\u2009＿＿＿\u2009"


class FitText(PlainText):
    """The sentence as tall as its lines at its width (up to `tallest`), so a short one
    leaves no empty box and a long one pushes the field down instead of under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tallest = 0
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())

    def needed(self, width: int) -> int:
        document = self.document().clone(self)
        frame = self.frameWidth() * 2
        document.setTextWidth(width - frame)
        needed = round(document.size().height()) + frame + 2
        document.deleteLater()
        return min(needed, self.tallest) if self.tallest else needed

    def fit(self) -> None:
        height = self.needed(self.width())
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class WordPage(QWidget):
    rated = Signal(object, object)  # Rating chosen, Rating suggested
    answered = Signal()  # the back shows: the sitting's bar counts this card

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card: WordCloze | None = None
        self.turn: Turn | None = None
        self.suggestion: Rating | None = None
        # the voice, when there is one (the hookup sets both): never asked on the front
        self.can_speak: Callable[[], bool] = lambda: False
        self.speak: Callable[[str], None] = lambda _text: None
        self.title_of: Callable[[str], str] = lambda _id: ""  # an article's title (the hookup)
        self.eyebrow = PlainLabel(self)  # « The French word for »
        self.eyebrow.setObjectName("review_eyebrow")
        self.cue = PlainLabel(self)  # the English gloss: what to recall
        self.cue.setObjectName("review_cue")
        self.word = PlainLabel(self)  # the back's headline: the word itself
        self.word.setObjectName("review_word")
        self.speaker = QPushButton(self)
        self.speaker.setObjectName("review_speaker")
        self.speaker.clicked.connect(self._say)
        self.sentence = FitText(self)
        self.sentence.setObjectName("review_sentence")
        self.source = PlainLabel(self)  # « From “…” »: where the word was met
        self.source.setObjectName("review_source")
        self.typed = QLineEdit(self)
        self.typed.setObjectName("review_typed")
        self.check_button = QPushButton(self)
        self.check_button.setProperty("primary", "true")
        self.check_button.clicked.connect(self.check)
        self.hint_button = QPushButton(self)
        self.hint_button.clicked.connect(self.hint)
        self.verdict = PlainLabel(self)
        self.verdict.setObjectName("review_verdict")
        self.disc = VerdictDisc(self)  # the quiz's painted ✓ / ✗, beside the final verdict
        self.disc.hide()
        self.english = PlainLabel(self)
        self.english.setObjectName("review_english")
        # when the card comes back (the hookup sets how that is known)
        self.preview: Callable[[CardRecord], dict[Rating, timedelta]] = lambda _c: {}
        self.deltas: dict[Rating, timedelta] = {}
        self.revealed: bool | None = None
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("review_continue")
        self.continue_button.setProperty("primary", "true")
        self.continue_button.clicked.connect(lambda: self._rate(self.suggestion))
        self.when = PlainLabel(self)  # « Back in 10 min »
        self.when.setObjectName("review_when")
        self.easy_button = QPushButton(self)  # the secondary beside Continue: « Easy (E) »
        self.easy_button.setObjectName("review_easy")
        self.easy_button.clicked.connect(lambda: self._rate(Rating.EASY))
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(self.hint_button)
        row.addWidget(self.check_button)
        headline = QHBoxLayout()
        headline.addWidget(self.word)
        headline.addWidget(self.speaker)
        headline.addStretch(1)
        going = QHBoxLayout()
        going.addWidget(self.continue_button)
        going.addWidget(self.easy_button)
        going.addWidget(self.when)
        going.addStretch(1)
        # the card: the cue, the sentence in the passage's serif, the field; once
        # checked, the word, the verdict and the English, and the way on
        self.card_frame = QFrame(self)
        self.card_frame.setObjectName("review_card")
        self.card_frame.setProperty("card", "plain")
        inside = QVBoxLayout(self.card_frame)
        inside.addWidget(self.eyebrow)
        inside.addWidget(self.cue)
        inside.addLayout(headline)
        inside.addWidget(self.sentence)
        inside.addWidget(self.source)
        inside.addLayout(row)
        self.verdict_line = verdict_line = QHBoxLayout()  # the disc and its words, as in the quiz
        verdict_line.addWidget(self.disc, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict_line.addWidget(self.verdict, 1, Qt.AlignmentFlag.AlignVCenter)
        inside.addLayout(verdict_line)
        inside.addWidget(self.english)
        inside.addLayout(going)
        # in a scroll area, so a short window at a large zoom scrolls instead of squeezing
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("review_scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        holder = QWidget()
        holder.setObjectName("review_holder")
        self.column = QWidget(holder)
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card_frame)  # right under the sitting's bar, not floating
        column.addStretch(1)
        row_of = QHBoxLayout(holder)
        row_of.setContentsMargins(0, 0, 0, 0)
        row_of.addStretch(1)
        row_of.addWidget(self.column, 12)
        row_of.addStretch(1)
        self.scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.retranslate_ui()

    def back_widgets(self) -> tuple[QWidget, ...]:
        return (self.word, self.english, self.continue_button, self.when, self.easy_button)

    def show_card(self, card: WordCloze, turn: Turn) -> None:
        self.card, self.turn, self.suggestion = card, turn, None
        self.revealed = None  # right or not, once the back shows
        self._paint()
        self.cue.setText(card.gloss)  # the cue only: the headword is the answer
        self.word.setText(card.headword or card.answer)  # the word as a dictionary gives it
        self.typed.clear()
        self.typed.setReadOnly(False)
        self.verdict.clear()
        self.disc.set_kind("")
        self.disc.hide()
        self.english.clear()
        title = self.title_of(card.article_id)
        self.source.setVisible(bool(title))
        for widget in (*self.back_widgets(), self.speaker):
            widget.hide()
        self.deltas = {}
        self.check_button.setEnabled(True)
        self.hint_button.setEnabled(True)
        for widget in (self.typed, self.check_button, self.hint_button):
            widget.show()
        self._tone("")
        self.retranslate_ui()
        self.typed.setFocus()

    def set_theme(self, theme: Theme) -> None:
        self.sentence.restyle()
        self.disc.set_theme(theme)
        self._paint()
        self.sentence.tallest = theme.px("passage") * 7  # about four lines
        self.sentence.fit()
        self.column.setMaximumWidth(theme.px("passage") * 36)  # a reading line's measure
        self.column.layout().setContentsMargins(0, theme.space(1), 0, 0)
        margin = theme.space(3)
        self.card_frame.layout().setContentsMargins(margin, margin, margin, margin)
        self.card_frame.layout().setSpacing(theme.space(1.5))
        self.verdict_line.setSpacing(theme.space(1))
        for button in (self.check_button, self.hint_button, self.continue_button, self.easy_button):
            button.setMinimumHeight(theme.target)
        self.typed.setMinimumHeight(theme.target)

    def _paint(self) -> None:
        """The sentence with its gap (front) or its word (back), in the current theme's
        tints: called again when the theme changes, so dark mode never keeps light ones."""
        card = self.card
        if card is None:
            return
        if self.revealed is None:
            self.sentence.set_text(card.before + GAP + card.after)
            span, tint, bold = (len(card.before), len(card.before) + len(GAP)), "cursor_tint", False
        else:
            self.sentence.set_text(card.sentence)
            span = (len(card.before), len(card.before) + len(card.answer))
            tint, bold = ("right_tint" if self.revealed else "wrong_tint"), True
        self.sentence.highlight([span], self._tint(tint), bold)

    def _tone(self, tone: str, final: bool = False) -> None:
        """The verdict in the right or wrong colour; hidden while there is none. The
        final one is said large, beside its disc; a retry's nudge stays small."""
        self.verdict.setVisible(bool(tone))
        self.verdict.setProperty("tone", tone)
        self.verdict.setProperty("final", "true" if final else "false")
        self.disc.set_kind(tone if final else "")
        self.disc.setVisible(final)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _tint(self, role: str) -> str:
        return str(getattr(palette_for(self), role))

    def _say(self) -> None:
        if self.card is not None and self.revealed is not None:
            self.speak(self.card.answer)

    def hint(self) -> None:
        if self.card is None or self.turn is None or self.turn.done:
            return
        self.turn.hint()
        shown = self.card.answer[: self.turn.hints]
        self.typed.setPlaceholderText(shown + "…")
        self.typed.setFocus()

    def check(self) -> None:
        if self.card is None or self.turn is None or self.turn.done:
            return
        text = self.typed.text()
        if not text.strip():
            self.turn.give_up()
        elif check(text, self.card):
            self.turn.answer(1, 1, slip=slipped(text, self.card))
        elif not self.turn.answer(0, 1):
            self.verdict.setText(self.tr("Not quite: try once more."))
            self._tone("wrong")
            self.typed.selectAll()
            return
        self._reveal()

    def _reveal(self) -> None:
        assert self.card is not None and self.turn is not None
        right = self.turn.score >= self.turn.points
        card = self.card
        self.revealed = right
        self._paint()
        self._tone("right" if right else "wrong", final=True)
        self.disc.pop(motion_on())  # a small pop; none when motion is reduced
        self.english.setText(card.sentence_en)
        self.typed.setReadOnly(True)
        self.check_button.setEnabled(False)
        self.hint_button.setEnabled(False)
        for widget in (self.typed, self.check_button, self.hint_button):
            widget.hide()  # the word stands in its sentence now: room for the back
        self.suggestion = self.turn.suggested()
        self.deltas = self.preview(self.turn.card)
        self.retranslate_ui()
        for widget in self.back_widgets():
            widget.show()
        self.english.setVisible(bool(card.sentence_en))
        self.when.setVisible(bool(self.when.text()))
        self.speaker.setVisible(self.can_speak())
        self.continue_button.setFocus()
        self.answered.emit()

    def _rate(self, rating: Rating | None) -> None:
        if self.turn is None or not self.turn.done or self.suggestion is None or rating is None:
            return
        suggestion, self.suggestion = self.suggestion, None
        self.rated.emit(rating, suggestion)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter checks, then goes on with the earned rating; E or 4 says it was easy,
        1-3 override (the field passes Enter on)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.suggestion is None and self.turn is not None and not self.turn.done:
            self.check()
            return
        if self.suggestion is not None:
            chosen = rating_from_key(event.text())
            if chosen is not None:
                self._rate(chosen)
                return
            if enter:
                self._rate(Rating.EASY if self.easy_button.hasFocus() else self.suggestion)
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.typed.setAccessibleName(self.tr("The hidden word"))
        self.eyebrow.setText(self.tr("The French word for"))
        if self.turn is None or not self.turn.hints:  # a hint's letters stay
            self.typed.setPlaceholderText(self.tr("Type the French word"))
        self.check_button.setText(self.tr("Check"))
        self.hint_button.setText(self.tr("Hint"))
        self.hint_button.setToolTip(self.tr("Show the word’s next letter"))
        self.speaker.setText(self.tr("Listen"))
        self.speaker.setToolTip(self.tr("Hear the word"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Enter"))
        self.easy_button.setText(self.tr("Easy (E)"))
        self.easy_button.setToolTip(self.tr("It was easy: see it again much later (key E or 4)"))
        title = self.title_of(self.card.article_id) if self.card is not None else ""
        self.source.setText(self.tr("From “%1”").replace("%1", title) if title else "")
        if self.revealed is not None and self.card is not None:
            self.verdict.setText(
                self.tr("Right!")
                if self.revealed
                else self.tr("The word was: %1").replace("%1", self.card.answer)
            )
        delta = self.deltas.get(self.suggestion) if self.suggestion is not None else None
        self.when.setText(
            self.tr("Back in %1").replace("%1", dates.interval(delta)) if delta else ""
        )
