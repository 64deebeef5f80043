"""Each answer widget, driven by real clicks, keys and typing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.core.model import NOT_GIVEN, Option
from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz.answer_arrange import LocateAnswer, MatchAnswer, OrderAnswer
from quizapp.gui.quiz.answer_choice import ChoiceAnswer, MultiAnswer, TrueFalseAnswer
from quizapp.gui.quiz.answer_text import NBSP, ClozeAnswer, ShortAnswer
from quizapp.gui.reading.passage import PassageView
from tests.gui.quiz_fixtures import click, click_sentence, load


@pytest.fixture
def article(tmp_path):
    return load(tmp_path)


@pytest.fixture
def session(article):
    return QuizSession(article, seed=7)


@pytest.fixture
def big_font(qapp) -> Iterator[None]:
    """The whole interface at 200% font."""
    font = QApplication.font()
    doubled = type(font)(font)
    doubled.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(doubled)
    yield
    QApplication.setFont(font)


def show(qtbot, widget: QWidget, width: int = 420) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, widget.heightForWidth(width) if widget.hasHeightForWidth() else 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_choice_click_keys_and_file_indices(qtbot, article, session):
    q = article.question("q1")
    w = show(qtbot, ChoiceAnswer(q, session.option_order("q1")))
    assert w.response() is None
    with qtbot.waitSignal(w.changed):
        click(qtbot, w.labels[2])  # clicking the text picks the option
    assert w.response() == w.order[2]
    w.buttons[0].setFocus()
    qtbot.keyClick(w.buttons[0], Qt.Key.Key_2)
    assert w.response() == w.order[1]
    qtbot.keyClick(w, Qt.Key.Key_9)  # no 9th option: nothing changes
    assert w.response() == w.order[1]


def test_choice_teacher_text_is_plain(qtbot, article, session):
    q = article.question("q1")
    w = show(qtbot, ChoiceAnswer(q, session.option_order("q1")))
    texts = {label.text() for label in w.labels}
    assert {"À Lyon & environs", "À Paris <b>x</b>"} <= texts
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in w.labels)
    assert all("&" not in b.text() for b in w.buttons)  # numbers only: no mnemonic


def test_long_option_wraps_at_double_font(qtbot, article, big_font):
    long_text = ("Une très longue réponse & des détails <b>sans</b> fin, " * 6)[:300]
    q = article.question("q1")
    q = replace(q, options=(*q.options[:2], Option(text=long_text)))
    w = show(qtbot, ChoiceAnswer(q, (2, 0, 1)), width=360)
    qtbot.waitUntil(lambda: w.labels[0].height() > 3 * w.labels[0].fontMetrics().height())
    label = w.labels[0]
    assert label.text() == long_text
    assert label.geometry().right() <= w.width()
    assert label.wordWrap()


def test_multi_keys_toggle(qtbot, article, session):
    q = article.question("q2")
    w = show(qtbot, MultiAnswer(q, session.option_order("q2")))
    qtbot.keyClick(w, Qt.Key.Key_1)
    qtbot.keyClick(w, Qt.Key.Key_3)
    assert w.response() == {w.order[0], w.order[2]}
    qtbot.keyClick(w, Qt.Key.Key_1)
    assert w.response() == {w.order[2]}
    qtbot.keyClick(w, Qt.Key.Key_3)
    assert w.response() is None


def test_truefalse_offers_not_given_only_when_asked(qtbot, article):
    plain = show(qtbot, TrueFalseAnswer(article.question("q3")))
    assert [label.text() for label in plain.labels] == ["True", "False"]
    offered = show(qtbot, TrueFalseAnswer(article.question("q4")))
    assert [label.text() for label in offered.labels] == ["True", "False", "Not given"]
    qtbot.keyClick(offered, Qt.Key.Key_3)
    assert offered.response() == NOT_GIVEN
    click(qtbot, offered.labels[1])
    assert offered.response() is False


def test_truefalse_labels_in_french(qtbot, article):
    from quizapp.gui.window.i18n import Translators

    translators = Translators()
    translators.install("fr")
    try:
        w = show(qtbot, TrueFalseAnswer(article.question("q4")))
        assert [label.text() for label in w.labels] == ["Vrai", "Faux", "Non mentionné"]
    finally:
        translators.install("en")
    qtbot.waitUntil(lambda: w.labels[0].text() == "True")


def test_short_palette_inserts_at_cursor_and_keeps_focus(qtbot, article):
    w = show(qtbot, ShortAnswer(article.question("q5")))
    w.field.setFocus()
    qtbot.keyClicks(w.field, "lve")
    qtbot.keyClick(w.field, Qt.Key.Key_Home)
    click(qtbot, w.palette_row.buttons["é"])
    assert w.field.text() == "élve"
    assert w.field.hasFocus()
    qtbot.keyClick(w.field, Qt.Key.Key_Right)
    click(qtbot, w.palette_row.buttons["è"])
    assert w.field.text() == "élève"
    qtbot.keyClick(w.field, Qt.Key.Key_End)
    qtbot.mouseClick(
        w.palette_row.buttons["ç"], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier
    )
    assert w.field.text() == "élèveÇ"
    w.field.clear()
    w.resize(700, 300)  # room for the extras after the thirteen letters
    qtbot.waitUntil(lambda: not w.palette_row.buttons["«"].isHidden())
    click(qtbot, w.palette_row.buttons["«"])
    qtbot.keyClicks(w.field, "oui")
    click(qtbot, w.palette_row.buttons["»"])
    assert w.field.text() == f"«{NBSP}oui{NBSP}»"
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in w.palette_row.buttons.values())


def test_the_accent_keys_are_one_tab_stop_the_arrows_choose_enter_inserts(qtbot, article):
    w = show(qtbot, ShortAnswer(article.question("q5")))
    keys = w.palette_row
    w.field.setFocus()
    qtbot.keyClicks(w.field, "lve")
    qtbot.keyClick(w.field, Qt.Key.Key_Home)
    qtbot.keyClick(w.field, Qt.Key.Key_Tab)  # from the field: the keys, as one stop
    assert keys.hasFocus() and keys.ringed() is keys.buttons["é"]
    assert keys.buttons["é"].property("ring") == "true"
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    assert keys.ringed() is keys.buttons["è"] and keys.buttons["é"].property("ring") == "false"
    qtbot.keyClick(keys, Qt.Key.Key_Left)
    qtbot.keyClick(keys, Qt.Key.Key_Return)  # inserted at the cursor; typing goes on there
    assert w.field.text() == "élve" and w.field.hasFocus()
    assert all(b.property("ring") == "false" for b in keys.buttons.values())
    w.field.setFocus()
    qtbot.keyClick(w.field, Qt.Key.Key_Tab)
    qtbot.keyClick(keys, Qt.Key.Key_End)  # the last key shown
    assert keys.ringed() is keys.shown_keys()[-1]
    assert keys.buttons["é"].toolTip() == "Insert é (with Shift held: É)"
    key = keys.buttons["è"].x() - keys.buttons["é"].x()  # a key and its gap
    for width in (key * 5, key * 8, key * 11):  # wrapped: rows of even length, none alone
        w.resize(width, w.heightForWidth(width) if w.hasHeightForWidth() else 300)
        QApplication.processEvents()
        rows = Counter(b.y() for b in keys.shown_keys())
        assert len(rows) > 1 and max(rows.values()) - min(rows.values()) <= 1


def test_the_accent_keys_come_in_order_of_use_in_one_row(qtbot, article):
    """é è à ç ê ô î û ù œ, then the rare ë ï ü; no ÿ; one row in a narrow pane (the
    900×700 window's), the extras â « » only where they fit on it."""
    from quizapp.gui.quiz.accent_keys import ACCENTS

    assert "".join(ACCENTS) == "éèàçêôîûùœëïü"
    w = show(qtbot, ShortAnswer(article.question("q5")), width=380)
    keys = w.palette_row
    assert "ÿ" not in keys.buttons
    qtbot.waitUntil(lambda: len({b.y() for b in keys.shown_keys()}) == 1)
    assert [k.text() for k in keys.shown_keys()] == list(ACCENTS)  # the extras wait for room
    right = max(b.geometry().right() for b in keys.shown_keys())
    assert right <= keys.width()
    w.resize(700, 300)
    qtbot.waitUntil(lambda: [k.text() for k in keys.shown_keys()][-3:] == ["â", "«", "»"])
    assert len({b.y() for b in keys.shown_keys()}) == 1


def test_shift_held_shows_and_types_capitals(qtbot, article):
    w = show(qtbot, ShortAnswer(article.question("q5")))
    keys = w.palette_row
    w.field.setFocus()
    qtbot.waitUntil(w.field.hasFocus)
    assert keys.buttons["é"].text() == "é"
    qtbot.keyPress(w.field, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
    assert [keys.buttons[c].text() for c in "éàçœ"] == ["É", "À", "Ç", "Œ"]
    click(qtbot, keys.buttons["é"])  # clicked while Shift is down: the capital
    click(qtbot, keys.buttons["ç"])
    assert w.field.text() == "ÉÇ"
    qtbot.keyRelease(w.field, Qt.Key.Key_Shift)
    assert keys.buttons["é"].text() == "é"  # released: small letters again
    click(qtbot, keys.buttons["à"])
    assert w.field.text() == "ÉÇà"
    w.field.setFocus()
    qtbot.keyClick(w.field, Qt.Key.Key_Tab)  # on the row: Shift+Enter, the capital
    assert keys.hasFocus()
    qtbot.keyClick(keys, Qt.Key.Key_Right)  # è
    qtbot.keyClick(keys, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert w.field.text() == "ÉÇàÈ"


def test_short_enter_asks_to_check(qtbot, article):
    w = show(qtbot, ShortAnswer(article.question("q5")))
    w.field.setFocus()
    qtbot.keyClicks(w.field, "2010")
    with qtbot.waitSignal(w.submit_requested):
        qtbot.keyClick(w.field, Qt.Key.Key_Return)
    assert w.response() == "2010"


def test_short_blank_is_no_answer(qtbot, article):
    w = show(qtbot, ShortAnswer(article.question("q5")))
    qtbot.keyClicks(w.field, "   ")
    assert w.response() is None


def test_cloze_fields_and_palette_follow_focus(qtbot, article):
    w = show(qtbot, ClozeAnswer(article.question("q6")))
    assert len(w.fields) == 2
    w.fields[1].setFocus()
    qtbot.mouseClick(w.fields[1], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.fields[1], "gare")
    w.fields[0].setFocus()
    qtbot.mouseClick(w.fields[0], Qt.MouseButton.LeftButton)
    click(qtbot, w.palette_row.buttons["é"])
    qtbot.keyClicks(w.fields[0], "cole")
    assert w.response() == ["école", "gare"]


def test_cloze_choices_are_word_chips(qtbot, article):
    w = show(qtbot, ClozeAnswer(article.question("q7")))
    assert w.palette_row is None
    assert [chip.text() for chip in w.word_bank.chips] == ["montagne", "mer", "plage"]
    click(qtbot, w.word_bank.chips[2])  # the first slot is the active one
    assert w.response() == ["plage", ""]


def test_cloze_wraps_at_double_font(qtbot, article, big_font):
    from PySide6.QtCore import QPoint

    w = show(qtbot, ClozeAnswer(article.question("q6")), width=300)

    def top(field: QWidget) -> int:
        return field.mapTo(w.sentence, QPoint(0, 0)).y()

    qtbot.waitUntil(lambda: top(w.fields[1]) > top(w.fields[0]))
    for child in w.sentence.children():
        if isinstance(child, QWidget) and child.isVisible():
            assert child.geometry().right() <= w.sentence.width()


def test_cloze_keeps_elisions_and_punctuation_with_their_blank(qtbot, tmp_path):
    from tests.gui.quiz_fixtures import ALL_TYPES

    text = ALL_TYPES.replace(
        "text: Ils travaillent dans une [école] près de la [gare].",
        "text: Ils travaillent dans l’[école], près de la [gare].",
    )
    w = show(qtbot, ClozeAnswer(load(tmp_path, text).question("q6")), width=300)
    glued = w.fields[0].parentWidget()
    assert glued is not w.sentence
    words = [c.text() for c in glued.findChildren(type(w.marks[0])) if c.text()]
    assert words == ["l’", ","]
    assert w.fields[1].parentWidget().findChildren(type(w.marks[0]))[-1].text() == "."


def test_match_chips_in_session_order(qtbot, article, session):
    q = article.question("q8")
    order = session.right_order("q8")
    w = show(qtbot, MatchAnswer(q, order))
    assert [chip.text() for chip in w.word_bank.chips] == [q.pairs[i].right for i in order]
    assert w.response() is None
    click(qtbot, w.slots[1])  # Hugo's slot waits for the next chip
    click(qtbot, next(c for c in w.word_bank.chips if c.word == "un garçon"))
    assert w.response() == {"Léa": None, "Hugo": "un garçon", "Lyon": None}
    assert w.slots[1].accessibleName() == "Match for Hugo: un garçon"
    assert w.slots[0].accessibleName() == "Match for Léa: empty"


def test_order_keyboard_and_buttons(qtbot, article, session):
    q = article.question("q9")
    w = show(qtbot, OrderAnswer(q, session.item_order("q9")))
    start = w.texts()
    assert start != list(q.items)
    w.list.setFocus()
    w.list.setCurrentRow(2)
    qtbot.keyClick(w.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert w.texts() == [start[0], start[2], start[1]]
    assert w.list.currentRow() == 1
    qtbot.keyClick(w.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.texts() == start
    w.list.setCurrentRow(0)
    click(qtbot, w.down)
    assert w.texts() == [start[1], start[0], start[2]]
    assert w.list.item(0).text().startswith("1. ")
    assert w.response() == w.texts()


def test_order_drag_is_enabled_and_internal(qtbot, article, session):
    from PySide6.QtCore import QModelIndex

    w = show(qtbot, OrderAnswer(article.question("q9"), session.item_order("q9")))
    assert w.list.dragDropMode() == w.list.DragDropMode.InternalMove
    start = w.texts()
    # what an internal-move drop does to the model (QDrag itself needs a real screen)
    with qtbot.waitSignal(w.list.model().rowsMoved):
        w.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert w.texts() == [start[2], start[0], start[1]]
    assert [w.list.item(r).text()[:3] for r in range(3)] == ["1. ", "2. ", "3. "]
    w.set_locked(True)
    assert w.list.dragDropMode() == w.list.DragDropMode.NoDragDrop
    assert not w.up.isEnabled() and not w.down.isEnabled()


def test_locate_clicks_sentences_in_the_passage(qtbot, article, translators):
    passage = PassageView()
    passage.set_article(article)
    host = QWidget()
    qtbot.addWidget(host)
    passage.setParent(host)
    passage.resize(600, 400)
    w = LocateAnswer(article.question("q10"), passage)
    w.setParent(host)
    w.move(0, 400)
    host.resize(600, 500)
    host.show()
    qtbot.waitExposed(host)
    w.activate()
    assert passage.locate_mode()
    with qtbot.waitSignal(w.changed):
        click_sentence(qtbot, passage, "s4")
    assert w.response() == {"s4"}
    assert w.count.text() == "1 sentence selected"
    click_sentence(qtbot, passage, "s2")
    assert w.count.text() == "2 sentences selected"
    click_sentence(qtbot, passage, "s2")
    assert passage.locate_selection() == {"s4"}
    click(qtbot, w.clear_button)
    assert w.response() is None and passage.locate_selection() == frozenset()
    click_sentence(qtbot, passage, "s1")
    w.deactivate()
    assert not passage.locate_mode()
    assert passage.locate_selection() == frozenset()
    w.activate()
    assert passage.locate_selection() == {"s1"}
    # the keyboard way: move in the text, Space toggles the current sentence
    passage.setFocus()
    passage.set_current("s3")
    qtbot.keyClick(passage, Qt.Key.Key_Space)
    assert w.response() == {"s1", "s3"}
    assert w.clear_button.isEnabled()
    w.deactivate()


def test_order_list_shows_every_wrapped_item_at_double_font(qtbot, tmp_path, big_font):
    from quizapp.core import load_article
    from tests.conftest import BANK

    seed = load_article(BANK / "russie-armes-nucleaires-belarus.yaml")
    question = next(q for q in seed.questions if q.type.value == "order")
    session = QuizSession(seed, seed=5)
    w = show(qtbot, OrderAnswer(question, session.item_order(question.id)), width=380)

    def all_visible() -> bool:
        viewport = w.list.viewport().rect()
        rects = [w.list.visualRect(w.list.model().index(r, 0)) for r in range(w.list.count())]
        return all(viewport.contains(r) for r in rects)

    qtbot.waitUntil(all_visible)
    assert any(
        w.list.visualRect(w.list.model().index(r, 0)).height() > 1.5 * w.list.fontMetrics().height()
        for r in range(w.list.count())
    )  # long items wrap instead of being cut


def test_long_option_is_whole_inside_the_quiz_panel(qtbot, tmp_path, big_font):
    from quizapp.core.quiz.session import Mode
    from tests.gui.quiz_fixtures import ALL_TYPES, make_host

    long_text = ("Une très longue réponse & des détails <b>sans</b> fin, " * 6)[:300]
    article = load(
        tmp_path, ALL_TYPES.replace("      - text: À Marseille", f'      - text: "{long_text}"')
    )
    view, panel = make_host(qtbot, article, width=1100, height=900)
    view.splitter.setSizes([600, 500])
    panel.start(Mode.PRACTICE, seed=1)
    label = next(lb for lb in panel.widget.labels if lb.text() == long_text)

    def whole() -> bool:
        return label.width() > 0 and label.height() >= label.heightForWidth(label.width())

    qtbot.waitUntil(whole)
    assert label.heightForWidth(label.width()) > 4 * label.fontMetrics().height()
    assert label.geometry().right() <= panel.widget.width()


def test_an_overlong_word_wraps_instead_of_widening_the_panel(qtbot, article):
    from quizapp.gui.quiz.answer_base import plain_label

    word = ("anticonstitutionnellement" * 20)[:500]
    q = article.question("q1")
    q = replace(q, options=(*q.options[:2], Option(text=f"Le mot {word} & fin")))
    w = show(qtbot, ChoiceAnswer(q, (2, 0, 1)), width=360)
    assert w.minimumSizeHint().width() < 360
    assert w.labels[0].text() == f"Le mot {word} & fin"  # as typed, break points aside
    label = plain_label(word)
    assert label.minimumSizeHint().width() < 200


def test_the_short_field_reaches_the_columns_right_edge_until_its_verdict(qtbot, tmp_path):
    from PySide6.QtCore import QPoint

    from quizapp.core.grading.responses import right_response
    from tests.gui.quiz_fixtures import answer_current, make_host

    article = load(tmp_path)
    _view, panel = make_host(qtbot, article, width=1400, height=900)
    click(qtbot, panel.chooser.practice_button)
    short = next(i for i, q in enumerate(article.questions) if q.type.value == "short")
    panel.controller.go_to(short)
    widget = panel.widget
    field = widget.field
    qtbot.waitUntil(lambda: field.isVisible() and field.width() > 0)

    def gap() -> int:
        return widget.width() - field.mapTo(widget, QPoint(field.width(), 0)).x()

    qtbot.waitUntil(lambda: gap() == 0)  # aligned with the prompt and the bar above it
    answer_current(qtbot, panel, right_response(article.questions[short]))
    click(qtbot, panel.page.check_button)
    qtbot.waitUntil(widget.mark.isVisible)  # then ✓ beside it
    assert gap() > 0


def test_order_cards_are_flush_with_the_choices_and_arrows_quiet(qtbot, article, session):
    from quizapp.gui.window.stylesheet_quiz import faint
    from quizapp.gui.window.stylesheet_quiz import rules as quiz_rules
    from quizapp.gui.window.theme import DARK, LIGHT, Theme, contrast

    w = show(qtbot, OrderAnswer(article.question("q9"), session.item_order("q9")))
    w.list.fit_height()
    viewport = w.list.viewport()
    rects = [w.list.visualRect(w.list.model().index(r, 0)) for r in range(w.list.count())]
    # no list spacing: each card spans the width, as the choice cards do
    assert all(r.left() == 0 and r.width() == viewport.width() for r in rects)
    for palette in (LIGHT, DARK):  # ▲ ▼ enabled muted, disabled the same glyph, fainter
        sheet = "\n".join(quiz_rules(Theme(palette=palette)))
        off = faint(palette.muted, palette.surface)
        assert f"color: {palette.muted};" in sheet and f":disabled {{ color: {off}; }}" in sheet
        assert 1.5 < contrast(off, palette.surface) < contrast(palette.muted, palette.surface)


def test_only_the_selected_order_card_keeps_room_for_its_arrows(qtbot, article, session):
    from PySide6.QtCore import QRect

    w = show(qtbot, OrderAnswer(article.question("q9"), session.item_order("q9")))
    cards = w.list.itemDelegate()
    font = w.list.font()
    card = QRect(0, 0, 600, 80)
    w.list.setCurrentRow(1)
    widths = [cards._text_rect(card, font, row).width() for row in range(3)]
    assert widths[0] == widths[2] > widths[1]  # the others use the full width
    assert widths[0] - widths[1] == w.movers_width()
    w.list.setCurrentRow(0)
    assert cards._text_rect(card, font, 1).width() == widths[0]
    assert w.movers.isVisible()
    rect = w.list.visualRect(w.list.model().index(0, 0))
    assert rect.contains(w.movers.geometry().center())  # ▲ ▼ moved with the selection
