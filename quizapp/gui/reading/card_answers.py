"""The gloss card's dictionary answers: where they came from, which form led to them
(« déployées → déployer »), the whole entry behind "More", and "Add to my words".

A mixin of `GlossPopover` (gloss_card.py), kept apart so the card's module stays
about its lines and keys; its words are the card's ("GlossPopover" in the catalogue).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.dictionary import Answer

translate = QCoreApplication.translate


class CardAnswers:
    """Dictionary answers in the card (`self` is the QFrame of `GlossPopover`)."""

    _answers: tuple[Answer, ...]
    _full: bool
    add_button: QPushButton
    known_button: Any
    source_label: Any
    grown: Any
    add_word_requested: Any

    def show_result(
        self,
        sentence_id: str,
        word: str,
        answers: Sequence[Answer],
        asked_dictionaries: bool,
        hint: bool = False,
        english_shown: bool = False,
        english: str = "",
    ) -> None:
        """Dictionary answers for a clicked word, or "no entry" (with the one-time hint)."""
        self._english_shown, self._english = english_shown, english
        self._sentence_id = sentence_id
        self._word = word
        self._entries = ()
        self._answers = tuple(answers)
        self.widest = self.limit = None  # new content: the card's own measure first
        self._asked_dictionaries = asked_dictionaries
        self._hint = hint and not answers
        self._full = False
        self._collapse()
        self.add_button.setEnabled(True)
        self.add_button.setText(translate("GlossPopover", "Add to my words"))
        self.known_button.hide()
        for button in self.findChildren(QPushButton):  # one bordered style for them all
            button.setProperty("quiet", "true")  # (stylesheet_reading.py)
        self._rebuild()

    def _add_answers(self) -> None:
        first = self._answers[0]
        source = first.source
        self.source_label.setText(translate("GlossPopover", "From %1").replace("%1", source))
        words = [a for a in self._answers if a.step != "expression"][:2]
        expressions = [a for a in self._answers if a.step == "expression"][:1]
        for answer in words + expressions:  # the word's entries, and the longest expression
            self._add(answer.headword, "question")
            how = []  # which form led here, and the part of speech, on one line
            if answer.step == "expression":
                how.append(translate("GlossPopover", "an expression of this sentence"))
            elif answer.lemma:
                how.append(f"{answer.form} → {answer.lemma}")
            if answer.pos:
                how.append(answer.pos)
            if how:
                self._add(" · ".join(how), "caption", tone="muted")
            self._add(answer.full if self._full else answer.gloss, "option")

    def _toggle_full(self, on: bool) -> None:
        if on != self._full and self._answers:
            self._full = on
            self._rebuild()
            if self.isVisible():  # taller now: placed again (docked if need be)
                self.grown.emit()

    def _add_word(self) -> None:
        if self._answers:
            answer = self._answers[0]
            self.add_word_requested.emit(
                self._sentence_id, answer.form, answer.headword, answer.gloss
            )
            self.add_button.setEnabled(False)
            self.add_button.setText(translate("GlossPopover", "Added to my words"))
