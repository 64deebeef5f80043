"""A word card: the sentence with the word hidden and its gloss as the cue; type the word back.

Enter checks (an empty field is "I don't know"); a wrong first try may be
tried once more. Then the back: the word in place, the gloss, the sentence's
English, and the rating the outcome earned, which Enter accepts and 1-4
override (Again, Hard, Good, Easy, as in Anki).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.progress.review_records import CardRecord
from quizapp.core.review.ratings import Rating, rating_from_key
from quizapp.core.review.sitting import Turn
from quizapp.core.review.words import WordCloze, check
from quizapp.gui.progress import dates
from quizapp.gui.quiz.answer_base import PlainLabel
from quizapp.gui.review.text import PlainText, palette_for
from quizapp.gui.window.theme import Theme

GAP = "\u2009＿＿＿\u2009"
SEGMENTS = {
    Rating.AGAIN: "first",
    Rating.HARD: "middle",
    Rating.GOOD: "middle",
    Rating.EASY: "last",
}


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

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card: WordCloze | None = None
        self.turn: Turn | None = None
        self.suggestion: Rating | None = None
        self.sentence = FitText(self)
        self.sentence.setObjectName("review_sentence")
        self.cue = PlainLabel(self)
        self.cue.setObjectName("review_cue")
        self.typed = QLineEdit(self)
        self.typed.setObjectName("review_typed")
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check)
        self.hint_button = QPushButton(self)
        self.hint_button.clicked.connect(self.hint)
        self.verdict = PlainLabel(self)
        self.verdict.setObjectName("review_verdict")
        self.english = PlainLabel(self)
        self.english.setObjectName("review_english")
        # when the card would come back for each rating (the hookup sets it)
        self.preview: Callable[[CardRecord], dict[Rating, timedelta]] = lambda _c: {}
        self.intervals: dict[Rating, str] = {}  # « 3 j » on each button, once revealed
        self.deltas: dict[Rating, timedelta] = {}
        self.revealed: bool | None = None
        self.buttons: dict[Rating, QPushButton] = {}
        self.keys: list[QLabel] = []
        ratings = QGridLayout()  # a segmented row, each key under its button
        ratings.setHorizontalSpacing(0)
        for column, rating in enumerate(Rating):
            button = QPushButton(self)
            button.setObjectName(f"rate_{rating.name.lower()}")
            button.setProperty("segment", SEGMENTS[rating])
            button.clicked.connect(lambda _c=False, r=rating: self._rate(r))
            ratings.addWidget(button, 0, column)
            ratings.setColumnStretch(column, 1)
            self.buttons[rating] = button
            key = QLabel(str(int(rating)), self)
            key.setObjectName("review_key")
            key.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            ratings.addWidget(key, 1, column)
            self.keys.append(key)
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.hint_button)
        # the card: the cue, the sentence in the passage's serif, the field; the verdict
        # and the English under it once checked; then the ratings, in a reading column
        self.card_frame = QFrame(self)
        self.card_frame.setObjectName("review_card")
        self.card_frame.setProperty("card", "plain")
        inside = QVBoxLayout(self.card_frame)
        inside.addWidget(self.cue)
        inside.addWidget(self.sentence)
        inside.addLayout(row)
        inside.addWidget(self.verdict)
        inside.addWidget(self.english)
        self.column = QWidget(self)
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card_frame)
        column.addLayout(ratings)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.column, 12)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_card(self, card: WordCloze, turn: Turn) -> None:
        self.card, self.turn, self.suggestion = card, turn, None
        self.revealed = None  # right or not, once the back shows
        self._paint()
        self.cue.setText(f"{card.headword} — {card.gloss}" if card.headword else card.gloss)
        self.typed.clear()
        self.typed.setPlaceholderText("")
        self.typed.setReadOnly(False)
        self.verdict.clear()
        self.english.clear()
        self.english.hide()
        for widget in (*self.buttons.values(), *self.keys):
            widget.hide()
        self.intervals = {}
        self.deltas = {}
        self.check_button.setEnabled(True)
        self.hint_button.setEnabled(True)
        for widget in (self.typed, self.check_button, self.hint_button):
            widget.show()
        self._tone("")
        self.typed.setFocus()

    def set_theme(self, theme: Theme) -> None:
        self.sentence.restyle()
        self._paint()
        self.sentence.tallest = theme.px("passage") * 7  # about four lines
        self.sentence.fit()
        self.column.setMaximumWidth(theme.px("passage") * 38)  # a reading line's measure
        margin = theme.space(2)
        self.card_frame.layout().setContentsMargins(margin, margin, margin, margin)
        self.card_frame.layout().setSpacing(theme.space(1))
        self.column.layout().setSpacing(theme.space(1.5))
        for button in (self.check_button, self.hint_button, *self.buttons.values()):
            button.setMinimumHeight(theme.target)

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

    def _tone(self, tone: str) -> None:
        """The verdict in the right or wrong colour; hidden while there is none."""
        self.verdict.setVisible(bool(tone))
        self.verdict.setProperty("tone", tone)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _tint(self, role: str) -> str:
        return str(getattr(palette_for(self), role))

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
            self.turn.answer(1, 1)
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
        self._tone("right" if right else "wrong")
        self.english.setText(card.sentence_en)
        self.english.setVisible(bool(card.sentence_en))
        self.typed.setReadOnly(True)
        self.check_button.setEnabled(False)
        self.hint_button.setEnabled(False)
        for widget in (self.typed, self.check_button, self.hint_button):
            widget.hide()  # the word stands in its sentence now: room for the back
        self.suggestion = self.turn.suggested()
        self.deltas = self.preview(self.turn.card)
        self.retranslate_ui()
        for rating, button in self.buttons.items():
            button.show()
            button.setDefault(rating == self.suggestion)
            button.setProperty("suggested", "true" if rating == self.suggestion else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        for key in self.keys:
            key.show()
        self.buttons[self.suggestion].setFocus()

    def _rate(self, rating: Rating) -> None:
        if self.turn is None or not self.turn.done or self.suggestion is None:
            return
        suggestion, self.suggestion = self.suggestion, None
        self.rated.emit(rating, suggestion)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter checks, then accepts the rating; 1-4 override it (the field passes Enter on)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.suggestion is None and self.turn is not None and not self.turn.done:
            self.check()
            return
        if self.suggestion is not None:
            chosen = rating_from_key(event.text())
            if chosen is not None:
                self._rate(chosen)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                focused = next((r for r, b in self.buttons.items() if b.hasFocus()), None)
                self._rate(focused or self.suggestion)
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.typed.setAccessibleName(self.tr("The hidden word"))
        self.check_button.setText(self.tr("Check"))
        self.hint_button.setText(self.tr("Hint"))
        self.hint_button.setToolTip(
            self.tr("Show the word’s next letter (the rating becomes Hard)")
        )
        names = {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }
        self.intervals = {r: dates.interval(d) for r, d in self.deltas.items()}
        if self.revealed is not None and self.card is not None:
            self.verdict.setText(
                self.tr("Right.")
                if self.revealed
                else self.tr("The word was: %1").replace("%1", self.card.answer)
            )
        for rating, button in self.buttons.items():
            when = self.intervals.get(rating)
            button.setText(f"{names[rating]} · {when}" if when else names[rating])
            button.setAccessibleName(names[rating])
            button.setToolTip(self.tr("Key %1").replace("%1", str(int(rating))))
