"""The first-time tip above the passage: what a click in the text does.

Shown until the learner looks a word up or dismisses it (×), then never again: the
settings remember it (`word_hint_done`). It never appears or goes while a word's
card is open, so nothing moves under the card. During a locate question the quiz
already says what a click does: the tip hides (its text still follows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from quizapp.gui.reading.article_meta import is_own

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.view import ReadingView


class ReadingHint(QWidget):
    """A strip above the passage holding one tinted note and its ×."""

    def __init__(self, view: ReadingView, parent: QWidget):
        super().__init__(parent)
        self.view = view
        self.setObjectName("reading_hint")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.note = QFrame(self)
        self.note.setObjectName("reading_hint_note")
        self.label = QLabel(self.note)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(False)  # one quiet line: a shorter text when it does not fit
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton(self.note)
        self.close_button.setText("×")
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self.note)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button)
        outer = QHBoxLayout(self)
        outer.addWidget(self.note)
        self.hide()

    def _settings(self) -> Any:
        return getattr(self.view.window(), "settings", None)

    def learnt(self) -> bool:
        settings = self._settings()
        return settings is not None and settings.word_hint_done

    def dismiss(self) -> None:
        """The learner has read it: gone, for good."""
        settings = self._settings()
        if settings is not None:
            settings.word_hint_done = True
        self.refresh()
        self.view.passage.setFocus(Qt.FocusReason.OtherFocusReason)

    def align(self) -> None:
        """The note spans the text's column (its margins are the passage's)."""
        passage = self.view.passage
        frame = passage.document().rootFrame().frameFormat()
        pad = passage.theme().space(0.6)
        left, right = round(frame.leftMargin()), round(frame.rightMargin())
        self.layout().setContentsMargins(left, pad, right, 0)
        self.note.layout().setContentsMargins(pad * 2, pad // 2, pad // 2, pad // 2)

    def refresh(self) -> None:
        """Shown or not, and its words for the room it has."""
        view, passage = self.view, self.view.passage
        popover = view.popover
        if popover is None or not popover.isVisible():  # no reflow under a card
            shown = not passage.locate_mode() and not self.learnt()
            self.label.setVisible(shown)
            self.setVisible(shown)
        if passage.locate_mode():
            texts = [self.tr("Click the sentences that answer the question.")]
        elif passage.parallel() or (view.article is not None and is_own(view.article)):
            texts = [self.tr("Click a word to translate it")]
        else:
            texts = [
                self.tr("Click a word to translate it · T translates the sentence"),
                self.tr("Click a word to translate it"),
            ]
        self.align()
        margins = self.layout().contentsMargins()
        inner = self.note.layout().contentsMargins()
        room = view.passage.width() - margins.left() - margins.right()
        room -= inner.left() + inner.right() + self.close_button.sizeHint().width() + 8
        room = room if view.isVisible() else 0
        metrics = self.label.fontMetrics()
        text = next((t for t in texts if metrics.horizontalAdvance(t) <= room), texts[-1])
        if room > 0:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.label.setText(text)
        self.label.setToolTip(texts[0] if text != texts[0] else "")
        self.close_button.setToolTip(self.tr("Hide this tip"))
        self.close_button.setAccessibleName(self.tr("Hide this tip"))
