"""A cloze's word bank: tapping chips into slots, by mouse and keyboard, then the marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quizapp.core.model import Grade
from quizapp.gui.quiz.answer_text import ClozeAnswer
from tests.gui.quiz_fixtures import click, load


@pytest.fixture
def widget(qtbot, tmp_path):
    q = load(tmp_path).question("q7")  # [montagne] … [mer], choices: montagne, mer, plage
    w = ClozeAnswer(q)
    qtbot.addWidget(w)
    w.resize(420, 300)
    w.show()
    qtbot.waitExposed(w)
    return w


def chip(w: ClozeAnswer, word: str):
    return next(c for c in w.word_bank.chips if c.word == word)


def in_bank(c) -> bool:
    """Still offered: shown in the bank (a placed word leaves it)."""
    return c.isVisible() and c.geometry().width() > 0


def test_tapping_chips_fills_the_slots_in_turn(qtbot, widget):
    w = widget
    first, second = w.fields
    assert first.property("active") == "true" and second.property("active") == "false"
    with qtbot.waitSignal(w.changed):
        click(qtbot, chip(w, "montagne"))
    assert w.response() == ["montagne", ""]
    assert second.property("active") == "true"  # the next empty slot waits for a word
    assert not in_bank(chip(w, "montagne"))  # placed: it left the bank
    click(qtbot, chip(w, "mer"))
    assert w.response() == ["montagne", "mer"]
    assert in_bank(chip(w, "plage"))
    click(qtbot, chip(w, "plage"))  # every slot filled: a free chip changes nothing
    assert w.response() == ["montagne", "mer"]


def test_tapping_a_filled_slot_empties_it_and_its_word_comes_back(qtbot, widget):
    w = widget
    first, second = w.fields
    click(qtbot, chip(w, "plage"))
    click(qtbot, chip(w, "mer"))
    assert not in_bank(chip(w, "plage")) and not in_bank(chip(w, "mer"))
    with qtbot.waitSignal(w.changed):
        click(qtbot, first)
    assert w.response() == ["", "mer"]
    assert first.property("active") == "true" and first.property("blank") == "empty"
    assert chip(w, "plage").isEnabled() and in_bank(chip(w, "plage"))  # back in the bank
    with qtbot.waitSignal(w.changed):
        click(qtbot, second)
    assert w.response() is None and [f.value for f in w.fields] == ["", ""]  # nothing placed
    assert second.property("active") == "true"  # the blank it freed waits for a word
    assert in_bank(chip(w, "mer"))
    click(qtbot, chip(w, "mer"))
    click(qtbot, second)  # a filled slot tapped: emptied, the next chip goes there
    click(qtbot, chip(w, "montagne"))
    assert w.response() == ["", "montagne"]
    assert chip(w, "mer").isEnabled() and in_bank(chip(w, "mer"))


def test_keyboard_tab_space_enter_and_number_keys(qtbot, widget):
    w = widget
    first, second = w.fields
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)  # the second slot becomes the active one
    assert second.property("active") == "true"
    qtbot.keyClick(second, Qt.Key.Key_3)  # the third chip, whatever has the focus inside
    assert w.response() == ["", w.word_bank.chips[2].word]
    chips = w.word_bank.chips
    chips[0].setFocus()
    qtbot.keyClick(chips[0], Qt.Key.Key_Return)
    assert w.response() == [chips[0].word, chips[2].word]
    assert first.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches slots and chips
    assert all(c.focusPolicy() == Qt.FocusPolicy.StrongFocus for c in chips)


def test_slots_say_what_they_hold(qtbot, widget):
    w = widget
    assert w.fields[1].accessibleName() == "Blank 2: empty"
    click(qtbot, chip(w, "plage"))
    assert w.fields[0].accessibleName() == "Blank 1: plage"
    assert w.word_bank.accessibleName() == "Word bank"


def test_a_restored_answer_and_the_marks_after_checking(qtbot, widget):
    w = widget
    w.set_response(["montagne", "plage"])  # resuming a saved run
    assert w.response() == ["montagne", "plage"]
    assert not in_bank(chip(w, "plage")) and in_bank(chip(w, "mer"))
    w.set_locked(True)
    w.reveal(Grade(0.5, 1.0, False, "", parts=(True, False)))
    assert not any(c.isEnabled() for c in w.word_bank.chips)
    assert [s.property("verdict") for s in w.fields] == ["right", "wrong"]
    assert [m.text() for m in w.marks] == ["✓", "✗"]
    assert w.fixes[1].isVisible() and w.fixes[1].text() == "mer"
    assert not any(s.property("active") == "true" for s in w.fields)


def test_match_slots_fill_from_chips_and_show_the_marks(qtbot, tmp_path):
    from quizapp.gui.quiz.answer_match import MatchAnswer

    q = load(tmp_path).question("q8")  # Léa, Hugo, Lyon
    w = MatchAnswer(q, (2, 0, 1))
    qtbot.addWidget(w)
    w.resize(420, 500)
    w.show()
    qtbot.waitExposed(w)
    rights = [p.right for p in q.pairs]
    for right in rights:  # the slots fill in turn
        click(qtbot, next(c for c in w.word_bank.chips if c.word == right))
    assert w.response() == {p.left: p.right for p in q.pairs}
    chips = w.word_bank.chips
    # each placed answer left the bank: only the count's line is left
    assert not any(in_bank(c) for c in chips)
    assert all(c.placed == 1 and c.accessibleName().endswith("(placed)") for c in chips)
    assert w.word_bank.count.text() == "All answers placed"
    click(qtbot, w.slots[0])  # emptied: its answer comes back, the slot waits for one
    emptied = next(c for c in chips if c.word == rights[0])
    assert in_bank(emptied) and emptied.accessibleName() == rights[0]
    assert [c for c in chips if in_bank(c)] == [emptied]
    assert w.response()[q.pairs[0].left] is None
    click(qtbot, w.slots[1])  # two back, in the bank's own order (not the order freed)
    back = [c for c in chips if in_bank(c)]
    assert back == [c for c in chips if c.word in rights[:2]]
    second = next(n for n, c in enumerate(back) if c.word == rights[1])
    click(qtbot, w.slots[0])  # empty: it becomes the one waiting
    qtbot.keyClick(w.slots[0], Qt.Key.Key_1 + second)  # the n-th chip still in the bank
    assert w.response()[q.pairs[0].left] == rights[1]
    click(qtbot, w.slots[0])
    click(qtbot, next(c for c in chips if c.word == rights[0]))
    assert w.response()[q.pairs[0].left] == rights[0]
    w.set_response({p.left: p.right for p in q.pairs})  # a saved run, resumed
    w.set_locked(True)
    w.reveal(Grade(2 / 3, 1.0, False, "", parts=(True, False, True)))
    assert [s.property("verdict") for s in w.slots] == ["right", "wrong", "right"]
    assert w.fixes[1].isVisible() and not w.fixes[0].isVisible()
    assert not any(c.isEnabled() for c in w.word_bank.chips)


def test_enter_on_a_chip_checks_once_every_slot_is_filled(qtbot, widget):
    w = widget
    chips = w.word_bank.chips
    chips[0].setFocus()
    with qtbot.assertNotEmitted(w.submit_requested):
        qtbot.keyClick(chips[0], Qt.Key.Key_Return)  # a slot to fill: Enter taps
    assert w.response() == [chips[0].word, ""]
    click(qtbot, chips[1])
    with qtbot.waitSignal(w.submit_requested):
        qtbot.keyClick(chips[1], Qt.Key.Key_Return)  # nothing left to fill: Enter checks
    assert w.response() == [chips[0].word, chips[1].word]


def test_the_bank_counts_the_words_placed_and_the_others_keep_their_order(qtbot, widget):
    w = widget
    count = w.word_bank.count
    assert count.isVisible() and count.text() == "Placed: 0 of 2"
    order = [c.word for c in w.word_bank.chips]
    shown = lambda: [c.word for c in w.word_bank.chips if in_bank(c)]  # noqa: E731
    assert shown() == order
    first = w.word_bank.chips[0]
    left = first.geometry().left()
    click(qtbot, first)
    assert count.text() == "Placed: 1 of 2"
    assert shown() == order[1:]  # the others keep their order, reflowed into its room
    qtbot.waitUntil(lambda: w.word_bank.chips[1].geometry().left() == left)
    assert first.accessibleName() == f"{first.word} (placed)"
    click(qtbot, w.word_bank.chips[2])
    assert count.text() == "Placed: 2 of 2" and shown() == [order[1]]
    click(qtbot, w.fields[0])  # emptied: one fewer placed, its word back at its place
    assert count.text() == "Placed: 1 of 2"
    assert shown() == order[:2]
    assert first.isEnabled() and first.accessibleName() == first.word
    # the count follows the last chip on its row (clear of the scroll's bottom fade)
    qtbot.waitUntil(lambda: w.word_bank.chips[1].geometry().left() > left)
    last = w.word_bank.chips[1].geometry()
    assert count.geometry().left() > last.right()
    assert last.top() <= count.geometry().center().y() <= last.bottom()


def test_an_empty_bank_says_all_words_are_placed(qtbot, tmp_path):
    from dataclasses import replace

    q = load(tmp_path).question("q7")
    q = replace(q, choices=("montagne", "mer"))  # no distractor: the bank empties
    w = ClozeAnswer(q)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    for c in list(w.word_bank.chips):
        click(qtbot, c)
    assert not any(in_bank(c) for c in w.word_bank.chips)
    assert w.word_bank.count.text() == "All words placed"
    click(qtbot, w.fields[1])
    assert w.word_bank.count.text() == "Placed: 1 of 2"


def test_the_count_never_starts_a_row_alone(qtbot, widget):
    w = widget
    chips, count = w.word_bank.chips, w.word_bank.count
    needed = sum(c.sizeHint().width() for c in chips) + w.word_bank.flow.spacing() * 2
    w.resize(needed + 40, 400)  # the chips fit one row, the count would not
    qtbot.waitUntil(lambda: count.geometry().top() > chips[0].geometry().top())
    last = chips[-1].geometry()
    assert last.top() > chips[0].geometry().top()  # the last chip went down with it
    assert last.top() <= count.geometry().center().y() <= last.bottom()


def ink_columns(button) -> list[int]:
    image = button.grab().toImage()
    # the middle rows: the word's and the ×'s, clear of a pill's rounded edge
    y0, y1 = image.height() * 2 // 5, image.height() * 3 // 5 + 1
    back = image.pixelColor(image.width() // 2, 2)
    return [
        x
        for x in range(3, image.width() - 3)
        for y in range(y0, y1)
        if abs(image.pixelColor(x, y).lightness() - back.lightness()) > 60
    ]


def test_a_placed_word_leaves_the_bank_and_its_slot_shows_its_cross(qtbot, tmp_path):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.window.stylesheet import style_sheet
    from quizapp.gui.window.theme import Theme

    theme = Theme()
    app = QApplication.instance()
    app.setStyleSheet(style_sheet(theme))
    try:
        q = load(tmp_path).question("q7")
        w = ClozeAnswer(q)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        size = chip(w, "mer").size()
        free_ink = ink_columns(chip(w, "mer"))
        # no room kept for a mark: the word sits in the middle of a free chip
        assert abs((min(free_ink) + max(free_ink)) / 2 - size.width() / 2) <= 3
        click(qtbot, chip(w, "mer"))
        unused, used = chip(w, "plage"), chip(w, "mer")
        assert unused.font().weight() < 600  # regular: not like a selected word
        text = lambda c: c.palette().color(c.foregroundRole())  # noqa: E731
        assert text(unused) == QColor(theme.palette.text)
        assert not in_bank(used)  # no ghost: it left
        click(qtbot, w.fields[0])  # its slot emptied: back, as it was
        assert w.fields[0].value == "" and in_bank(used)
        qtbot.waitUntil(lambda: used.size() == size)
        click(qtbot, used)
        slot = w.fields[0]
        assert slot.value == "mer"
        qtbot.waitUntil(lambda: slot.width() == slot.sizeHint().width())  # laid out, filled
        unfocused = max(ink_columns(slot))  # the word alone
        w.activateWindow()
        slot.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(slot.hasFocus)
        assert max(ink_columns(slot)) > unfocused + 2  # with the focus, the × after it
    finally:
        app.setStyleSheet("")


def test_backspace_or_delete_on_a_filled_slot_gives_its_word_back(qtbot, widget):
    w = widget
    first, second = w.fields
    click(qtbot, chip(w, "mer"))
    click(qtbot, chip(w, "plage"))
    first.setFocus()
    with qtbot.waitSignal(w.changed):
        qtbot.keyClick(first, Qt.Key.Key_Backspace)
    assert w.response() == ["", "plage"]
    assert chip(w, "mer").isEnabled() and in_bank(chip(w, "mer"))
    assert first.property("active") == "true" and first.hasFocus()
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Delete)
    assert [s.value for s in w.fields] == ["", ""]
    with qtbot.assertNotEmitted(w.changed):
        qtbot.keyClick(second, Qt.Key.Key_Delete)  # empty already: nothing to undo


def test_a_word_two_blanks_need_can_be_placed_twice(qtbot, tmp_path):
    from dataclasses import replace

    q = load(tmp_path).question("q7")
    q = replace(q, text="Il [a] faim et il [a] soif.", choices=("a", "as", "ont"))
    w = ClozeAnswer(q)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    click(qtbot, chip(w, "a"))
    assert chip(w, "a").placed == 1 and in_bank(chip(w, "a"))  # one use left: still offered
    click(qtbot, chip(w, "a"))
    assert w.response() == ["a", "a"]
    assert chip(w, "a").placed == 2 and not in_bank(chip(w, "a"))  # used up: it left
    click(qtbot, w.fields[1])  # a blank emptied: back for it
    assert w.response() == ["a", ""] and chip(w, "a").placed == 1 and in_bank(chip(w, "a"))


def test_after_a_key_tap_the_focus_rings_the_next_word_and_after_a_click_no_chip(qtbot, widget):
    from PySide6.QtWidgets import QApplication

    w = widget
    chips = w.word_bank.chips
    w.activateWindow()
    chips[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chips[0].hasFocus)
    assert chips[0].property("ring") == "true"  # keyboard focus: the ring
    qtbot.keyClick(chips[0], Qt.Key.Key_Return)
    assert not in_bank(chips[0])
    assert chips[1].hasFocus() and chips[1].property("ring") == "true"  # the next word
    assert chips[0].property("ring") == "false"
    click(qtbot, w.fields[0])  # a click: the slot empties, no ring on it
    assert w.fields[0].property("ring") == "false"
    click(qtbot, chips[0])  # a click on a chip: the focus leaves it, and rings nowhere
    focused = QApplication.focusWidget()
    assert focused is not chips[0]
    assert all(c.property("ring") == "false" for c in [*chips, *w.fields])


def test_the_last_word_placed_by_key_hands_the_focus_on(qtbot, tmp_path):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    w = ClozeAnswer(load(tmp_path).question("q7"), parent=holder)
    column.addWidget(w)
    check = QPushButton("Check", holder)
    column.addWidget(check)
    QWidget.setTabOrder(w.word_bank.chips[-1], check)
    holder.show()
    qtbot.waitExposed(holder)
    chips = w.word_bank.chips
    click(qtbot, chips[2])  # one slot left
    holder.activateWindow()
    chips[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chips[0].hasFocus)
    qtbot.keyClick(chips[0], Qt.Key.Key_Space)
    assert w.response() == [chips[2].word, chips[0].word]
    assert check.hasFocus()  # nothing left to place: on to Check


def test_an_elided_word_touches_its_blank(qtbot, tmp_path):
    """« j’ » and the blank after it: no gap but the blank's own padding."""
    from dataclasses import replace

    q = load(tmp_path).question("q7")
    q = replace(q, text="Hier, j’[ai] reçu une lettre.", choices=("ai", "as", "a"))
    w = ClozeAnswer(q)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    slot = w.fields[0]
    labels = slot.parentWidget().findChildren(type(w.marks[0]))
    elided = next(label for label in labels if label.text() == "j’")
    assert slot.geometry().left() == elided.geometry().right() + 1
