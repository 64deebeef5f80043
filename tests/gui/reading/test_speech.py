"""Listening: the gloss card's speaker, the sentence key, reading aloud, and fairness.

Qt's "mock" engine speaks for real as far as Qt knows (states, word by word) without
a sound: the tests pick it and accept its English voices (the app wants a French one).
Without an engine (the suite's default, tests/conftest.py) no control shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

# the speech extra, and its system libraries (libpulse): without either, these tests skip
pytest.importorskip("PySide6.QtTextToSpeech", exc_type=ImportError)

from quizapp.gui.speech import service as speech_service
from tests.gui.quiz_fixtures import ALL_TYPES, click
from tests.gui.window.test_preferences import open_preferences, pick


@pytest.fixture
def mock_voice(monkeypatch):
    monkeypatch.setattr(speech_service, "ENGINE_NAME", "mock")
    monkeypatch.setattr(speech_service, "ANY_VOICE", True)


class Said:
    """Every text the voice was asked to say."""

    def __init__(self, service):
        self.texts: list[str] = []
        service.asked.connect(self.texts.append)


def open_first(qtbot, window, article_id: str):
    article = next(a for a in window.library_view.model.articles() if a.id == article_id)
    window.open_article(article)
    qtbot.waitUntil(lambda: window.reading_view.isVisible())
    hookup = window.speech
    qtbot.waitUntil(lambda: hookup.service.known, timeout=10_000)
    return hookup


def click_word(qtbot, passage, sentence_id: str, word: str) -> None:
    offset = passage.article.sentence(sentence_id).fr.index(word) + 1
    point = passage.word_position(sentence_id, offset)
    qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_no_engine_no_controls(qtbot, reading):
    hookup = reading.speech
    qtbot.waitUntil(lambda: hookup.service.known)
    assert not hookup.service.available
    assert hookup.button is None and "read_aloud" not in reading.actions_by_name
    view = reading.reading_view
    click_word(qtbot, view.passage, "s1", "stationner")
    qtbot.waitUntil(lambda: view.popover is not None and view.popover.isVisible())
    assert view.popover.findChild(type(view.popover.add_button), "speaker_button") is None
    dialog = open_preferences(qtbot, reading)
    section = dialog.section("Listening")
    assert section.caption.isVisible() and "speech engine" in section.caption.text()
    assert not section.speed.isVisible()
    dialog.close()


def test_the_card_speaker_says_the_clicked_form(qtbot, speaking_window):
    window = speaking_window
    hookup = open_first(qtbot, window, "armes-belarus")
    view = window.reading_view
    qtbot.waitUntil(lambda: hookup.button is not None)
    assert hookup.button.isVisible() and hookup.button.text() == "Listen"
    said = Said(hookup.service)
    click_word(qtbot, view.passage, "s1", "armes")
    qtbot.waitUntil(lambda: hookup.speaker is not None and hookup.speaker.isVisible())
    assert hookup.speaker.toolTip() == "Listen to the word (P)"
    with qtbot.waitSignal(hookup.service.speaking_changed, timeout=5000):
        click(qtbot, hookup.speaker)
    assert said.texts == [view.popover.word()]
    assert "armes" in said.texts[0]
    qtbot.keyClick(view.passage, Qt.Key.Key_P)  # the key says it again
    qtbot.waitUntil(lambda: len(said.texts) == 2)
    assert said.texts[1] == said.texts[0]


@pytest.fixture
def speaking_bank(bank: Path, mock_voice) -> Path:
    """The sample bank with every question type, before the window loads it."""
    (bank / "tous.yaml").write_text(ALL_TYPES, encoding="utf-8")
    return bank


@pytest.fixture
def speaking_window(speaking_bank, window):
    """The conftest's window, on that bank, with the mock voice."""
    return window


def test_read_aloud_moves_the_cursor_and_stops_on_leaving(qtbot, speaking_window):
    window = speaking_window
    hookup = open_first(qtbot, window, "tous-les-types")
    qtbot.waitUntil(lambda: hookup.button is not None)
    passage = window.reading_view.passage
    said = Said(hookup.service)
    words = []
    passage.highlights_changed.connect(lambda: words.append(passage.spoken_word()))
    click(qtbot, hookup.button)
    assert hookup.button.text() == "Pause"
    assert window.actions_by_name["read_aloud"].isChecked()
    qtbot.waitUntil(lambda: passage.current() == "s2", timeout=10_000)  # the cursor follows
    assert said.texts[:2] == [
        "Marie & Paul habitent à Lyon depuis 2010.",
        "Ils travaillent dans une école <b>x</b> près de la gare.",
    ]
    assert ("s1", 0, 5) in words  # "Marie", marked while said
    qtbot.keyClick(passage, Qt.Key.Key_J)  # the next sentence: the voice goes there
    assert passage.current() == "s3" and hookup.reader.said[-1] == "s3"
    assert said.texts[-1] == "Le week-end, ils vont à la montagne ou à la mer."
    qtbot.keyClick(passage, Qt.Key.Key_Escape)  # back to the library: silence
    qtbot.waitUntil(lambda: not hookup.reader.running)
    assert not window.actions_by_name["read_aloud"].isChecked()
    assert passage.spoken_word() is None
    count = len(said.texts)
    qtbot.waitUntil(lambda: not hookup.service.speaking, timeout=5000)
    assert len(said.texts) == count  # nothing more was said


def test_a_masked_cloze_sentence_is_never_said(qtbot, speaking_window):
    window = speaking_window
    hookup = open_first(qtbot, window, "tous-les-types")
    qtbot.waitUntil(lambda: hookup.button is not None)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    panel = window.quiz.panel
    click(qtbot, panel.chooser.practice_button)
    panel.controller.go_to(panel.session.question_ids.index("q6"))  # the cloze of s2
    passage = window.reading_view.passage
    assert passage.masked() == {"s2"}
    said = Said(hookup.service)
    passage.set_current("s2", scroll=False)
    passage.setFocus()
    qtbot.keyClick(passage, Qt.Key.Key_L)  # the sentence key says nothing on it
    assert said.texts == []
    passage.set_current("s1", scroll=False)
    click(qtbot, hookup.button)  # reading aloud from s1 goes round s2
    qtbot.waitUntil(lambda: not hookup.reader.running, timeout=20_000)
    assert hookup.reader.said == ["s1", "s3", "s4"]
    assert not any("travaillent" in text for text in said.texts)


def test_the_voice_speed_is_live_and_kept(qtbot, speaking_window):
    window = speaking_window
    hookup = open_first(qtbot, window, "tous-les-types")
    assert window.settings.speech_slow and hookup.service.rate() == speech_service.SLOW_RATE
    dialog = open_preferences(qtbot, window)
    section = dialog.section("Listening")
    assert section.speed.isVisible() and not section.caption.isVisible()
    pick(qtbot, section.speed, False)  # Slow -> Normal
    assert section.speed.currentText() == "Normal"
    assert hookup.service.rate() == 0.0 and not window.settings.speech_slow
    dialog.close()


def test_the_shortcuts_list_names_the_listening_keys(qtbot, speaking_window):
    window = speaking_window
    open_first(qtbot, window, "tous-les-types")
    qtbot.waitUntil(lambda: "read_aloud" in window.actions_by_name)
    names = {spec.name for spec in window.specs}
    assert {"speak_word", "speak_sentence", "read_aloud"} <= names
