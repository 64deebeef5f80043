"""The small popup that answers "what does this word mean?".

A frameless card floating over the passage (Esc or a click elsewhere closes
it; a child widget rather than a popup window, so it behaves the same on
every platform, offscreen included) showing the headword,
its English gloss and note, or saying plainly that the word has no entry and
offering the sentence's English instead. All teacher text is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.model import GlossEntry


MAX_WIDTH_EM = 26
MIN_WIDTH_EM = 12


def plain_label(parent: QWidget, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def headword(word: str, entry: str) -> str:
    """ "déployées → déployer": the clicked form and its headword, when they differ."""
    if not word or word.casefold() == entry.casefold():
        return entry
    return f"{word} → {entry}"


class GlossPopover(QFrame):
    """Shows one entry, several (a sentence's glossed words) or "no entry"."""

    translate_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gloss_card")
        self.setProperty("card", "plain")  # a rounded card of the theme (stylesheet.py)
        self.setAutoFillBackground(True)
        self._english_shown = False
        self._sentence_id = ""
        self._word = ""
        self._entries: tuple[GlossEntry, ...] = ()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 8, 12, 10)
        self.body.setSpacing(2)
        self.labels: list[QLabel] = []
        self.translate_button = QPushButton(self)
        self.translate_button.setAutoDefault(True)
        self.translate_button.clicked.connect(self._translate)
        self.retranslate_ui()

    # -- content ---------------------------------------------------------------
    def show_entries(
        self,
        sentence_id: str,
        word: str,
        entries: Sequence[GlossEntry],
        english_shown: bool = False,
    ) -> None:
        """Fill the popover: one entry (a click), many (a sentence's words), or none."""
        self._english_shown = english_shown
        self._sentence_id = sentence_id
        self._word = word
        self._entries = tuple(entries)
        self._rebuild()

    def texts(self) -> list[str]:
        """Every text shown, in order (for tests and screen readers)."""
        return [label.text() for label in self.labels]

    def popup_beside(self, sentence: QRect, area: QRect) -> None:
        """The words of a sentence: to the right of the column if there is room, else
        below or above the sentence, never over it."""
        self.adjustSize()
        size = self.sizeHint()
        if sentence.right() + 12 + size.width() <= area.right():
            y = min(max(area.top(), sentence.top()), area.bottom() - size.height())
            self.move(QPoint(sentence.right() + 12, max(area.top(), y)))
            self.show()
            self.raise_()
            self.translate_button.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        self.popup_at(QRect(sentence.left(), sentence.top(), 8, 8), sentence, area)

    def _rebuild(self) -> None:
        for label in self.labels:
            self.body.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.labels = []
        self.body.removeWidget(self.translate_button)
        if not self._entries:
            if self._word:
                self._add(self._word, "question")
                message = self.tr("This word is not in the article’s glossary.")
            else:
                message = self.tr("No word of this sentence is in the article’s glossary.")
            self._add(message, "body", tone="muted")
        single = len(self._entries) == 1
        for entry in self._entries:
            self._add(headword(self._word, entry.fr) if single else entry.fr, "question")
            self._add(entry.en, "option")
            if entry.note:
                self._add(entry.note, "caption", tone="muted")
        self.body.addSpacing(6)
        self.body.addWidget(self.translate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.translate_button.setVisible(bool(self._sentence_id))
        self._button_text()
        em = self.fontMetrics().horizontalAdvance("M")
        natural = max(
            [label.fontMetrics().horizontalAdvance(label.text()) for label in self.labels]
            + [self.translate_button.sizeHint().width()]
        )
        width = max(MIN_WIDTH_EM * em, min(MAX_WIDTH_EM * em, natural + 2))
        for label in self.labels:
            label.setFixedWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))
        self.setAccessibleDescription(" — ".join(self.texts()))
        self.adjustSize()

    def _add(self, text: str, kind: str, tone: str = "") -> None:
        """A line of the card, sized and coloured by the theme's roles (stylesheet.py)."""
        label = plain_label(self)
        label.setProperty("type", kind)
        if tone:
            label.setProperty("tone", tone)
        label.setText(text)
        label.ensurePolished()  # the style sheet's size for its role, before it is measured
        label.setAccessibleName(text)
        self.body.addWidget(label)
        self.labels.append(label)

    # -- placement -------------------------------------------------------------
    def popup_at(
        self, anchor: QRect, keep_clear: QRect | None = None, area: QRect | None = None
    ) -> None:
        """Open below `keep_clear` (the sentence, parent coordinates), else above it, next
        to `anchor` (the word); inside `area` (the passage), never over the toolbar."""
        self.adjustSize()
        size = self.sizeHint()
        if area is None:
            area = self.parentWidget().rect() if self.parentWidget() else QRect(0, 0, 800, 600)
        clear = keep_clear if keep_clear is not None else anchor
        x = min(max(area.left() + 4, anchor.left()), area.right() - size.width() - 4)
        below, above = clear.bottom() + 8, clear.top() - size.height() - 8
        if below + size.height() <= area.bottom():
            y = below
        elif above >= area.top():
            y = above
        else:  # a sentence taller than the window: under the word's own line
            y = min(anchor.bottom() + 8, area.bottom() - size.height())
        self.move(QPoint(max(area.left(), x), max(area.top(), y)))
        self.show()
        self.raise_()
        self.translate_button.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- behaviour ---------------------------------------------------------------
    def _translate(self) -> None:
        sentence_id = self._sentence_id
        self.close()
        self.translate_requested.emit(sentence_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _button_text(self) -> None:
        if self._english_shown:
            text = self.tr("Hide the English")
            about = self.tr("Hides the English translation of this sentence")
        else:
            text = self.tr("Show the sentence in English")
            about = self.tr("Shows the English translation under this sentence")
        self.translate_button.setText(text)
        self.translate_button.setAccessibleName(text)
        self.translate_button.setAccessibleDescription(about)

    def retranslate_ui(self) -> None:
        self._button_text()
        self.setAccessibleName(self.tr("Glossary entry"))
        if self._word or self._entries:
            self._rebuild()
