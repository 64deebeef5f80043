"""At 900 × 700 and the largest zoom every part of a question can be scrolled fully
into view (never left half under the action bar), and the body's edge fades while
more lies below."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from quizapp.gui.window.settings import ZOOM_MAX
from quizapp.gui.window.stylesheet import style_sheet
from quizapp.gui.window.theme import Theme
from tests.gui.quiz_fixtures import click, load, make_host


def test_every_input_and_the_hint_scroll_fully_into_view_at_the_largest_zoom(qtbot, tmp_path):
    app = QApplication.instance()
    theme = Theme(zoom=ZOOM_MAX)
    app.setStyleSheet(style_sheet(theme))  # the window's sizes at that zoom
    try:
        article = load(tmp_path)
        _view, panel = make_host(qtbot, article, width=900, height=700)
        panel.set_theme(theme)
        click(qtbot, panel.chooser.practice_button)
        page = panel.page
        seen_hint = faded = False
        for _ in article.questions:
            targets = [w for w in panel.widget.inputs() if not w.isHidden()]
            if not page.hint_button.isHidden():
                targets.append(page.hint_button)
                seen_hint = True
            viewport = page.scroll.viewport()
            body = page.scroll.widget()

            def settled(body=body, viewport=viewport) -> bool:
                """The page laid out (a match's bank docks on the event loop's next turn)."""
                need = body.heightForWidth(viewport.width())
                fits = body.width() == max(viewport.width(), body.minimumSizeHint().width())
                return fits and body.height() == max(viewport.height(), need)

            qtbot.waitUntil(settled)
            assert targets
            for target in targets:
                if not body.isAncestorOf(target):  # a match's bank docked under the scroll
                    corner = target.mapTo(page, QPoint(0, 0))
                    assert page.rect().contains(QRect(corner, target.size())), target
                    continue
                page.scroll.ensureWidgetVisible(target, 0, 0)
                corner = target.mapTo(viewport, QPoint(0, 0))
                shown = QRect(corner, target.size())
                assert viewport.rect().contains(shown), (panel.session.current.id, target)
                assert not page.body.isAncestorOf(page.action_bar)
            bar = page.scroll.verticalScrollBar()
            if bar.maximum() > 0:
                bar.setValue(0)
                assert page.scroll.fade.isVisible()  # more below: the edge fades
                bar.setValue(max(0, bar.maximum() - 5))  # near the end: only what is left
                fade = page.scroll.fade
                assert not fade.isVisible() or fade.height() <= bar.maximum() - bar.value()
                bar.setValue(bar.maximum())
                assert not page.scroll.fade.isVisible()  # the end: nothing hidden
                faded = True
            if panel.session.has_next:
                click(qtbot, page.next_button)
        assert seen_hint and faded
    finally:
        app.setStyleSheet("")
