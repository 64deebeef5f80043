"""The small popup that answers "what does this word mean?".

A frameless card floating over the passage (Esc or a click elsewhere closes
it; a child widget rather than a popup window, so it behaves the same on
every platform, offscreen included) showing the headword,
its English gloss and note, or saying plainly that the word has no entry and
offering the sentence's English instead. All teacher text is plain text.

A dictionary's answer (`show_result`, card_answers.py) reads as a learner's
dictionary: headword and part of speech, three senses, the rest behind
« … more », its source a caption at the foot, and "Add to my words"; a saved
word says « ✓ Added to my words » there, as an article's looked-up word does.
A miss with no dictionary installed says once how to add one, with a button
opening the dictionaries folder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.reading.card_answers import CardAnswers
from quizapp.gui.reading.card_compact import CardCompact, with_meaning
from quizapp.gui.reading.card_dock import CardPosition
from quizapp.gui.reading.card_lines import (
    CardLines,
    headword_line,
    plain_label,
    shown_text,
    with_kind,
)
from quizapp.gui.reading.key_button import KeyButton
from quizapp.gui.reading.word_status import WordStatus

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.dictionary import Answer
    from quizapp.core.model import GlossEntry
    from quizapp.gui.window.theme import Theme


MAX_WIDTH_EM = 36  # of the card's own font: a note wraps to few lines, not a sheet
MIN_WIDTH_EM = 12


class GlossPopover(CardAnswers, WordStatus, CardCompact, CardPosition, QFrame):
    """Shows one entry, several (a sentence's glossed words) or "no entry"."""

    known_toggled = Signal(str, bool)  # the word clicked, known now or not (K, or the button)
    closed = Signal()
    grown = Signal()  # a button came: whoever placed the card may place it again
    add_word_requested = Signal(str, str, str, str)  # sentence id, word, headword, gloss
    remove_word_requested = Signal(str)  # the headword taken back out of My words
    folder_requested = Signal()  # open the dictionaries folder

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gloss_card")
        self.setProperty("card", "plain")  # a rounded card of the theme (stylesheet.py)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Esc, K, T with no button focused
        self.shadow = QGraphicsDropShadowEffect(self)  # it floats above the page
        self.setGraphicsEffect(self.shadow)
        self._english_shown = False
        self._english = ""  # the sentence's English ("" while a cloze hides it)
        self._sentence_id = ""
        self._word = ""
        self._entries: tuple[GlossEntry, ...] = ()
        self._answers: tuple[Answer, ...] = ()
        self._asked_dictionaries = False
        self._hint = False
        self.widest: int | None = None  # a sheet as wide as the passage (card_place.py)
        self.limit: int | None = None  # the tallest it may be (docked); the lines scroll
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 8, 12, 10)
        self.body.setSpacing(0)
        self.scroller = CardLines(self)
        self.lines = self.scroller.lines
        self.labels: list[QLabel] = []
        self.english_label = plain_label(self)  # "Sentence: …", behind the disclosure
        self.english_label.setProperty("tone", "muted")
        self.english_label.setProperty("type", "body")
        self.english_label.hide()
        self.close_button = QToolButton(self)  # the docked panel's ✕
        self.close_button.setObjectName("card_close")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close)
        self.close_button.hide()
        self.source_label = plain_label(self, selectable=False)
        self.source_label.setProperty("type", "caption")
        self.source_label.setProperty("tone", "muted")
        self.hint_label = plain_label(self)
        self.hint_label.hide()
        self.buttons = QWidget(self)  # one row of quiet small buttons, at the foot
        self.translate_button = KeyButton("T", self.buttons)  # the English's disclosure
        self.translate_button.setCheckable(True)
        self.translate_button.toggled.connect(self._disclose)
        self.known_button = KeyButton("K", self.buttons)  # shown by whoever keeps known words
        self.known_button.setObjectName("known_button")
        self.known_button.setCheckable(True)
        self.known_button.hide()
        self.add_button = QPushButton(self.buttons)
        self.add_button.clicked.connect(self._add_word)
        self.folder_button = QPushButton(self.buttons)
        self.folder_button.clicked.connect(self.folder_requested)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.row = row
        row.addWidget(self.translate_button)
        self._make_status(row)  # « To learn | Known » (word_status.py)
        for button in (self.add_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        self.foot = QWidget(self)  # « ✓ Added to my words » … the dictionary's short name
        self.saved_label = plain_label(self.foot, selectable=False)
        self.saved_label.setProperty("type", "caption")
        self.saved_label.setProperty("tone", "right")
        self.saved_label.hide()
        self.remove_button = QPushButton(self.foot)  # the undo of a look-up kept
        self.remove_button.setObjectName("remove_word")
        self.remove_button.setProperty("link", "true")  # a quiet link (stylesheet_reading)
        self.remove_button.clicked.connect(self._remove_word)
        self.remove_button.setSizePolicy(  # no ceiling on the row's height: a fixed one
            QSizePolicy.Policy.Fixed,
            QSizePolicy.Policy.Preferred,  # would cut the keycaps
        )
        self.remove_button.hide()
        self.source_caption = plain_label(self.foot, selectable=False)
        self.source_caption.setProperty("type", "caption")
        self.source_caption.setProperty("tone", "muted")
        self.source_caption.setWordWrap(False)
        self.saved_label.setWordWrap(False)
        foot = QHBoxLayout(self.foot)
        foot.setContentsMargins(0, 0, 0, 0)
        foot.addWidget(self.saved_label)
        foot.addWidget(self.remove_button)
        foot.addStretch(1)
        foot.addWidget(self.source_caption)
        self.lines.addWidget(self.source_label)
        self.body.addWidget(self.scroller)
        self.body.addWidget(self.buttons)
        self.body.addWidget(self.foot)
        for button in self.buttons.findChildren(QPushButton):  # one bordered style for them
            button.setProperty(
                "quiet", None if button.property("link") else "true"
            )  # all (stylesheet_reading.py)
        self.known_button.clicked.connect(lambda on: self.known_toggled.emit(self._word, on))
        self.known_button.toggled.connect(lambda _on: self._status_text())
        self.retranslate_ui()

    # -- content ---------------------------------------------------------------
    def show_entries(
        self,
        sentence_id: str,
        word: str,
        entries: Sequence[GlossEntry],
        english_shown: bool = False,
        english: str = "",
        saved: Callable[[], bool] | None = None,
    ) -> None:
        """Fill the popover: one entry (a click), many (a sentence's words), or none;
        `english` is the sentence's English, offered behind "Sentence in English"
        unless already shown in the passage ("" when a cloze hides it); `saved()`: whether
        the one entry goes to My words (asked of the progress bridge, which keeps it)."""
        self._english_shown, self._english = english_shown, english
        self._sentence_id = sentence_id
        self._word = word
        self._entries = tuple(entries)
        self._answers = ()
        self.widest = self.limit = None  # new content: the card's own measure first
        self._note_open = self._more_open = False
        self._saved = len(self._entries) == 1 and saved is not None and saved()  # laid out once
        self._taken_back = False  # « Remove » then offers « Add to my words » again
        self._asked_dictionaries = self._hint = False
        self._collapse()
        self._rebuild()

    def texts(self) -> list[str]:
        """Every text shown, in order (for tests and screen readers)."""
        return [shown_text(label) for label in self.labels]

    def _rebuild(self) -> None:
        for label in self.labels:
            self.lines.removeWidget(label)
            label.setParent(None)  # no longer one of the card's children
            label.hide()  # explicitly: a show the layout queued must not open it as a window
            label.deleteLater()
        self.labels = []
        if self._answers:
            self._add_answers()
        elif not self._entries:
            if self._word:
                self._add(self._word, "question")
            if self._asked_dictionaries:
                message = self.tr("No entry in the glossary or in your dictionaries.")
            elif self._word:
                message = self.tr("This word is not in the article’s glossary.")
            else:
                message = self.tr("No word of this sentence is in the article’s glossary.")
            self._add(message, "body", tone="muted")
        single = len(self._entries) == 1
        for entry in self._entries:
            word = self._word if single else ""
            line, rich = headword_line(word, entry.fr, self._muted)
            one_line = single and self.compact  # « depuis · since »: a line of the text saved
            # the dictionaries' part of speech, as their own answers show it: kept on a
            # compact card too (a noun's gender is what a learner needs most)
            line, rich = with_kind(line, rich, self.kind_of(entry.fr), self._muted)
            if one_line:
                line, rich = with_meaning(line, rich, entry.en)
            self._add(line, "question", rich=rich)
            if not one_line:
                self._add(entry.en, "option")
            if entry.note:  # read, not skimmed: body size, quiet italic (stylesheet_reading)
                self._add(entry.note, "body", tone="muted", note=True)
        if len(self._entries) == 1 and self._word:
            self.source_label.setText(self.tr("From the article’s glossary"))
        self.source_label.setVisible(
            len(self._entries) == 1
            and bool(self._word)
            and not self.compact  # a short passage: every line is the text's
        )
        self.hint_label.setText(
            self.tr(
                "No dictionary is installed: sudo apt install dict-freedict-fra-eng, "
                "or put dictd/StarDict files in %1"
            ).replace("%1", self.folder_hint)
        )
        self.hint_label.setVisible(self._hint)
        self.folder_button.setVisible(self._hint)
        self.add_button.setVisible((bool(self._answers) or self._taken_back) and not self._saved)
        self.saved_label.setVisible(self._saved)
        self.remove_button.setVisible(self._saved)
        self._sync_status()  # a learner's « To learn | Known » replaces those three
        self.source_caption.setVisible(bool(self._answers) and not self.compact)  # else a tooltip
        offered = bool(self._sentence_id and self._english and not self._english_shown)
        self.translate_button.setVisible(offered)
        self.english_label.setText(self.tr("Sentence: %1").replace("%1", self._english))
        self.english_label.setVisible(offered and self.translate_button.isChecked())
        for widget in (self.english_label, self.hint_label):
            self.lines.removeWidget(widget)
            self.lines.addWidget(widget)
        self._show_row()
        self._button_text()
        em = self.fontMetrics().horizontalAdvance("M")
        self.buttons.layout().invalidate()  # their words may have changed: measured afresh,
        self.buttons.updateGeometry()  # the card's cached hint of the row too
        natural = max(
            [label.fontMetrics().horizontalAdvance(shown_text(label)) for label in self.labels]
            + [self.buttons.sizeHint().width(), self.foot.sizeHint().width()]
        )
        margins = self.body.contentsMargins()
        frame = self.contentsMargins()  # the style sheet's border and padding
        widest = (self.widest or 0) - margins.left() - margins.right()
        widest -= frame.left() + frame.right()
        width = max(
            MIN_WIDTH_EM * em, min(widest if self.widest else MAX_WIDTH_EM * em, natural + 2)
        )
        self.clamp_notes(width)
        lines = [self.source_label, *self.labels, self.english_label, self.hint_label]
        if self.scroller.fit(lines, width, self._room()) and self.cut_senses():
            return  # fewer senses and « … more », laid out again: no scrolling inside
        self.setAccessibleDescription(" — ".join(self.texts()))
        self._fit()

    folder_hint = ""  # the dictionaries folder, named in the one-time hint
    _muted = ""  # the theme's muted text colour, once set_theme gave it

    def _add(
        self, text: str, kind: str, tone: str = "", note: bool = False, rich: str = ""
    ) -> None:
        """A line of the card, sized and coloured by the theme's roles (stylesheet.py)."""
        label = plain_label(self)
        label.setProperty("type", kind)
        if note:
            label.setProperty("note", "true")
        if tone:
            label.setProperty("tone", tone)
        if rich:  # escaped teacher text in a line of two weights (card_lines.headword_rich)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setObjectName("headword")
        label.setText(rich or text)
        label.ensurePolished()  # the style sheet's size for its role, before it is measured
        label.setAccessibleName(text)
        self.lines.insertWidget(self.lines.count(), label)
        label.show()  # now, not when the layout gets round to it: the card is measured now
        self.labels.append(label)

    def set_theme(self, theme: Theme) -> None:
        """Margins and the shadow at the theme's size and colours."""
        p = theme.palette
        self._muted = p.muted  # the clicked form before its headword
        self.english_label.setContentsMargins(0, theme.space(0.5), 0, 0)  # a part of its own
        self.row.setSpacing(theme.space(0.75))
        self.foot.layout().setSpacing(theme.space(1))
        self.foot.layout().setContentsMargins(0, theme.space(0.5), 0, 0)  # off the buttons
        self.space_out(theme)  # margins, and air above the buttons (tighter when compact)
        shade = QColor(p.window if p.dark else p.text)
        shade.setAlpha(120 if p.dark else 31)  # a soft lift (12 % in light), not a smudge
        self.shadow.setColor(shade)
        self.shadow.setBlurRadius(theme.space(1))
        self.shadow.setOffset(0, max(1, theme.space(0.25)))
        self.scroller.fade.set_look(p.raised, theme.space(3))  # lines scrolling below

    def add_tool(self, button: QPushButton) -> None:
        """A button another room brings (the speaker): first in the row, quiet."""
        button.setParent(self.buttons)
        button.setProperty("quiet", "true")
        self.row.insertWidget(0, button)

    def refit(self) -> None:
        """A brought button came or went: the row, the card's size, placed again."""
        self._show_row()
        self._fit()
        if self.isVisible():
            self.grown.emit()

    def word(self) -> str:
        """The form clicked ("" for a sentence's words, G)."""
        return self._word

    # -- behaviour ---------------------------------------------------------------
    def _disclose(self, _on: bool) -> None:
        """The sentence's English shows (or goes) inside the card, which grows."""
        self._rebuild()
        if self.isVisible():
            self.grown.emit()

    def show_known(self, status: str | None) -> None:
        """Offer "Known" for the clicked word (None hides it: no word, or no learner);
        a known word's button says so, checked, until K again."""
        self.known_button.setVisible(status is not None and bool(self._word))
        self.known_button.setChecked(status == "known")
        self._sync_status()
        self._show_row()
        self._fit()
        if self.isVisible():  # taller now: placed again
            self.grown.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_K and self.known_button.isVisible():
            self.known_button.click()
        elif key == Qt.Key.Key_T and self.translate_button.isVisible():
            self.translate_button.click()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._button_text()
        self._status_text()
        self.setAccessibleName(self.tr("Glossary entry"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take this word back out of My words and review"))
        self.remove_button.setAccessibleName(self.tr("Remove from my words"))
        self.add_button.setText(self.tr("Add to my words"))
        self.add_button.setAccessibleName(self.tr("Add to my words"))
        self.folder_button.setText(self.tr("Open the dictionaries folder"))
        self.folder_button.setAccessibleName(self.tr("Open the dictionaries folder"))
        if self._word or self._entries:
            self._rebuild()
