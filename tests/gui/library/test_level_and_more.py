"""The library's room to grow: the level a learner declares places their first
recommendation, and « Add your own articles » opens My articles (window's action)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.core.library.recommend import LEVELS
from tests.gui import progress_helpers
from tests.gui.progress_helpers import bridge, close_window, open_window

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


@progress_helpers.POPUP_LOGS
def test_the_welcome_level_is_kept_per_learner_and_places_the_first_pick(
    qtbot, progress_bank, data_dir
):
    w = open_window(qtbot, progress_bank, data_dir)
    try:
        learners, view = bridge(w).learners, w.library_view
        qtbot.waitUntil(lambda: learners.card is not None and learners.card.isVisible())
        card = learners.card
        assert card.level() is None  # "I don't know" unless they say
        top = max((a.level.value for a in view.model.articles()), key=LEVELS.index)
        button = next(b for b in card.levels.buttons() if b.text() == top)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert card.level() == top
        qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bridge(w).profile is not None)
        profile = bridge(w).profile
        assert w.settings.learner_level(profile.id) == top
        assert view.model.declared_level == top
        qtbot.waitUntil(lambda: view.hero is not None and view.hero.article is not None)
        assert view.hero.article.level.value == top  # not the easiest article listed
        picker = bridge(w).picker
        qtbot.mouseClick(picker.avatar, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(picker.menu.isVisible)
        mine = next(a for a in picker.menu.actions() if a.text() == "My level")
        levels = {a.text(): a for a in mine.menu().actions()}
        assert levels[top].isChecked() and list(levels)[-1] == "I don’t know"
        picker.menu.hide()
        levels["I don’t know"].trigger()  # (a submenu's popup cannot be clicked offscreen)
        assert w.settings.learner_level(profile.id) is None
        assert view.model.declared_level is None
        qtbot.waitUntil(lambda: view.hero.article is not None)
        easiest = min((a.level.value for a in view.model.articles()), key=LEVELS.index)
        assert view.hero.article.level.value == easiest
    finally:
        close_window(w)


def test_add_your_own_articles_opens_my_articles(qtbot, win, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "quizapp.gui.window.dialogs.open_in_file_manager", lambda _w, folder: opened.append(folder)
    )
    view = win.library_view
    footer = view.table.footer
    assert footer is not None
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: footer.isVisible())
    last = view.table.visualRect(view.proxy.index(view.proxy.rowCount() - 1, 0))
    assert footer.geometry().top() > last.bottom()  # after the last card, in view
    assert footer.geometry().bottom() <= view.table.viewport().height()
    assert footer.title.text() == "Add your own articles"
    qtbot.mouseClick(footer.button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].name == "articles" and opened[0].is_dir()
    view.search.setText(view.model.articles()[0].title)  # a search: the card steps aside
    assert 0 < view.proxy.rowCount() < view.model.rowCount()
    qtbot.waitUntil(lambda: not footer.isVisible())


def test_the_continue_card_suggests_more_articles_once_every_one_is_read(qtbot, win, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "quizapp.gui.window.dialogs.open_in_file_manager", lambda _w, folder: opened.append(folder)
    )
    view = win.library_view
    day = "2026-12-01"
    view.set_summaries({a.id: {"best": 0.9, "date": day} for a in view.model.articles()})
    qtbot.waitUntil(lambda: view.hero is not None and view.hero.pick is not None)
    hero = view.hero
    assert hero.pick.kind in ("review", "reread")
    assert hero.more.isVisibleTo(hero) and hero.more.text() == "Add your own articles…"
    qtbot.mouseClick(hero.more, Qt.MouseButton.LeftButton)
    assert opened and opened[0].name == "articles"  # the same action as the footer's
    view.set_summaries({})
    qtbot.waitUntil(lambda: hero.pick is not None and hero.pick.kind == "new")
    assert not hero.more.isVisibleTo(hero)
