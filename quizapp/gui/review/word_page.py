"""A word card: a flash card, turned over as in Anki, in the reading app's calm look.

The front: a caption saying the direction, the word large (with a speaker when a voice
is there), the sentence of the article where it was met with the word emphasised, the
article's title as a caption beside its small cover (its library card's colours and
pictogram), and « Show the answer » (Space or Enter). Every second
time a word comes (`recall_turn`) the front asks the other way: its English large and
the sentence with the word a line « ____ », so the learner recalls the French too. It
turns over (`flip`) to the back: the word as a dictionary gives it, its part of speech
when a dictionary knows it, its meaning, the sentence again with its English when the
article has it, and how well the learner knew it, in their words: Not yet, Hard, Good
(Enter), Easy; keys 1-4 (E for Easy). The card is as tall on its front as on its back,
the way on at its foot: the buttons never move when it turns over.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.core.progress.review_records import CardRecord
from quizapp.core.quiz.describe import quote_sentence
from quizapp.core.review.ratings import Rating, rating_from_key
from quizapp.core.review.sitting import Turn
from quizapp.core.review.words import WordCloze, masked, recall_turn
from quizapp.gui.progress import dates
from quizapp.gui.quiz.answer_base import PlainLabel
from quizapp.gui.quiz.motion import motion_on
from quizapp.gui.review.cover_tile import CoverTile, OneLineLabel, centred_row
from quizapp.gui.review.flip import flip
from quizapp.gui.review.text import FitText, palette_for
from quizapp.gui.speech.icons import speaker_icon
from quizapp.gui.window.theme import Theme

RATINGS = (Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY)


class WordPage(QWidget):
    rated = Signal(object, object)  # Rating chosen, Rating suggested
    answered = Signal()  # the back shows: the sitting's bar counts this card

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card: WordCloze | None = None
        self.turn: Turn | None = None
        self.suggestion: Rating | None = None  # Good once the back shows: Enter says it
        self.revealed: bool | None = None  # None on the front, True once turned over
        self.recall = False  # the front asks English → French (`recall_turn`)
        # the hookup sets these: the voice, an article's title, a word's part of speech
        self.can_speak: Callable[[], bool] = lambda: False
        self.speak: Callable[[str], None] = lambda _text: None
        self.title_of: Callable[[str], str] = lambda _id: ""
        self.cover_of: Callable[[str], str | None] = lambda _id: None  # its pictogram
        self.pos_of: Callable[[WordCloze], str] = lambda _card: ""
        # when the card comes back after each answer (the buttons' tooltips)
        self.preview: Callable[[CardRecord], dict[Rating, timedelta]] = lambda _c: {}
        self.deltas: dict[Rating, timedelta] = {}
        self.eyebrow = self._label("review_eyebrow")  # « Do you know this word? »
        self.word = self._label("review_word")  # the word, large
        self.word.setWordWrap(True)
        self.speaker = QPushButton(self)
        self.speaker.setObjectName("review_speaker")
        self.speaker.clicked.connect(self._say)
        self.kind = self._label("review_pos")  # « noun, masc. » (the back)
        self.meaning = self._label("review_cue")  # the English gloss (the back)
        self.sentence = FitText(self)
        self.sentence.setObjectName("review_sentence")
        self.english = self._label("review_english")  # the sentence's English (the back)
        self.source = self._label("review_source", OneLineLabel)  # « From « … » »: where it was met
        self.source_tile = CoverTile("", None, self, 1.6, "review_source_cover")  # its cover
        self.source_tile.measure = self.source  # as tall as its caption's line and a half
        self.show_button = QPushButton(self)  # « Show the answer »: the front's one action
        self.show_button.setObjectName("review_show")
        self.show_button.setProperty("primary", "true")
        self.show_button.clicked.connect(self.reveal)
        self.buttons: dict[Rating, QPushButton] = {}
        grades = QHBoxLayout()
        for rating in RATINGS:
            button = QPushButton(self)
            button.setObjectName("review_grade")
            button.setProperty("grade", rating.name.lower())
            button.setProperty("primary", "true" if rating is Rating.GOOD else "false")
            button.clicked.connect(lambda _c=False, r=rating: self._rate(r))
            grades.addWidget(button, 1)
            self.buttons[rating] = button
        self.grades = grades
        self.keys = self._label("review_keys")  # « Keys 1 to 4 · Enter: Good »
        policy = self.keys.sizePolicy()  # its line kept on the front: the show button
        policy.setRetainSizeWhenHidden(True)  # sits where the ratings will
        self.keys.setSizePolicy(policy)
        self.card_frame = QFrame(self)  # the card: rounded, raised from the page
        self.card_frame.setObjectName("review_card")
        self.card_frame.setProperty("card", "plain")
        self.card_frame.setProperty("flash", "true")
        self.card_frame.installEventFilter(self)  # a new width: its back measured again
        headline = self.headline = QHBoxLayout()
        headline.addStretch(1)
        headline.addWidget(self.word)
        headline.addWidget(self.speaker, 0, Qt.AlignmentFlag.AlignVCenter)
        headline.addStretch(1)
        inside = QVBoxLayout(self.card_frame)
        inside.addStretch(1)  # a front shorter than its back: its lines in the middle
        inside.addWidget(self.eyebrow)
        inside.addLayout(headline)
        inside.addWidget(self.kind)
        inside.addWidget(self.meaning)
        inside.addSpacing(0)  # air between the word and its sentence (set_theme)
        inside.addWidget(self.sentence)
        inside.addWidget(self.english)
        inside.addLayout(centred_row(self.source_tile, self.source))
        inside.addSpacing(0)  # air over the way on
        inside.addStretch(1)  # the way on at the card's foot, front and back (`_hold_height`)
        inside.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inside.addLayout(grades)
        inside.addWidget(self.keys)
        for label in (self.eyebrow, self.word, self.kind, self.meaning, self.english):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.source.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.keys.setAlignment(Qt.AlignmentFlag.AlignHCenter)
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
        column.addWidget(self.card_frame)  # its top margin centres it (`_centre`)
        column.addStretch(1)
        row_of = QHBoxLayout(holder)
        row_of.setContentsMargins(0, 0, 0, 0)
        row_of.addStretch(1)
        row_of.addWidget(self.column, 12)
        row_of.addStretch(1)
        self.scroll.setWidget(holder)
        self.room = self.scroll.viewport()  # the page's room: a card taller is not held
        self.room.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._flipping = None  # the turn's animation, while it runs
        self.retranslate_ui()

    def _label(self, name: str, kind: type[PlainLabel] = PlainLabel) -> PlainLabel:
        label = kind(self)
        label.setObjectName(name)
        return label

    def front_widgets(self) -> tuple[QWidget, ...]:
        return (self.eyebrow, self.show_button)

    def back_widgets(self) -> tuple[QWidget, ...]:
        return (self.meaning, *self.buttons.values(), self.keys)

    def focus_target(self) -> QWidget:
        """Where the keys go: « Show the answer » on the front, Good on the back."""
        return self.show_button if self.revealed is None else self.buttons[Rating.GOOD]

    def show_card(self, card: WordCloze, turn: Turn) -> None:
        self.card, self.turn, self.suggestion = card, turn, None
        self.revealed = None
        self.recall = recall_turn(turn.card.reps)
        self.deltas = {}
        # as it was met (the back gives the headword); or its English, to recall it
        self.word.setText(card.gloss if self.recall else card.answer)
        self.meaning.setText(card.gloss)
        self.english.setText(card.sentence_en)
        for widget in (*self.back_widgets(), self.kind, self.english):
            widget.hide()
        for widget in self.front_widgets():
            widget.show()
        self.speaker.setVisible(self.can_speak() and not self.recall)  # it would say it
        self.source.setVisible(bool(self.title_of(card.article_id)))
        self.source_tile.show_for(card.article_id, self.cover_of(card.article_id))
        self.source_tile.setVisible(self.source.isVisibleTo(self))
        self.setProperty("side", "front")
        self._cue("english" if self.recall else None)
        self._restyle()
        self._paint()
        self.retranslate_ui()
        self._hold_height()
        self.show_button.setFocus()

    def set_theme(self, theme: Theme) -> None:
        self.sentence.restyle()
        self._paint()
        self.sentence.tallest = theme.px("passage") * 7  # about four lines
        self.sentence.fit()
        self.column.setMaximumWidth(theme.px("passage") * 36)  # a reading line's measure
        self._margins = theme.space(1), theme.space(2)  # the column's, above and below
        calm = theme.scale**0.5  # generous margins, less so at a large zoom (as `done`)
        side, top = round(theme.space(5) / calm), round(theme.space(4) / calm)
        inside = self.card_frame.layout()
        inside.setContentsMargins(side, top, side, top)
        inside.setSpacing(theme.space(1.25))
        inside.itemAt(5).changeSize(0, theme.space(1.5))  # between the word and its sentence
        inside.itemAt(9).changeSize(0, theme.space(1.5))  # over the way on
        self.grades.setSpacing(theme.space(1))
        self._least = theme.px("passage") * 14  # a card, not a strip
        self._hold_height()
        self.show_button.setMinimumHeight(theme.target)
        self.show_button.setMinimumWidth(theme.px("passage") * 12)
        for button in self.buttons.values():
            button.setMinimumHeight(theme.target)
        size = round(theme.px("title") * 0.8)
        self.speaker.setIcon(speaker_icon(theme.palette.accent, size))
        self.speaker.setIconSize(QSize(size, size))
        self.speaker.setFixedSize(theme.target, theme.target)

    def _restyle(self) -> None:
        for widget in (self, self.word):
            widget.setProperty("side", self.property("side"))
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _paint(self) -> None:
        """The sentence centred, its word in bold on a tint of the current theme: called
        again when the theme changes, so dark mode never keeps light ones."""
        card = self.card
        if card is None:
            return
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.sentence.document().setDefaultTextOption(option)
        text, *span = masked(card) if self.recall and not self.revealed else (card.sentence,)
        self.sentence.set_text(text)
        span = span or [len(card.before), len(card.before) + len(card.answer)]
        tint = "cursor_tint"  # the same on both sides: the back is no verdict
        self.sentence.highlight([tuple(span)], str(getattr(palette_for(self), tint)), True)

    def _say(self) -> None:
        if self.card is not None:
            self.speak(self.card.headword if self.revealed else self.card.answer)

    def reveal(self) -> None:
        """« Show the answer »: the card turns over to its back (a short flip)."""
        if self.card is None or self.turn is None or self.revealed is not None:
            return
        self.turn.answer(1, 1)  # seen: the learner says how well they knew it
        self.suggestion = self.turn.suggested()
        self.deltas = self.preview(self.turn.card)
        background = palette_for(self).window
        self._flipping = flip(self.card_frame, self._turn_over, background, motion_on())
        self.buttons[Rating.GOOD].setFocus()
        self.answered.emit()

    def _turn_over(self) -> None:
        card = self.card
        assert card is not None
        self.revealed = True
        self.word.setText(card.headword or card.answer)
        self.kind.setText(self.pos_of(card))
        for widget in self.front_widgets():
            widget.hide()
        for widget in self.back_widgets():
            widget.show()
        self.kind.setVisible(bool(self.kind.text()))
        self.english.setVisible(bool(card.sentence_en))
        self.speaker.setVisible(self.can_speak())
        self._cue(None)
        self.setProperty("side", "back")
        self._restyle()
        self._paint()
        self.retranslate_ui()

    _least, _margins = 0, (0, 0)  # the card's least height, the column's margins (set_theme)

    def _cue(self, cue: str | None) -> None:
        """The big line's look: the French word, or the recall card's English cue (the
        card's width to wrap in: it has no speaker beside it)."""
        for index, stretch in enumerate((0, 1, 0, 0) if cue else (1, 0, 0, 1)):
            self.headline.setStretch(index, stretch)
        if self.word.property("cue") != cue:
            self.word.setProperty("cue", cue)
            self.word.style().unpolish(self.word)
            self.word.style().polish(self.word)

    def _hold_height(self) -> None:
        """On the front, the card as tall as its back will be (laid out as the back for
        a moment, no paint between): its stretches take the difference, so « Show the
        answer » stands where the ratings come and nothing moves when it turns (unless
        the back is taller than the page: the front is not made to scroll for it)."""
        frame, card, layout = self.card_frame, self.card, self.card_frame.layout()
        if self.revealed is None:
            frame.setMinimumHeight(self._least)
        if card is None or self.revealed is not None or frame.width() <= 0:
            return self._centre()
        focused, front = self.focusWidget(), [w for w in self.front_widgets() if w.isVisible()]
        word, kind = self.word.text(), self.pos_of(card)
        back = [self.meaning, *self.buttons.values(), self.keys]
        back += [w for w, on in ((self.kind, kind), (self.english, card.sentence_en)) if on]
        back += [self.speaker] if self.can_speak() and self.speaker.isHidden() else []
        frame.setUpdatesEnabled(False)
        self.word.setText(card.headword or card.answer)
        self._cue(None)  # in the back's size
        self.kind.setText(kind)
        for widget in front:
            widget.hide()
        for widget in back:
            widget.show()
        layout.activate()
        height = layout.totalHeightForWidth(frame.width())
        for widget in back:
            widget.hide()
        for widget in front:
            widget.show()
        self.word.setText(word)
        self._cue("english" if self.recall else None)
        layout.activate()
        frame.setUpdatesEnabled(True)
        room = self.scroll.viewport().height() - sum(self._margins)
        if height <= room:  # a back that scrolls anyway: the front as it is, not scrolled
            frame.setMinimumHeight(max(self._least, height))
        self._centre()
        if focused is not None and focused.isVisible():
            focused.setFocus()

    def _centre(self) -> None:
        """The card a little above the middle of the room under the sitting's bar (where
        the eye rests), not in the top third over an empty half: the room left over its
        held height (its back's) goes 2 : 3 above and below, so it turns in place."""
        top, bottom = self._margins
        frame = self.card_frame  # as tall as its back, or its front when that is taller
        height = max(frame.minimumHeight(), frame.layout().totalHeightForWidth(frame.width()))
        spare = self.room.height() - top - bottom - height
        self.column.layout().setContentsMargins(0, top + max(0, spare * 2 // 5), 0, bottom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in (self.card_frame, self.room):
            old, new = event.oldSize(), event.size()  # type: ignore[attr-defined]
            if old.width() != new.width() or (watched is self.room and old != new):
                self._hold_height()  # the back's lines wrap anew, or the page's room changed
        return super().eventFilter(watched, event)

    def _rate(self, rating: Rating | None) -> None:
        if self.revealed is None or self.suggestion is None or rating is None:
            return
        suggestion, self.suggestion = self.suggestion, None
        self.rated.emit(rating, suggestion)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space or Enter turns the card over; then 1-4 (or E) say how well it was known,
        Enter the focused answer (Good, unless the learner moved to another)."""
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self.revealed is None:
            if enter or key == Qt.Key.Key_Space:
                self.reveal()
                return
        elif self.suggestion is not None:
            chosen = rating_from_key(event.text())
            if chosen is not None:
                self._rate(chosen)
                return
            if enter:
                focused = next((r for r, b in self.buttons.items() if b.hasFocus()), None)
                self._rate(focused or self.suggestion)
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.eyebrow.setText(
            self.tr("From English to French") if self.recall else self.tr("From French to English")
        )
        self.show_button.setText(self.tr("Show the answer"))
        self.show_button.setToolTip(self.tr("Space or Enter"))
        self.speaker.setToolTip(self.tr("Hear the word"))
        self.speaker.setAccessibleName(self.tr("Hear the word"))
        names = {
            Rating.AGAIN: self.tr("Not yet"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }
        for rating, button in self.buttons.items():
            delta = self.deltas.get(rating)
            # when it comes back, under its name (as Anki says it): the choice's cost
            button.setText(f"{names[rating]}\n{dates.interval(delta)}" if delta else names[rating])
            key = self.tr("Key %1").replace("%1", str(int(rating)))
            if delta:
                when = self.tr("see it again in %1").replace("%1", dates.interval(delta))
                key = f"{key} · {when}"
            button.setToolTip(key)
        self.keys.setText(self.tr("Keys 1 to 4 · Enter: Good"))
        if self.revealed and self.card is not None:  # the part of speech in the new language
            self.kind.setText(self.pos_of(self.card))
        title = self.title_of(self.card.article_id) if self.card is not None else ""
        source = self.tr("From %1").replace("%1", quote_sentence(title)) if title else ""
        self.source.setText(source)
