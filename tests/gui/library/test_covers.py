"""The library's cover tiles: calm, legible, and the same cover for the same article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from quizapp.gui.library.cover import cover_colours, cover_seed, initial
from quizapp.gui.library.view import LibraryView
from quizapp.gui.window.theme import DARK, LIGHT, contrast

from .test_library_cards import article


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_letter_reads_on_both_stops_of_every_gradient(palette):
    assert 8 <= len(palette.covers) <= 10
    for top, bottom in palette.covers:
        assert contrast(palette.cover_ink, top) >= 3.0, (top, palette.dark)
        assert contrast(palette.cover_ink, bottom) >= 3.0, (bottom, palette.dark)


def test_an_article_keeps_its_cover_and_articles_get_different_ones():
    assert cover_seed("la-glace") == cover_seed("la-glace") != cover_seed("la-glace-2")
    assert cover_colours(LIGHT, "a") == cover_colours(LIGHT, "a")
    ids = [f"article-{n}" for n in range(40)]
    assert len({cover_colours(LIGHT, i) for i in ids}) >= 6  # the set is used, not one hue


def test_the_initial_skips_quotes_and_is_a_capital():
    assert initial("« le plus dur »") == "L"
    assert initial("Une bibliothèque") == "U"
    assert initial("…") == "·"


def test_the_cover_sits_left_of_the_text_and_grows_with_the_zoom(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.set_articles([article(300)])
    index = view.proxy.index(0, 0)
    width = view.table.viewport().width()
    small = view.cards._layout(QRect(0, 0, width, 0), index)
    assert small.cover.width() == small.cover.height() > 0
    assert small.cover.right() < small.text_left
    assert small.card.contains(small.cover)
    view.set_theme(view.cards.theme.with_zoom(4))
    large = view.cards._layout(QRect(0, 0, width, 0), index)
    assert large.cover.height() > small.cover.height()
