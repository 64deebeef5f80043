"""The library's data: one row per article, and the filters over them.

Kept free of widgets so it can be tested alone and scale to hundreds of
articles (filtering is a linear pass over plain dataclasses).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from quizapp.gui.window.locale_format import day, percent
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.qt_names import ALIGN_CENTER, Role

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from pathlib import Path

    from quizapp.core.model import Article


AnyIndex = QModelIndex | QPersistentModelIndex
# Roles as ints: the library is the first screen, built before PySide creates `Qt`
# (see quizapp/gui/window/qt_names.py).
ARTICLE_ROLE = Role.USER + 1
SORT_ROLE = Role.USER + 2
# for the cards: ("new" | "progress" | "done", best share or None, (question, of) or None)
STATE_ROLE = Role.USER + 3
_ROLES = frozenset(
    int(role)
    for role in (
        Role.DISPLAY,
        Role.ACCESSIBLE_TEXT,
        Role.TEXT_ALIGNMENT,
        Role.TOOLTIP,
        ARTICLE_ROLE,
        SORT_ROLE,
        STATE_ROLE,
    )
)


def fold(text: str) -> str:
    """Lower-case text without accents, so « ecole » finds « École »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("œ", "oe")


# The format's CEFR levels, as quizapp.core.model.Level (a test keeps them equal);
# spelled out here so that the library is built before the model is imported.
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
OWN = "own:"  # a learner's own text's id (quizapp.core.library.own_texts.PREFIX)


class Column(IntEnum):
    TITLE = 0
    TITLE_EN = 1
    LEVEL = 2
    QUESTIONS = 3
    BEST = 4
    LAST = 5
    ORIGIN = 6
    NEW_WORDS = 7  # lemmas this learner has neither looked up nor marked known


class ArticleTableModel(QAbstractTableModel):
    """One row per article; summaries add the best score and last attempt."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._articles: list[Article] = []
        self._summaries: dict[str, dict[str, Any]] = {}
        self._known = False  # whether the learner's progress has been read at all
        self._origins: list[tuple[Path, str]] = []
        self._new_words: dict[str, int] = {}
        self._new_words_shown = False  # only once the learner has a history of words
        self.declared_level: str | None = None  # the learner's own word, before results
        self._mixed: bool | None = None  # whether the articles come from several folders
        self._bank: list[Article] = []  # the teachers' files, as the loader lists them
        self._own: list[Article] = []  # the learner's own texts, newest first, listed first

    def set_origins(self, roots: list[tuple[Path, str]]) -> None:
        """The listed folders, each with where it comes from: bundled, mine or folder."""
        self._origins = list(roots)
        self._mixed = None
        if self._articles:
            last = len(self._articles) - 1
            self.dataChanged.emit(self.index(0, Column.ORIGIN), self.index(last, Column.ORIGIN))

    def origin(self, article: Article) -> tuple[Path, str] | None:
        """The listed folder that holds `article`, and its kind (the deepest one wins)."""
        path = article.path
        if path is None:
            return None
        found = [(root, kind) for root, kind in self._origins if path.is_relative_to(root)]
        return max(found, key=lambda f: len(f[0].parts), default=None)

    def origin_text(self, article: Article) -> str:
        found = self.origin(article)
        if found is None:
            return ""
        root, kind = found
        if kind == "bundled":
            return self.tr("bundled")
        if kind == "mine":
            return self.tr("My articles")
        return root.name or str(root)

    def set_new_words(self, counts: dict[str, int], shown: bool = True) -> None:
        """Per article id, how many of its lemmas are new to the learner (known words);
        `shown`: whether the counts mean something yet (they still rank the articles)."""
        self._new_words = dict(counts)
        self._new_words_shown = shown
        if self._articles:
            row = len(self._articles) - 1
            self.dataChanged.emit(
                self.index(0, Column.NEW_WORDS), self.index(row, Column.NEW_WORDS)
            )

    def set_articles(self, articles: Iterable[Article]) -> None:
        self._bank = sorted(articles, key=lambda a: (a.level.value, fold(a.title)))
        self._relist()

    def set_own_texts(self, articles: Iterable[Article], listed: bool = True) -> None:
        """The learner's own texts (`core/library/own_texts`), before the bank's articles;
        `listed` False keeps them for the bank's first listing (no reset before it)."""
        self._own = list(articles)
        if listed:
            self._relist()

    def _relist(self) -> None:
        self.beginResetModel()
        self._mixed = None
        self._articles = [*self._own, *self._bank]
        self.endResetModel()

    def articles(self) -> list[Article]:
        return list(self._articles)

    def replace_article(self, article: Article) -> bool:
        """Swap in a reloaded article (same file); False when it is not listed."""
        for row, old in enumerate(self._articles):
            if old.path is not None and old.path == article.path:
                self._articles[row] = article
                self._bank = [article if a is old else a for a in self._bank]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                return True
        return False

    def set_summaries(self, summaries: dict[str, dict[str, Any]]) -> None:
        self._summaries = dict(summaries)
        self._known = True
        if self._articles:
            self.dataChanged.emit(
                self.index(0, Column.BEST), self.index(len(self._articles) - 1, Column.LAST)
            )

    def progress_known(self) -> bool:
        """Whether the learner's progress has been read (a learner may have none)."""
        return self._known

    def summary(self, article_id: str) -> dict[str, Any]:
        return self._summaries.get(article_id, {})

    def new_words(self, article_id: str) -> int | None:
        return self._new_words.get(article_id)

    def new_words_shown(self) -> bool:
        return self._new_words_shown

    def article(self, row: int) -> Article:
        return self._articles[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def column_titles(self) -> list[str]:
        """The header's titles, in column order (also shown before the first articles come,
        from a C++ model, see LibraryView)."""
        return [
            self.tr("Title"),
            self.tr("English title"),
            self.tr("Level"),
            self.tr("Questions"),
            self.tr("Your progress"),
            self.tr("Last read"),
            self.tr("Origin"),
            self.tr("New words"),
        ]

    def headerData(self, section: int, orientation: Any, role: int = Role.DISPLAY) -> Any:
        horizontal = orientation.value == 1  # Qt.Orientation.Horizontal, without naming `Qt`
        if role != Role.DISPLAY or not horizontal or not 0 <= section < len(Column):
            return None
        return self.column_titles()[section]

    def data(self, index: AnyIndex, role: int = Role.DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # first: sizing columns to contents asks ~12 roles of every cell
        article = self._articles[index.row()]
        column = Column(index.column())
        if role == ARTICLE_ROLE:
            return article
        summary = self._summaries.get(article.id, {})
        if role == STATE_ROLE:
            return self._state_kind(summary) if self._known else None
        if role == Role.ACCESSIBLE_TEXT and column == Column.TITLE:
            return self._spoken(article, summary)
        if role in (Role.DISPLAY, Role.ACCESSIBLE_TEXT):
            return self._display(article, column, summary)
        if role == SORT_ROLE:
            if column == Column.QUESTIONS:
                return len(article.questions)
            if column == Column.BEST:
                begun = 0.5 if summary.get("unfinished") else 0.0
                return float(summary.get("best") or -1) + begun
            if column == Column.LAST:
                return str(summary.get("date") or "")
            if column == Column.NEW_WORDS:
                return self._new_words.get(article.id, -1)
            return fold(self._display(article, column, summary))
        if role == Role.TEXT_ALIGNMENT and column in (
            Column.LEVEL,
            Column.QUESTIONS,
            Column.BEST,
            Column.NEW_WORDS,
        ):
            return ALIGN_CENTER
        if role == Role.TOOLTIP and column == Column.TITLE:
            return tooltip(article.source) or None
        if role == Role.TOOLTIP and column == Column.ORIGIN:
            found = self.origin(article)
            return None if found is None else tooltip(str(found[0]))
        return None

    def _display(self, article: Article, column: Column, summary: dict[str, Any]) -> str:
        if column == Column.TITLE:
            return article.title
        if column == Column.TITLE_EN:
            return article.title_en or ""
        if column == Column.LEVEL:
            return "" if article.id.startswith(OWN) else article.level.value
        if column == Column.QUESTIONS:
            return str(len(article.questions))
        if column == Column.ORIGIN:
            return self.origin_text(article)
        if column == Column.NEW_WORDS:
            count = self._new_words.get(article.id)
            return "" if count is None or not self._new_words_shown else str(count)
        if column == Column.BEST:
            return self._state(summary)
        return day(str(summary.get("date") or ""))

    @staticmethod
    def _state_kind(summary: dict[str, Any]) -> tuple[str, float | None, tuple[int, int] | None]:
        best = summary.get("best")
        share = None if best is None else float(best)
        if summary.get("unfinished"):
            at = summary.get("at")  # where the unfinished run stopped, when known
            return ("progress", share, (int(at[0]), int(at[1])) if at else None)
        return ("new", None, None) if best is None else ("done", share, None)

    def _spoken(self, article: Article, summary: dict[str, Any]) -> str:
        """A card as a screen reader says it: the list shows one column, the card all."""
        parts = [article.title, article.title_en or "", self._display(article, Column.LEVEL, {})]
        if article.id.startswith(OWN):
            parts.append(self.tr("Your text"))
        else:
            parts.append(self.tr("%n question(s)", "", len(article.questions)))
        if self._known:
            parts.append(self._state(summary))
        return " — ".join(p for p in parts if p)

    def mixed_origins(self) -> bool:
        """Whether the listed articles come from more than one folder (then cards say which)."""
        if self._mixed is None:
            self._mixed = len({self.origin(a) for a in self._bank}) > 1
        return self._mixed

    def _state(self, summary: dict[str, Any]) -> str:
        """New, in progress (to resume), or done with the best score."""
        best = summary.get("best")
        if summary.get("unfinished"):
            return self.tr("In progress · resume")
        if best is not None:
            return self.tr("Done · best %1").replace("%1", percent(float(best)))
        return self.tr("New")


class LibraryFilter(QSortFilterProxyModel):
    """Level, tag and accent-insensitive title search, combined with AND. Unfiltered, the
    article the « Continue » card proposes is set aside (said once, not twice)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._level: str | None = None
        self._tag: str | None = None
        self._needle = ""
        self._aside: str | None = None  # the « Continue » card's article id
        self.setSortRole(SORT_ROLE)

    def filtering(self) -> bool:
        """Whether a search, a level or a topic narrows the list (every article may match)."""
        return bool(self._level or self._tag or self._needle)

    def aside(self) -> str | None:
        return self._aside

    def set_aside(self, article_id: str | None) -> None:
        """The article shown above the list, left out of it while nothing filters."""
        if article_id != self._aside:
            self._refilter(lambda: setattr(self, "_aside", article_id))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply `change` to the criteria and filter again (Qt 6.10 API, older fallback)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt < 6.10
            change()
            self.invalidateRowsFilter()

    def set_level(self, level: str | None) -> None:
        self._refilter(lambda: setattr(self, "_level", level))

    def set_tag(self, tag: str | None) -> None:
        self._refilter(lambda: setattr(self, "_tag", tag))

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_needle", fold(text.strip())))

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ArticleTableModel)
        article = model.article(row)
        if self._level is not None and (article.level != self._level or article.id.startswith(OWN)):
            return False  # an own text has no level
        if self._tag is not None and self._tag not in article.tags:
            return False
        if self._needle:
            haystack = fold(article.title) + "\n" + fold(article.title_en or "")
            return all(word in haystack for word in self._needle.split())
        return self._level is not None or self._tag is not None or article.id != self._aside
