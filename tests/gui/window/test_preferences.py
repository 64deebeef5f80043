"""Preferences and zoom: every choice applies at once, to the whole window, and is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from quizapp.gui.window import preferences, theme
from quizapp.gui.window.settings import ZOOM_MAX, AppSettings


def pick(qtbot, combo: QComboBox, data) -> None:
    """Choose an entry with the keyboard, as a learner would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def open_preferences(qtbot, window) -> preferences.PreferencesDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(preferences.PreferencesDialog, "preferences")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keys go to the dialog, not to the passage behind it
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_theme_mode_applies_live_and_is_remembered(qtbot, reading, data_dir: Path):
    dialog = open_preferences(qtbot, reading)
    look = dialog.section(dialog.sections[0][0])
    pick(qtbot, look.theme, "light")  # whatever the system's scheme is
    with qtbot.waitSignal(reading.theme_changed):
        pick(qtbot, look.theme, "dark")
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name().upper()
    assert window_colour == theme.DARK.window
    assert reading.reading_view.passage.theme().palette is theme.DARK
    with qtbot.waitSignal(reading.theme_changed):
        pick(qtbot, look.theme, "light")
    assert (
        QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == theme.LIGHT.window
    )
    reading.settings.sync()
    assert AppSettings(data_dir).theme_mode == "light"
    dialog.close()


def test_font_size_family_marks_and_quiz_mode(qtbot, reading, data_dir: Path):
    dialog = open_preferences(qtbot, reading)
    look = dialog.section(dialog.sections[0][0])
    passage = reading.reading_view.passage
    before = passage.theme().px("passage")
    pick(qtbot, look.size, 20)
    assert passage.theme().px("passage") > before
    qtbot.mouseClick(look.sans, Qt.MouseButton.LeftButton)
    assert not passage.theme().serif_passage
    assert passage.document().defaultFont().families()[0] == theme.SANS[0]
    glossed = [
        f
        for f in passage.document().allFormats()
        if f.isCharFormat()
        and f.toCharFormat().underlineStyle() == f.toCharFormat().UnderlineStyle.SingleUnderline
    ]
    assert glossed  # the sample's glossed words are marked
    qtbot.mouseClick(look.marks, Qt.MouseButton.LeftButton)
    assert not passage.theme().gloss_marks
    pick(qtbot, look.quiz_mode, "test")
    reading.settings.sync()
    saved = AppSettings(data_dir)
    assert (saved.base_px, saved.serif_passage, saved.gloss_marks, saved.quiz_mode) == (
        20,
        False,
        False,
        "test",
    )
    dialog.close()


def test_english_titles_can_be_switched_off_in_the_reader_and_the_library(
    qtbot, reading, data_dir: Path
):
    """A B1 learner may want the French title alone: the reader's subtitle and the library
    cards' English line go at once, and the choice is kept."""
    article = reading.reading_view.article
    assert article is not None and article.title_en
    passage = reading.reading_view.passage
    assert article.title_en in passage.document().toPlainText()
    from PySide6.QtWidgets import QStyleOptionViewItem

    table = reading.library_view.table
    delegate, first = table.itemDelegate(), table.model().index(0, 0)
    tall = delegate.sizeHint(QStyleOptionViewItem(), first).height()
    dialog = open_preferences(qtbot, reading)
    look = dialog.section(dialog.sections[0][0])
    assert look.english_titles.isChecked()
    qtbot.mouseClick(look.english_titles, Qt.MouseButton.LeftButton)
    assert not passage.theme().english_titles
    assert article.title_en not in passage.document().toPlainText()
    assert delegate.sizeHint(QStyleOptionViewItem(), first).height() < tall  # no English line
    reading.settings.sync()
    assert AppSettings(data_dir).english_titles is False
    qtbot.mouseClick(look.english_titles, Qt.MouseButton.LeftButton)
    assert article.title_en in passage.document().toPlainText()
    dialog.close()


def test_interface_language_from_preferences(qtbot, window):
    dialog = open_preferences(qtbot, window)
    look = dialog.section(dialog.sections[0][0])
    pick(qtbot, look.language, "fr")
    assert window.translators.language == "fr"
    assert window.menus["file"].title() == "&Fichier"
    assert dialog.windowTitle() == "Préférences"  # the dialog follows at once
    assert look.marks.text() == "Souligner les mots expliqués dans le glossaire"
    dialog.close()


def test_other_rooms_add_sections_without_editing_the_dialog(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QLabel

    monkeypatch.setattr(preferences, "PREFERENCE_SECTIONS", [])
    preferences.add_section(lambda win: ("Extra", QLabel("extra settings")))
    dialog = open_preferences(qtbot, window)
    assert [title for title, _ in dialog.sections][1:] == [
        "Extra",
        "Dictionaries",
        "Review",
        "Words in the text",
        "Listening",
        "Daily goal",
    ]
    dialog.close()


def test_dictionaries_and_review_are_sections_of_preferences(qtbot, reading, data_dir: Path):
    dialog = open_preferences(qtbot, reading)
    titles = [title for title, _ in dialog.sections]
    assert titles == [
        *("Look and reading", "Dictionaries", "Review", "Words in the text"),
        *("Listening", "Daily goal"),
    ]
    dictionaries = dialog.section("Dictionaries")
    assert dictionaries.objectName() == "dictionaries_section" and dictionaries.isVisible()
    review = dialog.section("Review").findChild(QWidget, "review_section")
    retention = review.retention
    retention.setFocus()
    qtbot.keyClick(retention, Qt.Key.Key_Up)  # one step: 0.90 → 0.91, saved at once
    assert AppSettings(data_dir).review_retention == 0.91
    dialog.close()


def test_zoom_keys_scale_the_whole_interface_and_are_kept(qtbot, reading, data_dir: Path):
    passage = reading.reading_view.passage
    font_before = QApplication.font().pointSizeF()
    px_before = passage.theme().px("passage")
    with qtbot.waitSignal(reading.theme_changed):
        qtbot.keyClick(reading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert passage.theme().px("passage") > px_before
    assert QApplication.font().pointSizeF() > font_before  # buttons, menus, the quiz
    assert reading.theme_hub.theme.px("question") > theme.Theme().px("question")
    for _ in range(ZOOM_MAX + 3):
        qtbot.keyClick(reading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert AppSettings(data_dir).zoom == ZOOM_MAX
    qtbot.keyClick(reading, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert passage.theme().px("passage") == px_before
    assert AppSettings(data_dir).zoom == 0


def test_the_default_quiz_mode_is_the_one_offered_first(qtbot, reading):
    reading.settings.quiz_mode = "test"
    reading.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: reading.quiz.panel is not None)
    chooser = reading.quiz.panel.chooser
    qtbot.waitUntil(chooser.test_button.isVisible)
    chooser.focus_first()
    assert chooser.test_button.isDefault() and not chooser.practice_button.isDefault()
    with qtbot.waitSignal(chooser.chosen) as chosen:
        qtbot.keyClick(chooser.test_button, Qt.Key.Key_Return)
    assert chosen.args[0].value == "test"
