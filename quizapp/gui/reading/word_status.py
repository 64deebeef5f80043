"""A clicked word's status, one control: « To learn | Known ».

A looked-up word went to My words (« ✓ Added to my words · Remove ») and, beside
it, « Known » could be pressed too: the same word said to be learnt and known at
once. A learner of LingQ expects one status. So, once a learner keeps known words,
the card shows two joined segments, one of them lit: « ✓ To learn » (in My words,
reviewed) or « ✓ Known » (no longer tinted, not reviewed; its card is kept). The
lit « To learn » pressed again takes the word back out (the old « Remove »); « To
learn » on a known word puts it back to learning. K stays « Known ».

A mixin of `GlossPopover` (gloss_card.py), beside `CardAnswers`' saved state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.key_button import KeyButton


class WordStatus:
    """The two segments (`self` is the QFrame of `GlossPopover`)."""

    known_button: KeyButton
    add_button: QPushButton
    remove_button: QPushButton
    saved_label: Any
    buttons: QWidget
    learn_button: QPushButton
    _saved: bool
    _word: str

    def _make_status(self, row: QHBoxLayout) -> None:
        """« To learn » and « Known » side by side, joined (stylesheet_reading.py)."""
        self.status_pair = QWidget(self.buttons)
        self.status_pair.setObjectName("word_status")
        pair = QHBoxLayout(self.status_pair)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.setSpacing(0)
        self.learn_button = QPushButton(self.status_pair)
        self.learn_button.setObjectName("learn_button")
        self.learn_button.setCheckable(True)
        grow = QSizePolicy.Policy.Preferred  # as tall as « Known », whose keycap sets it
        self.learn_button.setSizePolicy(QSizePolicy.Policy.Fixed, grow)
        self.learn_button.clicked.connect(self._learn_clicked)
        self.known_button.setParent(self.status_pair)
        pair.addWidget(self.learn_button)
        pair.addWidget(self.known_button)
        row.addWidget(self.status_pair)

    def _status_shown(self) -> bool:
        return not self.known_button.isHidden()

    def _sync_status(self) -> None:
        """Which segment is lit; the older « Add / ✓ Added · Remove » go while it shows."""
        shown = self._status_shown()
        keep = shown and self._can_keep()  # type: ignore[attr-defined]
        self.learn_button.setVisible(keep)
        self.status_pair.setVisible(shown)
        known = self.known_button.isChecked()
        self.learn_button.setChecked(keep and self._saved and not known)
        if shown:
            self.add_button.hide()
            self.saved_label.hide()
            self.remove_button.hide()
        self._status_text()

    def _learn_clicked(self, _on: bool) -> None:
        if self.known_button.isChecked():  # known → learning again (and kept, if not yet)
            self.known_button.click()
            if not self._saved:
                self._add_word()  # type: ignore[attr-defined]
        elif self._saved:  # lit: pressed again, out of My words
            self._remove_word()  # type: ignore[attr-defined]
        else:
            self._add_word()  # type: ignore[attr-defined]
        self._sync_status()

    def _status_text(self) -> None:
        learn, known = self.learn_button, self.known_button
        on = learn.isChecked()
        learn.setText(
            QCoreApplication.translate("GlossPopover", "✓ To learn")
            if on
            else QCoreApplication.translate("GlossPopover", "To learn")
        )
        learn.setToolTip(
            QCoreApplication.translate(
                "GlossPopover", "In My words and review; click to take it back out"
            )
            if on
            else QCoreApplication.translate(
                "GlossPopover", "Keep this word in My words, for review"
            )
        )
        label = known.label  # a child label: the button's :checked colour, by hand
        label.setProperty("tone", "right" if known.isChecked() else None)
        label.style().unpolish(label)
        label.style().polish(label)
        if known.isChecked():
            known.setText(QCoreApplication.translate("GlossPopover", "✓ Known"))
            known.setToolTip(
                QCoreApplication.translate(
                    "GlossPopover", "You know this word; K puts it back to learning"
                )
            )
        else:
            known.setText(QCoreApplication.translate("GlossPopover", "Known"))
            known.setToolTip(
                QCoreApplication.translate(
                    "GlossPopover", "You know this word: no longer coloured, not reviewed"
                )
            )
