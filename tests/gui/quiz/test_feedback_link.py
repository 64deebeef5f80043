"""After Check with the passage out of sight, the feedback's "Show in the text" link
is in view above the body's bottom fade, and reads clearly (4.5:1) on every
verdict's tint, light and dark."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from quizapp.core.grading.responses import right_response
from quizapp.gui.quiz import look
from quizapp.gui.window.settings import ZOOM_MAX
from quizapp.gui.window.stylesheet import style_sheet
from quizapp.gui.window.theme import DARK, LIGHT, Theme, contrast
from tests.gui.quiz_fixtures import answer_current, click, load, make_host


def test_the_link_reads_clearly_on_each_verdict_tint():
    for palette in (LIGHT, DARK):
        for kind in look.KINDS:
            tint = getattr(palette, kind + "_tint")
            sheet = look.feedback_box(Theme(palette=palette), kind)
            colour = look.link_on(palette, tint)
            assert f'QPushButton[link="true"] {{ color: {colour}; }}' in sheet
            assert contrast(colour, tint) >= 4.5, (kind, colour, tint)


def test_after_check_the_link_is_in_view_above_the_fade_when_the_passage_is_hidden(qtbot, tmp_path):
    app = QApplication.instance()
    for zoom, width, height in ((ZOOM_MAX, 900, 700), (0, 900, 700)):
        theme = Theme(zoom=zoom)
        app.setStyleSheet(style_sheet(theme))  # the window's sizes at that zoom
        try:
            folder = tmp_path / f"{zoom}-{height}"
            folder.mkdir()
            article = load(folder)
            _view, panel = make_host(qtbot, article, width=width, height=height)
            panel.set_theme(theme)
            click(qtbot, panel.chooser.practice_button)
            page = panel.page
            panel.passage.hide()  # the link shows only while the evidence is out of sight
            answer_current(qtbot, panel, right_response(article.questions[0]))
            click(qtbot, page.check_button)
            link, viewport = page.feedback.evidence_button, page.scroll.viewport()
            fade = page.scroll.fade

            def clear_of_the_fade(link=link, viewport=viewport, fade=fade) -> bool:
                bottom = link.mapTo(viewport, QPoint(0, link.height())).y()
                edge = viewport.height() - (fade.height() if fade.isVisible() else 0)
                return link.mapTo(viewport, QPoint(0, 0)).y() >= 0 and bottom <= edge

            assert link.isVisible()
            qtbot.waitUntil(clear_of_the_fade)
        finally:
            app.setStyleSheet("")


def test_the_quoted_proof_is_never_larger_than_the_explanation(qtbot, tmp_path):
    """The quote is sized from the explanation's role (the interface body) at every zoom,
    and its link sits on the verdict's line, above the quote."""
    from PySide6.QtGui import QFont, QFontInfo

    from quizapp.gui.window.theming import app_font

    app = QApplication.instance()
    base = QFont(app.font())
    for zoom, width in ((0, 1400), (ZOOM_MAX, 900), (ZOOM_MAX, 1400)):
        theme = Theme(zoom=zoom)
        app.setFont(app_font(theme, base))
        app.setStyleSheet(style_sheet(theme))
        try:
            folder = tmp_path / f"{zoom}-{width}"
            folder.mkdir()
            article = load(folder)
            _view, panel = make_host(qtbot, article, width=width, height=700)
            panel.set_theme(theme)
            click(qtbot, panel.chooser.practice_button)
            panel.passage.hide()  # the evidence out of sight: the link shows
            answer_current(qtbot, panel, right_response(article.questions[0]))
            click(qtbot, panel.page.check_button)
            feedback = panel.page.feedback
            assert feedback.quote.isVisible() and feedback.explanation.isVisible()
            quote = QFontInfo(feedback.quote.font()).pixelSize()
            explanation = QFontInfo(feedback.explanation.font()).pixelSize()
            assert 0 < quote <= explanation, (zoom, width, quote, explanation)
            link = feedback.evidence_button
            assert link.isVisible()

            def above_the_quote(link=link, feedback=feedback) -> bool:  # not at the foot
                bottom = link.mapTo(feedback, QPoint(0, link.height())).y()
                return bottom <= feedback.quote.geometry().top()

            qtbot.waitUntil(above_the_quote)
        finally:
            app.setStyleSheet("")
            app.setFont(base)
