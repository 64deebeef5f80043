"""The summary's rewards: the reading streak, and a celebration that is seen (a burst
from the top edge, in front of the summary) and then leaves nothing on its words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QRegion
from PySide6.QtWidgets import QWidget

from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz.block_place import column_width
from quizapp.gui.quiz.summary import SummaryView
from quizapp.gui.quiz.summary_confetti import FEWEST
from quizapp.gui.quiz.summary_head import run_summary, words_box
from quizapp.gui.quiz.summary_ring import BURST_START, SHOWCASE
from tests.gui.quiz.test_summary import full_session
from tests.gui.quiz_fixtures import click, load


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
        (3, "Reading: 3\u00a0days in a row"),
        (1, "Reading: 1\u00a0day in a row. See you tomorrow!"),
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
    qtbot.waitUntil(lambda: view.head.streak.text().startswith("Lecture"))
    assert view.head.streak.text() == "Lecture\u00a0: 3\u00a0jours d’affilée"


def confetti_alone(view: SummaryView) -> QImage:
    """The confetti layer rendered alone on a clear sheet, in the view's coordinates."""
    sheet = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(0)
    painter = QPainter(sheet)
    view.confetti.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    return sheet


def painted(sheet: QImage, area: QRect, least: int = 1) -> int:
    """How many pixels of `area` the confetti covers (alpha at least `least`)."""
    area = area & sheet.rect()
    top, left = area.top() + area.top() % 2, area.left() + area.left() % 2  # every other pixel
    return sum(
        sheet.pixelColor(x, y).alpha() >= least
        for y in range(top, area.bottom() + 1, 2)
        for x in range(left, area.right() + 1, 2)
    )


def test_the_confetti_falls_from_the_top_edge_across_the_whole_summary(
    qtbot, tmp_path, translators
):
    view = summary(qtbot, tmp_path, lambda: 2)
    view.score.still(0.1)  # the ring filling: no confetti yet
    assert not view.confetti.isVisible()
    calm = view.grab().toImage()
    centre, radius = view._ring_source()
    view.score.still(BURST_START + 0.1)  # just begun: all along the top edge
    sheet = confetti_alone(view)
    top = QRect(0, 0, view.width(), view.confetti.height() // 3)
    assert painted(sheet, view.rect()) > 0
    assert painted(sheet, view.rect()) == painted(sheet, top)
    third = view.width() // 3  # across the whole width, not around the ring
    assert painted(sheet, QRect(0, 0, third, top.height())) > 0
    assert painted(sheet, QRect(2 * third, 0, third, top.height())) > 0
    view.score.still(SHOWCASE)  # the selftest's picture: mid-fall, all over the head
    area = view.confetti.geometry()  # the head's width, down to its last words
    assert view.confetti.isVisible() and area.width() == view.width() and area.top() == 0
    assert view.children()[-1] is view.confetti  # in front of the tiles and the cards
    assert view.confetti.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    sheet = confetti_alone(view)
    head = QRect(view.head.mapTo(view, QPoint(0, 0)), view.head.size())
    assert painted(sheet, head, least=200) > 100  # seen: opaque pieces, not ghosts
    inside = radius * 0.55  # the score inside the ring stays clear
    score = QRectF(centre.x() - inside, centre.y() - inside, 2 * inside, 2 * inside)
    assert painted(sheet, score.toAlignedRect()) == 0
    assert view.grab().toImage() != calm


def test_the_burst_fades_out_completely_and_leaves_the_still_summary(qtbot, tmp_path, translators):
    view = summary(qtbot, tmp_path, lambda: 0)
    view.score.still(1.0)
    calm = view.grab().toImage()
    view.score.still(0.99)  # the end of the fall: nearly gone
    assert painted(confetti_alone(view), view.rect(), least=40) == 0
    view.score.still(1.0)
    assert not view.confetti.isVisible()
    assert view.grab().toImage() == calm


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
    qtbot.waitUntil(lambda: view.head.streak.room >= 500)  # the centred column's
    view.set_theme(Theme(zoom=6))
    view.resize(460, 600)
    qtbot.waitUntil(lambda: view.content.width() <= view.scroll.viewport().width())
    chip = view.head.streak
    assert chip.geometry().right() <= view.head.width()
    assert view.head.stats.geometry().right() <= view.head.width()  # the tiles, not cut


def test_a_narrow_panel_gets_fewer_pieces(qtbot, tmp_path, translators):
    view = summary(qtbot, tmp_path, lambda: 0)
    view.resize(1000, 900)
    view.score.still(SHOWCASE)
    qtbot.waitUntil(lambda: view.confetti.width() == 1000)
    large = view.confetti.count()
    view.resize(380, 600)
    view.score.still(SHOWCASE)
    qtbot.waitUntil(lambda: view.confetti.width() == 380)
    assert FEWEST <= view.confetti.count() < large


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


def test_the_next_step_is_one_large_accent_filling_its_row(qtbot, tmp_path, translators):
    from PySide6.QtWidgets import QApplication, QPushButton

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
        view.resize(700, 500)
        footer = view.footer
        inside = min(700, column_width(theme))  # one centred column
        qtbot.waitUntil(lambda: footer.width() == inside and footer.wide)
        primary = footer.primary
        accents = [b for b in view.findChildren(QPushButton) if b.property("primary") == "true"]
        assert accents == [primary] and primary is view.next_button  # one accent
        assert primary.text() == "Article suivant →" and primary.caption == "La suite"
        assert all(b.property("summary") == "quiet" for b in footer.others)
        middle = primary.geometry().center().y()
        assert all(abs(b.geometry().center().y() - middle) <= 1 for b in footer.others)
        assert all(b.geometry().right() < primary.geometry().left() for b in footer.others)
        margins = footer.column.contentsMargins()
        assert primary.geometry().right() + 1 == footer.width() - margins.right()
        assert primary.width() > footer.width() // 2  # the large one
        # where it leads: its second line, inside it (no caption floating over it)
        assert primary.caption_line() == "À suivre\u00a0: La suite"
        assert (
            primary.height() > primary.fontMetrics().height() + primary.caption_font().pixelSize()
        )
        with qtbot.waitSignal(view.next_article_requested):
            click(qtbot, primary)
    finally:
        app.setStyleSheet("")


TITLE = "Composter en appartement\u00a0: le guide pour bien commencer"


@pytest.mark.parametrize(("zoom", "width"), [(0, 410), (6, 880), (0, 620), (0, 900)])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_accent_says_the_same_at_every_width_and_names_the_article(
    qtbot, tmp_path, translators, zoom, width, language
):
    """A 900 px window's panel (zoom 0: 410 px; zoom 6: the whole window), and wider
    ones: « Article suivant → » on the accent, on one line; the title over it on one
    line or two (cut with « … » only past two), said whole, clear of the edge."""
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme

    translators.install(language)
    app = QApplication.instance()
    theme = Theme(zoom=zoom)
    app.setStyleSheet(style_sheet(theme))
    try:
        view = summary(qtbot, tmp_path, lambda: 1)
        view.next_article = lambda: TITLE
        view.set_result(view.result, view.questions, view.mode, None, view.answers)
        view.set_theme(theme)
        view.resize(width, 600)
        footer, button = view.footer, view.next_button
        qtbot.waitUntil(lambda: footer.width() == min(width, column_width(theme)))
        assert footer.primary is button
        assert button.text() == ("Article suivant →" if language == "fr" else "Next article →")
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
        assert footer.width() - button.geometry().right() > theme.space(1)  # clear of the edge
        going = "Article suivant\u00a0: " if language == "fr" else "Next article: "
        assert button.accessibleName() == going + TITLE  # said whole
        assert TITLE in button.toolTip()
        one, small = button.fontMetrics().height(), QFontMetrics(button.caption_font())
        # its words on one line, the article on a smaller second one: two lines, no more
        qtbot.waitUntil(lambda: button.height() >= one + small.height())
        assert button.height() < 2 * one + small.height() + theme.space(2)
        line = button.caption_line()
        going = "À suivre\u00a0: " if language == "fr" else "Up next: "
        shown = line.removeprefix(going)
        assert line.startswith(going) and "\n" not in line
        assert shown == TITLE or TITLE.startswith(shown.removesuffix("…"))
        whole = small.horizontalAdvance(going + TITLE) < button.width() - theme.space(4)
        if whole:  # room for the title: never cut
            assert shown == TITLE
        assert small.horizontalAdvance(line) <= button.width()  # inside the button
    finally:
        app.setStyleSheet("")


def test_a_narrower_footer_puts_the_links_above_the_accent(qtbot, tmp_path, translators):
    """Narrower still, the accent keeps its words and spans the footer; the quiet links
    go on a row above it."""
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.quiz.block_place import column_width
    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme

    translators.install("fr")
    app = QApplication.instance()
    app.setStyleSheet(style_sheet(Theme()))
    try:
        view = summary(qtbot, tmp_path, lambda: 1)
        view.next_article = lambda: TITLE
        view.set_result(view.result, view.questions, view.mode, None, view.answers)
        footer, button = view.footer, view.next_button
        seen = []
        column = column_width(Theme())  # wider than this, the summary is one centred column
        for width in range(700, 200, -20):
            view.resize(width, 600)
            inside = width - 2 * max(0, (width - column) // 2)
            qtbot.waitUntil(lambda w=inside: footer.width() == w)
            if not seen or seen[-1] != footer.wide:
                seen.append(footer.wide)
            assert button.text() == "Article suivant →"
        assert seen == [True, False]  # at last the links go above it
        margins = footer.column.contentsMargins()
        assert button.geometry().left() == margins.left()
        assert button.geometry().right() + 1 == footer.width() - margins.right()
        assert all(b.geometry().bottom() < button.geometry().top() for b in footer.others)
        assert button.caption_line(40).endswith("…")  # little room: cut, never spilling
        assert button.accessibleName() == "Article suivant\u00a0: " + TITLE
    finally:
        app.setStyleSheet("")


@pytest.mark.parametrize("size", [(520, 600), (900, 700), (900, 360)])
def test_no_confetti_piece_is_drawn_over_the_ring_the_score_or_the_headline(
    qtbot, tmp_path, translators, size
):
    view = summary(qtbot, tmp_path, lambda: 0)
    view.resize(*size)
    qtbot.waitUntil(lambda: view.size().width() == size[0])
    head = view.head
    for step in (BURST_START + 0.05, 0.45, SHOWCASE, 0.85):
        view.score.still(step)
        sheet = confetti_alone(view)
        assert painted(sheet, view.rect()) > 0  # the shower is there, around them
        ring = view.score.ring_rect().translated(QPointF(view.score.mapTo(view, QPoint(0, 0))))
        assert painted(sheet, ring.toAlignedRect()) == 0
        for label in (head.headline, head.points):
            if label.isVisible():
                box = QRect(label.mapTo(view, QPoint(0, 0)), label.size())
                words = head.keep_clear(view)  # the words' own box, within the label's
                assert any(QRectF(box).intersects(r) for r in words)
                for rect in words:
                    assert painted(sheet, rect.toAlignedRect()) == 0
        for label in (head.title, head.cheer):  # the words the learner reads stay clear
            words = words_box(label).translated(label.mapTo(view, QPoint(0, 0)))
            assert painted(sheet, words) == 0 or not label.isVisible()
        below = QRect(head.stats.mapTo(view, QPoint(0, 0)), view.size())  # tiles, list
        assert painted(sheet, below) == 0
    assert head.headline.isVisible() and head.headline.text() == "Perfect score!"
