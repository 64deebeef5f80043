"""My words: every word or expression the learner looked up, with its sentence.

The entries can be filtered. The exports wait in one quiet « Export ▾ » menu at the
end of the title's row, so they never compete with the words: "Anki (TSV)…" and
"CSV…" ask where to save (the file dialog is built on demand, non-blocking) and
then `export_requested`
carries the kind and path to the progress screens, which write the file with
the core exporters. The page is a centred reading column, as History's: the
entries on one card (word_list), the page scrolling as one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.progress.records import WordRecord
from quizapp.core.review.known import KNOWN, status_of
from quizapp.gui.progress import dates
from quizapp.gui.progress.empty_state import EmptyState
from quizapp.gui.progress.history import COLUMN_UNITS, title_label
from quizapp.gui.progress.history_parts import page_scroll
from quizapp.gui.progress.word_list import WordList
from quizapp.gui.reading.card_answers import pos_words
from quizapp.gui.review.text import theme_for
from quizapp.gui.window.back_link import BackLink, page_with_back
from quizapp.gui.window.locale_format import ui_locale

ANKI = "anki"
CSV = "csv"


def shown_word(word: str, headword: str, sentence: str) -> str:
    """The word as a dictionary line gives it: « peuvent (pouvoir) »; a word that opens
    its sentence as its headword writes it (« Depuis » → « depuis », « Paris » stays),
    since only the glossary or the dictionary knows a proper noun."""
    if headword and headword.casefold() != word.casefold():
        return f"{word} ({headword})"
    opening = sentence.lstrip(" «\u00a0\"'“—–-").startswith(word)
    return headword if opening and headword else word


def bold_in(sentence: str, word: str) -> str:
    """The sentence as rich text, its looked-up word in bold (the first whole-word match)."""
    import html
    import re

    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence) if word else None
    if found is None:
        return html.escape(sentence, quote=False)
    start, end = found.span()
    parts = (sentence[:start], sentence[start:end], sentence[end:])
    before, it, after = (html.escape(x, quote=False) for x in parts)
    return f"{before}<b>{it}</b>{after}"


def fold(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


class WordsView(QWidget):
    """The looked-up words, newest first."""

    export_requested = Signal(str, object)  # ANKI or CSV, Path
    back_requested = Signal()
    remove_requested = Signal(str)  # a headword, out of My words (the « ⋯ » menu)
    known_requested = Signal(str, bool)  # a headword, known or learning again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("words_view")
        self.title = title_label(self)
        self.back = BackLink(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("progress_summary")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self)  # « Export ▾ »: the menu, never blocking
        self.export_button.setObjectName("words_export")
        self.export_menu = QMenu(self.export_button)
        self.export_menu.setObjectName("words_export_menu")
        self.export_menu.setToolTipsVisible(True)
        self.anki_action = QAction(self.export_menu)
        self.csv_action = QAction(self.export_menu)
        self.export_menu.addAction(self.anki_action)
        self.export_menu.addAction(self.csv_action)
        self.list = WordList(self)
        self.list.remove_requested.connect(self.remove_requested)
        self.list.known_requested.connect(self.known_requested)
        self.top_row = top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.tools_row = tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        page = QWidget()
        page.setObjectName("history_page")
        self.page = QVBoxLayout(page)
        self.page.setContentsMargins(0, 0, 0, 0)
        self.page.addWidget(self.list)
        self.page.addStretch(1)  # a short list: the card ends with it
        self.scroll = page_scroll(self, page)
        self.empty = EmptyState(self)
        self.empty.action.connect(self.back_requested)
        self.empty.hide()
        self.column = QWidget(self)  # a reading column, centred as History's
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.count)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty, 1)
        page_with_back(self, self.back, self.column)  # the link top left, as the reader's
        self.words: list[WordRecord] = []
        self.titles: dict[str, str] = {}
        self.due: dict[tuple[str, str], datetime | None] = {}
        self.statuses: dict[str, str] = {}  # lemma → "known" or "learning"
        self.dialog: QFileDialog | None = None
        self.search.textChanged.connect(lambda _t: self._fill())
        self.export_button.clicked.connect(self.open_export_menu)
        self.anki_action.triggered.connect(lambda: self.choose_file(ANKI))
        self.csv_action.triggered.connect(lambda: self.choose_file(CSV))
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def set_words(
        self,
        words: Sequence[WordRecord],
        titles: Mapping[str, str],
        due: Mapping[tuple[str, str], datetime | None] | None = None,
        statuses: Mapping[str, str] | None = None,
    ) -> None:
        """`titles`: article id → title; `due`: (article id, headword) → when its review
        card comes back (None: a new card, not yet reviewed); `statuses`: lemma → known
        or learning."""
        self.words = list(words)
        self.titles = dict(titles)
        self.due = dict(due or {})
        self.statuses = dict(statuses or {})
        self._fill()
        self._restore_focus()

    def _restore_focus(self) -> None:
        """After a « ⋯ » choice, the keyboard on the same place of the refilled list."""
        index, self.list.acted = self.list.acted, None
        lines = self.list.lines
        if index is None:
            return
        if lines:
            lines[min(index, len(lines) - 1)].more.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_words(self) -> list[WordRecord]:
        wanted = fold(self.search.text().strip())
        if not wanted:
            return list(self.words)
        return [
            w
            for w in self.words
            if wanted in fold(" ".join((w.word, w.headword, w.gloss, w.sentence_fr)))
        ]

    def _entry(self, w: WordRecord) -> dict:
        title = self.titles.get(w.article_id, w.article_id.removeprefix("own:"))  # a deleted text
        seen = (
            self.tr("looked up %1 times").replace("%1", ui_locale().toString(w.count))
            if w.count > 1
            else self.tr("looked up once")
        )
        caption = " · ".join((title, seen, dates.day_and_time(w.last_seen)))
        known = status_of(w.headword, self.statuses) == KNOWN
        return {
            "headword": w.headword,
            "known": known,
            "word": shown_word(w.word, w.headword, w.sentence_fr),
            "gloss": w.gloss,
            "kind": self.kind_of(w.headword),
            "sentence": w.sentence_fr,
            "marked": bold_in(w.sentence_fr, w.word),
            "tip": f"{w.sentence_fr}\n{w.sentence_en}".strip(),
            "caption": caption,
            "due": self.tr("known") if known else self._due_text(w),
            "now": not known and self._due_now(w),
        }

    def kind_of(self, headword: str) -> str:
        """The headword's part of speech, from the dictionaries once the reader has
        opened them (`DictionaryService.kind`: clear ones only, cached); else ""."""
        service = getattr(self.window(), "_dictionaries", None)
        tag = service.kind(headword) if service is not None else ""
        return pos_words(tag) if tag else ""

    def _due_now(self, w: WordRecord) -> bool:
        when = self.due.get((w.article_id, w.headword))
        return when is not None and when <= datetime.now(UTC)

    def _due_text(self, w: WordRecord) -> str:
        key = (w.article_id, w.headword)
        if key not in self.due:
            return ""
        when = self.due[key]
        if when is None:
            return self.tr("new in Review")
        now = datetime.now(UTC)
        if when <= now:
            return self.tr("due in Review")
        return self.tr("Review in %1").replace("%1", dates.interval(when - now))

    def _fill(self) -> None:
        shown = self.visible_words()
        self.list.fill([self._entry(w) for w in shown])
        has = bool(self.words)
        self.scroll.setVisible(has)
        self.list.setVisible(bool(shown))
        self.empty.setVisible(not has)
        self.search.setVisible(has)
        self.export_button.setEnabled(has)
        self.export_button.setVisible(has)  # nothing to export: the empty card's one way on
        self.anki_action.setEnabled(has)
        self.csv_action.setEnabled(has)
        self.page.activate()
        self.scroll.setWidgetResizable(True)  # the page's new height now, not squeezed
        if not has:
            self.count.setText(
                self.tr(
                    "No words yet: click a word in a text to see its meaning, and it is kept here."
                )
            )
        elif len(shown) == len(self.words):
            self.count.setText(self.tr("%n word(s) looked up", "", len(self.words)))
        else:
            self.count.setText(
                self.tr("%1 of %n word(s) shown", "", len(self.words)).replace(
                    "%1", str(len(shown))
                )
            )

    def _fit_column(self) -> None:
        theme = theme_for(self)
        # every page's column (page_frame.py): its heading on the library's left edge
        self.column.setMaximumWidth(theme.space(COLUMN_UNITS))
        unit = theme.space(1)
        self.list.set_spacing(unit)
        self.page.setSpacing(unit * 2)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.page.setContentsMargins(0, 0, bar + unit // 2, unit)  # the bar beside, not on
        for row in (self.top_row, self.tools_row):  # « Export ▾ » and the field end with the card
            row.setContentsMargins(0, 0, bar + unit // 2, 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_column()

    def open_export_menu(self) -> None:
        """The exports under the button, right-aligned with it; the first one current, so
        Enter (or Space on the button, then Enter) exports for Anki."""
        menu = self.export_menu
        width = max(menu.sizeHint().width(), self.export_button.width())
        corner = self.export_button.mapToGlobal(self.export_button.rect().bottomRight())
        corner.setX(corner.x() - width + 1)
        menu.popup(corner)
        menu.setActiveAction(self.anki_action)

    def choose_file(self, kind: str) -> QFileDialog:
        """Ask where to save (non-blocking); the choice comes back as `export_requested`."""
        anki = kind == ANKI
        dialog = QFileDialog(
            self,
            self.tr("Save the words for Anki") if anki else self.tr("Save the words as CSV"),
            str(Path.home() / ("mes-mots.txt" if anki else "mes-mots.csv")),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [self.tr("Anki text files (*.txt *.tsv)") if anki else self.tr("CSV files (*.csv)")]
        )
        dialog.setDefaultSuffix("txt" if anki else "csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export_requested.emit(kind, Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_column)  # the theme's sizes came after
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("My words"))
        self.search.setPlaceholderText(self.tr("Find a word, a meaning or a sentence"))
        self.search.setAccessibleName(self.tr("Find a word"))
        self.export_button.setText(self.tr("Export ▾"))
        self.export_button.setToolTip(self.tr("Save your words for Anki or as a spreadsheet"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.anki_action.setText(self.tr("Anki (TSV)…"))
        self.anki_action.setToolTip(self.tr("Save every word as flash cards to import into Anki"))
        self.csv_action.setText(self.tr("CSV…"))
        self.csv_action.setToolTip(self.tr("Save every word as a spreadsheet file"))
        self.list.setAccessibleName(self.tr("Words you looked up"))
        self.empty.say(
            self.tr("Your words will gather here"),
            self.tr(
                "Click a word in a text to see its meaning: it is kept here with its"
                " sentence, comes back in Review, and can go to Anki."
            ),
            self.tr("Choose an article"),
        )
        self._fill()
