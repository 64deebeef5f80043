"""An article with every question type, and helpers that answer through the real widgets.

The article's teacher text includes `<b>x</b>` and `&`, which must show as typed.
Answering goes through mouse clicks, key presses and typing only, never by
setting a response directly, so the tests exercise what a learner does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from quizapp.core.model import (
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)

ALL_TYPES = """\
id: tous-les-types
title: Un article avec tous les types
level: A2
settings:
  attempts: 2
  retry_penalty: 0.5
  hint_penalty: 0.25
sentences:
  - id: s1
    paragraph: 1
    fr: Marie & Paul habitent à Lyon depuis 2010.
    en: Marie & Paul have lived in Lyon since 2010.
  - id: s2
    paragraph: 1
    fr: "Ils travaillent dans une école <b>x</b> près de la gare."
    en: They work in a school near the station.
  - id: s3
    paragraph: 2
    fr: Le week-end, ils vont à la montagne ou à la mer.
    en: At weekends they go to the mountains or the seaside.
  - id: s4
    paragraph: 2
    fr: Ils ont deux enfants, Léa et Hugo.
    en: They have two children, Léa and Hugo.
questions:
  - id: q1
    type: choice
    sentences: [s1]
    prompt: "Où habitent Marie & Paul <b>x</b> ?"
    prompt_en: Where do Marie & Paul live?
    hint: "Regardez la première phrase & le nom de ville."
    hint_en: Look at the first sentence.
    explanation: "La phrase 1 le dit : « à Lyon »."
    explanation_en: Sentence 1 says so.
    options:
      - text: "À Lyon & environs"
        correct: true
      - text: "À Paris <b>x</b>"
        feedback: "Non, pas Paris <i>y</i> & co."
      - text: À Marseille
  - id: q2
    type: multi
    sentences: [s3]
    prompt: Où vont-ils le week-end ?
    options:
      - text: À la montagne
        correct: true
      - text: À la mer
        correct: true
      - text: À la campagne
  - id: q3
    type: truefalse
    sentences: [s4]
    prompt: Ils ont trois enfants.
    answer: false
  - id: q4
    type: truefalse
    sentences: [s2]
    prompt: Ils aiment leur travail.
    answer: not_given
  - id: q5
    type: short
    sentences: [s1]
    prompt: Depuis quelle année habitent-ils à Lyon ?
    answers: ["2010"]
  - id: q6
    type: cloze
    sentences: [s2]
    prompt: Complétez.
    text: Ils travaillent dans une [école] près de la [gare].
  - id: q7
    type: cloze
    sentences: [s3]
    prompt: Choisissez.
    text: Ils vont à la [montagne] ou à la [mer].
    choices: [montagne, mer, plage]
  - id: q8
    type: match
    sentences: [s4]
    prompt: Associez.
    pairs:
      - left: Léa
        right: une fille
      - left: Hugo
        right: un garçon
      - left: Lyon
        right: une ville
  - id: q9
    type: order
    sentences: [s1, s2, s3]
    prompt: Dans l’ordre du texte.
    items:
      - Lyon
      - l’école
      - la montagne
  - id: q10
    type: locate
    sentences: [s4]
    prompt: Quelle phrase parle des enfants ?
"""


def write_article(folder: Path, text: str = ALL_TYPES, name: str = "tous.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load(folder: Path, text: str = ALL_TYPES):
    from quizapp.core import load_article

    return load_article(write_article(folder, text))


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a keyboard would; QTest only knows ASCII, so others go as key events."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick_combo(qtbot: Any, combo: QComboBox, data: Any) -> None:
    """Choose an entry by keyboard, as a learner tabbing through would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not in the drop-down"
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def tap_word(qtbot: Any, widget: Any, slot: Any, word: str) -> None:
    """Tap a slot (it empties and becomes active), then the word's chip in the bank."""
    if slot.value == word:
        return
    click(qtbot, slot)
    chip = next(c for c in widget.word_bank.chips if c.word == word)
    click(qtbot, chip)
    assert slot.value == word


def click_sentence(qtbot: Any, passage: Any, sentence_id: str) -> None:
    passage.set_current(sentence_id)
    rect = passage.sentence_rect(sentence_id)
    qtbot.mouseClick(passage.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def enter(qtbot: Any, widget: Any, question: Question, answer: Any, passage: Any = None) -> None:
    """Enter `answer` (the scripting API's shape) through the widget's real controls."""
    from quizapp.gui.quiz.answer_arrange import LocateAnswer, MatchAnswer, OrderAnswer
    from quizapp.gui.quiz.answer_choice import ChoiceAnswer, MultiAnswer, TrueFalseAnswer
    from quizapp.gui.quiz.answer_text import ClozeAnswer, ShortAnswer

    if isinstance(widget, MultiAnswer):
        for row, index in enumerate(widget.order):
            if (index in answer) != widget.buttons[row].isChecked():
                click(qtbot, widget.labels[row])
    elif isinstance(widget, ChoiceAnswer):
        click(qtbot, widget.buttons[widget.order.index(answer)])
    elif isinstance(widget, TrueFalseAnswer):
        row = next(
            r for r, v in enumerate(widget.values) if v == answer and type(v) is type(answer)
        )
        qtbot.keyClick(widget, Qt.Key(Qt.Key.Key_1 + row))
    elif isinstance(widget, ShortAnswer):
        widget.field.setFocus()
        widget.field.selectAll()
        type_text(qtbot, widget.field, answer)
    elif isinstance(widget, ClozeAnswer):
        for field, value in zip(widget.fields, answer, strict=True):
            if widget.word_bank is not None:
                tap_word(qtbot, widget, field, value)
            else:
                field.setFocus()
                field.selectAll()
                type_text(qtbot, field, value)
    elif isinstance(widget, MatchAnswer):
        for pair, slot in zip(question.pairs, widget.slots, strict=True):  # type: ignore[attr-defined]
            if answer.get(pair.left) is not None:
                tap_word(qtbot, widget, slot, answer[pair.left])
    elif isinstance(widget, OrderAnswer):
        for target, text in enumerate(answer):
            row = widget.texts().index(text)
            widget.list.setCurrentRow(row)
            while row > target:
                qtbot.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
                row -= 1
    elif isinstance(widget, LocateAnswer):
        for sid in sorted(set(answer) ^ set(widget.selected)):
            click_sentence(qtbot, passage, sid)
    else:
        raise TypeError(widget)


def centre(widget: Any) -> QPoint:
    return widget.rect().center()


def make_host(qtbot: Any, article: Any, width: int = 1200, height: int = 800) -> Any:
    """A reading view showing `article`, with a quiz panel beside the passage."""
    from quizapp.gui.quiz.panel import QuizPanel
    from quizapp.gui.reading.view import ReadingView

    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.set_article(article)
    panel = QuizPanel(view.passage)
    view.set_side_panel(panel)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    panel.offer(article)
    return view, panel


def answer_current(qtbot: Any, panel: Any, answer: Any) -> None:
    """Enter `answer` for the panel's current question through its widget."""
    question = panel.session.current
    enter(qtbot, panel.widget, question, answer, panel.passage)


def wrong_answer(question: Question) -> Any:
    """An answer that earns nothing (or as little as the type allows)."""
    if isinstance(question, MultiQuestion):
        return {i for i, o in enumerate(question.options) if not o.correct}
    if isinstance(question, ChoiceQuestion):
        return next(i for i, o in enumerate(question.options) if not o.correct)
    if isinstance(question, TrueFalseQuestion):
        return question.answer is not True
    if isinstance(question, ShortQuestion):
        return "zzzz"
    if isinstance(question, ClozeQuestion):
        if question.choices:
            return [next(c for c in question.choices if c not in alts) for alts in question.blanks]
        return ["zzzz" for _ in question.blanks]
    if isinstance(question, MatchQuestion):
        rights = [p.right for p in question.pairs]
        return {p.left: rights[(i + 1) % len(rights)] for i, p in enumerate(question.pairs)}
    if isinstance(question, OrderQuestion):
        return list(reversed(question.items))
    if isinstance(question, LocateQuestion):
        return {"s1"} if "s1" not in question.sentences else {"s2"}
    raise TypeError(question)
