"""Known words in the window: the gloss card's « To learn | Known » and K, the
passage colouring (the learner's words by default, every new word when asked, theme
tints), and the library's count of new words per article."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.core.library.recommend import HISTORY_WORDS
from quizapp.core.review import known
from quizapp.gui.library.model import ARTICLE_ROLE, Column
from quizapp.gui.window.theme import DARK, LIGHT
from tests.gui import progress_helpers
from tests.gui.progress_helpers import bridge, look_up, open_article, store

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _new_words(win, article_id: str) -> str:
    view = win.library_view
    for row in range(view.model.rowCount()):
        if view.model.index(row, 0).data(ARTICLE_ROLE).id == article_id:
            return view.model.index(row, Column.NEW_WORDS).data()
    raise AssertionError(article_id)


def test_the_library_counts_new_words_per_article(qtbot, win):
    """Counted from the start (they rank the articles), shown only with a history: for a
    new learner every word of an article is "new", a number that says nothing."""
    review, model = win.progress_screens.review, win.library_view.model
    article = next(a for a in model.articles() if a.id == "armes-belarus")
    total = len(known.article_lemmas(article))
    qtbot.waitUntil(lambda: model.new_words("armes-belarus") == total)
    assert _new_words(win, "armes-belarus") == ""  # no history: hidden
    open_article(qtbot, win, "armes-belarus")
    with qtbot.waitSignal(bridge(win).saved):
        look_up(qtbot, win, "s1", "stationner")
    qtbot.waitUntil(lambda: model.new_words("armes-belarus") == total - 1)
    assert review.known.statuses == {"stationner": "learning"}
    assert _new_words(win, "armes-belarus") == ""  # one word on record is no history yet
    profile = bridge(win).ensure_profile()
    for n in range(HISTORY_WORDS):
        store(win).set_word_status(profile, f"mot{n}", known.KNOWN)
    review.known.refresh()
    qtbot.waitUntil(lambda: _new_words(win, "armes-belarus") == str(total - 1))


def test_k_in_the_gloss_card_marks_the_word_known_and_again_learning(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s2", "contrôle")
    popover = win.reading_view.popover
    assert popover.known_button.isVisible() and not popover.known_button.isChecked()
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.keyClick(popover.translate_button, Qt.Key.Key_K)
    assert store(win).word_statuses(bridge(win).profile) == {"contrôle": "known"}
    assert popover.known_button.isChecked()
    assert popover.known_button.text() == "✓ Known"  # the card says what K did
    assert popover.known_button.keycap.text() == "K"  # the key as a keycap, not "(K)"
    assert win.statusBar().currentMessage() == "«\u202fcontrôle\u202f» is known: no longer tinted"
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.mouseClick(popover.known_button, Qt.MouseButton.LeftButton)
    assert store(win).word_statuses(bridge(win).profile) == {"contrôle": "learning"}
    assert popover.known_button.text() == "Known" and not popover.known_button.isChecked()
    assert win.statusBar().currentMessage() == "«\u202fcontrôle\u202f» is learning again"


def test_the_passage_tints_my_words_by_default_and_every_new_word_when_asked(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    painter = win.progress_screens.review.known.painter
    assert painter is not None and painter.mode == "mine" and painter.coloured() == {}
    assert win.actions_by_name["colour_my_words"].isChecked()
    assert not win.actions_by_name["colour_words"].isChecked()
    with qtbot.waitSignal(bridge(win).saved):
        look_up(qtbot, win, "s1", "stationner")
    qtbot.waitUntil(lambda: painter.coloured() == {"stationner": "learning"})  # at once
    win.reading_view.close_popover()
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL_SHIFT)  # View > Colour all new words
    assert win.actions_by_name["colour_words"].isChecked() and win.settings.word_colours == "all"
    qtbot.waitUntil(lambda: painter.coloured().get("stationner") == "learning")
    coloured = painter.coloured()
    assert coloured["stationner"] == "learning" and coloured["Russie"] == "unknown"
    assert "a-t-il" not in coloured and "1996" not in coloured
    tints = {
        m.format.background().color().name().upper() for m in win.reading_view.passage.word_marks
    }
    assert tints <= {LIGHT.unknown_tint, LIGHT.learning_tint, DARK.unknown_tint, DARK.learning_tint}
    # Shift+K in the passage: the word glossed last (« stationner ») becomes known
    win.reading_view.passage.setFocus()
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.keyClick(win.reading_view.passage, Qt.Key.Key_K, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "stationner" not in painter.coloured())
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL_SHIFT)  # back to my words: a known word is plain
    assert painter.coloured() == {} and win.settings.word_colours == "mine"
    win.actions_by_name["colour_my_words"].trigger()  # View > Colour my words: off
    assert win.settings.word_colours == "off" and not painter.enabled


def test_the_old_switch_becomes_the_three_way_setting(win):
    settings = win.settings
    settings._qs.remove("reading/word_colours")
    settings._qs.setValue("reading/known_words", "true")
    assert settings.word_colours == "all"  # the old "every unknown word"
    settings._qs.setValue("reading/known_words", "false")
    assert settings.word_colours == "mine"  # the new default: the old switch had no such state
    settings.word_colours = "off"
    assert settings.word_colours == "off"


def test_to_learn_pressed_again_takes_the_look_up_back(qtbot, win):
    """One status control, « ✓ To learn | Known »: a looked-up word is lit « To learn »
    (no separate « ✓ Added · Remove »); pressed again, the word leaves My words and its
    review card, its tint goes; pressed once more, it comes back."""
    open_article(qtbot, win, "armes-belarus")
    painter = win.progress_screens.review.known.painter
    with qtbot.waitSignal(bridge(win).saved):
        look_up(qtbot, win, "s1", "stationner")
    popover = win.reading_view.popover
    profile = bridge(win).profile
    learn, known_button = popover.learn_button, popover.known_button
    assert learn.isVisible() and learn.isChecked() and learn.text() == "✓ To learn"
    assert known_button.isVisible() and not known_button.isChecked()
    assert learn.y() == known_button.y() and learn.geometry().right() + 1 == known_button.x()
    for older in (popover.saved_label, popover.remove_button, popover.add_button):
        assert not older.isVisible()  # one control says it, not three widgets
    assert learn.focusPolicy() & Qt.FocusPolicy.TabFocus  # keyboard reachable
    qtbot.waitUntil(lambda: "stationner" in painter.coloured())
    learn.setFocus()
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.keyClick(learn, Qt.Key.Key_Space)
    assert store(win).words(profile) == [] and store(win).review_cards(profile) == []
    assert painter.coloured() == {}  # the tint goes at once
    assert popover.isVisible() and not learn.isChecked() and learn.text() == "To learn"
    popover.retranslate_ui()  # the card laid out again: it does not add the word back
    assert store(win).words(profile) == [] and not learn.isChecked()
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.mouseClick(learn, Qt.MouseButton.LeftButton)
    assert [w.headword for w in store(win).words(profile)] == ["stationner"]
    assert learn.isChecked() and not popover.remove_button.isVisible()
    qtbot.waitUntil(lambda: "stationner" in painter.coloured())


def test_known_and_to_learn_are_one_status_never_both(qtbot, win):
    """K lights « Known » and puts out « To learn » (the word keeps its card, not asked);
    « To learn » on a known word puts it back to learning, lit again."""
    open_article(qtbot, win, "armes-belarus")
    with qtbot.waitSignal(bridge(win).saved):
        look_up(qtbot, win, "s1", "stationner")
    popover = win.reading_view.popover
    learn, known_button = popover.learn_button, popover.known_button
    assert learn.isChecked() and not known_button.isChecked()
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.keyClick(popover.translate_button, Qt.Key.Key_K)
    assert known_button.isChecked() and not learn.isChecked()
    profile = bridge(win).profile
    assert store(win).word_statuses(profile) == {"stationner": "known"}
    assert [c.item for c in store(win).review_cards(profile)] == ["stationner"]  # kept
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.mouseClick(learn, Qt.MouseButton.LeftButton)
    assert store(win).word_statuses(profile) == {"stationner": "learning"}
    assert learn.isChecked() and not known_button.isChecked()
    assert [w.headword for w in store(win).words(profile)] == ["stationner"]


def test_the_word_status_never_squeezes_the_docked_cards_buttons(qtbot, win):
    """A large zoom in a small window: the card is docked and compact, « To learn |
    Known » in the buttons' row; the row stays as tall as its tallest button."""
    from PySide6.QtWidgets import QApplication, QPushButton

    open_article(qtbot, win, "armes-belarus")
    win.resize(900, 700)
    for _ in range(6):
        win.actions_by_name["zoom_in"].trigger()
    QApplication.processEvents()
    with qtbot.waitSignal(bridge(win).saved):
        look_up(qtbot, win, "s1", "stationner")
    popover = win.reading_view.popover
    assert popover.docked and popover.learn_button.isVisible()
    assert popover.learn_button.isChecked()
    for button in popover.buttons.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= button.sizeHint().height(), button.text()
    win.actions_by_name["zoom_reset"].trigger()


def test_preferences_choose_the_tinted_words_with_the_view_menu(qtbot, win):
    from tests.gui.window.test_preferences import open_preferences, pick

    open_article(qtbot, win, "armes-belarus")
    painter = win.progress_screens.review.known.painter
    dialog = open_preferences(qtbot, win)
    section = dialog.section("Words in the text")
    assert section.colours.currentData() == "mine"
    assert section.colours.currentText() == "My words"
    pick(qtbot, section.colours, "all")
    assert painter.mode == "all" and win.settings.word_colours == "all"
    assert win.actions_by_name["colour_words"].isChecked()
    win.actions_by_name["colour_my_words"].trigger()  # the View menu: no tint at all
    assert section.colours.currentData() == "off" and painter.mode == "off"
    dialog.close()
