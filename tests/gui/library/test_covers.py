"""The library's cover tiles: calm, legible, the same cover for the same article, and a
pictogram that says the article's topic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from quizapp.core.library.cover_subject import SUBJECTS, cover_kind
from quizapp.core.library.topic_names import KINDS, topic_kind
from quizapp.gui.library.cover import cover_colours, cover_seed
from quizapp.gui.library.pictograms import FALLBACK, GRID, PICTOGRAMS, pictogram
from quizapp.gui.library.view import LibraryView
from quizapp.gui.window.theme import DARK, LIGHT, contrast

from .test_library_cards import article


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_pictogram_reads_on_both_stops_of_every_gradient(palette):
    assert 8 <= len(palette.covers) <= 10
    for top, bottom in palette.covers:
        assert contrast(palette.cover_ink, top) >= 3.0, (top, palette.dark)
        assert contrast(palette.cover_ink, bottom) >= 3.0, (bottom, palette.dark)


def test_an_article_keeps_its_cover_and_articles_get_different_ones():
    assert cover_seed("la-glace") == cover_seed("la-glace") != cover_seed("la-glace-2")
    assert cover_colours(LIGHT, "a") == cover_colours(LIGHT, "a")
    ids = [f"article-{n}" for n in range(40)]
    assert len({cover_colours(LIGHT, i) for i in ids}) >= 6  # the set is used, not one hue


@pytest.mark.parametrize(
    ("tag", "drawing"),
    [
        ("environnement", "sprout"),
        ("vie quotidienne", "wrench"),
        ("sport", "medal"),
        ("travail", "briefcase"),
        ("sciences", "flask"),
        ("actualité", "newspaper"),
        ("cuisine", "fork_and_plate"),
        ("Littérature", "book"),
        ("logement", "house"),
        ("santé", "heart"),
    ],
)
def test_each_known_topic_gets_its_pictogram(tag, drawing):
    assert pictogram(topic_kind([tag])).__name__ == drawing


@pytest.mark.parametrize(
    ("tags", "title", "drawing"),
    [
        (["sciences", "astronomie"], "Une nuit sous les étoiles filantes", "shooting_star"),
        (["sport", "natation"], "À 42 ans, j’ai appris à nager", "swimmer"),
        (["culture", "cinéma"], "À Castelrou, tout un village rallume son cinéma", "clapperboard"),
        (
            ["éducation", "école"],
            "Au collège des Tisserands, une journée sans portable",
            "smartphone",
        ),
        (["culture", "musique"], "Trois jours de festival à Plouzec", "music_notes"),
        (["transport", "vélo"], "De Nantes à Bordeaux à vélo", "bicycle"),
        (["société", "animaux de compagnie"], "Au refuge, Pistache attend", "paw"),
    ],
)
def test_a_subject_gets_its_own_drawing_not_its_familys(tags, title, drawing):
    assert pictogram(cover_kind(tags, title)).__name__ == drawing
    assert pictogram(cover_kind(tags, title)) is not pictogram(topic_kind(tags))


def test_an_unknown_topic_gets_the_open_book_and_a_later_tag_may_name_the_topic():
    assert pictogram(topic_kind(["Antarctique"])) is FALLBACK
    assert pictogram(topic_kind([])) is FALLBACK
    assert pictogram(topic_kind(["récit", "climat"])).__name__ == "sprout"


def test_every_family_has_its_own_drawing_inside_the_grid():
    assert set(PICTOGRAMS) == set(KINDS) | set(SUBJECTS)
    drawings = [*PICTOGRAMS.values(), FALLBACK]
    assert len({d.__name__ for d in drawings}) == len(drawings)
    for drawing in drawings:
        box = drawing().boundingRect()
        assert not box.isEmpty(), drawing.__name__
        # the live area (1…23): the same optical size, and no line cut at the edge
        assert box.left() >= 1 and box.right() <= GRID - 1, drawing.__name__
        assert box.top() >= 1 and box.bottom() <= GRID - 1, drawing.__name__
        assert max(box.width(), box.height()) >= 15, drawing.__name__


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_no_two_articles_of_the_bank_share_both_drawing_and_colours(palette):
    from pathlib import Path

    from quizapp.core.bank.loader import load_bank

    bank = Path(__file__).resolve().parents[3] / "questions"
    articles = load_bank([bank]).articles
    covers = [
        (pictogram(cover_kind(a.tags, a.title)), cover_colours(palette, a.id)) for a in articles
    ]
    assert len(articles) >= 8 and len(set(covers)) == len(covers)
    trips = [a for a in articles if "voyage" in a.tags]  # the night train, the winter
    assert len({pictogram(cover_kind(a.tags, a.title)) for a in trips}) == len(trips) >= 2


def test_the_pictogram_is_painted_in_the_covers_ink_at_its_centre(qtbot):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from quizapp.gui.library.cover import paint_cover

    def ink_pixels(kind):
        image = QImage(96, 96, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_cover(painter, QRectF(0, 0, 96, 96), 10, LIGHT, "a", kind)
        painter.end()
        ink = QColor(LIGHT.cover_ink)
        return {
            (x, y)
            for x in range(96)
            for y in range(96)
            if QColor(image.pixel(x, y)).lightness() >= ink.lightness() - 20
        }

    leaf, book = ink_pixels("environment"), ink_pixels(None)
    assert leaf and book and leaf != book
    xs = [x for x, _y in leaf]
    assert min(xs) > 20 and max(xs) < 76  # centred, inside the tile's middle


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
