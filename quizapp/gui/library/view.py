"""The library: every article of the bank, filtered by level, tag and title.

A model/view pair so hundreds of articles stay instant; the learner's scores
are fed in later through `set_summaries` by whoever owns the progress store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.library.card_list import LibraryList
from quizapp.gui.library.cards import CardDelegate
from quizapp.gui.library.filter_row import TopicBox, fit_filters, welcome
from quizapp.gui.library.header import LibraryHeader
from quizapp.gui.library.model import (
    ARTICLE_ROLE,
    LEVELS,
    ArticleTableModel,
    Column,
    LibraryFilter,
    fold,
)
from quizapp.gui.library.next_up import install_hero, refresh_hero
from quizapp.gui.window.qt_names import plain_text, set_by_name
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from pathlib import Path

    from quizapp.core.model import Article

SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect
__all__ = ["ArticleTableModel", "Column", "LibraryFilter", "LibraryView", "fold"]


class LibraryView(QWidget):
    """The library screen; emits `article_activated(Article)` when one is opened."""

    article_activated = Signal(object)
    open_folder_requested = Signal()
    level_chosen = Signal(str)  # on the « Continue » card: the learner's level (A1…C1)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self._loading = False

        self._fit_on_show = self._fit_queued = False
        self.greeting: Any = None  # « Bonsoir, Camille »…: built with the articles (welcome)
        self.hero: Any = None  # the « Continue » card: built with the articles (next_up)
        self.hero_row: Any = None
        self.hero_fits = True  # False when the window is too short for it and a card
        self.review_chip: Any = None  # the review's button or status (review_chip)
        self.search = QLineEdit(self)
        self.search.setObjectName("library_search")
        self.search.setClearButtonEnabled(True)
        self._lens: Any = None  # the magnifier, drawn again for each theme
        self._lens_style: Any = None  # its size: the field's text size
        self.level_label = QLabel(self)
        self.level = QComboBox(self)
        self.level_label.setBuddy(self.level)
        self.tag_label = QLabel(self)
        self.tag = TopicBox(self)  # capped on one row: its choice elided
        self.tag_label.setBuddy(self.tag)
        for label in (self.level_label, self.tag_label):
            label.setObjectName("filter_label")  # a gap before its drop-down (style.py)
        for combo in (self.level, self.tag):  # wide enough for their words, never cut
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tool_buttons: list[QToolButton] = []

        self.table = LibraryList(self)
        self.table.setObjectName("library_cards")
        self.cards = CardDelegate(self.table)
        self.table.setItemDelegate(self.cards)
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setResizeMode(QListView.ResizeMode.Adjust)
        self.table.setUniformItemSizes(False)
        self.table.setLayoutMode(QListView.LayoutMode.Batched)  # a large bank: no long stall
        self.table.setBatchSize(40)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setMouseTracking(True)
        set_by_name(self.table, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")

        self.empty = QLabel(self)
        plain_text(self.empty)
        self.empty.setWordWrap(True)
        self.empty.setProperty("type", "body")
        self.empty.setProperty("tone", "muted")
        set_by_name(self.empty, "alignment", "AlignCenter")
        self.open_button = QPushButton(self)
        self.show_all_button = QPushButton(self)
        self.show_all_button.setObjectName("show_all_articles")
        empty_page = QWidget(self)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.open_button)
        centred.addWidget(self.show_all_button)
        centred.addStretch(1)
        empty_layout.addLayout(centred)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(empty_page)

        self.choices = choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.level_label)
        choices.addWidget(self.level)
        choices.addSpacing(12)
        choices.addWidget(self.tag_label)
        choices.addWidget(self.tag)
        # one row when there is room, the search above the drop-downs when not (a large zoom)
        self.search_row = QHBoxLayout()  # narrow: the search, and the buttons beside it
        self.search_row.setContentsMargins(0, 0, 0, 0)
        self.search_row.addWidget(self.search, 1)
        self.filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filters.addLayout(self.search_row, 1)  # the search takes the row's free width
        self.filters.addSpacing(12)
        self.filters.addLayout(choices)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = LibraryHeader(self, layout.spacing())  # scrolls away when short
        self.header.layout().addLayout(self.filters)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        for first, second in ((self.search, self.level), (self.level, self.tag)):
            self.setTabOrder(first, second)
        self.setTabOrder(self.tag, self.table)
        self.setFocusProxy(self.table)

        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_empty)
        self.search.returnPressed.connect(self._open_first_match)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.tag.currentIndexChanged.connect(self._tag_changed)
        self.table.doubleClicked.connect(self._activate)
        self.table.activated_row.connect(self._activate)
        self.cards.open_requested.connect(self._activate)
        self.model.dataChanged.connect(self.table.relayout)
        self.open_button.clicked.connect(self.open_folder_requested)
        self.show_all_button.clicked.connect(self.show_all)
        hub = getattr(parent, "theme_hub", None)  # the window's; a bare view keeps the default
        if hub is not None:
            self.set_theme(hub.theme)
            hub.theme_changed.connect(self.set_theme)
        self.retranslate_ui()

    # -- public API --------------------------------------------------------
    def add_toolbar_action(
        self, action: Any, reserve: str = "", button: QToolButton | None = None
    ) -> QToolButton:
        """A window action as a chip ending the filter row, beside the search when narrow;
        `reserve`: a text as wide as the chip may get (the search keeps its width)."""
        if button is None:
            button = QToolButton(self.header)
            set_by_name(button, "toolButtonStyle", "ToolButtonTextOnly")
        button.setProperty("reserve", reserve)
        button.setDefaultAction(action)
        button.setProperty("library", "chip")
        self.tool_buttons.append(button)
        self.choices.addWidget(button)
        action.changed.connect(self._fit_filters)  # its count changes its width
        self._fit_filters()
        return button

    def add_review_action(self, action: Any) -> Any:
        """The review's chip: a button when cards are due, a calm status when not."""
        from quizapp.gui.library.review_chip import ReviewChip

        self.review_chip = chip = ReviewChip(self.header)
        chip.set_theme(self.cards.theme)
        self.setTabOrder(self.tag, chip)  # the filters, the review, the next thing, the list
        self.setTabOrder(chip, self.hero.button if self.hero is not None else self.table)
        return self.add_toolbar_action(action, "", chip)

    def refresh_hero(self) -> None:
        if self.hero is not None:
            refresh_hero(self)

    def set_articles(self, articles: Iterable[Article]) -> None:
        from PySide6.QtCore import Qt  # after the first paint

        self.table.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)  # cards light up
        self._draw_lens()
        welcome(self)
        install_hero(self)
        self.model.set_articles(articles)
        self._loading = False
        self._fill_tags()
        self._update_empty()
        self._fit_filters()

    def replace_article(self, article: Article) -> None:
        """A file edited while the app runs: its row shows the new title and level."""
        if self.model.replace_article(article):
            self.proxy.invalidate()
            self._fill_tags()

    def set_origins(self, roots: list[tuple[Path, str]]) -> None:
        """Where each listed folder's articles come from (the Origin column)."""
        self.model.set_origins(roots)
        self.table.relayout()

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update_empty()

    def set_summaries(self, summaries: dict[str, dict[str, Any]]) -> None:
        """Per-article `{article_id: {best, last, date, unfinished}}` from the progress store."""
        self.model.set_summaries(summaries)
        welcome(self).refresh(self.window())
        self.table.relayout()

    def visible_articles(self) -> list[Article]:
        """The articles the filters let through, in the list's order (the « Continue »
        card's one in its place there, as if the list still showed it)."""
        from quizapp.gui.library.next_up import in_order

        return in_order(self)

    def focus_search(self) -> None:
        self.header.focus_search()  # scrolled away, the header comes back into view

    def set_theme(self, theme: Theme) -> None:
        """The cards' colours and sizes (the zoom, light or dark)."""
        self.cards.set_theme(theme)
        for part in (self.hero, self.review_chip):
            if part is not None:
                part.set_theme(theme)
        if self._lens is not None:
            self._draw_lens()
        self.table.setSpacing(0)
        self.table.relayout()
        self._fit_filters()

    def show_all(self) -> None:
        """Every article again: the search, the level and the topic cleared."""
        self.search.clear()
        self.level.setCurrentIndex(0)
        self.tag.setCurrentIndex(0)
        self.table.setFocus()

    def action_rect(self, row: int) -> QRect:
        """The Read / Resume button of the card at `row` (shown rows), in the list's viewport."""
        return self.cards.action_rect(self.proxy.index(row, 0))

    # -- internals ---------------------------------------------------------
    def _draw_lens(self) -> None:
        from quizapp.gui.library.search_icon import draw_lens

        draw_lens(self)

    def _activate(self, index: QModelIndex) -> None:
        article = index.data(ARTICLE_ROLE)
        if article is not None:
            self.article_activated.emit(article)

    def _open_first_match(self) -> None:
        if self.proxy.rowCount():
            self._activate(self.proxy.index(0, 0))

    def _level_changed(self, index: int) -> None:
        self.proxy.set_level(self.level.itemData(index) or None)
        self._update_empty()

    def _tag_changed(self, index: int) -> None:
        self.proxy.set_tag(self.tag.itemData(index) or None)
        self._update_empty()

    def _fill_tags(self) -> None:
        """The Topic drop-down: each tag in the interface's language, sorted as shown."""
        from quizapp.gui.window.locale_format import topic

        current = self.tag.currentData()
        tags = {t for a in self.model.articles() for t in a.tags}
        shown = sorted(((topic(t), t) for t in tags), key=lambda pair: (fold(pair[0]), pair[1]))
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All", "topics"), "")
        for label, tag in shown:
            self.tag.addItem(label, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)) if current else 0)
        self.tag.blockSignals(False)
        self._tag_changed(self.tag.currentIndex())

    def _update_empty(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.open_button.setVisible(not self._loading and total == 0)
        self.show_all_button.setVisible(total > 0 and shown == 0)
        if self._loading and total == 0:
            self.empty.setText(self.tr("Loading the articles…"))
        elif total == 0:
            self.empty.setText(
                self.tr("This folder has no articles yet. Choose another folder of question files.")
            )
        elif shown == 0:
            self.empty.setText(
                self.tr(
                    "No article matches these filters. Try fewer letters, the English"
                    " title, or all levels and topics."
                )
            )
        self.pages.setCurrentIndex(0 if shown else 1)
        if shown and not self.table.selectionModel().hasSelection():
            first = self.proxy.index(0, 0)  # one card always ready to open: current, selected
            self.table.selectionModel().setCurrentIndex(first, SELECT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_filters()

    def _fit_filters(self) -> None:
        """Now, and again when a zoom's style sheet reaches the drop-downs (or on first show)."""
        if not self.isVisible():
            self._fit_on_show = True
            return
        fit_filters(self)
        if not self._fit_queued:
            self._fit_queued = True
            QTimer.singleShot(0, self, self._fit_again)

    def _fit_again(self) -> None:
        self._fit_queued = False
        fit_filters(self)

    def showEvent(self, event) -> None:
        if self._fit_on_show:
            self._fit_on_show = False
            self._fit_filters()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self.cards.forget_sizes()
            self.table.relayout()
            self._fit_filters()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search a title"))
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
            self.tr("Up and Down choose an article; Enter or a double-click reads it.")
        )
        self.open_button.setText(self.tr("Open folder…"))
        self.show_all_button.setText(self.tr("Show all articles"))
        self.open_button.setAccessibleName(self.tr("Open folder"))
        self.open_button.setAccessibleDescription(self.tr("Choose a folder of question files"))
        self.empty.setAccessibleName(self.tr("Library status"))
        current_level = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All", "levels"), "")
        for level in LEVELS:
            self.level.addItem(level, level)
        self.level.setCurrentIndex(max(0, self.level.findData(current_level or "")))
        self.level.blockSignals(False)
        self._fill_tags()  # "All", and the topics in the new language
        self.table.relayout()  # the cards' words in the new language
        self._update_empty()
