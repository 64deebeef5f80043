"""Known words in the window: the gloss card's Known button and K, the passage colouring
(off by default, theme tints), and the library's count of new words per article."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.core.library.recommend import HISTORY_WORDS
from quizapp.core.review import known
from quizapp.gui.library.model import ARTICLE_ROLE, Column
from quizapp.gui.window.theme import LIGHT
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
    assert win.statusBar().currentMessage() == "“contrôle” is known: no longer tinted"
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.mouseClick(popover.known_button, Qt.MouseButton.LeftButton)
    assert store(win).word_statuses(bridge(win).profile) == {"contrôle": "learning"}
    assert popover.known_button.text() == "Known" and not popover.known_button.isChecked()
    assert win.statusBar().currentMessage() == "“contrôle” is learning again"


def test_the_passage_colours_unknown_and_learning_words_when_asked(qtbot, win):
    open_article(qtbot, win, "armes-belarus")
    painter = win.progress_screens.review.known.painter
    assert painter is not None and not painter.enabled and painter.coloured() == {}
    with qtbot.waitSignal(bridge(win).saved):
        look_up(qtbot, win, "s1", "stationner")
    win.reading_view.close_popover()
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL_SHIFT)  # View > Colour unknown words
    assert win.actions_by_name["colour_words"].isChecked() and win.settings.colour_known_words
    qtbot.waitUntil(lambda: painter.coloured().get("stationner") == "learning")
    coloured = painter.coloured()
    assert coloured["stationner"] == "learning" and coloured["Russie"] == "unknown"
    assert "a-t-il" not in coloured and "1996" not in coloured
    tints = {
        m.format.background().color().name().upper() for m in win.reading_view.passage.word_marks
    }
    assert tints <= {LIGHT.unknown_tint, LIGHT.learning_tint, "#1D2B45", "#3A3216"}
    # Shift+K in the passage: the word glossed last (« stationner ») becomes known
    win.reading_view.passage.setFocus()
    with qtbot.waitSignal(bridge(win).saved):
        qtbot.keyClick(win.reading_view.passage, Qt.Key.Key_K, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "stationner" not in painter.coloured())
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL_SHIFT)
    assert painter.coloured() == {} and not win.settings.colour_known_words
