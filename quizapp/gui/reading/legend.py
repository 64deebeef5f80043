"""The highlights' legend, shown whenever a highlight it explains is on screen: while
reading the cursor's sentence, the glossary's underlined words and the learner's saved
words; in a quiz the proof and the picks too. The proof alone gets no key (a lone
« Evidence » read as a broken header: the feedback quotes it).

Its line is kept while reading and for the whole quiz, so the text never moves down
when feedback arrives. Chips that do not fit the column's width are left out, the
rarer ones first (the line never widens the column).

Each chip is a swatch of the theme's role (`swatch` property, legend_style.py)
and one or two words, so "yellow" never has to be guessed: the proof of an
answer, the learner's own picks in a `locate` question (the gutter's ✓ pill),
the looked-up word, the learner's words and (when asked) the words never met.
One calm caption line: the swatch says the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTextEdit, QWidget

from quizapp.gui.window.qt_names import plain_text

ROLES = ("evidence", "selection", "cursor", "lookup", "mine", "unknown", "glossed")
WORD_KINDS = (("mine", "learning"), ("unknown", "unknown"))  # a word tint's role, its kind


def word_roles(marks: Sequence[QTextEdit.ExtraSelection]) -> set[str]:
    """The legend's roles of the word tints laid (known_words.py marks each with its kind)."""
    kinds = {str(m.format.property(QTextCharFormat.Property.UserProperty)) for m in marks}
    return {role for role, kind in WORD_KINDS if kind in kinds}


def glossed_shown(passage: Any) -> bool:
    """Whether the passage underlines any word the glossary explains (cached per text)."""
    article = getattr(passage, "article", None)
    if article is None or not passage.theme().gloss_marks:
        return False
    key = (id(article), article.id)
    if getattr(passage, "_glossed_key", None) != key:
        index = article.gloss_index
        passage._glossed_key = key
        passage._glossed_any = any(index.hits(s.id) for s in article.sentences)
    return bool(passage._glossed_any)


def shown_roles(passage: Any, quiz: bool) -> set[str]:
    """The legend's roles for what `passage` shows now: one chip per highlight in view."""
    roles = set()
    if quiz:
        if passage.evidence():
            roles.add("evidence")
        if passage.locate_mode() or passage.locate_selection():
            roles.add("selection")
    elif passage.current() is not None and not getattr(passage, "_cursor_hidden", False):
        roles.add("cursor")
    if passage.gloss_highlight():
        roles.add("lookup")
    roles |= word_roles(passage.word_marks)  # the learner's words, new words
    if glossed_shown(passage):
        roles.add("glossed")
    return set() if roles == {"evidence"} else roles  # the proof alone: its quote says it


class HighlightLegend(QWidget):
    """Chips for the highlights that can be on screen together."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("highlight_legend")
        # never wider than the column: chips that do not fit are left out (`_fit`)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.roles: set[str] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the view lines it up with the text
        self.chips: dict[str, tuple[QLabel, QLabel]] = {}
        for role in ROLES:
            swatch = QLabel(self)
            swatch.setProperty("swatch", role)
            if role == "glossed":  # the underline itself, on a short run of letters
                swatch.setText("abc")
                swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if role == "selection":  # a pick looks like this: the gutter's pill and its ✓
                swatch.setText("✓")
                swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(self)
            plain_text(text)
            text.setProperty("tone", "muted")
            text.setProperty("type", "caption")
            layout.addWidget(swatch)
            layout.addSpacing(0)  # sized with the words' font (show_roles)
            layout.addWidget(text)
            layout.addSpacing(0)
            self.chips[role] = (swatch, text)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_roles(self, roles: set[str], keep_room: bool = False) -> None:
        """The chips of `roles` that fit; with `keep_room` the (maybe empty) line stays."""
        self.roles = set(roles)
        roles = self._fitting(roles)
        layout = self.layout()
        for role, (swatch, text) in self.chips.items():
            side = max(10, text.fontMetrics().height() - 2)  # grows with a zoom
            wide = {"selection": 2.0, "glossed": 2.2}.get(role, 1)
            swatch.setFixedSize(round(side * wide), side)
            gap = text.fontMetrics().averageCharWidth() if role in roles else 0
            index = layout.indexOf(swatch)
            layout.itemAt(index + 1).spacerItem().changeSize(gap // 2, 0)  # swatch | words
            layout.itemAt(index + 3).spacerItem().changeSize(gap * 2, 0)  # | the next chip
            swatch.setVisible(role in roles)
            text.setVisible(role in roles)
        layout.invalidate()
        if self.property("empty") != (not roles):  # an empty strip: no hairline
            self.setProperty("empty", not roles)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setVisible(bool(roles) or keep_room)

    def _fitting(self, roles: set[str]) -> set[str]:
        """`roles` in ROLES order, as many as the width holds (margins, gaps included)."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        kept, used = set(), 0
        for role in ROLES:
            if role not in roles:
                continue
            text = self.chips[role][1]
            gap = text.fontMetrics().averageCharWidth()
            side = max(10, text.fontMetrics().height() - 2)
            wide = {"selection": 2.0, "glossed": 2.2}.get(role, 1)
            need = round(side * wide) + gap // 2 + text.sizeHint().width() + gap * 2
            if used + need - gap * 2 > room and kept:
                break
            kept.add(role)
            used += need
        return kept

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.roles and self._fitting(self.roles) != set(self.texts_roles()):
            self.show_roles(self.roles, keep_room=True)

    def texts_roles(self) -> list[str]:
        return [role for role, (_s, text) in self.chips.items() if not text.isHidden()]

    def line_height(self) -> int:
        """A chip's height, shown or not: the room the line keeps."""
        return max(max(t.sizeHint().height(), s.height()) for s, t in self.chips.values())

    def texts(self) -> list[str]:
        return [text.text() for swatch, text in self.chips.values() if not text.isHidden()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        meanings = {
            "evidence": self.tr("Evidence"),
            "selection": self.tr("Your choice"),
            "cursor": self.tr("Current sentence"),
            "lookup": self.tr("Word looked up"),
            "mine": self.tr("Saved word"),  # in My words: one meaning per swatch, as its neighbours
            "unknown": self.tr("New word"),
            "glossed": self.tr("Explained word"),  # click it: the glossary's card
        }
        for role, (_swatch, text) in self.chips.items():
            text.setText(meanings[role])
