"""The gloss card's dictionary answers, laid out as a learner's dictionary does.

The headword with its part of speech in words (« marché  nom masculin »), at most
three senses in the dictionary's order, numbered; the other headwords the form may
come from, and any further sense, behind « … more »; the dictionary's short name as a
quiet caption at the card's foot (its full name in the tooltip). "Add to my words"
turns into the same « ✓ Added to my words » an article's looked-up word shows.
A mixin of `GlossPopover` (gloss_card.py); its words are the card's ("GlossPopover").
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from quizapp.gui.reading.card_lines import headword_line, with_kind

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.dictionary import Answer

translate = QCoreApplication.translate
FIRST_SENSES = 3  # a learner's dictionary's gist; the rest behind « … more »
_VERSION = re.compile(r"\s*\b(ver\.?|version|v)\s*\d[\w.-]*\s*$", re.IGNORECASE)


def pos_words(pos: str) -> str:
    """FreeDict's `<n, masc>` tags in words a learner reads (unknown tags as they are)."""
    names = {
        "n, masc": translate("GlossPopover", "noun, masc."),
        "n, fem": translate("GlossPopover", "noun, fem."),
        "n": translate("GlossPopover", "noun"),
        "v": translate("GlossPopover", "verb"),
        "vt": translate("GlossPopover", "transitive verb"),
        "vi": translate("GlossPopover", "intransitive verb"),
        "adj": translate("GlossPopover", "adjective"),
        "adv": translate("GlossPopover", "adverb"),
        "prep": translate("GlossPopover", "preposition"),
        "pron": translate("GlossPopover", "pronoun"),
        "num": translate("GlossPopover", "numeral"),
        "conj": translate("GlossPopover", "conjunction"),
        "int": translate("GlossPopover", "interjection"),
        "art": translate("GlossPopover", "article"),
    }
    key = re.sub(r"\s*,\s*", ", ", pos.strip().casefold())
    return names.get(key, pos)


def short_source(name: str) -> str:
    """ "French-English FreeDict Dictionary ver. 0.4.1" → "FreeDict"; others lose their version."""
    if "freedict" in name.casefold():
        return "FreeDict"
    return _VERSION.sub("", name).strip() or name


def senses_of(answer: Answer) -> list[str]:
    """Every sense, in order: the dictionary's list, else the gloss's ';' groups."""
    if answer.senses:
        return list(answer.senses)
    gloss = answer.gloss.removesuffix(" …")
    return [part.strip() for part in gloss.split(";") if part.strip()]


class CardAnswers:
    """Dictionary answers in the card (`self` is the QFrame of `GlossPopover`)."""

    _answers: tuple[Answer, ...]
    _more_open: bool = False
    _cap = FIRST_SENSES  # senses shown before « … more »: fewer when the room is short
    _saved: bool = False
    _muted: str
    add_button: QPushButton
    known_button: Any
    saved_label: Any
    source_caption: Any
    grown: Any
    add_word_requested: Any
    remove_word_requested: Any
    remove_button: QPushButton
    _taken_back: bool = False

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
        self._more_open = self._saved = self._taken_back = False
        self._cap = FIRST_SENSES
        self._collapse()
        self.known_button.hide()
        for button in self.buttons.findChildren(QPushButton):  # one bordered style for
            button.setProperty(
                "quiet", None if button.property("link") else "true"
            )  # them all (stylesheet_reading.py)
        self._rebuild()

    def _add_answers(self) -> None:
        first, *others = self._pick()
        source = first.source
        self.source_caption.setText(short_source(source))
        where = translate("GlossPopover", "From %1").replace("%1", source)
        self.source_caption.setToolTip(where)
        senses = senses_of(first)
        hidden = bool(others) or len(senses) > self._cap
        self._add_entry(first, senses if self._more_open else senses[: self._cap], hidden)
        self.labels[0].setToolTip(where)  # a compact card's source, with no caption
        if self._more_open:
            for answer in others:
                self._add_entry(answer, senses_of(answer)[:FIRST_SENSES], False)

    def kind_of(self, headword: str) -> str:
        """A glossary entry's part of speech, from the view's dictionaries when they say
        it clearly (`DictionaryService.kind`); "" without them."""
        service = getattr(self.parentWidget(), "dictionaries", None)  # type: ignore[attr-defined]
        tag = service.kind(headword) if service is not None else ""
        return pos_words(tag) if tag else ""

    def _pick(self) -> list[Answer]:
        """The answer, then the other headwords and the longest expression."""
        words = [a for a in self._answers if a.step != "expression"][:2]
        expressions = [a for a in self._answers if a.step == "expression"][:1]
        return words + expressions

    def _add_entry(self, answer: Answer, senses: list[str], more: bool) -> None:
        """The headword and its part of speech on one line, then its senses, numbered."""
        form = answer.form if answer.lemma and answer.step != "expression" else ""
        line, rich = headword_line(form, answer.headword, self._muted)
        kind = pos_words(answer.pos) if answer.pos else ""
        if answer.step == "expression":
            kind = translate("GlossPopover", "an expression of this sentence")
        line, rich = with_kind(line, rich, kind, self._muted)
        self._add(line, "question", rich=rich)
        numbered = len(senses_of(answer)) > 1
        for number, sense in enumerate(senses, 1):
            line = f"{number}. {sense}" if numbered else sense
            self._add(line, "option")
            self._mute_after_first(self.labels[-1], line, number)
        if more and not self._more_open:
            self._more_link(self.labels[-1])

    def _mute_after_first(self, label: Any, line: str, number: int) -> None:
        """One clear meaning: the first sense's first word in the text's colour, its
        other words and the other senses muted (their order is sense_choice's)."""
        if not self._muted:
            return
        first, comma, rest = line.partition(",") if number == 1 else ("", "", line)
        if not (comma or number > 1):
            return
        muted = f'<span style="color:{self._muted}">{html.escape(comma + rest)}</span>'
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setProperty("rich", html.escape(first) + muted)
        label.setText(html.escape(first) + muted)

    def _more_link(self, label: Any) -> None:
        """« · more… » after the last sense: the other headwords and senses, in place (the
        sense itself is whole: no ellipsis glued to it)."""
        more = translate("GlossPopover", "more")
        text = label.accessibleName() or label.text()
        shown = label.property("rich") or html.escape(text)
        theme = getattr(self, "_card_theme", None)
        colour = theme.palette.accent if theme is not None else ""
        style = f' style="color:{colour}; text-decoration:none"' if colour else ""
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'{shown} ·&nbsp;<a href="more"{style}>{more}…</a>')
        label.setAccessibleName(text)
        label.setProperty("peek", f"{text} · {more}…")  # what shows: measured so
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setToolTip(translate("GlossPopover", "Other meanings and headwords"))
        label.linkActivated.connect(self.open_more)

    def cut_senses(self) -> bool:
        """A sense fewer behind « … more » when the card's lines would scroll (a docked
        card at a large zoom): False when nothing is left to cut."""
        if not self._answers or self._more_open or self._cap <= 1:
            return False
        self._cap -= 1
        self._rebuild()
        return True

    def open_more(self, _link: str = "") -> None:
        """Every sense and the other headwords, in place: the card grows, placed again."""
        if self._answers and not self._more_open:
            self._more_open = True
            self._rebuild()
            if self.isVisible():
                self.grown.emit()

    def show_saved(self, saved: bool = True) -> None:
        """The word is in My words now: said as a state, with « Remove » beside it; or
        taken back out, and « Add to my words » offered again."""
        self._saved = saved
        self._taken_back = self._taken_back or not saved
        self.add_button.setVisible(not saved)
        self.saved_label.setVisible(saved)
        self.remove_button.setVisible(saved)
        self._sync_status()  # type: ignore[attr-defined]
        focused = self.focusWidget() in (self.add_button, self.remove_button)
        self.refit()
        if focused:  # the keyboard stays on the word's one action
            (self.remove_button if saved else self.add_button).setFocus()

    def _kept(self) -> tuple[str, str, str]:
        """The word as My words keeps it: the form clicked, its headword, its gloss."""
        if self._answers:
            answer = self._answers[0]
            return answer.form, answer.headword, answer.gloss
        entry = self._entries[0]
        return self._word, entry.fr, entry.en

    def _can_keep(self) -> bool:
        """One word to keep: a dictionary's answer, or a single glossary entry."""
        return bool(self._answers or len(self._entries) == 1)

    def _add_word(self) -> None:
        if self._can_keep():
            self.add_word_requested.emit(self._sentence_id, *self._kept())
            self.show_saved()

    def _remove_word(self) -> None:
        if self._can_keep():
            self.remove_word_requested.emit(self._kept()[1])
            self.show_saved(False)
