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
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QKeyEvent, QPalette
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


class GlossPopover(QFrame):
    """Shows one entry, several (a sentence's glossed words) or "no entry"."""

    translate_requested = Signal(str)
    known_toggled = Signal(str, bool)  # the word clicked, known now or not (K, or the button)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setLineWidth(1)
        self.setAutoFillBackground(True)
        # the window colour, so the card stands out from the passage's base colour
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self._sentence_id = ""
        self._word = ""
        self._entries: tuple[GlossEntry, ...] = ()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(4)
        self.labels: list[QLabel] = []
        self.translate_button = QPushButton(self)
        self.translate_button.setAutoDefault(True)
        self.translate_button.clicked.connect(self._translate)
        self.known_button = QPushButton(self)  # shown by whoever keeps known words
        self.known_button.setObjectName("known_button")
        self.known_button.setCheckable(True)
        self.known_button.hide()
        self.known_button.clicked.connect(lambda on: self.known_toggled.emit(self._word, on))
        self.retranslate_ui()

    # -- content ---------------------------------------------------------------
    def show_entries(self, sentence_id: str, word: str, entries: Sequence[GlossEntry]) -> None:
        """Fill the popover: one entry (a click), many (a sentence's words), or none."""
        self._sentence_id = sentence_id
        self._word = word
        self._entries = tuple(entries)
        self.known_button.hide()
        self._rebuild()

    def texts(self) -> list[str]:
        """Every text shown, in order (for tests and screen readers)."""
        return [label.text() for label in self.labels]

    def _rebuild(self) -> None:
        for label in self.labels:
            self.body.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.labels = []
        self.body.removeWidget(self.translate_button)
        self.body.removeWidget(self.known_button)
        base = QGuiApplication.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        if not self._entries:
            self._add(self._word, size * 1.25, bold=True)
            if self._word:
                message = self.tr("This word is not in the article’s glossary.")
            else:
                message = self.tr("No word of this sentence is in the article’s glossary.")
            self._add(message, size, italic=True)
        for entry in self._entries:
            self._add(entry.fr, size * (1.25 if len(self._entries) == 1 else 1.05), bold=True)
            self._add(entry.en, size)
            if entry.note:
                self._add(entry.note, size * 0.92, italic=True)
        self.body.addSpacing(4)
        self.body.addWidget(self.translate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.translate_button.setVisible(bool(self._sentence_id))
        self.body.addWidget(self.known_button, 0, Qt.AlignmentFlag.AlignLeft)
        em = self.fontMetrics().horizontalAdvance("M")
        natural = max(
            [label.fontMetrics().horizontalAdvance(label.text()) for label in self.labels]
            + [self.translate_button.sizeHint().width()]
        )
        width = max(MIN_WIDTH_EM * em, min(MAX_WIDTH_EM * em, natural + 2))
        for label in self.labels:
            label.setFixedWidth(width)
        self.setAccessibleDescription(" — ".join(self.texts()))
        self.adjustSize()

    def _add(self, text: str, point_size: float, bold: bool = False, italic: bool = False) -> None:
        label = plain_label(self)
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
        label.setText(text)
        label.setAccessibleName(text)
        self.body.addWidget(label)
        self.labels.append(label)

    # -- placement -------------------------------------------------------------
    def popup_at(self, anchor: QRect) -> None:
        """Open just below `anchor` (parent coordinates), or above it near the bottom."""
        self.adjustSize()
        size = self.sizeHint()
        area = self.parentWidget().rect() if self.parentWidget() else QRect(0, 0, 800, 600)
        x = min(max(area.left() + 4, anchor.left()), area.right() - size.width() - 4)
        y = anchor.bottom() + 6
        if y + size.height() > area.bottom():
            y = max(area.top(), anchor.top() - size.height() - 6)
        self.move(QPoint(max(area.left(), x), y))
        self.show()
        self.raise_()
        self.translate_button.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- behaviour ---------------------------------------------------------------
    def _translate(self) -> None:
        sentence_id = self._sentence_id
        self.close()
        self.translate_requested.emit(sentence_id)

    def show_known(self, status: str | None) -> None:
        """Offer "Known" for the clicked word (None hides it: no word, or no learner)."""
        self.known_button.setVisible(status is not None and bool(self._word))
        self.known_button.setChecked(status == "known")
        self.adjustSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if event.key() == Qt.Key.Key_K and self.known_button.isVisible():
            self.known_button.click()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.translate_button.setText(self.tr("Show the sentence in English"))
        self.translate_button.setAccessibleName(self.tr("Show the sentence in English"))
        self.translate_button.setAccessibleDescription(
            self.tr("Shows the English translation under this sentence")
        )
        self.known_button.setText(self.tr("Known (K)"))
        self.known_button.setToolTip(self.tr("You know this word: it is no longer coloured"))
        self.setAccessibleName(self.tr("Glossary entry"))
        if self._word or self._entries:
            self._rebuild()
