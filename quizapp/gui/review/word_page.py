"""A word card: the sentence with the word hidden and its gloss as the cue; type the word back.

Enter checks (an empty field is "I don't know"); a wrong first try may be
tried once more. Then the back: the word in place, the gloss, the sentence's
English, and the rating the outcome earned, which Enter accepts and 1-4
override (Again, Hard, Good, Easy, as in Anki).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from quizapp.core.review.ratings import Rating, rating_from_key
from quizapp.core.review.sitting import Turn
from quizapp.core.review.words import WordCloze, check
from quizapp.gui.quiz.answer_base import PlainLabel
from quizapp.gui.review.text import PlainText, palette_for
from quizapp.gui.window.theme import Theme

GAP = "\u2009＿＿＿\u2009"


class WordPage(QWidget):
    rated = Signal(object, object)  # Rating chosen, Rating suggested

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card: WordCloze | None = None
        self.turn: Turn | None = None
        self.suggestion: Rating | None = None
        self.sentence = PlainText(self)
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
        self.buttons: dict[Rating, QPushButton] = {}
        ratings = QHBoxLayout()
        for rating in Rating:
            button = QPushButton(self)
            button.setObjectName(f"rate_{rating.name.lower()}")
            button.clicked.connect(lambda _c=False, r=rating: self._rate(r))
            ratings.addWidget(button)
            self.buttons[rating] = button
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.hint_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.cue)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.english)
        layout.addLayout(ratings)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_card(self, card: WordCloze, turn: Turn) -> None:
        self.card, self.turn, self.suggestion = card, turn, None
        self.sentence.set_text(card.before + GAP + card.after)
        self.sentence.highlight(
            [(len(card.before), len(card.before) + len(GAP))], self._tint("cursor_tint")
        )
        self.cue.setText(f"{card.headword} — {card.gloss}" if card.headword else card.gloss)
        self.typed.clear()
        self.typed.setPlaceholderText("")
        self.typed.setReadOnly(False)
        self.verdict.clear()
        self.english.clear()
        self.english.hide()
        for button in self.buttons.values():
            button.hide()
        self.check_button.setEnabled(True)
        self.hint_button.setEnabled(True)
        self.typed.setFocus()

    def set_theme(self, theme: Theme) -> None:
        self.sentence.restyle()
        self.sentence.setMaximumHeight(theme.px("passage") * 7)  # about four lines
        for button in (self.check_button, self.hint_button, *self.buttons.values()):
            button.setMinimumHeight(theme.target)

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
            self.typed.selectAll()
            return
        self._reveal()

    def _reveal(self) -> None:
        assert self.card is not None and self.turn is not None
        right = self.turn.score >= self.turn.points
        card = self.card
        self.sentence.set_text(card.sentence)
        span = (len(card.before), len(card.before) + len(card.answer))
        self.sentence.highlight([span], self._tint("right_tint" if right else "wrong_tint"), True)
        self.verdict.setText(
            self.tr("Right.") if right else self.tr("The word was: %1").replace("%1", card.answer)
        )
        self.english.setText(card.sentence_en)
        self.english.setVisible(bool(card.sentence_en))
        self.typed.setReadOnly(True)
        self.check_button.setEnabled(False)
        self.hint_button.setEnabled(False)
        self.suggestion = self.turn.suggested()
        for rating, button in self.buttons.items():
            button.show()
            button.setDefault(rating == self.suggestion)
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
        for rating, button in self.buttons.items():
            button.setText(f"{int(rating)} · {names[rating]}")
            button.setAccessibleName(names[rating])
