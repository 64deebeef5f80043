"""The reading screen's chrome stays slim: the toolbar grows slower than the text, and
at the largest zoom in a small window it is one short row with nothing cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication

from quizapp.gui.reading.chrome import SWITCH_ALONE, SWITCH_RATIO
from tests.gui.quiz_fixtures import click


def body_line(window) -> int:
    """The height of one line of body type at the window's zoom."""
    font = QFont(QApplication.font())
    font.setPixelSize(window.theme_hub.theme.px("body"))
    return QFontMetrics(font).height()


def zoom_to(window, steps: int) -> None:
    window.actions_by_name["zoom_reset"].trigger()
    for _ in range(steps):
        window.actions_by_name["zoom_in"].trigger()
    QApplication.processEvents()


def test_the_toolbar_is_one_slim_row_that_grows_slower_than_the_text(qtbot, reading):
    view = reading.reading_view
    reading.resize(900, 700)
    zoom_to(reading, 0)
    low, low_line = view.toolbar.height(), body_line(reading)
    zoom_to(reading, 6)
    high, high_line = view.toolbar.height(), body_line(reading)
    assert high / low < high_line / low_line  # damped
    assert high <= 1.3 * high_line
    bar = view.toolbar
    for button in (view.back_button, view.parallel_button, view.quiz_button):
        assert button.isVisible()
        assert button.width() >= button.sizeHint().width()  # nothing cut
        right = button.mapTo(bar, button.rect().bottomRight())
        assert right.x() <= bar.width() and right.y() <= bar.height()
    qtbot.keyClick(reading, Qt.Key.Key_F5)  # the quiz: "Text | Questions" joins the row
    click(qtbot, reading.quiz.panel.chooser.practice_button)
    qtbot.waitUntil(lambda: view.columns.switch.isVisible())
    QApplication.processEvents()  # the row lays out again with the switch in it
    assert view.toolbar.height() <= 1.3 * high_line
    for button in (view.back_button, view.parallel_button, view.columns.switch):
        assert button.width() >= button.sizeHint().width()
    parallel = view.parallel_button
    assert parallel.text() in ("", "Translation", "English translation")  # never « EN »
    assert parallel.toolTip() == "Show the English beside every French sentence (Ctrl+E)"
    for lang, word in (("en", "Translation"), ("fr", "Traduction")):
        reading.set_language(lang)  # French words are longer: Bibliothèque, Écouter
        for width in (900, 720):  # down to the narrowest window: a word beside the switch
            reading.resize(width, 700)
            QApplication.processEvents()
            assert parallel.text() in (word, parallel.accessibleName()), (lang, width)
            assert parallel.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            assert parallel.width() >= parallel.sizeHint().width()
    reading.set_language("en")
    for width in (900, 720):
        reading.resize(width, 700)
        QApplication.processEvents()
        assert parallel.text() != "EN" and not parallel.icon().isNull()
        assert parallel.width() >= parallel.sizeHint().width()
        size = parallel.iconSize()  # one control: its switch at every width, only the words go
        assert round(size.width() / size.height(), 1) in (SWITCH_RATIO, SWITCH_ALONE)
    on = parallel.icon().pixmap(parallel.iconSize(), QIcon.Mode.Normal, QIcon.State.On)
    accent = QColor(view.passage.theme().palette.accent)
    image = on.toImage()
    assert any(  # switched on: the accent track, as at full width
        image.pixelColor(x, y) == accent
        for x in range(image.width())
        for y in range(image.height())
    )
    assert view.parallel_button.accessibleName() == "English translation"
    reading.resize(1400, 900)
    zoom_to(reading, 0)
    assert view.parallel_button.text() == "English translation"
    assert "Ctrl+E" in view.parallel_button.toolTip()
    assert view.back_button.text() == "Back to the library"


def test_the_card_names_the_clicked_form_quietly_and_the_headword_in_bold(qtbot, reading):
    from PySide6.QtCore import Qt as QtNames

    from tests.gui.reading.test_reading import click_word

    view = reading.reading_view
    click_word(qtbot, reading, "s1", "nucléaires")
    label = view.popover.labels[0]
    assert label.textFormat() == QtNames.TextFormat.RichText
    muted = view.passage.theme().palette.muted
    assert f"color:{muted}; font-weight:400" in label.text()  # the form: muted, regular
    assert label.text().endswith("<b>arme nucléaire tactique</b>")  # the headword: bold
    assert view.popover.texts()[0] == "armes nucléaires tactiques → arme nucléaire tactique"
    view.close_popover()
    click_word(qtbot, reading, "s1", "stationner")  # the form is the headword: said once
    assert view.popover.labels[0].text() == "<b>stationner</b>"


def test_a_headword_line_never_turns_teacher_text_into_markup():
    from quizapp.gui.reading.card_lines import headword_line

    words, rich = headword_line("<i>x</i>", "a & b", "#5B6270")
    assert words == "<i>x</i> → a & b"
    assert "&lt;i&gt;x&lt;/i&gt;" in rich and "<b>a &amp; b</b>" in rich


def test_a_calm_line_above_the_title_names_level_reading_time_and_topic(qtbot, reading):
    from PySide6.QtGui import QColor

    view = reading.reading_view
    article = view.article
    document = view.passage.document()
    meta, title = document.begin(), document.begin().next()
    assert title.text().startswith("La Russie")
    from quizapp.core.library.topic_names import topic_name

    line = meta.text()
    topic = topic_name(article.tags[0], "en")  # the teacher's tag, named in English
    line = line.replace("\u00a0", " ")  # its words held together by no-break spaces
    assert f"{article.level}" in line and "≈ 1 min read" in line and topic in line
    assert topic == "politics" and article.tags[0] == "politique"
    chip = meta.begin().fragment().charFormat()  # the level on its library colours
    palette = view.passage.theme().palette
    key = f"level_{str(article.level).lower()}"
    assert chip.background().color() == QColor(getattr(palette, key + "_tint"))
    assert chip.foreground().color() == QColor(getattr(palette, key))


def test_the_end_of_the_text_offers_the_quiz_and_the_quiz_hides_it(qtbot, reading):
    view = reading.reading_view
    card = view.end_card
    reading.resize(900, 700)
    bar = view.passage.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end
    QApplication.processEvents()
    assert card.isVisible()
    assert card.message.text() == "End of the article"  # scrolled there at once: not read yet
    count = len(view.article.questions)
    assert card.button.text() == f"Start the quiz ({count} question{'s' if count > 1 else ''})"
    viewport = view.passage.viewport().rect()
    placed = card.geometry()
    assert viewport.contains(placed)  # whole, inside the scroll area
    last = view.passage.sentence_bounds(view.article.sentences[-1].id)  # viewport coordinates
    assert placed.top() > last.bottom()  # after the last paragraph
    click(qtbot, card.button)
    qtbot.waitUntil(lambda: reading.quiz.panel is not None and view.side_panel() is not None)
    assert reading.quiz.panel.chooser.isVisible()  # what the toolbar's Start opens
    assert not card.isVisible()  # the quiz hides it


@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")  # the tooltip, offscreen
def test_the_english_title_shows_under_the_french_one_but_never_in_a_quiz(qtbot, reading):
    from PySide6.QtWidgets import QWidget

    view, passage = reading.reading_view, reading.reading_view.passage
    assert "La Russie au Belarus <b>x</b>\nRussia in Belarus" in passage.toPlainText()
    qtbot.keyClick(reading, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Russia in Belarus" in passage.toPlainText()  # with parallel English as well
    view.set_side_panel(QWidget())  # a quiz: never, even with parallel English
    assert "Russia in Belarus" not in passage.toPlainText()
    view.set_side_panel(None)
    assert "Russia in Belarus" in passage.toPlainText()
    qtbot.keyClick(reading, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Russia in Belarus" in passage.toPlainText()
