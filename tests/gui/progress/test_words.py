"""My words: every looked-up word with its sentence, and the Anki and CSV exports read back."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from quizapp.gui.progress.words import ANKI, CSV
from tests.gui import progress_helpers
from tests.gui.progress_helpers import POPUP_LOGS, look_up, open_article
from tests.gui.quiz_fixtures import click

progress_bank = progress_helpers.progress_bank  # fixtures
win = progress_helpers.win


def looked_up(qtbot, win) -> None:
    open_article(qtbot, win, "armes-belarus")
    look_up(qtbot, win, "s1", "stationner")
    look_up(qtbot, win, "s2", "contrôle")
    look_up(qtbot, win, "s1", "stationner")  # again, the same day: one entry, one look-up


def test_words_screen_lists_each_word_with_its_sentence(qtbot, win):
    looked_up(qtbot, win)
    qtbot.keyClick(
        win, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert win.current_screen() == "words"
    view = win.progress_screens.words
    lines = view.list.lines
    entries = [
        (x.word.text(), x.gloss.text(), x.sentence.accessibleName(), x.caption.text())
        for x in lines
    ]
    marked = {x.word.text(): x.sentence.text() for x in lines}  # the word in bold in it
    assert "La Russie va <b>stationner</b> des armes" in marked["stationner"]
    entries.sort(key=lambda r: r[0] != "stationner")  # (the order is by time, to the second)
    assert [r[0] for r in entries] == ["stationner", "contrôle"]
    _word, gloss, sentence, caption = entries[0]
    assert gloss == "to station, to deploy"
    assert sentence.startswith("La Russie va stationner des armes")
    title, seen, when = caption.split(" · ")
    assert title == "La Russie au Belarus <b>x</b>"  # the title, as typed
    assert seen == "looked up once" and re.fullmatch(r"today, \d\d:\d\d", when)
    assert entries[1][3].split(" · ")[:2] == [title, "looked up once"]
    assert "2 words looked up" in view.count.text()
    qtbot.keyClicks(view.search, "control")  # accents folded
    assert [x.word.text() for x in view.list.lines] == ["contrôle"]
    assert "1 of 2 words shown" in view.count.text()
    card = view.list  # the card ends with its last entry: no empty grid below
    assert card.height() <= card.sizeHint().height() + 2


def test_exports_read_back(qtbot, win, tmp_path: Path):
    looked_up(qtbot, win)
    screens = win.progress_screens
    screens.show("words")
    anki = tmp_path / "mots.txt"
    assert screens.export_words(ANKI, anki)
    lines = anki.read_text(encoding="utf-8").splitlines()
    notes = [line.split("\t") for line in lines if not line.startswith("#")]
    assert len(notes) == 2 and all(len(n) == 2 for n in notes)
    front, back = next(n for n in notes if n[0].startswith("stationner"))
    assert "La Russie va stationner des armes nucléaires tactiques" in front
    assert back.startswith("to station, to deploy — Russia will station")
    table = tmp_path / "mots.csv"
    assert screens.export_words(CSV, table)
    with table.open(encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: r["word"] != "stationner")
    assert [(r["word"], r["count"], r["profile"]) for r in rows] == [
        ("stationner", "1", "Kim"),  # twice the same day: one look-up
        ("contrôle", "1", "Kim"),
    ]
    assert rows[1]["sentence_fr"].startswith("Moscou ne transférerait pas le contrôle")


@POPUP_LOGS  # the menu, offscreen
def test_export_buttons_ask_where_and_a_bad_path_is_said(qtbot, win, tmp_path: Path):
    looked_up(qtbot, win)
    screens = win.progress_screens
    screens.show("words")
    view = screens.words
    # one quiet « Export ▾ » at the end of the title's row; its menu holds both exports
    assert view.export_button.y() < view.search.y()
    assert view.export_button.x() > view.title.x() + view.title.width()
    click(qtbot, view.export_button)
    menu = view.export_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Anki (TSV)…", "CSV…"]
    assert menu.activeAction() is view.anki_action  # Enter now exports for Anki
    spot = menu.actionGeometry(view.csv_action).center()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: not menu.isVisible())
    dialog = view.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "depuis-le-dialogue.csv"
    with qtbot.waitSignal(view.export_requested):
        dialog.selectFile(str(target))
        dialog.accept()
    assert target.is_file() and "stationner" in target.read_text(encoding="utf-8")
    assert not screens.export_words(CSV, tmp_path / "no-such-folder" / "x.csv")
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("could not be written" in b.text() for b in boxes if b.isVisible())


def test_no_words_yet(qtbot, win):
    win.progress_screens.show("words")
    view = win.progress_screens.words
    assert view.list.lines == [] and not view.scroll.isVisible()
    assert "No words yet" in view.count.text()
    assert not view.export_button.isVisible()
    assert not view.anki_action.isEnabled() and not view.csv_action.isEnabled()


def test_each_word_says_when_it_comes_back_in_review(qtbot, win):
    from datetime import UTC, datetime, timedelta

    from quizapp.core.progress.records import WordRecord

    now = datetime.now(UTC)

    def record(word: str) -> WordRecord:
        return WordRecord(1, "a", "s1", word, word, "gloss", "Une phrase.", "", 1, now, now)

    win.progress_screens.show("words")
    view = win.progress_screens.words
    due = {("a", "neuf"): None, ("a", "mûr"): now - timedelta(hours=1)}
    due[("a", "loin")] = now + timedelta(days=3, minutes=1)
    words = [record(w) for w in ("neuf", "mûr", "loin", "seul")]
    view.set_words(words, {"a": "Un article"}, due)
    said = [line.due.text() for line in view.list.lines]
    assert said == ["new in Review", "due in Review", "Review in 3 d", ""]
    assert [line.due.isVisibleTo(view) for line in view.list.lines] == [True] * 3 + [False]
    assert [line.due.property("now") for line in view.list.lines] == [
        "false",
        "true",
        "false",
        "false",
    ]


class _Kinds:
    """The dictionaries as My words asks them: a headword's clear part of speech."""

    def kind(self, headword: str) -> str:
        return {"marché": "n, masc", "voisine": "n, fem"}.get(headword, "")

    def close(self) -> None:
        pass


def test_a_noun_says_its_gender_when_the_dictionaries_are_clear(qtbot, win, monkeypatch):
    from datetime import UTC, datetime

    from quizapp.core.progress.records import WordRecord

    now = datetime.now(UTC)
    monkeypatch.setattr(win, "_dictionaries", _Kinds())
    win.progress_screens.show("words")
    view = win.progress_screens.words
    words = [
        WordRecord(1, "a", "s1", w, w, "gloss", "Une phrase.", "", 1, now, now)
        for w in ("marché", "voisine", "depuis")
    ]
    view.set_words(words, {"a": "Un article"})
    kinds = [line.kind for line in view.list.lines]
    assert [k.text() for k in kinds] == ["noun, masc.", "noun, fem.", ""]
    assert [k.isVisibleTo(view) for k in kinds] == [True, True, False]  # none said: no room


def test_a_word_reads_as_a_dictionary_gives_it():
    from quizapp.gui.progress.words import bold_in, shown_word

    opening = "Depuis samedi, les habitants peuvent emprunter des outils."
    assert shown_word("Depuis", "depuis", opening) == "depuis"  # capital by its place only
    # a proper noun opening its sentence keeps the capital its headword has
    assert shown_word("Paris", "Paris", "Paris accueille les Jeux.") == "Paris"
    assert shown_word("peuvent", "pouvoir", opening) == "peuvent (pouvoir)"
    assert shown_word("Saint-Aubin", "Saint-Aubin", "À Saint-Aubin, on prête.") == "Saint-Aubin"
    assert bold_in(opening, "peuvent").count("<b>peuvent</b>") == 1
    assert bold_in("Le <b> & l’outil", "outil") == "Le &lt;b&gt; &amp; l’<b>outil</b>"


@POPUP_LOGS
def test_the_export_menu_from_the_keyboard(qtbot, win):
    looked_up(qtbot, win)
    screens = win.progress_screens
    screens.show("words")
    view = screens.words
    view.export_button.setFocus()
    qtbot.keyClick(view.export_button, Qt.Key.Key_Space)
    menu = view.export_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # the first, current: Anki
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert view.dialog.defaultSuffix() == "txt"
    view.dialog.reject()


@POPUP_LOGS  # the menu, offscreen
def test_each_word_has_a_quiet_menu_to_mark_it_known_or_remove_it(qtbot, win):
    """« ⋯ » on an entry, by the keyboard: « I know this word » (the gloss card's
    « Known »), then « Remove from My words »; the list follows at once, the keyboard
    stays on the list."""
    looked_up(qtbot, win)
    win.progress_screens.show("words")
    view = win.progress_screens.words
    store, profile = win.progress_screens.bridge.store, win.progress_screens.bridge.profile
    line = next(x for x in view.list.lines if x.headword == "stationner")
    assert line.due.text() == "new in Review" and line.due.property("now") == "false"
    line.more.setFocus()
    qtbot.keyClick(line.more, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: line.menu.isVisible())
    assert line.menu.activeAction().text() == "I know this word"
    qtbot.keyClick(line.menu, Qt.Key.Key_Return)
    assert store.word_statuses(profile)["stationner"] == "known"
    line = next(x for x in view.list.lines if x.headword == "stationner")
    assert line.due.text() == "known"  # at once, in place
    assert line.menu.actions()[0].text() == "I’m still learning it"
    focused = next(x for x in view.list.lines if x.more.hasFocus())  # the keyboard stayed
    assert focused is line
    qtbot.keyClick(focused.more, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused.menu.isVisible())
    qtbot.keyClick(focused.menu, Qt.Key.Key_Down)
    assert focused.menu.activeAction().text() == "Remove from My words"
    qtbot.keyClick(focused.menu, Qt.Key.Key_Return)
    gone = focused.headword
    assert gone not in [w.headword for w in store.words(profile)]
    assert [x.headword for x in view.list.lines] == [
        h for h in ("stationner", "contrôle") if h != gone
    ]
    assert "1 word looked up" in view.count.text()
    assert view.list.lines[0].more.hasFocus()  # the keyboard kept on the list
