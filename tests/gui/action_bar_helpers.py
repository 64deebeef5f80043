"""Starting a practice run at a given window size and zoom, for the page's layout tests."""

from __future__ import annotations

from quizapp.gui.window.theme import Theme
from tests.gui.quiz_fixtures import click, load, make_host


def start_page(qtbot, tmp_path, width=1200, height=800, zoom=0):
    article = load(tmp_path)
    view, panel = make_host(qtbot, article, width=width, height=height)
    panel.set_theme(Theme(zoom=zoom))
    click(qtbot, panel.chooser.practice_button)
    return article, view, panel
