"""Nothing gives the answer away, and every widget shows its result in place: the
cloze's own sentence masked in the passage, the locate result marked there, the
hint titled with its cost, the options' English behind the EN toggle."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt

from quizapp.core.grading.responses import right_response
from tests.gui.quiz_fixtures import (
    ALL_TYPES,
    answer_current,
    click,
    click_sentence,
    load,
    make_host,
    wrong_answer,
)


def start(qtbot, tmp_path, text=ALL_TYPES):
    article = load(tmp_path, text)
    view, panel = make_host(qtbot, article)
    click(qtbot, panel.chooser.practice_button)
    return article, view, panel


def click_word(qtbot, passage, sentence_id: str, word: str) -> None:
    """A click on `word` itself (a sentence's middle may lie on another sentence's line)."""
    offset = passage.article.sentence(sentence_id).fr.index(word) + 1
    point = passage.word_position(sentence_id, offset)
    qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=point)


def go_to(panel, qid):
    panel.controller.go_to(panel.session.question_ids.index(qid))


def test_a_cloze_masks_its_own_sentence_until_answered(qtbot, tmp_path, translators):
    article, _view, panel = start(qtbot, tmp_path)
    passage = panel.passage
    assert passage.masked() == frozenset()
    go_to(panel, "q6")  # « Ils travaillent dans une [école] près de la [gare]. » is s2
    assert passage.masked() == {"s2"}
    looked_up = []
    passage.word_looked_up.connect(lambda *args: looked_up.append(args))
    click_word(qtbot, passage, "s2", "école")  # a masked word is not glossed: it would tell
    assert looked_up == []
    click_word(qtbot, passage, "s1", "habitent")  # the other sentences are
    assert looked_up
    go_to(panel, "q1")  # moving on unmasks
    assert passage.masked() == frozenset()
    go_to(panel, "q6")
    answer_current(qtbot, panel, wrong_answer(article.question("q6")))
    click(qtbot, panel.page.check_button)
    assert passage.masked() == {"s2"}  # a retry is still to come: still masked
    click(qtbot, panel.page.give_up_button)
    assert passage.masked() == frozenset()  # the answer is out: the sentence comes back


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("zoom", [0, 6])
def test_a_masked_sentence_is_one_dashed_box_that_says_why(
    qtbot, tmp_path, translators, zoom, dark
):
    from PySide6.QtCore import QPoint

    from quizapp.gui.reading import mask_band
    from quizapp.gui.window.theme import DARK, LIGHT, Theme

    _article, view, panel = start(qtbot, tmp_path)
    theme = Theme(palette=DARK if dark else LIGHT, zoom=zoom)
    view.set_theme(theme)
    panel.set_theme(theme)
    passage = panel.passage
    go_to(panel, "q6")  # s2 masked: « Ils travaillent dans une école <b>x</b> près de la gare. »
    span = passage._spans["s2"]
    inks = [
        s.format.foreground().color().alpha()
        for s in passage.extraSelections()
        if span.start <= s.cursor.selectionStart() < span.end
    ]
    assert inks and all(alpha == 0 for alpha in inks)  # its words drawn with no ink
    whole = [
        s.format.underlineStyle()
        for s in passage.extraSelections()
        if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == (span.start, span.end)
    ]  # no glossed expression's hairline left between its words
    assert whole and all(u == u.NoUnderline for u in whole)
    # one box over every word's place, a row per line, the lines' own height
    box = mask_band.outline(passage, span.start, span.end)
    pieces = mask_band.fragments(passage, span.start, span.end)
    rows = mask_band.rows(passage, span.start, span.end)
    assert len(rows) == len(pieces)
    for piece in pieces:
        assert box.contains(piece.center())
        assert box.contains(piece.adjusted(2, 2, -2, -2))
    bounds = box.boundingRect()
    assert (
        abs(bounds.top() - pieces[0].top()) <= 2 and abs(bounds.bottom() - pieces[-1].bottom()) <= 2
    )
    for upper, lower in pairwise(rows):  # one shape: no gap between its rows
        middle = QPoint(round((upper.left() + upper.right()) / 2), round(upper.bottom()))
        if lower.left() < middle.x() < lower.right():
            assert box.contains(middle)
    # the caption inside it, whole (this line is wide enough), centred on the widest row
    assert mask_band.caption() == (
        "Sentence hidden during this question · it comes back after you answer"
    )
    place = mask_band.caption_place(passage, span.start, span.end)
    assert place is not None and place[1] in (mask_band.caption(), mask_band.short_caption())
    assert box.contains(place[0].center())
    # painted: the caption's ink inside the box, nothing outside it disturbed
    image = passage.viewport().grab().toImage()
    page = image.pixelColor(passage.viewport().width() - 3, passage.viewport().height() - 3)
    muted = [
        image.pixelColor(x, round(place[0].center().y()))
        for x in range(round(place[0].left()), round(place[0].right()))
    ]
    assert any(abs(c.lightness() - page.lightness()) > 40 for c in muted)  # the caption's ink
    translators.install("fr")
    assert mask_band.caption() == (
        "Phrase cachée pendant cette question · elle réapparaît après votre réponse"
    )
    assert mask_band.masked_at(passage, passage._spans, passage.masked(), pieces[-1].center())
    elsewhere = passage.sentence_bounds("s4").center()
    assert not mask_band.masked_at(passage, passage._spans, passage.masked(), elsewhere)
    go_to(panel, "q1")  # unmasked after: the words' ink back, no box
    assert passage.masked() == frozenset()
    inks = [
        s.format.foreground().color().alpha()
        for s in passage.extraSelections()
        if span.start <= s.cursor.selectionStart() < span.end
    ]
    assert all(alpha != 0 for alpha in inks)


def test_a_one_line_masked_sentence_keeps_its_caption_inside_or_elided(qtbot, tmp_path):
    """A short sentence on one line: the box its own width, the caption shortened to
    fit, never drawn past the box."""
    from PySide6.QtGui import QFontMetrics

    from quizapp.gui.reading import mask_band

    _article, _view, panel = start(qtbot, tmp_path)
    passage = panel.passage
    go_to(panel, "q6")
    span = passage._spans["s2"]
    words = span.start + 10  # a span of ten characters only: « Ils travai »
    place = mask_band.caption_place(passage, span.start, words)
    rows = mask_band.rows(passage, span.start, words)
    assert len(rows) == 1
    if place is not None:
        width = QFontMetrics(mask_band.caption_font(passage)).horizontalAdvance(place[1])
        assert width <= rows[0].width()
        assert place[1] != mask_band.caption()


def test_a_masked_sentence_keeps_its_english_hidden_too(qtbot, tmp_path, translators):
    article, _view, panel = start(qtbot, tmp_path)
    passage = panel.passage
    english = article.sentence("s2").en
    go_to(panel, "q6")  # s2 is masked while its cloze is asked
    passage.toggle_translation("s2")  # T on it: nothing
    assert not passage.translation_shown("s2")
    passage.set_current("s2", scroll=False)
    assert not passage.chip_shown("s2")  # no EN chip to click either
    passage.set_parallel(True)  # nor a parallel row
    assert english not in passage.toPlainText()
    go_to(panel, "q1")  # unmasked: the parallel row tells it again
    assert english in passage.toPlainText()


def test_locate_marks_the_right_sentences_and_the_wrong_picks(qtbot, tmp_path, translators):
    _article, _view, panel = start(qtbot, tmp_path)
    go_to(panel, "q10")  # the answer is s4
    click_sentence(qtbot, panel.passage, "s1")
    click(qtbot, panel.page.check_button)
    assert panel.passage.answer_marks() == (frozenset(), frozenset())  # not before the end
    click(qtbot, panel.page.give_up_button)
    assert panel.passage.answer_marks() == ({"s4"}, {"s1"})
    go_to(panel, "q1")
    assert panel.passage.answer_marks() == (frozenset(), frozenset())


def test_the_hint_is_titled_with_its_cost(qtbot, tmp_path, translators):
    _article, _view, panel = start(qtbot, tmp_path)
    page = panel.page
    with qtbot.waitSignal(panel.controller.hint_revealed):
        click(qtbot, page.hint_button)
    assert page.hint_title.isVisible()
    assert page.hint_title.text() == "Hint (costs 25% of the points)"
    translators.install("fr")
    assert page.hint_title.text() == "Indice (coûte 25\u202f% des points)"


def test_the_en_toggle_shows_the_options_english_too(qtbot, tmp_path, translators):
    text = ALL_TYPES.replace(
        '      - text: "À Lyon & environs"\n',
        '      - text: "À Lyon & environs"\n        text_en: In Lyon and around\n',
    )
    article, _view, panel = start(qtbot, tmp_path, text)
    page, widget = panel.page, panel.widget
    english = widget.english[widget.order.index(0)]
    assert not english.isVisible()
    click(qtbot, page.en_button)
    assert english.isVisible() and english.text() == "In Lyon and around"
    click(qtbot, page.en_button)
    assert not english.isVisible()
    # a question whose options alone have English still gets the toggle
    assert widget.has_english()
    answer_current(qtbot, panel, right_response(article.question("q1")))
    click(qtbot, page.check_button)
    assert widget.labels[widget.order.index(0)].styleSheet()  # the right option, tinted


def test_the_strip_shows_each_question_s_fate_and_goes_there(qtbot, tmp_path, translators):
    article, _view, panel = start(qtbot, tmp_path)
    strip = panel.page.strip
    assert len(strip.chips) == len(article.questions)
    answer_current(qtbot, panel, right_response(article.question("q1")))
    click(qtbot, panel.page.check_button)
    go_to(panel, "q2")  # multi: one right option of two, then shown
    q2 = article.question("q2")
    answer_current(qtbot, panel, {next(i for i, o in enumerate(q2.options) if o.correct)})
    click(qtbot, panel.page.check_button)
    click(qtbot, panel.page.give_up_button)
    go_to(panel, "q4")  # q3 passed by: skipped
    assert strip.states[:4] == ["right", "partly", "skipped", "ahead"]
    # a sign instead of the number once graded, a dashed ring when skipped: never colour alone
    assert [c.shown for c in strip.chips[:4]] == ["✓", "◐", "3", "4"]
    assert [c.dashed for c in strip.chips[:4]] == [False, False, True, False]
    assert strip.chips[2].accessibleName() == "Question 3: skipped"
    click(qtbot, strip.chips[2])
    assert panel.session.current.id == "q3"


def test_a_new_theme_restyles_the_whole_quiz(qtbot, tmp_path, translators):
    from quizapp.gui.window.theme import DARK, Theme

    _article, _view, panel = start(qtbot, tmp_path)
    answer_current(qtbot, panel, wrong_answer(panel.session.current))
    click(qtbot, panel.page.check_button)
    click(qtbot, panel.page.give_up_button)
    dark = Theme(palette=DARK, zoom=4)
    panel.set_theme(dark)
    assert f"font-size: {dark.px('question')}px" in panel.page.prompt.styleSheet()
    assert DARK.wrong in panel.page.feedback.verdict.styleSheet()
    assert DARK.wrong_tint in panel.page.feedback.styleSheet()
    marks = [m.styleSheet() for m in panel.widget.marks if m.text()]
    assert marks and all(DARK.right in m or DARK.wrong in m for m in marks)
    chip = panel.page.strip.chips[0]
    assert chip.current and chip.halo == DARK.accent  # the current question's halo
    assert chip.edge == DARK.wrong and chip.bg == DARK.wrong  # current: the solid state disc


@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")  # the tooltip, offscreen
def test_a_masked_sentence_says_why_in_a_tooltip_too(qtbot, tmp_path, translators):
    """The caption may find no line wide enough: hovering the box says it all the same."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from quizapp.gui.reading import mask_band

    _article, _view, panel = start(qtbot, tmp_path)
    passage = panel.passage
    go_to(panel, "q6")  # s2 masked
    span = passage._spans["s2"]
    blank = mask_band.fragments(passage, span.start, span.end)[-1].center().toPoint()
    viewport = passage.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, blank, viewport.mapToGlobal(blank))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: QToolTip.text() == mask_band.caption())
    QToolTip.hideText()
