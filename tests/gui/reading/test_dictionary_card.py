"""Dictionary answers in the gloss card, the one-time hint, and Tools → Dictionaries…."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from quizapp.gui.window import dialogs
from tests.core.dictionary.builders import write_dictd, write_stardict
from tests.gui.reading.test_reading import click_word, popover_texts

ENTRIES = {
    "ajouter": "ajouter <v>\nadd\n",
    "déclarer": "déclarer /deklaʀe/ <v>\n1. declare\n2. state\n3. say\n4. announce\n",
    "président": "président <n, masc>\npresident\n",
    "le président": "le président <n>\nthe president (of the country)\n",
    "au cours de": "au cours de <prep>\nduring\n",
}


@pytest.fixture
def dictionary(data_dir: Path) -> Path:
    return write_dictd(data_dir / "dictionaries", entries=ENTRIES)


def wait_ready(qtbot, window) -> None:
    service = window.dictionaries
    qtbot.waitUntil(lambda: service.catalog is not None and not service.busy, timeout=10_000)


def test_a_dictionary_answers_what_the_glossary_does_not(qtbot, dictionary, reading):
    wait_ready(qtbot, reading)
    click_word(qtbot, reading, "s1", "déclaré")
    popover = reading.reading_view.popover
    assert popover_texts(reading) == [  # a learner's dictionary: pos in words, 3 senses
        "déclaré → déclarer · verb",
        "1. declare",
        "2. state",
        "3. say · more…",
    ]
    assert popover.source_label.isHidden()  # the source: a quiet caption at the foot
    assert popover.source_caption.text() == "French-English test dictionary"
    assert popover.source_caption.isVisible() and popover.add_button.isVisible()
    assert not popover.saved_label.isVisible()
    more = popover.labels[-1]
    more.linkActivated.emit("more")  # « … more »: the fourth sense, in place
    assert popover.texts()[1:] == ["1. declare", "2. state", "3. say", "4. announce"]
    qtbot.mouseClick(popover.add_button, Qt.MouseButton.LeftButton)
    assert popover.add_button.isHidden() and popover.saved_label.isVisible()
    assert popover.saved_label.text() == "✓ Added to my words"
    store = reading.progress_screens.bridge.store
    qtbot.waitUntil(lambda: any(w.headword == "déclarer" for w in store.words()))
    [word] = [w for w in store.words() if w.headword == "déclarer"]
    assert (word.word, word.gloss, word.sentence_id) == ("déclaré", "declare; state; say …", "s1")


def test_an_expression_covering_the_word_is_shown_too(qtbot, dictionary, reading):
    wait_ready(qtbot, reading)
    click_word(qtbot, reading, "s1", "président")
    assert popover_texts(reading) == ["président · noun, masc.", "president · more…"]
    reading.reading_view.popover.open_more()  # the other candidates, behind « … more »
    assert popover_texts(reading) == [
        "président · noun, masc.",
        "president",
        "le président · an expression of this sentence",
        "the president (of the country)",
    ]


def test_the_glossary_still_comes_first_with_its_source(qtbot, dictionary, reading):
    wait_ready(qtbot, reading)
    click_word(qtbot, reading, "s1", "stationner")
    popover = reading.reading_view.popover
    assert popover_texts(reading)[:2] == ["stationner", "to station, to deploy"]
    assert popover.source_label.text() == "From the article’s glossary"
    assert not popover.add_button.isVisible()
    assert popover.learn_button.isChecked()  # kept for review: lit « ✓ To learn »


def test_a_word_no_source_knows_ends_in_no_entry(qtbot, dictionary, reading):
    wait_ready(qtbot, reading)
    click_word(qtbot, reading, "s1", "Russie")
    popover = reading.reading_view.popover
    assert popover_texts(reading) == [
        "Russie",
        "No entry in the glossary or in your dictionaries.",
    ]
    assert popover.translate_button.isVisible()
    assert not popover.hint_label.isVisible()  # dictionaries are installed


def test_without_dictionaries_the_first_miss_says_how_to_add_one_once(qtbot, reading, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(dialogs, "open_folder", lambda folder: opened.append(folder) or True)
    wait_ready(qtbot, reading)
    click_word(qtbot, reading, "s1", "Russie")
    popover = reading.reading_view.popover
    assert popover.hint_label.isVisible()
    assert "sudo apt install dict-freedict-fra-eng" in popover.hint_label.text()
    assert str(reading.dictionaries.folder) in popover.hint_label.text()
    assert popover.folder_button.isVisible()
    qtbot.mouseClick(popover.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [reading.dictionaries.folder]
    assert (opened[0] / "README.txt").is_file()
    qtbot.keyClick(popover.translate_button, Qt.Key.Key_Escape)
    click_word(qtbot, reading, "s1", "président")
    assert not reading.reading_view.popover.hint_label.isVisible()  # once only


def test_dictionaries_section_switches_off_and_orders(qtbot, dictionary, data_dir, reading):
    write_stardict(data_dir / "dictionaries" / "sd", entries={"président": "chairman"})
    write_dictd(data_dir / "dictionaries", name="freedict-deu-eng", short="German-English")
    service = reading.dictionaries
    wait_ready(qtbot, reading)
    service.start()  # the StarDict and German ones were added after the first scan
    wait_ready(qtbot, reading)
    qtbot.waitUntil(lambda: len(service.catalog.chain()) == 2)
    qtbot.keyClick(
        reading,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = reading.findChild(QDialog, "dictionaries_dialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    section = dialog.findChild(object, "dictionaries_section")
    assert section.rows() == [
        ("French-English test dictionary — 5 entries (dictd)", True),
        ("Test fr-en — 1 entry (stardict)", True),
    ]
    assert section.other_rows() == [
        "freedict-deu-eng (dictd) — ignored: not French→English (deu→eng)"
    ]
    click_word(qtbot, reading, "s1", "président")
    assert popover_texts(reading)[1] == "president · more…"
    section.usable.setCurrentRow(1)
    qtbot.mouseClick(section.up, Qt.MouseButton.LeftButton)
    assert section.rows()[0][0].startswith("Test fr-en")
    click_word(qtbot, reading, "s1", "président")
    assert popover_texts(reading) == ["président", "chairman"]
    stardict = str(data_dir / "dictionaries" / "sd" / "stardict-fr-en.idx")
    assert reading.settings.dictionary_order[0] == stardict
    section.usable.item(0).setCheckState(Qt.CheckState.Unchecked)  # the check box's own signal
    assert reading.settings.dictionaries_off == [stardict]
    assert section.rows()[0][1] is False
    click_word(qtbot, reading, "s1", "président")
    assert popover_texts(reading)[1] == "president · more…"


def test_indexing_shows_in_the_status_bar_then_the_status_comes_back(qtbot, reading, data_dir):
    service = reading.dictionaries
    wait_ready(qtbot, reading)
    qtbot.waitUntil(lambda: "2 articles" in reading.status.text())
    before = reading.status.text()
    write_dictd(data_dir / "dictionaries", entries=ENTRIES)
    seen: list[tuple[str, bool]] = []
    service.progress.connect(
        lambda *_: seen.append((reading.status.text(), reading.progress.isVisible()))
    )
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.start()
    assert seen[0] == ("Indexing the dictionary freedict-fra-eng (once): 0 headwords…", True)
    assert reading.status.text() == before
    assert not reading.progress.isVisible()
    assert [r.state for r in service.listings()] == ["ready"]


def test_the_whole_entry_makes_the_card_placed_again_never_off_screen(qtbot, dictionary, reading):
    wait_ready(qtbot, reading)
    view = reading.reading_view
    reading.resize(900, 700)
    for _ in range(6):
        qtbot.keyClick(reading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    click_word(qtbot, reading, "s1", "déclaré")
    card = view.popover
    lines = card.scroller
    assert lines.height() >= lines.widget().minimumHeight()  # nothing scrolls inside
    assert card.texts()[-1].endswith(" · more…")  # cut to fit, the rest behind « … more »
    card.labels[-1].linkActivated.emit("more")  # « … more »: one more line
    assert card.isVisible() and view.rect().contains(card.geometry())
    assert not card.geometry().intersects(view._sentence_rect("s1"))
    assert view._area().contains(view._sentence_rect("s1"))


@pytest.fixture
def senses(data_dir: Path) -> Path:
    entries = {**ENTRIES, "déclarer": "déclarer <v>\n1. declare, state, assert\n2. say\n"}
    # "state" used in other entries too: the dictionary's text says it is the common word
    entries["état"] = "état <n, masc>\n1. state\n2. condition\n"
    entries["affirmer"] = "affirmer <v>\nstate, affirm\n"
    return write_dictd(data_dir / "dictionaries", entries=entries)


def test_one_clear_meaning_first_the_others_muted(qtbot, senses, reading):
    """The first sense's first word in the text's colour; its other words and the other
    senses muted: a learner reads one meaning, the rest is there for who wants it."""
    wait_ready(qtbot, reading)
    click_word(qtbot, reading, "s1", "déclaré")
    popover = reading.reading_view.popover
    # each sense's words ranked, the one the dictionary uses most first (sense_choice)
    assert popover_texts(reading)[1:] == ["1. state, declare, assert", "2. say"]
    first, second = popover.labels[1], popover.labels[2]
    muted = popover._muted
    assert first.textFormat() == Qt.TextFormat.RichText
    assert first.text() == f'1. state<span style="color:{muted}">, declare, assert</span>'
    assert second.text() == f'<span style="color:{muted}">2. say</span>'
    assert muted and muted.casefold() != reading.palette().text().color().name().casefold()
