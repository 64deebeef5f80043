"""The reading view's look: one meaning per highlight, French spacing, the side-by-side
English, and a gloss card that never covers the sentence it explains."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel

from quizapp.core.gloss.typography import NBSP, NNBSP, display
from tests.gui.reading.test_reading import click_word, popover_texts


def test_french_spacing_is_made_unbreakable_at_display_only(reading):
    article = reading.reading_view.article
    typed = article.sentence("s3").fr
    assert "« entre guillemets »" in typed  # the teacher's text is stored as typed
    shown = reading.reading_view.passage.document().toRawText()  # no-break spaces kept
    assert f"«{NBSP}entre guillemets{NBSP}»" in shown
    assert display("Vraiment ? Oui ; non !") == f"Vraiment{NNBSP}? Oui{NNBSP}; non{NNBSP}!"
    assert len(display(typed)) == len(typed)  # offsets of clicks and glosses are kept


def test_the_card_shows_form_and_headword_and_keeps_clear_of_its_sentence(qtbot, reading):
    view = reading.reading_view
    click_word(qtbot, reading, "s1", "stationner")
    assert popover_texts(reading)[0] == "stationner"
    view.close_popover()
    click_word(qtbot, reading, "s1", "nucléaires")
    assert popover_texts(reading)[0] == "armes nucléaires tactiques → arme nucléaire tactique"
    card = view.popover.geometry()
    sentence = view._sentence_rect("s1")
    assert not card.intersects(sentence)
    assert view.rect().contains(card)
    toolbar = QRect(
        view.back_button.mapTo(view, view.back_button.rect().topLeft()), view.back_button.size()
    )
    assert not card.intersects(toolbar)
    button = view.popover.translate_button
    assert button.text() == "Sentence in English" and button.keycap.text() == "T"
    view.close_popover()
    view.passage.toggle_translation("s1")  # the English already in the passage: not twice
    click_word(qtbot, reading, "s1", "stationner")
    assert not view.popover.translate_button.isVisible()
    assert not view.popover.english_label.isVisible()


def test_words_of_the_sentence_sit_beside_it(qtbot, reading):
    view = reading.reading_view
    reading.resize(1400, 900)
    view.passage.set_current("s1")
    view.passage.setFocus()
    qtbot.keyClick(view.passage, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: view.popover is not None and view.popover.isVisible())
    assert not view.popover.geometry().intersects(view._sentence_rect("s1"))
    assert view.popover.geometry().top() >= view.passage.y()


def test_parallel_english_sits_beside_each_sentence_aligned_at_the_top(qtbot, reading):
    passage = reading.reading_view.passage
    reading.actions_by_name["parallel"].trigger()
    assert passage.parallel()
    cursor = QTextCursor(passage.document())
    cursor.setPosition(passage._spans["s2"].start)
    table = cursor.currentTable()
    assert table is not None and table.columns() == 2
    cell = table.cellAt(cursor)
    english = table.cellAt(cell.row(), 1)
    english_cursor = english.firstCursorPosition()
    assert english_cursor.block().text().startswith("Moscow would not transfer")
    french_top = passage.cursorRect(cursor).top()
    english_top = passage.cursorRect(english_cursor).top()
    assert abs(french_top - english_top) <= 4  # the pair starts on the same line
    assert passage.cursorRect(english_cursor).left() > passage.cursorRect(cursor).left()
    reading.actions_by_name["parallel"].trigger()
    assert passage.document().rootFrame().childFrames() == []


def test_one_colour_per_meaning_and_no_reading_cursor_during_a_quiz(qtbot, reading):
    view = reading.reading_view
    passage = view.passage
    palette = passage.theme().palette
    passage.set_current("s1")

    def backgrounds() -> set[str]:
        return {m.format.background().color().name().upper() for m in passage.extraSelections()}

    assert palette.cursor_tint in backgrounds()
    reading.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: view.side_panel() is not None)
    assert palette.cursor_tint not in backgrounds()  # the evidence never competes with it
    view.column.layout().activate()
    top = passage.geometry().top()
    passage.highlight_evidence(["s2"])
    view.column.layout().activate()
    assert passage.geometry().top() == top  # the legend's line was kept: the text stays put
    passage.set_locate_mode(True)
    passage.set_locate_selection(["s3"])
    assert {palette.evidence_tint, palette.selection_tint} <= backgrounds()
    doc = passage.document()
    assert "✓" not in passage.toPlainText()  # the prose stays prose: no number before a sentence
    assert all(doc.characterAt(s.start - 1) in " \u2029" for s in passage._spans.values())
    marks = dict(passage.gutter_marks())  # the numbers are painted in the left margin
    assert marks and set(marks) <= set(passage._order)
    assert len({r.width() for r in marks.values()}) == 1  # a pick's '✓ 3' as wide as a '2'
    assert len({r.right() for r in marks.values()}) == 1  # all right-aligned at one x
    left = round(passage.document().rootFrame().frameFormat().leftMargin())
    assert all(r.right() < left - passage.theme().space(1) for r in marks.values())
    assert left >= passage.gutter_room() > 0
    assert passage._gutter_label("s3") == "✓\u20093" and passage._gutter_label("s2") == "2"
    first = passage.sentence_rect("s3")
    assert marks["s3"].top() <= first.center().y() <= marks["s3"].bottom()  # on its first line
    assert view.legend.isVisible()
    # the swatches say the rest; the glossary's hairline is on screen too, so named
    assert view.legend.texts() == ["Evidence", "Your choice", "Explained word"]
    assert QColor(palette.evidence_tint) != QColor(palette.selection_tint)


def test_glossed_words_are_marked_subtly_and_the_mark_can_go(qtbot, reading):
    """A thin solid hairline in a soft tint of the accent: a note, not a spelling mistake."""
    passage = reading.reading_view.passage

    def marked():
        return [
            f.toCharFormat()
            for f in passage.document().allFormats()
            if f.isCharFormat()
            and f.toCharFormat().underlineStyle() != f.toCharFormat().UnderlineStyle.NoUnderline
        ]

    accent = QColor(passage.theme().palette.accent)
    assert marked()
    for fmt in marked():
        assert fmt.underlineStyle() == fmt.UnderlineStyle.SingleUnderline  # no dots
        colour = fmt.underlineColor()
        assert colour.rgb() == accent.rgb() and 0.1 < colour.alphaF() < 0.5  # a soft tint
    reading.settings.gloss_marks = False
    reading.theme_hub.refresh()
    assert not marked()
    assert isinstance(reading.reading_view.hint, QLabel)


def test_a_hyphenated_word_never_breaks_at_its_hyphen_but_copies_as_typed(qtbot, reading):
    passage = reading.reading_view.passage
    assert "a-t-il" in passage.article.sentence("s2").fr  # stored as typed
    assert "a\u2011t\u2011il" in passage.document().toRawText()  # drawn with U+2011
    passage.selectAll()
    qtbot.keyClick(passage, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "a-t-il ajouté" in copied and "\u2011" not in copied


def test_the_title_grows_half_as_fast_and_the_dark_evidence_stays_readable():
    from quizapp.gui.window.theme import DARK, TYPE_PX, Theme, contrast

    assert Theme(zoom=0).px("title") == TYPE_PX["title"]
    big = Theme(zoom=6)
    growth = big.px("title") / TYPE_PX["title"] - 1
    assert abs(growth - (big.scale - 1) / 2) < 0.02  # half the passage's growth
    assert big.px("passage") == round(TYPE_PX["passage"] * big.scale)  # the rest unchanged
    assert contrast(DARK.text, DARK.evidence_tint) >= 7
    assert contrast(DARK.evidence_ink, DARK.evidence_tint) >= 7  # the proof's own warm ink


def test_evidence_has_the_amber_bar_in_the_margin_beside_its_lines(qtbot, reading):
    view = reading.reading_view
    passage = view.passage
    reading.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: view.side_panel() is not None)
    bar = QColor(passage.theme().palette.evidence_bar)

    def margin_colour() -> QColor:
        lines = passage.sentence_bounds("s2")
        left = round(passage.document().rootFrame().frameFormat().leftMargin())
        x = left - passage._doc_offset().x() - passage.theme().space(1) - 1
        return passage.viewport().grab().toImage().pixelColor(x, lines.center().y())

    assert margin_colour() != bar
    passage.highlight_evidence(["s2"])
    assert margin_colour() == bar
    passage.clear_evidence()
    assert margin_colour() != bar


def test_a_line_scrolled_half_out_leaves_no_sliver_at_the_top_edge(qtbot, reading):
    passage = reading.reading_view.passage
    reading.resize(700, 400)
    for _ in range(6):
        qtbot.keyClick(reading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bar = passage.verticalScrollBar()
    assert bar.maximum() > 0
    surface = QColor(passage.theme().palette.surface)
    for value in range(1, min(bar.maximum(), 60)):  # every offset: the top row stays clean
        bar.setValue(value)
        image = passage.viewport().grab().toImage()
        assert {image.pixelColor(x, 0).name() for x in range(0, image.width(), 3)} == {
            surface.name()
        }


def test_the_back_button_shortens_its_words_before_it_drops_them(qtbot, reading):
    view = reading.reading_view
    back = view.back_button
    for _ in range(6):  # zoom 6: large chrome, as in a 900 px wide window
        reading.actions_by_name["zoom_in"].trigger()
    seen, bare = [], []
    for width in range(1400, 280, -40):
        reading.resize(width, 700)
        QApplication.processEvents()
        shown = (
            back.text() if back.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly else ""
        )
        if not seen or seen[-1] != shown:
            seen.append(shown)
        if not shown:
            bare.append(reading.width())
        assert back.width() >= back.sizeHint().width()  # never cut
        assert back.accessibleName() == "Back to the library" and back.toolTip()
    assert seen[:2] == ["Back to the library", "Library"]  # "◀ Library" while it fits
    assert not bare or max(bare) < 600  # a bare « ◀ » only narrower than any window's
    reading.resize(1400, 700)
    QApplication.processEvents()
    assert back.text() == "Back to the library"
    reading.actions_by_name["zoom_reset"].trigger()


def test_the_looked_up_word_is_a_tint_and_the_sentence_a_band_without_gaps(qtbot, reading):
    view = reading.reading_view
    passage = view.passage
    palette = passage.theme().palette
    click_word(qtbot, reading, "s1", "stationner")
    word = [m for m in passage.extraSelections() if m.format.fontUnderline()]
    assert word  # underlined, its ink kept: not a system selection's white on blue
    assert all(m.format.foreground().color() != QColor("#FFFFFF") for m in word)
    assert {m.format.underlineColor().name().upper() for m in word} == {palette.accent}
    view.close_popover()
    reading.resize(700, 700)  # the sentence wraps
    sid = next(s for s in passage._order if passage.sentence_bounds(s).height() > 60)
    passage.set_current(sid)
    span, first = passage._spans[sid], passage.sentence_rect(sid)
    second = next(
        passage._char_rect(p)
        for p in range(span.start, span.end)
        if passage._char_rect(p).top() > first.bottom()
    )
    image = passage.viewport().grab().toImage()
    gap = image.pixelColor(second.center().x(), second.top() - 1)  # between its two lines
    assert gap.name().upper() == palette.cursor_tint


def test_the_locate_layout_never_rests_on_a_row_cut_at_the_top(qtbot, reading):
    """A new layout (here a narrower window) that leaves a row cut at the top edge moves
    to a row's start: no sentence seems to run under the legend without its number."""
    view, passage = reading.reading_view, reading.reading_view.passage
    reading.resize(1000, 420)
    for _ in range(6):  # large type: the passage scrolls
        reading.actions_by_name["zoom_in"].trigger()
    reading.actions_by_name["start_quiz"].trigger()
    qtbot.waitUntil(lambda: view.side_panel() is not None)
    passage.set_locate_mode(True)
    bar = passage.verticalScrollBar()
    assert bar.maximum() > 0  # the passage scrolls at this size

    def rows():
        out = {}
        for sid, span in passage._spans.items():
            top = passage._char_rect(span.start).top()
            out[sid] = (top, passage._char_rect(max(span.start, span.end - 1)).bottom())
        return out

    long_row = next(
        sid
        for sid, (top, end) in rows().items()
        if end - top > 40 and top > 0 and bar.value() + top + 12 <= bar.maximum()
    )  # a row of two lines or more that can be scrolled to
    bar.setValue(bar.value() + rows()[long_row][0] + 12)  # its first line under the edge
    top, end = rows()[long_row]
    assert top < 0 < end  # cut: its number gone
    reading.resize(960, 420)
    qtbot.waitUntil(lambda: not any(t < 0 < e for t, e in rows().values()))
    assert bar.value() > 0  # still down the text, not sent back to the title
