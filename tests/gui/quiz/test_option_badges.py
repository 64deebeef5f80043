"""Option badges: a check box for several answers, one set of colours for every state."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz.answer_choice import ChoiceAnswer, MultiAnswer
from quizapp.gui.quiz.buttons import KeyCheck, KeyRadio, _badge_colours, _check_box
from quizapp.gui.window.theme import DARK, LIGHT, Theme
from tests.gui.quiz_fixtures import click, load


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(420, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_multi_options_are_check_boxes_with_a_live_count(qtbot, tmp_path):
    article = load(tmp_path)
    question = article.question("q2")
    w = show(qtbot, MultiAnswer(question, QuizSession(article, seed=7).option_order("q2")))
    single = show(qtbot, ChoiceAnswer(article.question("q1"), (0, 1, 2)))
    assert all(isinstance(b, KeyCheck) for b in w.buttons)
    assert all(isinstance(b, KeyRadio) for b in single.buttons)
    assert w.buttons[0].text() == "1"  # the key is still said: tooltip and screen reader
    assert w.buttons[0].toolTip() == "Key 1" == w.buttons[0].accessibleDescription()
    for zoom in (0, 6):
        theme = Theme(zoom=zoom)
        w.set_theme(theme)
        button = w.buttons[0]
        w.layout().activate()
        box = _check_box(button, theme)
        assert box.width() == box.height()  # a square box
        # only the box: no keycap beside it, the button is the box and its focus ring
        assert button.width() == button.height() == button.sizeHint().height()
        assert button.rect().toRectF().contains(box)
        assert button.width() - box.width() < box.width() * 0.6  # too narrow for a keycap
    assert w.count.isVisible() and w.count.text() == "0 selected"
    click(qtbot, w.labels[0])
    qtbot.keyClick(w, Qt.Key.Key_3)
    assert w.count.text() == "2 selected"
    click(qtbot, w.cards[0])
    assert w.count.text() == "1 selected"
    assert not hasattr(single, "count")


def test_badges_wear_the_verdict_in_light_and_dark(qtbot, tmp_path):
    article = load(tmp_path)
    question = article.question("q1")
    w = show(qtbot, ChoiceAnswer(question, (0, 1, 2)))
    right = next(r for r, i in enumerate(w.order) if question.options[i].correct)
    wrong = next(r for r in range(len(w.order)) if r != right)
    for palette in (LIGHT, DARK):
        theme = Theme(palette=palette)
        p = theme.palette
        w.set_theme(theme)
        w.set_response(None)
        w.reveal(None)
        click(qtbot, w.labels[wrong])
        fill, edge, ink = _badge_colours(w.buttons[wrong], theme)
        assert (fill, edge, ink) == (p.accent, p.accent, p.on_accent)  # picked: no dark ring
        w.reveal(object())  # type: ignore[arg-type]  # any grade: the marks are the options'
        assert _badge_colours(w.buttons[wrong], theme)[0] == p.wrong
        assert _badge_colours(w.buttons[right], theme)[1] == p.right  # the one missed
        w.set_response(w.order[right])
        w.reveal(object())  # type: ignore[arg-type]
        assert _badge_colours(w.buttons[right], theme)[0] == p.right


def test_a_calm_line_under_one_answer_options_says_their_keys(qtbot, tmp_path):
    article = load(tmp_path)
    single = show(qtbot, ChoiceAnswer(article.question("q1"), (0, 1, 2)))
    several = show(qtbot, MultiAnswer(article.question("q2"), (0, 1, 2)))
    assert single.keys.isVisible() and single.keys.text() == "1–3 to choose · Enter to confirm"
    assert single.keys.property("tone") == "muted"
    assert not several.keys.isVisible()  # several answers: the live count says enough
    qtbot.keyClick(single, Qt.Key.Key_2)  # what it says is what the keys do
    assert single.buttons[1].isChecked()
    single.set_locked(True)  # once checked, nothing more to choose
    assert not single.keys.isVisible()
