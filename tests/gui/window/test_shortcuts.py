"""One table of actions: menus, tooltips, the shortcuts dialog, accessibility."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
)

from quizapp.gui.window import shortcuts
from quizapp.gui.window.dialogs import ShortcutsDialog


def test_no_key_is_used_twice():
    seen: dict[str, str] = {}
    for spec in shortcuts.ACTIONS:
        for key in spec.keys + spec.text_keys:
            canonical = QKeySequence(key).toString()
            assert canonical not in seen, f"{key} is used by {seen.get(canonical)} and {spec.name}"
            seen[canonical] = spec.name


def test_every_action_has_keys_in_its_tooltip(window):
    for spec in shortcuts.ACTIONS:
        action = window.actions_by_name[spec.name]
        assert spec.keys or spec.text_keys, spec.name
        assert shortcuts.native_keys(spec) in action.toolTip(), spec.name


def test_help_lists_every_shortcut(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    assert dialog.isVisible()
    rows = dict(dialog.rows())
    assert len(rows) == len(window.specs)  # the table plus actions other screens add
    assert rows["English translation"] == "Ctrl+E"
    assert rows["Next sentence"] == "Down, J (in the text)"
    assert rows["Back to the library"] == "Alt+Left, Esc (in the text)"
    dialog.close()


def test_registered_actions_join_the_table(qtbot, window):
    spec = shortcuts.ActionSpec("history", "view", "History", ("Ctrl+H",), "Past quizzes")
    calls = []
    action = window.add_action(spec, lambda: calls.append(1))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert calls == [1]
    assert action in window.menus["view"].actions()
    extra = shortcuts.ActionSpec("extra", "extra", "Extra", ("Ctrl+Shift+X",), "A new menu")
    window.add_action(extra, lambda: None)
    titles = [a.menu().title() for a in window.menuBar().actions() if a.menu()]
    assert titles[-2:] == ["extra", "&Help"]  # new menus go before Help
    dialog = window.show_shortcuts()
    assert ("History", "Ctrl+H") in dialog.rows()
    dialog.close()


def test_every_control_has_an_accessible_name(reading):
    reading.reading_view.passage.move_current(1)
    reading.reading_view.show_sentence_glosses()
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTextEdit)
    unnamed = []
    for kind in kinds:
        for widget in reading.findChildren(kind):
            if widget.isVisibleTo(reading) and not widget.accessibleName():
                if isinstance(widget, QAbstractButton) and widget.text():
                    continue  # a button's text is its accessible name
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_tab_order_in_the_library(qtbot, window):
    view = window.library_view
    view.search.setFocus()
    # the filters, the review's chip, the « Continue » card's button (when shown), its
    # « Your level? » chips (when it asks), the list
    expected = [view.level, view.tag]
    expected += [
        w for w in (view.review_chip, view.hero and view.hero.button) if w and w.isVisible()
    ]
    if view.hero is not None:
        expected += [chip for chip in view.hero.chips.values() if chip.isVisible()]
    expected.append(view.table)
    order = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == expected


def test_new_screens_join_the_stack(qtbot, window):
    from PySide6.QtWidgets import QLabel

    history = QLabel("history")
    window.add_screen("history", history)
    window.show_screen("history")
    assert window.current_screen() == "history"
    assert not window.actions_by_name["start_quiz"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_screen() == "library"
