"""The summary's rewards: the reading streak, and a celebration that never covers the
ring's words or its check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz.summary import SummaryView
from quizapp.gui.quiz.summary_head import run_summary
from quizapp.gui.quiz.summary_ring import ScoreRing
from tests.gui.quiz.test_summary import full_session
from tests.gui.quiz_fixtures import load


def summary(qtbot, tmp_path, streak) -> SummaryView:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(520, 600)
    view.reading_streak = streak
    session = full_session(load(tmp_path), Mode.PRACTICE)
    _run, answers = run_summary(session, 95, review=False)
    view.set_result(session.result(), session.questions, session.mode, None, answers)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (3, "Reading streak: 3 days in a row"),
        (1, "Reading streak: day 1. See you tomorrow!"),
        (0, None),
    ],
)
def test_the_streak_the_window_tells_is_shown(qtbot, tmp_path, translators, days, said):
    view = summary(qtbot, tmp_path, lambda: days)
    chip = view.head.streak
    assert chip.isVisible() is (said is not None)
    if said:
        assert chip.text() == said
        assert chip.width() <= view.width()


def test_without_a_store_there_is_no_streak(qtbot, tmp_path, translators):
    view = summary(qtbot, tmp_path, None)
    assert not view.head.streak.isVisible()


def test_the_streak_follows_a_change_of_language(qtbot, tmp_path, translators):
    view = summary(qtbot, tmp_path, lambda: 3)
    translators.install("fr")
    qtbot.waitUntil(lambda: view.head.streak.text().startswith("Série"))
    assert view.head.streak.text() == "Série\u00a0: 3 jours de lecture d’affilée"


def test_confetti_passes_behind_the_ring_its_check_and_its_points(qtbot):
    ring = ScoreRing()
    qtbot.addWidget(ring)
    ring.resize(600, 10)
    ring.show_score(100, "100 %", "16 / 16 points", True)
    ring.show()
    qtbot.waitExposed(ring)
    ring.still(0.7)  # filled, the check popped, confetti in the air
    burst = ring.grab().toImage()
    ring.still(1.0)
    calm = ring.grab().toImage()
    assert burst != calm  # there is confetti somewhere
    box = ring.ring_rect().toAlignedRect().adjusted(-4, -4, 4, 4)
    for area in (box, ring.words_box().adjusted(1, 1, -1, -1).toAlignedRect()):
        assert burst.copy(area) == calm.copy(area)
    # the confetti reaches well beyond the ring, to both sides
    left = QRect(0, 0, box.left(), ring.height())
    right = QRect(box.right(), 0, ring.width() - box.right(), ring.height())
    assert burst.copy(left) != calm.copy(left) and burst.copy(right) != calm.copy(right)


def test_confetti_falls_over_the_whole_summary_and_lets_clicks_through(
    qtbot, tmp_path, translators
):
    view = summary(qtbot, tmp_path, lambda: 0)
    view.score.still(0.1)  # before the rain
    assert not view.confetti.isVisible()
    calm = view.grab().toImage()
    view.score.still(0.6)  # mid-fall: a layer over the whole summary, seen on its bare page
    assert view.confetti.isVisible() and view.confetti.geometry() == view.rect()
    rain = view.grab().toImage()
    assert rain != calm
    from PySide6.QtCore import Qt

    assert view.confetti.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    view.score.still(1.0)
    assert not view.confetti.isVisible()


def test_the_rain_passes_behind_the_ring_and_the_headline(qtbot, tmp_path, translators):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter, QRegion
    from PySide6.QtWidgets import QWidget

    view = summary(qtbot, tmp_path, lambda: 0)
    view.score.still(0.7)  # the ring settled, the rain all over
    rain = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    rain.fill(0)
    painter = QPainter(rain)
    flags = QWidget.RenderFlag.DrawChildren  # the rain alone, on a clear sheet
    view.confetti.render(painter, QPoint(0, 0), QRegion(), flags)
    painter.end()

    def painted(area: QRect) -> int:
        return sum(
            rain.pixelColor(x, y).alpha() > 0
            for y in range(area.top(), area.bottom() + 1)
            for x in range(area.left(), area.right() + 1)
        )

    ellipses, boxes = view._keep_clear()
    inset = ellipses[0].width() * 0.16  # the square inside the ring's circle
    assert painted(ellipses[0].adjusted(inset, inset, -inset, -inset).toAlignedRect()) == 0
    assert view.head.headline.text() == "Perfect score!"
    for box in boxes:
        assert painted(box.adjusted(2, 2, -2, -2).toAlignedRect()) == 0
    assert painted(view.rect()) > 200  # and yet confetti everywhere else


def test_a_result_short_of_full_marks_has_no_headline_and_no_rain(qtbot, tmp_path, translators):
    from tests.gui.quiz.test_summary import finished

    view = SummaryView()
    qtbot.addWidget(view)
    session = finished(load(tmp_path))
    view.set_result(session.result(), session.questions, session.mode)
    view.show()
    qtbot.waitExposed(view)
    view.score.still(0.6)
    assert not view.head.headline.isVisible() and not view.confetti.isVisible()


def test_a_zoom_in_a_narrower_panel_never_holds_the_summary_wider_than_it(
    qtbot, tmp_path, translators
):
    from quizapp.gui.window.theme import Theme

    view = summary(qtbot, tmp_path, lambda: 1)
    view.resize(700, 600)  # laid out wide first: the streak's room is the old width
    qtbot.waitUntil(lambda: view.head.streak.room >= 600)
    view.set_theme(Theme(zoom=6))
    view.resize(460, 600)
    qtbot.waitUntil(lambda: view.content.width() <= view.scroll.viewport().width())
    chip = view.head.streak
    assert chip.geometry().right() <= view.head.width()
    assert view.head.stats.geometry().right() <= view.head.width()  # the tiles, not cut


def test_the_rain_passes_behind_the_tiles_the_pill_and_the_cards(qtbot, tmp_path, translators):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter, QRegion
    from PySide6.QtWidgets import QWidget

    view = summary(qtbot, tmp_path, lambda: 2)  # the streak pill shown
    assert view.head.streak.isVisible()
    view.score.still(0.7)
    rain = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    rain.fill(0)
    painter = QPainter(rain)
    view.confetti.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()

    def painted(widget) -> int:
        area = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()) & view.rect()
        return sum(
            rain.pixelColor(x, y).alpha() > 0
            for y in range(area.top(), area.bottom() + 1)
            for x in range(area.left(), area.right() + 1)
        )

    parts = [view.head.streak, *view.head.stats.tiles, view.questions_list, view.primary]
    for part in parts:
        assert part.isVisible() and painted(part) == 0, part
    assert painted(view) > 200  # the bare page still has its confetti


def test_a_small_panel_gets_fewer_pieces_for_the_same_time(qtbot, tmp_path, translators):
    view = summary(qtbot, tmp_path, lambda: 0)
    view.resize(1000, 900)
    view.score.still(0.5)
    qtbot.waitUntil(lambda: view.confetti.width() == 1000)
    large = view.confetti.count()
    view.resize(380, 600)
    view.score.still(0.5)
    qtbot.waitUntil(lambda: view.confetti.width() == 380)
    small = view.confetti.count()
    assert small < large
    share = (380 * 600) / (1000 * 900)
    assert small / large == pytest.approx(share, abs=0.15) or small == 30  # by area, a floor


@pytest.mark.parametrize(("zoom", "width", "height"), [(6, 880, 500), (0, 410, 500)])
def test_a_short_summary_puts_a_small_ring_beside_the_headline(
    qtbot, tmp_path, translators, zoom, width, height
):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme

    app = QApplication.instance()
    theme = Theme(zoom=zoom)
    app.setStyleSheet(style_sheet(theme))
    try:
        view = summary(qtbot, tmp_path, lambda: 1)
        view.set_theme(theme)
        view.resize(width, height)
        head, viewport = view.head, view.scroll.viewport()
        qtbot.waitUntil(lambda: head.compact and head.beside)
        ring, headline, cheer = head.score, head.headline, head.cheer
        assert ring.diameter() <= theme.space(12)  # small (96 px at the base size)
        # beside, not above
        qtbot.waitUntil(lambda: ring.geometry().right() < headline.geometry().left())
        top = head.title.mapTo(viewport, QPoint(0, 0)).y()
        assert head.points.isVisible() and head.points.text() == ring.small
        told = (ring, cheer, head.points)
        bottom = max(w.mapTo(viewport, QPoint(0, w.height())).y() for w in told)
        assert bottom - top <= 0.45 * viewport.height()
        assert bottom <= viewport.height()  # the encouragement is whole, without scrolling
        view.resize(1000, 1500)  # roomy: the large ring above the headline again
        qtbot.waitUntil(lambda: not head.compact)
        qtbot.waitUntil(lambda: ring.geometry().bottom() < headline.geometry().top())
        assert not head.points.isVisible()  # the large ring tells them under it
        view.resize(300, height)  # short and narrow: the small ring above centred words
        qtbot.waitUntil(lambda: head.compact and not head.beside)
        qtbot.waitUntil(lambda: ring.geometry().bottom() < headline.geometry().top())
        assert head.points.isVisible()
    finally:
        app.setStyleSheet("")


def test_the_footer_stays_one_line_in_a_900_px_window(qtbot, tmp_path, translators):
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme

    translators.install("fr")
    app = QApplication.instance()
    theme = Theme()
    app.setStyleSheet(style_sheet(theme))
    try:
        view = summary(qtbot, tmp_path, lambda: 1)
        view.next_article = lambda: "La suite"
        view.set_result(view.result, view.questions, view.mode, None, view.answers)
        view.set_theme(theme)
        footer = view.footer
        needed = footer._needed()
        view.resize(needed - 12, 500)  # the normal paddings no longer fit
        qtbot.waitUntil(lambda: footer.width() == view.width())
        qtbot.waitUntil(lambda: footer.wide and footer.snug)
        primary = footer.primary
        assert primary.text() == "Suivant\u00a0: La suite"  # names the next article
        tops = {b.geometry().top() for b in (primary, *footer.others)}
        assert len(tops) == 1  # one row
        assert all(b.geometry().right() < primary.geometry().left() for b in footer.others)
        view.resize(needed + 40, 500)
        qtbot.waitUntil(lambda: footer.wide and not footer.snug)
    finally:
        app.setStyleSheet("")
