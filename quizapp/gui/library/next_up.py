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
    hero.show_pick(pick, article)
    filtering = bool(view.search.text().strip()) or view.level.currentIndex() > 0
    filtering = filtering or view.tag.currentIndex() > 0
    hero.setVisible(hero.pick is not None and not filtering and view.hero_fits)
    view.hero_label.setVisible(hero.isVisibleTo(view))
    if view.cards.calm != hero.isVisibleTo(view):  # one primary button on screen
        view.cards.calm = hero.isVisibleTo(view)
        view.table.viewport().update()


def install_hero(view: LibraryView) -> None:
    """The card above the list, built with the first articles (after the first paint)."""
    if view.hero is not None:
        return
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from quizapp.gui.library.add_articles import install_more, open_my_articles
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
    hero.review_requested.connect(lambda: view.review_chip and view.review_chip.click())
    hero.more_requested.connect(lambda: open_my_articles(view))
    view.setTabOrder(view.review_chip or view.tag, hero.button)  # after the filters
    view.setTabOrder(hero.button, view.table)

    def again(*_args: object) -> None:
        refresh_hero(view)

    view.model.modelReset.connect(again)
    view.model.dataChanged.connect(again)
    view.search.textChanged.connect(again)
    view.level.currentIndexChanged.connect(again)
    view.tag.currentIndexChanged.connect(again)
