"""The quiz inside the real main window: started from the reading view, its keys, closing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

from quizapp.gui.quiz.hookup import QUIZ_ACTIONS
from quizapp.gui.window import shortcuts
from tests.gui.quiz_fixtures import click


def start(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    panel = window.quiz.panel
    assert panel is not None and window.reading_view.side_panel() is panel
    return panel


def test_quiz_keys_do_not_clash_with_the_window(window):
    taken = {
        QKeySequence(k).toString(): spec.name
        for spec in shortcuts.ACTIONS
        for k in spec.keys + spec.text_keys
    }
    for spec in QUIZ_ACTIONS:
        for key in spec.keys:
            assert QKeySequence(key).toString() not in taken, (key, taken.get(key))
    assert "PgDown" not in taken and "PgUp" not in taken  # the panel's own keys


def test_f5_offers_the_modes_beside_the_passage(qtbot, reading):
    panel = start(qtbot, reading)
    assert panel.stack.currentWidget() is panel.chooser
    assert panel.isVisible() and reading.reading_view.passage.isVisible()
    assert not reading.actions_by_name["next_question"].isEnabled()
    click(qtbot, panel.chooser.practice_button)
    assert reading.actions_by_name["next_question"].isEnabled()
    assert panel.page.prompt.text() == "Moscou va transférer le contrôle des armes à Minsk."
    assert panel.page.position.text() == "Question 1 of 1"
    # the one question of the sample: answered with key 2 (Faux) and Enter
    qtbot.keyClick(panel.widget, Qt.Key.Key_2)
    with qtbot.waitSignal(panel.controller.answered):
        qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    assert panel.page.feedback.verdict_kind() == "right"
    assert reading.reading_view.passage.evidence() == {"s2"}
    with qtbot.waitSignal(panel.controller.session_finished):
        qtbot.keyClick(panel.page.finish_button, Qt.Key.Key_Return)
    assert panel.stack.currentWidget() is panel.summary
    click(qtbot, panel.summary.back_button)
    assert reading.reading_view.side_panel() is None
    assert reading.reading_view.passage.evidence() == frozenset()


def test_every_quiz_control_has_an_accessible_name(qtbot, reading, tmp_path):
    from tests.gui.quiz_fixtures import load

    article = load(tmp_path)
    reading.open_article(article)
    panel = start(qtbot, reading)
    click(qtbot, panel.chooser.practice_button)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit)
    unnamed = []
    for index, question in enumerate(article.questions):
        panel.controller.go_to(index)
        unnamed += [
            f"{question.id}: {type(w).__name__}"
            for kind in kinds
            for w in panel.findChildren(kind)
            if w.isVisibleTo(panel)
            and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
        ]
    assert unnamed == []


def test_opening_another_article_closes_the_quiz(qtbot, reading):
    panel = start(qtbot, reading)
    click(qtbot, panel.chooser.test_button)
    other = next(a for a in reading.library_view.model.articles() if a.id == "ecole-rentree")
    reading.open_article(other)
    assert reading.reading_view.side_panel() is None
    qtbot.keyClick(reading, Qt.Key.Key_F5)
    assert panel.stack.currentWidget() is panel.chooser
    assert panel.chooser.facts.text() == "1 question · 1 point"


def test_ctrl_page_keys_move_between_questions(qtbot, reading, tmp_path):
    from tests.gui.quiz_fixtures import load

    article = load(tmp_path)
    reading.open_article(article)
    panel = start(qtbot, reading)
    click(qtbot, panel.chooser.practice_button)
    reading.reading_view.passage.setFocus()
    qtbot.keyClick(reading, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.session.index == 1
    qtbot.keyClick(reading, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert panel.session.index == 0


def test_reopening_the_same_article_keeps_the_quiz(qtbot, reading, tmp_path):
    from tests.gui.quiz_fixtures import click_sentence, load

    article = load(tmp_path)
    reading.open_article(article)
    panel = start(qtbot, reading)
    click(qtbot, panel.chooser.practice_button)
    panel.controller.go_to(9)  # the locate question
    passage = reading.reading_view.passage
    click_sentence(qtbot, passage, "s4")
    reading.show_screen("library")
    reading.open_article(article)
    assert reading.reading_view.side_panel() is panel
    assert passage.locate_mode()
    assert passage.locate_selection() == {"s4"}
    assert panel.widget.response() == {"s4"}


def test_the_quiz_follows_the_windows_theme_and_start_leaves_the_toolbar(qtbot, reading):
    from quizapp.gui.window.theme import DARK

    button = reading.reading_view.quiz_button
    assert button.isVisible()
    panel = start(qtbot, reading)
    click(qtbot, panel.chooser.practice_button)
    assert not button.isVisible()  # "Start the quiz" is not offered while the quiz shows
    reading.theme_hub.set_mode("dark")  # as Preferences does
    assert panel.theme.palette is DARK
    assert DARK.text.lower() in panel.page.prompt.styleSheet().lower()  # readable on dark
    reading.theme_hub.set_mode("light")
    assert DARK.text.lower() not in panel.page.prompt.styleSheet().lower()


def test_the_status_bar_is_the_librarys_and_a_message_brings_it_anywhere(qtbot, reading):
    bar = reading.statusBar()
    reading.show_screen("library")
    assert bar.isVisible()  # the article count and the bank
    reading.show_screen("reading")
    assert not bar.isVisible()  # the text gets the height
    panel = start(qtbot, reading)
    click(qtbot, panel.chooser.practice_button)
    assert bar.currentMessage().startswith("Your progress is saved")  # said, so shown
    assert bar.isVisible()
    bar.clearMessage()  # (its time is up)
    assert not bar.isVisible()  # a question: the quiz gets the height
    bar.showMessage("Something to say")  # a message during the quiz shows it again
    assert bar.isVisible()
    bar.clearMessage()
    assert not bar.isVisible()
    qtbot.keyClick(panel.widget, Qt.Key.Key_2)
    with qtbot.waitSignal(panel.controller.answered):
        qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    with qtbot.waitSignal(panel.controller.session_finished):
        qtbot.keyClick(panel.page.finish_button, Qt.Key.Key_Return)
    assert not bar.isVisible()  # the summary: still the reading screen
    click(qtbot, panel.summary.back_button)
    reading.show_screen("library")
    assert bar.isVisible()


def test_the_main_button_anchors_the_bar_at_the_largest_zoom_in_french(qtbot, reading):
    reading.settings.zoom = 6
    reading.theme_hub.refresh()
    reading.set_language("fr")
    reading.resize(900, 700)
    panel = start(qtbot, reading)
    click(qtbot, panel.chooser.practice_button)
    page = panel.page
    small = page.previous_button

    def anchors(button) -> bool:  # wide and tall beside ◀ ▶, its words whole
        return (
            button.isVisible()
            and button.width() >= max(2 * small.width(), page.action_bar.width() // 2)
            and button.height() >= small.height()
            and button.width() >= button.sizeHint().width()
            and button.mapTo(page, button.rect().bottomRight()).x() <= page.width()
        )

    qtbot.keyClick(panel.widget, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: anchors(page.check_button))
    assert page.check_button.text() == "Vérifier"
    with qtbot.waitSignal(panel.controller.answered):
        click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: anchors(page.finish_button))  # the one question: the results
    assert page.finish_button.text() == "Voir le bilan"
    if page.action_bar.words_shown():  # the bar has room: ◀ says its words, whole
        assert small.text() == "← Précédente" and small.width() >= small.sizeHint().width()
    else:
        assert small.width() <= small.height() + 2  # ◀: a small square
