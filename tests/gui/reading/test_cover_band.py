"""The article's cover travels with it: the library's tile, stretched into a band above
the meta line, and the English title under the French one (cover_band.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from quizapp.core.library.cover_subject import cover_kind
from quizapp.gui.library import cover
from quizapp.gui.window.theme import DARK
from tests.gui.reading.test_card_place import zoom_in


def _painted(monkeypatch) -> list[tuple[str, str | None, float, float]]:
    """Every cover the library's painter draws: (article id, pictogram, width, height)."""
    calls: list[tuple[str, str | None, float, float]] = []
    real = cover.paint_cover

    def spy(painter, rect, radius, palette, article_id, kind):
        calls.append((article_id, kind, rect.width(), rect.height()))
        real(painter, rect, radius, palette, article_id, kind)

    monkeypatch.setattr(cover, "paint_cover", spy)
    return calls


def _block_top(passage, text: str) -> float:
    """The viewport y of the first block that starts with `text`."""
    block = passage.document().firstBlock()
    while block.isValid() and not block.text().startswith(text):
        block = block.next()
    assert block.isValid(), text
    rect = passage.document().documentLayout().blockBoundingRect(block)
    return rect.top() - passage.verticalScrollBar().value()


def test_the_article_opens_under_its_cover_in_the_library_colours(qtbot, reading, monkeypatch):
    calls = _painted(monkeypatch)
    reading.resize(1400, 900)
    passage = reading.reading_view.passage
    qtbot.waitUntil(lambda: passage.cover_rect() is not None)
    passage._cover_cache = None  # painted afresh, not copied from what the fixture drew
    passage.viewport().repaint()
    band = passage.cover_rect()
    kind = cover_kind(passage.article.tags, passage.article.title)  # as its library card
    assert ("armes-belarus", kind, band.width(), band.height()) in calls
    assert band.width() > 4 * band.height()  # a wide, low band, not a tile
    assert _block_top(passage, "\u00a0B1") > band.bottom()  # the meta line under it
    image = passage.viewport().grab().toImage()
    top, bottom = cover.cover_colours(passage.theme().palette, "armes-belarus")
    seen = image.pixelColor(round(band.left()) + 3, round(band.center().y()))
    near = [QColor(top), QColor(bottom)]
    assert min(abs(seen.red() - c.red()) + abs(seen.green() - c.green()) for c in near) < 90
    assert seen != QColor(passage.theme().palette.surface)


def test_the_band_is_painted_once_and_copied_until_its_size_or_colours_change(
    qtbot, reading, monkeypatch
):
    calls = _painted(monkeypatch)
    reading.resize(1400, 900)
    passage = reading.reading_view.passage
    qtbot.waitUntil(lambda: passage.cover_rect() is not None)
    passage.viewport().repaint()
    painted = len(calls)
    bar = passage.verticalScrollBar()
    bar.setValue(min(bar.maximum(), 10))  # scrolled: the same band, moved
    passage.viewport().repaint()
    passage.viewport().repaint()
    assert len(calls) == painted  # copied, not painted again
    low = passage.cover_rect().height()
    zoom_in(qtbot, reading, 1)  # a taller band, painted anew
    qtbot.waitUntil(lambda: passage.cover_rect() is not None)
    qtbot.waitUntil(lambda: passage.cover_rect().height() > low)
    passage.viewport().repaint()
    assert calls[-1][3] == passage.cover_rect().height()
    painted = len(calls)
    passage.set_theme(replace(passage.theme(), palette=DARK))
    passage.viewport().repaint()
    assert len(calls) > painted  # other colours, painted anew


def test_the_band_grows_with_the_zoom_and_gives_way_in_a_short_window(qtbot, reading):
    passage = reading.reading_view.passage
    reading.resize(1400, 900)
    qtbot.waitUntil(lambda: passage.cover_rect() is not None)
    small = passage.cover_rect().height()
    zoom_in(qtbot, reading, 3)
    qtbot.waitUntil(lambda: passage.theme().zoom == 3)
    assert passage.cover_rect().height() > small * 1.2
    zoom_in(qtbot, reading, 3)
    reading.resize(900, 700)
    qtbot.waitUntil(lambda: passage.cover_rect() is None)  # no room for it at zoom 6
    start = passage._char_rect(passage._spans["s1"].start)
    assert start.top() >= 0 and start.bottom() < passage.viewport().height() // 2
    reading.resize(1400, 900)  # room again: the band comes back
    qtbot.waitUntil(lambda: passage.cover_rect() is not None)


def test_the_band_scrolls_away_with_the_title_and_hides_in_a_quiz(qtbot, reading):
    passage = reading.reading_view.passage
    reading.resize(1000, 520)  # the short sample scrolls (whatever the end card holds)
    qtbot.waitUntil(lambda: passage.cover_rect() is not None)
    before = passage.cover_rect()
    bar = passage.verticalScrollBar()
    assert bar.maximum() > 20
    bar.setValue(20)
    assert passage.cover_rect().top() == before.top() - 20
    bar.setValue(0)
    reading.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: reading.reading_view.side_panel() is not None)
    assert passage.cover_rect() is None  # the quiz wants the text
    assert "Russia in Belarus" not in passage.document().toPlainText()  # nor the English


def test_the_english_title_sits_muted_under_the_french_one(reading):
    passage = reading.reading_view.passage
    assert not passage.parallel()  # shown with the English switch off as well
    text = passage.document().toPlainText()
    assert "La Russie au Belarus <b>x</b>\nRussia in Belarus\n" in text
    block = passage.document().findBlock(text.index("Russia in Belarus"))
    colour = block.begin().fragment().charFormat().foreground().color()
    assert colour.lightness() > QColor(passage.theme().palette.text).lightness()


def test_an_own_text_opens_under_its_page_and_pencil(qtbot, reading, monkeypatch):
    from quizapp.core.library.own_texts import make_article

    calls = _painted(monkeypatch)
    reading.resize(1400, 900)
    own = make_article("own:marche", "Au marché", "Je vais au marché le samedi. Il fait beau.")
    reading.open_article(own)
    passage = reading.reading_view.passage
    qtbot.waitUntil(lambda: passage.article.id == own.id and passage.cover_rect() is not None)
    passage.viewport().repaint()
    assert any(call[:2] == ("own:marche", "own") for call in calls)
    assert passage.sentence_at(QPoint(10, round(passage.cover_rect().center().y()))) is None
