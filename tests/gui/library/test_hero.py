"""The library's « Continue » card and the review's chip: the one next thing, opened by a
click or Enter, and the review said as a button when due, as a calm status when not."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from quizapp.core.model import Level
from quizapp.gui.library.model import ARTICLE_ROLE
from quizapp.gui.library.view import LibraryView
from quizapp.gui.window.stylesheet import style_sheet

from .test_library_cards import article


def shown_view(qtbot) -> LibraryView:
    view = LibraryView()
    qtbot.addWidget(view)
    b1 = article(300, id_="b1")
    a2 = replace(article(300, id_="a2"), title="Un article facile", level=Level.A2)
    c1 = replace(article(300, id_="c1"), title="Un article difficile", level=Level.C1)
    view.set_articles([b1, a2, c1])
    view.setStyleSheet(style_sheet(view.cards.theme))
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def zoom_all_the_way(view: LibraryView) -> None:
    """The library at the largest zoom, as the window sets it: sheet, font and theme."""
    from PySide6.QtGui import QFont

    from quizapp.gui.window.settings import ZOOM_MAX
    from quizapp.gui.window.theme import Theme

    theme = Theme(zoom=ZOOM_MAX)
    view.setStyleSheet(style_sheet(theme))
    font = QFont(view.font())
    font.setPixelSize(theme.px("body"))
    view.setFont(font)
    view.set_theme(theme)


def test_the_card_resumes_the_run_in_progress_by_click_and_by_enter(qtbot):
    view = shown_view(qtbot)
    hero = view.hero
    assert not hero.isVisible()  # before the learner's progress is read: nothing to say
    resumed = {"best": None, "date": "2026-12-01", "unfinished": True, "at": (5, 16)}
    view.set_summaries({"c1": resumed, "a2": {"best": 1.0, "date": "2026-12-02"}})
    qtbot.waitUntil(hero.isVisible)
    assert hero.title.text() == "Un article difficile"
    assert hero.why.text() == "Resume at question 5 of 16"
    assert hero.button.text() == "Resume"
    assert hero.button.accessibleName() == "Resume: Un article difficile"
    with qtbot.waitSignal(view.article_activated) as opened:
        qtbot.mouseClick(hero.button, Qt.MouseButton.LeftButton)
    assert opened.args[0].id == "c1"
    view.activateWindow()
    view.tag.setFocus()
    qtbot.waitUntil(view.tag.hasFocus)
    qtbot.keyClick(view.tag, Qt.Key.Key_Tab)  # the keyboard reaches it after the filters
    assert hero.button.hasFocus()
    with qtbot.waitSignal(view.article_activated) as opened:
        qtbot.keyClick(hero.button, Qt.Key.Key_Return)
    assert opened.args[0].id == "c1"


def test_the_card_proposes_the_new_article_nearest_the_learner_s_level(qtbot, translators):
    view = shown_view(qtbot)
    view.set_summaries({})  # a learner with no result yet: the easiest level first
    view.model.set_new_words({"a2": 12, "b1": 3, "c1": 2})
    hero = view.hero
    qtbot.waitUntil(hero.isVisible)
    assert hero.title.text() == "Un article facile"
    # the list's cards' meta line (questions, reading time, new words); the level said once
    assert hero.why.text() == "1 question · ≈ 2 min read · 12 new words for you"
    view.model.set_new_words({"a2": 12, "b1": 3, "c1": 2}, shown=False)  # no history yet
    assert hero.why.text() == "1 question · ≈ 2 min read"  # not a count of all its words
    view.model.set_new_words({"a2": 12, "b1": 3, "c1": 2})
    assert hero.eyebrow.text() == "A GENTLE START" and hero.button.text() == "Read"
    assert hero.level.text() == "A2" and hero.level.isVisible()  # the cards' chip
    assert hero.level.property("level") == "a2"
    qtbot.keyClicks(view.search, "hist")  # searching: the list is what matters now
    qtbot.waitUntil(lambda: not hero.isVisible())
    view.search.clear()
    qtbot.waitUntil(hero.isVisible)
    with qtbot.waitSignal(view.article_activated) as opened:
        qtbot.mouseClick(hero.button, Qt.MouseButton.LeftButton)
    assert opened.args[0].id == "a2"
    with qtbot.waitSignal(view.article_activated) as opened:  # the whole card is a target
        qtbot.mouseClick(hero.cover, Qt.MouseButton.LeftButton)
    assert opened.args[0].id == "a2"


def test_with_every_article_read_the_card_opens_the_review_when_cards_are_due(qtbot):
    view = shown_view(qtbot)
    action = QAction("Review", view)
    chip = view.add_review_action(action)
    read = {aid: {"best": 0.5 + n / 10, "date": "2026-12-01"} for n, aid in enumerate("abc")}
    view.set_summaries({"a2": read["a"], "b1": read["b"], "c1": read["c"]})
    hero = view.hero
    assert hero.pick.kind == "reread" and hero.title.text() == "Un article facile"
    chip.set_due(3)
    view.refresh_hero()
    assert hero.pick.kind == "review" and hero.button.text() == "Review now"
    chip.parts = "2 words, 1 question"  # the chip's own nouns (set by the review hookup)
    chip.set_due(3)
    view.refresh_hero()
    assert hero.why.text() == "2 words, 1 question to review: a few minutes"
    assert not chip.isVisible()  # one way into the review up here: the card's button
    with qtbot.waitSignal(action.triggered):
        qtbot.mouseClick(hero.button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search, "hist")  # searching: the card steps aside, the chip is back
    qtbot.waitUntil(chip.isVisible)
    assert not hero.isVisible()


def test_the_review_chip_is_a_button_when_due_and_a_status_when_not(qtbot):
    view = shown_view(qtbot)
    action = QAction("Review 3 words", view)
    chip = view.add_review_action(action)
    chip.set_due(3)
    assert chip.property("quiet") == "false" and not chip.icon().isNull()  # the count badge
    side = chip.iconSize().height()  # the disc's top, clear of the count and the ✓

    def disc_top() -> str:
        return chip.icon().pixmap(chip.iconSize()).toImage().pixelColor(side // 2, side // 6)

    assert disc_top().name().upper() == chip.theme.palette.primary.upper()
    tomorrow = datetime.now().astimezone() + timedelta(days=1)
    chip.set_due(0, tomorrow)
    assert chip.property("quiet") == "true"
    assert chip.quiet_text() == "Reviews up to date · next tomorrow"
    assert disc_top().name().upper() == chip.theme.palette.right.upper()  # a ✓, not a ghost
    chip.set_due(0, None)
    assert chip.quiet_text() == "Reviews up to date"
    with qtbot.waitSignal(action.triggered):  # still the way in to the review screen
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)


def test_a_short_window_makes_the_card_compact_before_it_hides_it(qtbot):
    """The list keeps its room: a smaller cover and one line of why, not half the screen
    (a third at most: the title and its English line stay). Measured with the bundled
    faces the window registers, whichever test ran before."""
    from quizapp.gui.window import fonts

    fonts.register()
    view = shown_view(qtbot)
    view.set_summaries({})
    hero = view.hero
    qtbot.waitUntil(hero.isVisible)
    view.resize(1200, 1400)
    qtbot.waitUntil(lambda: hero.why.wordWrap())
    tall, tall_height = hero.cover.side, hero.height()
    view.resize(1200, 560)
    qtbot.waitUntil(lambda: not hero.why.wordWrap())
    assert hero.cover.side < tall
    qtbot.waitUntil(lambda: hero.height() <= tall_height)
    room = view.height() - view.filters.geometry().bottom()
    # a third and a little: its label, title, English line and the level pills, in Inter
    assert hero.isVisible() and hero.height() <= room * 0.36
    gap = hero.title.geometry().left() - hero.cover.geometry().right()
    assert gap <= hero.cover.theme.space(
        3
    )  # the words beside the small cover, not a big one's place
    assert hero.english.isVisible() and hero.english.text() == "A story"


def test_a_learner_with_no_level_is_asked_it_on_the_card_and_the_pick_follows(qtbot):
    """The easiest article is not « for you » until the learner says their level: the
    card offers the bank's levels, and a click (or Space) proposes one of that level."""
    view = shown_view(qtbot)
    view.set_summaries({})
    hero = view.hero
    qtbot.waitUntil(hero.isVisible)
    shown = [level for level, chip in hero.chips.items() if chip.isVisible()]
    assert shown == ["A2", "B1", "C1"]  # the bank's levels, easiest first
    assert hero.ask_label.text() == "Your level?" and not hero.why.isVisible()
    assert hero.chips["B1"].accessibleName() == "My level is B1"
    assert view.proxy.aside() == "a2"  # the proposed article is not repeated in the list
    assert view.proxy.rowCount() == 2 and view.hero_label.text() == "MORE ARTICLES · 2"
    with qtbot.waitSignal(view.level_chosen) as chosen:
        qtbot.mouseClick(hero.chips["B1"], Qt.MouseButton.LeftButton)
    assert chosen.args == ["B1"] and view.model.declared_level == "B1"
    assert hero.article.id == "b1" and hero.eyebrow.text() == "RECOMMENDED FOR YOU"
    assert hero.level.text() == "B1"
    assert not hero.ask.isVisible() and hero.why.isVisible()
    assert view.proxy.aside() == "b1"
    listed = [view.proxy.index(r, 0).data(ARTICLE_ROLE).id for r in range(view.proxy.rowCount())]
    assert "a2" in listed and "b1" not in listed  # the easiest back in the list
    assert sorted(a.id for a in view.visible_articles()) == ["a2", "b1", "c1"]  # all, in order


def test_the_list_leaves_out_the_card_s_article_until_a_search_or_filter(qtbot):
    view = shown_view(qtbot)
    view.model.declared_level = "C1"
    view.set_summaries({})
    hero = view.hero
    qtbot.waitUntil(hero.isVisible)
    assert hero.article.id == "c1" and not hero.ask.isVisible()  # a level said: no chips

    def listed() -> list[str]:
        return [view.proxy.index(r, 0).data(ARTICLE_ROLE).id for r in range(view.proxy.rowCount())]

    assert sorted(listed()) == ["a2", "b1"]
    assert view.hero_label.text() == "MORE ARTICLES · 2"
    qtbot.keyClicks(view.search, "article")  # a search finds every article, the card's too
    qtbot.waitUntil(lambda: not hero.isVisible())
    assert sorted(listed()) == ["a2", "c1"]
    view.search.clear()
    view.level.setCurrentIndex(view.level.findData("C1"))  # a level: its articles, all
    assert listed() == ["c1"] and not hero.isVisible()
    view.level.setCurrentIndex(0)
    qtbot.waitUntil(hero.isVisible)
    assert sorted(listed()) == ["a2", "b1"]
    view.table.setFocus()  # the keyboard walks the list as shown
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 1
    with qtbot.waitSignal(view.article_activated) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args[0].id == listed()[1]


def test_at_the_largest_zoom_in_a_short_window_the_card_keeps_its_label_and_title(qtbot):
    """Too short even for the compact card: its label, level, title, English line and
    button stay (no cover, no why), so « Recommended » never leaves the screen, and more
    than half a card of the list shows under it."""

    view = shown_view(qtbot)
    view.set_summaries({})
    chip = view.hero.chips["B1"]
    qtbot.waitUntil(chip.isVisible)
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # a level said: « Recommended »
    zoom_all_the_way(view)
    view.resize(900, 560)
    hero = view.hero
    qtbot.waitUntil(lambda: hero.tiny)
    assert hero.isVisible() and view.hero_fits
    assert hero.eyebrow.text() == "RECOMMENDED FOR YOU" and hero.level.text() == "B1"
    assert not hero.cover.isVisible() and not hero.why.isVisible()
    assert hero.title.text() == "Une histoire" and hero.english.text() == "A story"
    below = view.height() - hero.geometry().bottom()
    assert below >= view.table.sizeHintForRow(0) * 0.5  # the list's first card shows
    view.resize(900, 1400)  # room again: the whole card comes back
    qtbot.waitUntil(lambda: not hero.tiny)
    assert hero.cover.isVisible() and hero.why.isVisible() and hero.english.isVisible()


def test_a_long_title_takes_two_lines_at_every_size_cut_at_a_word_only_after(qtbot):
    """The zoomed card in a small window (the reviewer's 900×700 at the largest zoom)
    says the whole title on two lines, and its English line, as the list's cards do."""

    view = shown_view(qtbot)
    long = "Composter en appartement : le guide pour bien commencer"
    english = "Composting in an apartment: a guide to getting started"
    b1 = replace(article(300, id_="b1", title_en=english), title=long)
    view.set_articles([b1, replace(article(300, id_="c1"), level=Level.C1)])
    view.model.declared_level = "B1"
    view.set_summaries({})
    hero = view.hero
    qtbot.waitUntil(lambda: hero.isVisible() and hero.article.id == "b1")
    zoom_all_the_way(view)
    for size in ((900, 700), (1400, 900)):
        view.resize(*size)
        qtbot.waitUntil(lambda size=size: view.width() == size[0])
        lines = hero.title.text().split("\n")
        assert len(lines) <= 2 and "…" not in hero.title.text(), size
        assert " ".join(lines).replace("\u00a0", " ").split() == long.split(), size
        assert hero.english.isVisible() and hero.english.text().startswith("Composting in")
        assert "\n" not in hero.english.text() or not hero.tiny
        assert hero.title.toolTip() == ""  # nothing cut: nothing to say again
    hero.room = hero.title.fontMetrics().horizontalAdvance("Composter en appartement")
    assert hero._set_title()  # too narrow for two lines: cut at a word, whole in the tooltip
    first, second = hero.title.text().split("\n")
    assert second.endswith("…") and not second.endswith(" …") and hero.title.toolTip() == long
    assert all(word in long.split() for word in f"{first} {second[:-1]}".split())


def test_with_every_article_read_the_card_offers_an_exam_then_an_own_text(qtbot):
    """Never « Read again » once everything is read (the end card's rule): the weakest
    article below 100 % is redone as an exam; every one at 100 %, a text of one's own."""
    view = shown_view(qtbot)
    read = {aid: {"best": 0.5 + n / 10, "date": "2026-12-01"} for n, aid in enumerate("abc")}
    view.set_summaries({"a2": read["a"], "b1": read["b"], "c1": read["c"]})
    hero = view.hero
    assert hero.pick.kind == "reread" and hero.title.text() == "Un article facile"
    assert hero.button.text() == "Redo as an exam" and "50%" in hero.why.text()
    with qtbot.waitSignal(hero.exam_requested) as asked:
        qtbot.mouseClick(hero.button, Qt.MouseButton.LeftButton)
    assert asked.args[0].id == "a2"
    perfect = {"best": 1.0, "date": "2026-12-01"}
    view.set_summaries({"a2": perfect, "b1": perfect, "c1": perfect})
    assert hero.pick.kind == "reread" and hero.button.text() == "Paste a text"
    assert hero.title.text() == "Read a French text of your own" and hero.cover.kind == "own"
    assert not hero.english.isVisible()
    with qtbot.waitSignal(hero.own_requested):
        qtbot.mouseClick(hero.button, Qt.MouseButton.LeftButton)


def test_an_own_text_proposal_leaves_every_article_in_the_list(qtbot):
    """The card's article is set aside from the list only when the card opens it: an
    exam or a text of one's own leaves every article in the list, to read again."""
    view = shown_view(qtbot)
    read = {"best": 0.5, "date": "2026-12-01"}
    view.set_summaries({"a2": read, "b1": read, "c1": read})
    assert view.hero.button.text() == "Redo as an exam" and view.proxy.aside() is None
    perfect = {"best": 1.0, "date": "2026-12-01"}
    view.set_summaries({"a2": perfect, "b1": perfect, "c1": perfect})
    assert view.hero.proposes_own() and view.proxy.aside() is None
    assert view.proxy.rowCount() == view.model.rowCount()
