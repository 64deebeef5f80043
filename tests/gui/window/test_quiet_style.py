"""The mnemonic underlines are hidden once the window has painted; Alt+letter still works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleFactory

from quizapp.gui.window.quiet_style import QuietMnemonics, install, is_installed


def test_the_quiet_style_is_fusion_without_underlines(qapp):
    install(qapp)
    assert is_installed(qapp)
    style = qapp.style()  # the style sheet's wrapper, when a sheet is set: asked the same
    assert style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut) == 0
    assert style.name().lower() in ("fusion", "")
    own = QuietMnemonics(QStyleFactory.create("Fusion"))
    fusion = QStyleFactory.create("Fusion")
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons  # any other: Fusion's own
    assert own.styleHint(hint) == fusion.styleHint(hint)
    install(qapp)
    assert qapp.style() is style  # once per process: never replaced under a style sheet


def test_zooming_the_window_keeps_the_quiet_style(window, qapp):
    assert is_installed(qapp)  # with the style sheet, after the first paint
    style = qapp.style()
    window.zoom_by(1)
    window.zoom_by(None)
    assert qapp.style() is style
    assert qapp.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut) == 0


def test_alt_letter_still_reaches_a_label_s_buddy(qtbot, qapp):
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

    install(qapp)
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    search, level, label = QLineEdit(host), QComboBox(host), QLabel("&Niveau :", host)
    label.setBuddy(level)
    for widget in (search, label, level):
        row.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(level.hasFocus)  # the underline is gone, the mnemonic is not
