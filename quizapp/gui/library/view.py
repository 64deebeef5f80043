"""The library: every article of the bank, filtered by level, tag and title.

A model/view pair so hundreds of articles stay instant; the learner's scores
are fed in later through `set_summaries` by whoever owns the progress store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.library.model import (
    ARTICLE_ROLE,
    LEVELS,
    ArticleTableModel,
    Column,
    LibraryFilter,
    fold,
)
from quizapp.gui.window.qt_names import plain_text, set_by_name

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from pathlib import Path

    from quizapp.core.model import Article

__all__ = ["ArticleTableModel", "Column", "LibraryFilter", "LibraryView", "fold"]


class LibraryTable(QTableView):
    """Enter opens the current article, like a double-click."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # after the first paint: see quizapp/gui/window/qt_names.py

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class LibraryView(QWidget):
    """The library screen; emits `article_activated(Article)` when one is opened."""

    article_activated = Signal(object)
    open_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self._loading = False

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.level_label = QLabel(self)
        self.level = QComboBox(self)
        self.level_label.setBuddy(self.level)
        self.tag_label = QLabel(self)
        self.tag = QComboBox(self)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_label.setBuddy(self.tag)

        self.table = LibraryTable(self)
        # Until the first articles come (after the first paint), the table shows the titles
        # of an empty C++ model: ours would be asked for them with a Qt.Orientation, which
        # builds PySide's whole `Qt` (see quizapp/gui/window/qt_names.py).
        self.titles = QStandardItemModel(0, len(Column), self)
        self.table.setModel(self.titles)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)  # calm rows, not a spreadsheet
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self._fit_rows()
        self._lay_out_columns()

        self.empty = QLabel(self)
        plain_text(self.empty)
        self.empty.setWordWrap(True)
        set_by_name(self.empty, "alignment", "AlignCenter")
        self.open_button = QPushButton(self)
        empty_page = QWidget(self)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.open_button)
        centred.addStretch(1)
        empty_layout.addLayout(centred)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(empty_page)

        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.level_label)
        choices.addWidget(self.level, 1)
        choices.addSpacing(12)
        choices.addWidget(self.tag_label)
        choices.addWidget(self.tag, 1)
        # one row when there is room, the search above the drop-downs when not (a large zoom)
        self.filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filters.addWidget(self.search, 3)
        self.filters.addSpacing(12)
        self.filters.addLayout(choices, 2)
        self.hint = QLabel(self)
        plain_text(self.hint)
        self.hint.setWordWrap(True)
        self.hint.setProperty("tone", "muted")
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("read_button")
        self.read_button.setProperty("primary", "true")
        footer = QHBoxLayout()
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.search, self.level)
        self.setTabOrder(self.level, self.tag)
        self.setTabOrder(self.tag, self.table)
        self.setFocusProxy(self.table)

        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_empty)
        self.search.returnPressed.connect(self._open_first_match)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.tag.currentIndexChanged.connect(self._tag_changed)
        self.table.doubleClicked.connect(self._activate)
        self.table.activated_row.connect(self._activate)
        self.open_button.clicked.connect(self.open_folder_requested)
        self.read_button.clicked.connect(lambda: self._activate(self.table.currentIndex()))
        self.retranslate_ui()

    # -- public API --------------------------------------------------------
    def add_toolbar_action(self, action: Any) -> QToolButton:
        """A window action as a button at the end of the filter row ("Review (3 due)")."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        self.filters.addSpacing(12)
        self.filters.addWidget(button)
        return button

    def set_articles(self, articles: Iterable[Article]) -> None:
        self._show_articles_model()
        self.model.set_articles(articles)
        self._loading = False
        self._fill_tags()
        self._update_empty()
        self._fit_filters()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def replace_article(self, article: Article) -> None:
        """A file edited while the app runs: its row shows the new title and level."""
        if self.model.replace_article(article):
            self.proxy.invalidate()
            self._fill_tags()

    def set_origins(self, roots: list[tuple[Path, str]]) -> None:
        """Where each listed folder's articles come from (the Origin column)."""
        self.model.set_origins(roots)

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update_empty()

    def set_summaries(self, summaries: dict[str, dict[str, Any]]) -> None:
        """Per-article `{article_id: {best, last, date, unfinished}}` from the progress store."""
        self.model.set_summaries(summaries)
        self._update_summary_columns()

    def visible_articles(self) -> list[Article]:
        return [self.proxy.index(row, 0).data(ARTICLE_ROLE) for row in range(self.proxy.rowCount())]

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- internals ---------------------------------------------------------
    def _show_articles_model(self) -> None:
        """The articles in place of the titles-only model, sortable, in file order until a
        title is clicked (done with the first articles, after the first paint)."""
        if self.table.model() is self.proxy:
            return
        from PySide6.QtCore import Qt

        self.table.setModel(self.proxy)
        self._lay_out_columns()  # a new model resets the header's sections
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def _lay_out_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.TITLE_EN, QHeaderView.ResizeMode.Stretch)
        for column in (
            Column.LEVEL,
            Column.QUESTIONS,
            Column.BEST,
            Column.LAST,
            Column.ORIGIN,
            Column.NEW_WORDS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Sized from the visible rows and a few more, not 1,000 rows by default: measuring
        # every cell of a large bank froze the window ~100 ms each time it was listed.
        header.setResizeContentsPrecision(32)
        self._update_summary_columns()

    def _activate(self, index: QModelIndex) -> None:
        article = index.data(ARTICLE_ROLE)
        if article is not None:
            self.article_activated.emit(article)

    def _open_first_match(self) -> None:
        if self.proxy.rowCount():
            self._activate(self.proxy.index(0, 0))

    def _level_changed(self, index: int) -> None:
        data = self.level.itemData(index)
        self.proxy.set_level(data or None)
        self._update_empty()

    def _tag_changed(self, index: int) -> None:
        data = self.tag.itemData(index)
        self.proxy.set_tag(data or None)
        self._update_empty()

    def _fill_tags(self) -> None:
        current = self.tag.currentData()
        tags = sorted({t for a in self.model.articles() for t in a.tags}, key=fold)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All topics"), "")
        for tag in tags:
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)) if current else 0)
        self.tag.blockSignals(False)
        self._tag_changed(self.tag.currentIndex())

    def _update_summary_columns(self) -> None:
        hidden = not self.model.has_summaries()
        self.table.setColumnHidden(Column.BEST, hidden)
        self.table.setColumnHidden(Column.LAST, hidden)

    def _update_empty(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.open_button.setVisible(not self._loading and total == 0)
        if self._loading and total == 0:
            self.empty.setText(self.tr("Loading the articles…"))
        elif total == 0:
            self.empty.setText(
                self.tr("This folder has no articles yet. Choose another folder of question files.")
            )
        elif shown == 0:
            self.empty.setText(self.tr("No article matches these filters."))
        self.pages.setCurrentIndex(0 if shown else 1)
        self.read_button.setVisible(bool(shown))
        self.hint.setVisible(bool(shown))

    def _fit_rows(self) -> None:
        """Rows a little taller than the text, whatever the font size."""
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_filters()

    def _fit_filters(self) -> None:
        """The filters on one row if they fit, else the search on a row of its own; the
        English titles only where the French ones still have room."""
        em = self.fontMetrics().horizontalAdvance("m")
        needed = (
            em * 24
            + self.level_label.sizeHint().width()
            + self.level.sizeHint().width()
            + self.tag_label.sizeHint().width()
            + self.tag.sizeHint().width()
        )
        wide = self.width() >= needed
        # a narrow window or a large zoom: the French title keeps its room, the English goes
        self.table.setColumnHidden(Column.TITLE_EN, self.width() < em * 70)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.filters.direction() != direction:
            self.filters.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_rows()
            self._fit_filters()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by French or English title"))
        self.search.setAccessibleName(self.tr("Search articles"))
        self.search.setAccessibleDescription(
            self.tr("Type part of a title; accents and capitals do not matter.")
        )
        self.level_label.setText(self.tr("&Level:"))
        self.level.setAccessibleName(self.tr("Filter by level"))
        self.level.setAccessibleDescription(self.tr("Show only the articles of one CEFR level"))
        self.tag_label.setText(self.tr("&Topic:"))
        self.tag.setAccessibleName(self.tr("Filter by topic"))
        self.tag.setAccessibleDescription(self.tr("Show only the articles with this tag"))
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setAccessibleDescription(
            self.tr("Press Enter or double-click to read the selected article.")
        )
        self.open_button.setText(self.tr("Open folder…"))
        self.read_button.setText(self.tr("Read this article"))
        self.read_button.setAccessibleDescription(self.tr("Open the selected article"))
        self.hint.setText(self.tr("Double-click an article, or press Enter, to read it."))
        self.open_button.setAccessibleName(self.tr("Open folder"))
        self.open_button.setAccessibleDescription(self.tr("Choose a folder of question files"))
        self.empty.setAccessibleName(self.tr("Library status"))
        current_level = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), "")
        for level in LEVELS:
            self.level.addItem(level, level)
        self.level.setCurrentIndex(max(0, self.level.findData(current_level or "")))
        self.level.blockSignals(False)
        if self.tag.count():
            self.tag.setItemText(0, self.tr("All topics"))
        else:
            self._fill_tags()
        if self.table.model() is self.proxy:
            from PySide6.QtCore import Qt

            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        else:
            self.titles.setHorizontalHeaderLabels(self.model.column_titles())
        self._update_empty()
