"""The library at the largest zoom in the reviewer's 900×700 window keeps what the
normal size has: the recommended card (stacked, smaller), « Open a file » (in « More ▾ »
when the row has no room for it), links never cut, and a goal that says what it counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from quizapp.gui.window.level_badge import LevelBadge
from quizapp.gui.window.settings import ZOOM_MAX
from tests.gui.progress_helpers import open_window

BANK = Path(__file__).resolve().parents[3] / "questions"


def test_zoom6_keeps_the_recommended_card_and_open_a_file(qtbot, tmp_path):
    win = open_window(qtbot, BANK, tmp_path, timeout=20_000)
    win.resize(900, 700)
    try:
        learners = win.progress_screens.bridge.learners
        qtbot.waitUntil(lambda: learners.card is not None and learners.card.isVisible())
        card = learners.card
        qtbot.keyClicks(card.field, "Camille")
        qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: learners.card is None)
        win.settings.zoom = ZOOM_MAX
        win.theme_hub.refresh()
        view = win.library_view
        hero = view.hero
        qtbot.waitUntil(lambda: hero is not None and hero.isVisible())
        QApplication.processEvents()
        assert isinstance(hero.level, LevelBadge)  # the one badge, as History's
        assert hero.title.text() and hero.eyebrow.text()  # labelled: why it is here
        top = hero.mapTo(win, QPoint(0, 0)).y()
        assert top + hero.height() <= view.mapTo(win, QPoint(0, view.height())).y()
        assert hero.height() >= hero.minimumSizeHint().height()  # never squeezed
        links = view.header.links
        opener = win.actions_by_name["open_text"]

        def reachable() -> bool:
            in_row = any(b.defaultAction() is opener and b.isVisible() for b in links.buttons)
            return in_row or (links.more.isVisible() and opener in links.more.menu().actions())

        def whole() -> bool:  # no link cut short (« Coll…exte »)
            shown = [b for b in [*links.buttons, links.more] if b.isVisible()]
            return all(b.width() >= b.sizeHint().width() for b in shown)

        qtbot.waitUntil(reachable)
        qtbot.waitUntil(whole)
        tally = view.greeting.tally
        assert tally.isVisible() and tally.text().replace("\n", " ").endswith(" answers")
        win.resize(1400, 900)  # room again: every link in the row, no « More »
        win.settings.zoom = 0
        win.theme_hub.refresh()
        qtbot.waitUntil(lambda: not links.more.isVisible())
        assert any(b.defaultAction() is opener and not b.isHidden() for b in links.buttons)
    finally:
        win.shutdown()
