"""My words: every word or expression the learner looked up, with its sentence.

The table can be filtered; "Anki (TSV)…" and "CSV…" ask where to save (the
file dialog is built on demand, non-blocking) and then `export_requested`
carries the kind and path to the progress screens, which write the file with
the core exporters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.progress.records import WordRecord
from quizapp.gui.progress import dates
from quizapp.gui.progress.empty_state import EmptyState
from quizapp.gui.progress.history import calm_table, fit_rows, title_label
from quizapp.gui.review.text import palette_for
from quizapp.gui.window.plain_text import tooltip

ANKI = "anki"
CSV = "csv"


def fold(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


class WordsView(QWidget):
    """The table of looked-up words, newest first."""

    export_requested = Signal(str, object)  # ANKI or CSV, Path
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("words_view")
        self.title = title_label(self)
        self.back = QPushButton(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("progress_summary")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.anki_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.table = QTableWidget(0, 6, self)
        calm_table(self.table)
        self.table.setWordWrap(True)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(
            lambda column, _old, _new: column == 2 and fit_rows(self.table)
        )
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.back)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.anki_button)
        tools.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(self)
        self.empty.action.connect(self.back_requested)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.words: list[WordRecord] = []
        self.titles: dict[str, str] = {}
        self.dialog: QFileDialog | None = None
        self.search.textChanged.connect(lambda _t: self._fill())
        self.anki_button.clicked.connect(lambda: self.choose_file(ANKI))
        self.csv_button.clicked.connect(lambda: self.choose_file(CSV))
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def set_words(self, words: Sequence[WordRecord], titles: Mapping[str, str]) -> None:
        """`titles`: article id → title, for the Article column."""
        self.words = list(words)
        self.titles = dict(titles)
        self._fill()

    def visible_words(self) -> list[WordRecord]:
        wanted = fold(self.search.text().strip())
        if not wanted:
            return list(self.words)
        return [
            w
            for w in self.words
            if wanted in fold(" ".join((w.word, w.headword, w.gloss, w.sentence_fr)))
        ]

    def _fill(self) -> None:
        shown = self.visible_words()
        self.table.setRowCount(len(shown))
        muted = QColor(palette_for(self).muted)
        strong = QFont()  # the weight only: the rest is the table's
        strong.setWeight(QFont.Weight.DemiBold)
        for r, w in enumerate(shown):
            word = (
                w.word if w.headword.casefold() == w.word.casefold() else f"{w.word} ({w.headword})"
            )
            cells = [
                word,
                w.gloss,
                w.sentence_fr,
                self.titles.get(w.article_id, w.article_id.removeprefix("own:")),  # a deleted text
                str(w.count),
                dates.day_and_time(w.last_seen),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setToolTip(tooltip(f"{w.sentence_fr}\n{w.sentence_en}\n\n{cells[3]}"))
                if c == 0:
                    item.setFont(strong)
                if c >= 3:
                    item.setForeground(muted)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self._fit_columns()
        fit_rows(self.table)
        has = bool(self.words)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.search.setVisible(has)
        self.anki_button.setEnabled(has)
        self.csv_button.setEnabled(has)
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

    def _fit_columns(self) -> None:
        """Word, meaning and article take their one-line width, up to a share of the
        width; the sentence takes the rest (and wraps), at any font size. Rows are fitted
        after, so none is left tall from a narrower first layout."""
        share = {0: 0.16, 1: 0.16, 3: 0.14}
        room = max(self.table.viewport().width(), self.fontMetrics().horizontalAdvance("m" * 40))
        metrics = self.table.fontMetrics()
        pad = metrics.horizontalAdvance("m") * 2
        narrow = room < metrics.horizontalAdvance("m") * 60
        for column in (3, 4):  # a narrow window: the article and the count in the tooltip
            self.table.setColumnHidden(column, narrow)
        for column, part in share.items():
            texts = (
                [self.table.horizontalHeaderItem(column).text()]
                if self.table.horizontalHeaderItem(column)
                else []
            )
            texts += [
                item.text()
                for r in range(self.table.rowCount())
                if (item := self.table.item(r, column)) is not None
            ]
            natural = max((metrics.horizontalAdvance(t) for t in texts), default=0) + pad
            natural += pad // 2 if column == 0 else 0  # the word is set semibold
            self.table.setColumnWidth(column, min(natural, int(room * part)))
        fit_rows(self.table)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)  # once the table has its real width

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
            QTimer.singleShot(0, self, self._fit_columns)  # the theme's sizes came after
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("My words"))
        self.back.setText(self.tr("Back to the library"))
        self.search.setPlaceholderText(self.tr("Find a word, a meaning or a sentence"))
        self.search.setAccessibleName(self.tr("Find a word"))
        self.anki_button.setText(self.tr("Anki (TSV)…"))
        self.anki_button.setToolTip(self.tr("Save every word as flash cards to import into Anki"))
        self.csv_button.setText(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save every word as a spreadsheet file"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Word"),
                self.tr("Meaning"),
                self.tr("Sentence"),
                self.tr("Article"),
                self.tr("Times"),
                self.tr("Last looked up"),
            ]
        )
        self.table.setAccessibleName(self.tr("Words you looked up"))
        self.empty.say(
            self.tr("Your words will gather here"),
            self.tr(
                "Click a word in a text to see its meaning: it is kept here with its"
                " sentence, comes back in Review, and can go to Anki."
            ),
            self.tr("Choose an article"),
        )
        self._fill()
