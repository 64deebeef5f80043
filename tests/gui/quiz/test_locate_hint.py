"""The tip above the passage says what a click does: during a locate question it picks
sentences, not glosses; the quiz says so already, so the line hides (its text still follows);
once the question is done, it is glosses again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.quiz_fixtures import click, click_sentence, load

# the hint stays one line: in a narrow window (the quiz beside the text) the short one
READING_EN = (
    "Click a word to translate it · T translates the sentence",
    "Click a word to translate it",
)
LOCATE_EN = "Click the sentences that answer the question."
LOCATE_FR = "Cliquez sur les phrases qui répondent à la question."


def test_the_hint_follows_the_locate_question(qtbot, reading, tmp_path):
    window = reading
    view = window.reading_view
    article = load(tmp_path)
    window.open_article(article)
    assert view.hint.text() in READING_EN
    qtbot.keyClick(window, Qt.Key.Key_F5)
    panel = window.quiz.panel
    click(qtbot, panel.chooser.practice_button)
    while panel.session.current.type.value != "locate":
        assert view.hint.text() in READING_EN, panel.session.current.id
        click(qtbot, panel.page.next_button)
    assert view.hint.text() == LOCATE_EN
    assert view.hint.isHidden()  # the quiz pane says it already

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_F, shift_ctrl)
    assert view.hint.text() == LOCATE_FR
    qtbot.keyClick(window, Qt.Key.Key_E, shift_ctrl)
    assert view.hint.text() == LOCATE_EN

    click(qtbot, panel.page.previous_button)  # another type: clicks gloss again
    assert view.hint.text() in READING_EN
    click(qtbot, panel.page.next_button)
    assert view.hint.text() == LOCATE_EN

    click_sentence(qtbot, view.passage, "s4")
    with qtbot.waitSignal(panel.controller.answered):
        click(qtbot, panel.page.check_button)
    assert panel.page.feedback.verdict_kind() == "right"
    assert view.hint.text() in READING_EN  # done: a click shows a gloss again
    assert not view.hint.isHidden()

    click(qtbot, panel.page.previous_button)
    click(qtbot, panel.page.next_button)
    click(qtbot, panel.page.finish_button)
    click(qtbot, panel.page.finish_button)  # confirms ending with questions unanswered
    assert panel.stack.currentWidget() is panel.summary
    assert view.hint.text() in READING_EN
