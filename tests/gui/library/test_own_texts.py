"""« Paste a text »: a learner's own French text, pasted, read, kept and deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from quizapp.gui.library.model import ARTICLE_ROLE
from quizapp.gui.library.paste_dialog import PasteDialog
from tests.core.dictionary.builders import write_dictd
from tests.gui.progress_helpers import POPUP_LOGS, open_window
from tests.gui.reading.test_reading import click_word, popover_texts

TEXT = (
    "Le chat de Camille dort sur le canapé. Il rêve d’une souris « très rapide ».\n\n"
    "Le soir, Camille lit un roman et le chat écoute."
)
ENTRIES = {
    "chat": "chat <n, masc>\ncat\n",
    "canapé": "canapé <n, masc>\nsofa, couch\n",
    "rêver": "rêver <v>\nto dream\n",
}


@pytest.fixture
def dictionary(data_dir: Path) -> Path:
    return write_dictd(data_dir / "dictionaries", entries=ENTRIES)


def open_dialog(qtbot, window) -> PasteDialog:
    window.library_view.table.footer.paste.click()  # the library's « Paste a text… »
    dialog = window.findChild(PasteDialog, "paste_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def paste(qtbot, window, text: str, title: str = "") -> PasteDialog:
    dialog = open_dialog(qtbot, window)
    if title:
        qtbot.keyClicks(dialog.title, title)
    dialog.text.setFocus()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text.toPlainText() == text
    return dialog


def own_rows(window) -> list:
    return [a for a in window.library_view.model.articles() if a.id.startswith("own:")]


def test_paste_then_read_opens_the_text_and_a_word_answers(qtbot, window, dictionary):
    dialog = paste(qtbot, window, TEXT)
    assert dialog.count.text() == "24 words"
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    view = window.reading_view
    assert view.article.title == "Le chat de Camille dort sur…"
    assert [s.fr for s in view.article.sentences] == [
        "Le chat de Camille dort sur le canapé.",
        "Il rêve d’une souris « très rapide ».",
        "Le soir, Camille lit un roman et le chat écoute.",
    ]
    # exercises made from the text: the primary button says so; no English to switch on
    assert view.quiz_button.isVisible() and view.quiz_button.text() == "Exercises"
    assert not view.parallel_button.isVisible()
    assert window.actions_by_name["start_quiz"].isVisible()
    qtbot.waitUntil(lambda: window.dictionaries.catalog is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.dictionaries.busy, timeout=10_000)
    click_word(qtbot, window, "s1", "canapé")
    assert popover_texts(window)[0] == "canapé · noun, masc."
    popover = view.popover
    assert popover.add_button.isHidden()  # kept for review at once, and said so
    assert popover.saved_label.text() == "✓ Added to my words"
    store = window.progress_screens.bridge.store
    qtbot.waitUntil(lambda: any(w.headword == "canapé" for w in store.words()))
    card = view.end_card
    assert card.wanted() and card.message.text() == "End of the text"
    assert card.isVisible() and card.mark.isHidden()  # on one screen: not read yet
    assert card.finish.isVisible()
    assert "1 word looked up" in card.facts_line()
    assert card.review.text() == "This word will come back in your reviews"  # one word
    count = len(view.article.questions)
    assert count >= 2 and card.button.text() == f"Do the exercises ({count})"
    assert own_rows(window)[0].title == "Le chat de Camille dort sur…"


def test_the_sentence_english_says_there_is_none(qtbot, window):
    dialog = paste(qtbot, window, TEXT, title="Mon chat")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    passage = window.reading_view.passage
    passage.setFocus()
    passage.set_current("s1")
    qtbot.keyClick(passage, Qt.Key.Key_T)
    assert "No translation for your own texts" in passage.toPlainText()
    # the meta line says what there is, in plain words
    meta = "≈ 1 min read · click any word for its meaning; sentences stay in French"
    assert meta in passage.toPlainText().replace("\u00a0", " ")
    from quizapp.gui.reading.article_meta import meta_parts

    said = meta_parts(window.reading_view.article)[-1]  # « French » never alone on a line
    assert said.endswith("in\u00a0French")
    window.show_screen("library")
    window.open_article(next(a for a in window.library_view.model.articles() if a.questions))
    assert window.reading_view.quiz_button.isVisible()
    assert window.reading_view.parallel_button.isVisible()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   ", "The box is empty"),
        ("12 345 678 !!", "does not look like a French sentence"),
        ("The cat sleeps on the sofa and it is happy with the sun.", "does not look like"),
        ("Le chat dort. " * 1500, "at most 20,000 characters"),
    ],
)
def test_bad_input_says_how_to_fix_it(qtbot, window, text, message):
    dialog = open_dialog(qtbot, window)
    dialog.text.setPlainText(text)
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert message in dialog.message.text()
    assert window.current_screen() == "library" and own_rows(window) == []
    qtbot.keyClicks(dialog.text, "x")
    assert not dialog.message.isVisible()  # the text changed: the old reason goes


@POPUP_LOGS  # the card's menu, offscreen
def test_the_text_survives_a_restart_and_can_be_deleted(qtbot, window, bank, data_dir):
    dialog = paste(qtbot, window, TEXT, title="Le chat")
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    saved = data_dir / "texts" / "le-chat.txt"
    assert saved.read_text("utf-8") == f"Le chat\n\n{TEXT}\n"
    window.close()
    again = open_window(qtbot, bank, data_dir)
    try:
        [article] = own_rows(again)
        assert article.title == "Le chat" and len(article.sentences) == 3
        view = again.library_view
        assert view.visible_articles()[0] is article  # listed first
        index = view.proxy.index(0, 0)
        assert index.data(ARTICLE_ROLE) is article
        rect = view.table.visualRect(index)
        view.table.customContextMenuRequested.emit(rect.center())
        menu = view.table.findChild(QMenu, "own_text_menu")
        assert menu is not None and menu.isVisible()
        delete = next(a for a in menu.actions() if a.text() == "Delete this text…")
        delete.trigger()
        box = again.findChild(QMessageBox, "delete_text")
        assert box is not None and "Le chat" in box.text()
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert saved.exists() and len(own_rows(again)) == 1
        view.table.setFocus()
        view.table.setCurrentIndex(view.proxy.index(0, 0))
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
        box = again.findChild(QMessageBox, "delete_text")
        yes = next(b for b in box.buttons() if b.text() == "Delete")
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
        assert not saved.exists() and own_rows(again) == []
    finally:
        again.shutdown()


def test_a_broken_file_is_left_out_and_said(qtbot, bank, data_dir):
    folder = data_dir / "texts"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "bon.txt").write_text("Bon\n\nLe soleil brille sur la ville.\n", "utf-8")
    win = open_window(qtbot, bank, data_dir)
    try:
        assert [a.title for a in own_rows(win)] == ["Bon"]
        assert "bad.txt" in win.statusBar().currentMessage()
    finally:
        win.shutdown()


def test_the_card_has_no_level_and_says_its_words(qtbot, window):
    dialog = paste(qtbot, window, TEXT, title="Le chat")
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    window.show_screen("library")
    view = window.library_view
    index = view.proxy.index(0, 0)
    assert view.cards.meta_text(index).startswith("24 words · ≈ 1 min read")
    assert index.siblingAtColumn(2).data() == ""  # no level badge
    pick = view.hero.pick  # the « Continue » card proposes a quiz, never an own text
    assert pick is not None and not str(pick.article_id).startswith("own:")
    view.level.setCurrentIndex(view.level.findData("B1"))
    assert all(not a.id.startswith("own:") for a in view.visible_articles())


def test_the_menu_and_shortcuts_list_it(qtbot, window):
    action = window.actions_by_name["paste_text"]
    assert action in window.menus["file"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    dialog = window.show_shortcuts()
    assert ("Paste a text…", "Ctrl+Shift+V") in dialog.rows()
    dialog.close()
    qtbot.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.findChild(PasteDialog, "paste_dialog") is not None


def test_a_short_text_is_read_only_once_its_reading_time_has_passed(qtbot, window):
    """A text on one screen said « Text read » the moment it opened: completion is
    earned, at 200 words a minute, with the cursor or the view at its last sentence."""
    dialog = paste(qtbot, window, TEXT)
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "reading")
    view = window.reading_view
    card = view.end_card
    qtbot.waitUntil(card.isVisible)
    assert card.mark.isHidden() and card.finish.isVisible()
    assert card.message.text() == "End of the text"
    assert card.visit.seconds_left(card.words()) > 5  # 24 words: about 7 seconds
    visit = card.visit
    now = visit.clock()
    visit.clock = lambda: now + 8  # a controllable clock: the reading time has passed
    assert card.mark.isHidden()  # its timer not fired yet: the cursor moving checks too
    view.passage.setFocus()
    qtbot.keyClick(view.passage, Qt.Key.Key_J)  # the reading cursor moves on
    qtbot.waitUntil(card.mark.isVisible)
    assert card.message.text() == "Text read" and card.finish.isHidden()
    window.translators.install("fr")
    qtbot.waitUntil(lambda: card.message.text() == "Texte lu")
