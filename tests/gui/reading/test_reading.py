"""The reading view: word glosses, translations, keyboard, zoom, copy, locate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from quizapp.gui.window.settings import AppSettings

S1 = "La Russie va stationner des armes nucléaires tactiques au Belarus, a déclaré le président."


def click_word(qtbot, window, sentence_id: str, word: str, nth: int = 0):
    passage = window.reading_view.passage
    text = passage.article.sentence(sentence_id).fr
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(word, offset + 1)
    point = passage.word_position(sentence_id, offset + 1)
    with qtbot.waitSignal(passage.word_looked_up) as signal:
        qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return signal.args


def popover_texts(window) -> list[str]:
    popover = window.reading_view.popover
    assert popover is not None and popover.isVisible()
    return popover.texts()


def test_a_glossary_entry_says_its_part_of_speech_when_a_dictionary_is_clear(qtbot, reading):
    class Kinds:  # the dictionaries, as the card asks them for a glossary entry
        def kind(self, headword: str) -> str:
            return "vt" if headword == "stationner" else ""

    reading.reading_view.dictionaries = Kinds()
    click_word(qtbot, reading, "s1", "stationner")
    assert popover_texts(reading)[:2] == ["stationner · transitive verb", "to station, to deploy"]


def test_click_a_word_shows_its_gloss(qtbot, reading):
    sid, word, hit = click_word(qtbot, reading, "s1", "stationner")
    assert (sid, word) == ("s1", "stationner")
    assert hit.entry.en == "to station, to deploy"
    assert popover_texts(reading)[:2] == ["stationner", "to station, to deploy"]
    assert reading.reading_view.passage.current() == "s1"


def test_multiword_expression_is_highlighted_whole(qtbot, reading):
    _, word, hit = click_word(qtbot, reading, "s1", "nucléaires")
    assert word == "nucléaires"
    assert S1[hit.start : hit.end] == "armes nucléaires tactiques"
    passage = reading.reading_view.passage
    assert passage.gloss_highlight() == ("s1", hit.start, hit.end)
    texts = popover_texts(reading)
    assert texts == [
        "armes nucléaires tactiques → arme nucléaire tactique",
        "tactical nuclear weapon",
        "short-range, <i>not</i> strategic",
    ]
    popover = reading.reading_view.popover
    headword = popover.labels[0]  # two weights: escaped rich text (test_reading_chrome.py)
    labels = [label for label in popover.findChildren(QLabel) if label is not headword]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert reading.reading_view.popover.hasFocus()  # the card takes the keys, no button ringed
    assert not any(b.hasFocus() for b in popover.findChildren(QAbstractButton))
    qtbot.keyClick(reading.reading_view.popover.translate_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not reading.reading_view.popover.isVisible())
    assert passage.gloss_highlight() is None
    assert passage.hasFocus()


def test_unglossed_word_offers_the_translation(qtbot, reading):
    _, word, hit = click_word(qtbot, reading, "s1", "Russie")
    assert hit is None and word == "Russie"
    texts = popover_texts(reading)
    assert texts == ["Russie", "This word is not in the article’s glossary."]
    popover = reading.reading_view.popover
    passage = reading.reading_view.passage
    assert not popover.english_label.isVisible()  # behind its disclosure
    qtbot.mouseClick(popover.translate_button, Qt.MouseButton.LeftButton)
    assert popover.isVisible()  # the English shows in the card, the passage unchanged
    assert popover.english_label.isVisible()
    assert popover.english_label.text().startswith("Sentence: Russia will station tactical")
    assert not passage.translation_shown("s1")
    qtbot.keyClick(popover.translate_button, Qt.Key.Key_T)  # T folds it again
    assert not popover.english_label.isVisible()


def test_clicking_punctuation_or_margin_does_nothing(qtbot, reading):
    passage = reading.reading_view.passage
    seen = []
    passage.word_looked_up.connect(lambda *a: seen.append(a))
    comma = S1.index(",")
    qtbot.mouseClick(
        passage.viewport(), Qt.MouseButton.LeftButton, pos=passage.word_position("s1", comma)
    )
    qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=passage.rect().bottomLeft())
    assert seen == []


def test_the_en_chip_shows_on_hover_and_toggles_one_translation(qtbot, reading):
    passage = reading.reading_view.passage
    # no EN in the text: sentences are spaced as typed
    assert "EN" not in passage.toPlainText().replace("ENT", "")
    seen = []
    passage.word_looked_up.connect(lambda *a: seen.append(a))
    chip = passage.chip_position("s2")
    qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    assert not passage.translation_shown("s2")  # no chip there until the sentence is pointed at
    qtbot.mouseMove(passage.viewport(), passage.sentence_rect("s2").center())
    qtbot.mouseMove(passage.viewport(), chip)
    assert passage._chip_hover == "s2"  # its hover fill
    qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    assert passage.translation_shown("s2") and not passage.translation_shown("s1")
    assert "Moscow would not transfer" in passage.toPlainText()
    qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=passage.chip_position("s2"))
    assert "Moscow would not transfer" not in passage.toPlainText()
    assert seen == []


def test_keyboard_moves_between_sentences_and_toggles_english(qtbot, reading):
    passage = reading.reading_view.passage
    passage.setFocus()
    qtbot.keyClick(passage, Qt.Key.Key_Down)
    assert passage.current() == "s1"
    qtbot.keyClick(passage, Qt.Key.Key_J)
    assert passage.current() == "s2"
    qtbot.keyClick(passage, Qt.Key.Key_K)
    assert passage.current() == "s1"
    qtbot.keyClick(passage, Qt.Key.Key_T)
    assert passage.translation_shown("s1")
    qtbot.keyClick(passage, Qt.Key.Key_T)
    assert not passage.translation_shown("s1")
    qtbot.keyClick(passage, Qt.Key.Key_G)
    texts = popover_texts(reading)
    assert "stationner" in texts and "arme nucléaire tactique" in texts


def test_parallel_english(qtbot, reading):
    passage = reading.reading_view.passage
    qtbot.keyClick(reading, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    text = passage.toPlainText()
    assert "Russia will station" in text and "Moscow would not" in text
    assert "The text <img src=x> stays text." in text
    assert reading.settings.parallel
    assert reading.reading_view.parallel_button.isChecked()
    qtbot.keyClick(reading, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Russia will station" not in passage.toPlainText()


def test_teacher_text_is_never_html(reading):
    passage = reading.reading_view.passage
    text = passage.toPlainText()
    assert "La Russie au Belarus <b>x</b>" in text
    assert "Le texte <img src=x> reste du texte, « entre guillemets »." in text
    assert "<img" not in passage.toHtml().replace("&lt;img", "")


def test_zoom_is_remembered(qtbot, reading, data_dir):
    passage = reading.reading_view.passage
    size = passage.document().defaultFont().pointSizeF()
    qtbot.keyClick(reading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reading, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert passage.document().defaultFont().pointSizeF() > size * 1.15
    reading.settings.sync()
    assert AppSettings(data_dir).zoom == 2
    qtbot.keyClick(reading, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert AppSettings(data_dir).zoom == 1 or reading.settings.zoom == 1
    qtbot.keyClick(reading, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert passage.document().defaultFont().pointSizeF() == size


def test_copy_leaves_out_the_markers(qtbot, reading):
    passage = reading.reading_view.passage
    passage.selectAll()
    qtbot.keyClick(passage, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert S1 in copied
    assert "EN" not in copied.replace("ENT", "")


def test_drag_selects_instead_of_glossing(qtbot, reading):
    passage = reading.reading_view.passage
    seen = []
    passage.word_looked_up.connect(lambda *a: seen.append(a))
    start = passage.word_position("s1", 3)
    end = passage.word_position("s1", 20)
    qtbot.mousePress(passage.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(passage.viewport(), end)
    qtbot.mouseRelease(passage.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert passage.textCursor().hasSelection()
    assert seen == []


def test_back_to_the_library(qtbot, reading):
    reading.reading_view.passage.setFocus()
    qtbot.keyClick(reading.reading_view.passage, Qt.Key.Key_Escape)
    assert reading.current_screen() == "library"
    reading.open_article(reading.reading_view.article)
    qtbot.keyClick(reading, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reading.current_screen() == "library"


def test_locate_mode_selects_sentences(qtbot, reading):
    passage = reading.reading_view.passage
    looked = []
    passage.word_looked_up.connect(lambda *a: looked.append(a))
    passage.set_locate_mode(True)
    with qtbot.waitSignal(passage.locate_changed) as signal:
        qtbot.mouseClick(
            passage.viewport(), Qt.MouseButton.LeftButton, pos=passage.sentence_rect("s2").center()
        )
    assert signal.args[0] == frozenset({"s2"})
    assert passage.locate_selection() == frozenset({"s2"})
    qtbot.mouseClick(
        passage.viewport(), Qt.MouseButton.LeftButton, pos=passage.sentence_rect("s2").center()
    )
    assert passage.locate_selection() == frozenset()
    passage.set_locate_selection({"s1", "nope"})
    assert passage.locate_selection() == frozenset({"s1"})
    assert looked == []


def test_evidence_highlight_and_side_panel(qtbot, reading):
    view = reading.reading_view
    view.passage.highlight_evidence(["s3"])
    assert view.passage.evidence() == frozenset({"s3"})
    assert len(view.passage.extraSelections()) >= 1
    view.passage.clear_evidence()
    assert view.passage.evidence() == frozenset()
    panel = QLabel("quiz")
    with qtbot.waitSignal(view.quiz_requested):
        qtbot.keyClick(reading, Qt.Key.Key_F5)
    view.set_side_panel(panel)
    assert view.side_panel() is panel and panel.isVisible()
    assert view.splitter.indexOf(panel) == 1
    view.set_side_panel(None)
    assert view.side_panel() is None and view.splitter.count() == 1


def test_hover_highlights_the_sentence_under_the_pointer(qtbot, reading):
    passage = reading.reading_view.passage
    before = len(passage.extraSelections())
    qtbot.mouseMove(passage.viewport(), passage.sentence_rect("s3").center())
    # the sentence's tint, and the word under the pointer's underline (word_hover.py)
    qtbot.waitUntil(lambda: len(passage.extraSelections()) == before + 2)
    assert passage.hovered_word() is not None and passage.hovered_word()[0] == "s3"
    marks = passage.extraSelections()
    cursor = QTextCursor(marks[0].cursor)
    assert cursor.selectedText().startswith("Le texte <img src=x>")
    # and only this sentence's EN chip comes out, over the gap above its end
    assert passage.chip_shown("s3")
    assert not passage.chip_shown("s1") and not passage.chip_shown("s2")
    end = passage.sentence_bounds("s3")
    chip = passage.chip_position("s3")
    assert chip.y() < end.bottom() and chip.x() > end.left()
    # a real target, in its line's own band: as tall as a caption and its padding
    span = passage._spans["s3"]
    line = passage._char_rect(span.end - 1)
    rect = passage._chip_rect("s3")
    assert rect.height() >= passage.theme().px("caption") + 6
    assert line.top() <= rect.top() and rect.bottom() <= line.bottom()
    assert not rect.intersects(passage._char_rect(span.end - 1))  # after its last letter
    for sid in passage._order:  # over no text of another line or sentence
        if sid != "s3":
            assert not rect.intersects(passage.sentence_bounds(sid))
    qtbot.mouseMove(passage.viewport(), passage.sentence_rect("s1").center())
    qtbot.waitUntil(lambda: not passage.chip_shown("s3"))


def test_offsets_survive_characters_outside_the_bmp(qtbot):
    """QTextDocument counts UTF-16 units; the glossing engine counts code points."""
    from quizapp.core.model import Article, GlossEntry, Level, Sentence, TrueFalseQuestion
    from quizapp.gui.reading.view import ReadingView

    text = "𝄞 🙂 Le contrôle est repris."
    article = Article(
        id="emoji",
        title="Émoji 🙂",
        level=Level.A1,
        sentences=(Sentence("s1", text, "Control is taken back."),),
        glossary=(GlossEntry("contrôle", "control"),),
        questions=(TrueFalseQuestion(id="q", prompt="p", sentences=("s1",), answer=True),),
    )
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_article(article)
    passage = view.passage
    offset = text.index("contrôle") + 2
    with qtbot.waitSignal(passage.word_looked_up) as signal:
        qtbot.mouseClick(
            passage.viewport(), Qt.MouseButton.LeftButton, pos=passage.word_position("s1", offset)
        )
    sid, word, hit = signal.args
    assert (sid, word, hit.entry.en) == ("s1", "contrôle", "control")
    assert text[hit.start : hit.end] == "contrôle"
    shown = view.popover.texts()  # a short passage: « contrôle · control », one line
    assert shown[:2] == ["contrôle", "control"] or shown[0] == "contrôle · control"


def test_locate_mode_says_the_painted_number_and_pick_to_screen_readers(qtbot, reading):
    passage = reading.reading_view.passage
    passage.setFocus()
    usual = passage.accessibleDescription()
    assert usual.startswith("Up and Down move between sentences")
    passage.set_locate_mode(True)
    qtbot.keyClick(passage, Qt.Key.Key_Down)
    qtbot.keyClick(passage, Qt.Key.Key_Down)
    total = len(passage.article.sentences)
    assert passage.accessibleDescription() == f"Sentence 2 of {total}, not selected"
    qtbot.keyClick(passage, Qt.Key.Key_Space)
    assert passage.locate_selection() == frozenset({passage.current()})
    assert passage.accessibleDescription() == f"Sentence 2 of {total}, selected"
    passage.set_locate_mode(False)
    assert passage.accessibleDescription() == usual


def test_a_card_whose_sentence_left_the_passage_closes_instead_of_placing(qtbot, reading):
    """A relayout queued while the card was open lands after the passage changed text (a
    reload, another article): the card hides, never asks for a sentence no longer there."""
    click_word(qtbot, reading, "s1", "Russie")
    view = reading.reading_view
    assert view.popover.isVisible()
    view._card_span = ("s999", 0, 1)  # as if the passage had been rewritten without it
    view._place_again()
    assert not view.popover.isVisible()
