"""The library's state read for the « Continue » card: its model's rows as plain
candidates for `core.library.recommend`, and the card kept in step with them
(the articles, the learner's summaries, the new-word counts, the review's count,
the filters: a search or a filter hides the card).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.gui.library.model import OWN

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.library.recommend import Candidate, Pick
    from quizapp.core.model import Article
    from quizapp.gui.library.model import ArticleTableModel
    from quizapp.gui.library.view import LibraryView


def candidates(model: ArticleTableModel) -> list[Candidate]:
    """Every listed article with this learner's state of it."""
    from quizapp.core.library.recommend import Candidate  # with the progress, not at start-up

    found = []
    for article in model.articles():
        if article.id.startswith(OWN):
            continue  # a learner's own text: no level to match, no quiz to propose
        summary = model.summary(article.id)
        best = summary.get("best")
        at = summary.get("at")
        state = "progress" if summary.get("unfinished") else "new" if best is None else "done"
        found.append(
            Candidate(
                id=article.id,
                level=article.level.value,
                title=article.title,
                state=state,
                best=None if best is None else float(best),
                at=(int(at[0]), int(at[1])) if at else None,
                last=str(summary.get("date") or ""),
                new_words=model.new_words(article.id),
            )
        )
    return found


def next_pick(view: LibraryView) -> Pick | None:
    """The recommendation, once the learner's progress is known (None before)."""
    if not view.model.progress_known():
        return None
    from quizapp.core.library.recommend import recommend

    chip = view.review_chip
    due = chip.due if chip is not None else 0
    return recommend(candidates(view.model), due, view.model.declared_level)


def asked_levels(view: LibraryView) -> tuple[str, ...]:
    """The levels the card offers (« Your level? A2 · B1 · B2 · C1 »): the bank's, while
    the learner has said none and no result speaks for them; none once either does."""
    from quizapp.gui.library.hero import ASKED

    model = view.model
    if model.declared_level is not None or not model.progress_known():
        return ()
    found = candidates(model)
    if any(c.best is not None or c.state != "new" for c in found):
        return ()
    levels = {c.level for c in found}
    asked = tuple(level for level in ASKED if level in levels)
    return asked if len(asked) > 1 else ()  # one level: nothing to choose


def refresh_hero(view: LibraryView) -> None:
    """The card for the current pick; hidden while filtering or with nothing to propose."""
    hero = view.hero
    pick = next_pick(view)
    article = None
    if pick is not None and pick.article_id is not None:
        article = next((a for a in view.model.articles() if a.id == pick.article_id), None)
    if pick is not None and not view.model.new_words_shown():
        from dataclasses import replace

        pick = replace(pick, new_words=None)  # a count of "all its words" says nothing
    chip = view.review_chip  # the « Continue » card names what waits as the chip does
    hero.due_parts = chip.parts if chip is not None else ""
    hero.show_pick(pick, article, asked_levels(view))
    filtering = bool(view.search.text().strip()) or view.level.currentIndex() > 0
    filtering = filtering or view.tag.currentIndex() > 0
    hero.setVisible(hero.pick is not None and not filtering and view.hero_fits)
    set_aside(view)
    view.hero_label.setVisible(hero.isVisibleTo(view))
    if chip is not None:  # one way into the review up here: the card's, when it offers it
        chip.setVisible(not (hero.isVisibleTo(view) and hero.pick.kind == "review"))
    if view.cards.calm != hero.isVisibleTo(view):  # one primary button on screen
        view.cards.calm = hero.isVisibleTo(view)
        view.table.viewport().update()


def set_aside(view: LibraryView) -> None:
    """The card's article left out of the list under it (« More articles · 5 »), while
    the card shows; a search or a filter lists every article again. A bank of one
    article keeps it in the list: the list is never empty under the card."""
    hero, model = view.hero, view.model
    shown = hero.isVisibleTo(view) and hero.article is not None and model.rowCount() > 1
    # everything read, the card offers an exam or a text of one's own, not the article
    # to read: it stays in the list
    shown = shown and hero.pick is not None and hero.pick.kind != "reread"
    aside = hero.article.id if shown else None
    if aside != view.proxy.aside():
        view.proxy.set_aside(aside)
        if not view.table.hasFocus():  # not the keyboard's place: the first card again
            view.table.selectionModel().clear()
        view._update_empty()  # a current card, the first, when there is none
        view.table.relayout()
    hero.listed = (view.proxy.rowCount(), aside is not None)
    hero.retranslate_section()


def install_hero(view: LibraryView) -> None:
    """The card above the list, built with the first articles (after the first paint)."""
    if view.hero is not None:
        return
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from quizapp.gui.library.add_articles import install_more, open_my_articles, paste_text
    from quizapp.gui.library.hero import HeroCard

    install_more(view)  # « Add your own articles », after the last card
    hero = view.hero = HeroCard(view.header)
    hero.set_theme(view.cards.theme)
    view.hero_row = row = QVBoxLayout()
    row.addWidget(hero)
    view.hero_label = label = QLabel(view.header)  # the list under it: a section of its own
    label.setObjectName("library_section")
    label.setProperty("type", "caption")
    label.setProperty("tone", "muted")
    label.hide()
    row.addWidget(label)
    hero.section = label
    view.header.layout().addLayout(row)
    hero.open_article.connect(view.article_activated)
    hero.level_chosen.connect(lambda level: choose_level(view, level))
    hero.review_requested.connect(lambda: view.review_chip and view.review_chip.click())
    hero.more_requested.connect(lambda: open_my_articles(view))
    hero.own_requested.connect(lambda: paste_text(view))
    hero.exam_requested.connect(lambda article: _exam(view, article))
    view.setTabOrder(view.review_chip or view.tag, hero.button)  # after the filters
    last = hero.button
    for chip in hero.chips.values():  # then « Your level? » when it asks, then the list
        view.setTabOrder(last, chip)
        last = chip
    view.setTabOrder(last, view.table)

    def again(*_args: object) -> None:
        refresh_hero(view)

    view.model.modelReset.connect(again)
    view.model.dataChanged.connect(again)
    view.search.textChanged.connect(again)
    view.level.currentIndexChanged.connect(again)
    view.tag.currentIndexChanged.connect(again)


def choose_level(view: LibraryView, level: str) -> None:
    """A level chip on the card: the pick follows at once; the window's learner keeps it
    (`level_chosen`, the same store as the welcome card's choice)."""
    view.model.declared_level = level
    refresh_hero(view)
    view.level_chosen.emit(level)


def in_order(view: LibraryView) -> list[Article]:
    """The list's articles in its order, with the one set aside for the card put back
    where the list's sort would have it (the next article after a quiz follows it)."""
    from quizapp.gui.library.model import ARTICLE_ROLE

    proxy = view.proxy
    rows = [proxy.mapToSource(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    aside = proxy.aside()
    found = [r for r in range(view.model.rowCount()) if view.model.article(r).id == aside]
    mine = view.model.index(found[0], 0) if found else None
    if mine is not None and not proxy.mapFromSource(mine).isValid():
        column = proxy.sortColumn()
        if column < 0:  # unsorted: the model's order
            before = [i for i, row in enumerate(rows) if row.row() > mine.row()]
        else:
            from PySide6.QtCore import Qt

            at = mine.siblingAtColumn(column)
            down = proxy.sortOrder() == Qt.SortOrder.DescendingOrder
            before = [
                i
                for i, row in enumerate(rows)
                if (
                    proxy.lessThan(row.siblingAtColumn(column), at)
                    if down
                    else proxy.lessThan(at, row.siblingAtColumn(column))
                )
            ]
        rows.insert(before[0] if before else len(rows), mine)
    return [row.data(ARTICLE_ROLE) for row in rows]


def onward(view: LibraryView, current: str | None) -> tuple[Article | None, str]:
    """The article to read after `current` (None: after a review) and the pick's kind
    ("reread": every article is done at 100 %), in the library's order as it is sorted
    and filtered now (all of them, in file order, when the filters hide `current`)."""
    from quizapp.core.library.recommend import way_on

    model = view.model  # progress not known yet: every article reads as unread
    shown = [a.id for a in in_order(view)]
    found = candidates(model)
    if current is None or current in shown:  # the list's order, what it hides after it
        rank = {id_: n for n, id_ in enumerate(shown)}
        found.sort(key=lambda c: rank.get(c.id, len(rank)))
    pick = way_on(found, current, model.declared_level)
    if pick is None or pick.article_id is None:
        return None, ""
    article = next((a for a in model.articles() if a.id == pick.article_id), None)
    return article, pick.kind


def _exam(view: LibraryView, article: object) -> None:
    """The card's « Redo as an exam »: the article's whole quiz in test mode."""
    quiz = getattr(view.window(), "quiz", None)
    if quiz is not None:
        quiz.exam(article)
