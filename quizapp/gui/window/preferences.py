"""The Preferences dialog: sections of settings that apply live and are remembered.

The dialog is a list of sections, each `(title, QWidget)`; the window's own
section (look and reading) is built here, and other rooms add theirs through
`PREFERENCE_SECTIONS` (a factory taking the main window), so a new section
never edits this file. Every control writes its setting at once and asks the
window to apply it: there is no OK button to forget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.window.theme import BASE_PX_CHOICES

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.window.main_window import MainWindow

SectionFactory = Callable[["MainWindow"], tuple[str, QWidget]]
PREFERENCE_SECTIONS: list[SectionFactory] = []  # other rooms append theirs


def add_section(factory: SectionFactory) -> SectionFactory:
    """Register a section (usable as a decorator); shown after the built-in ones."""
    if factory not in PREFERENCE_SECTIONS:
        PREFERENCE_SECTIONS.append(factory)
    return factory


def _combo(parent: QWidget, items: list[tuple[str, object]], current: object) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class LookSection(QWidget):
    """Theme, text size, passage font, glossed-word marks, language, quiz mode."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        s = window.settings
        self.theme = _combo(
            self,
            [
                (self.tr("Light"), "light"),
                (self.tr("Dark"), "dark"),
                (self.tr("As the system"), "system"),
            ],
            s.theme_mode,
        )
        self.size = _combo(
            self,
            [(self.tr("%1 px").replace("%1", str(px)), px) for px in BASE_PX_CHOICES],
            s.base_px,
        )
        self.font_group = QButtonGroup(self)
        self.serif = QRadioButton(self.tr("Serif (like a book)"), self)
        self.sans = QRadioButton(self.tr("Sans serif (like a screen)"), self)
        self.font_group.addButton(self.serif)
        self.font_group.addButton(self.sans)
        (self.serif if s.serif_passage else self.sans).setChecked(True)
        fonts = QHBoxLayout()
        fonts.addWidget(self.serif)
        fonts.addWidget(self.sans)
        fonts.addStretch(1)
        self.marks = QCheckBox(self.tr("Mark the words the glossary explains"), self)
        self.marks.setChecked(s.gloss_marks)
        self.language = _combo(
            self, [("Français", "fr"), ("English", "en")], window.translators.language
        )
        self.quiz_mode = _combo(
            self, [(self.tr("Practice"), "practice"), (self.tr("Test"), "test")], s.quiz_mode
        )
        look = QGroupBox(self.tr("Look"), self)
        form = QFormLayout(look)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Text &size:"), self.size)
        form.addRow(self.tr("Article font:"), fonts)
        form.addRow("", self.marks)
        other = QGroupBox(self.tr("Language and quiz"), self)
        form2 = QFormLayout(other)
        form2.addRow(self.tr("&Interface language:"), self.language)
        form2.addRow(self.tr("Default &quiz mode:"), self.quiz_mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(look)
        layout.addWidget(other)
        self.theme.currentIndexChanged.connect(self._theme)
        self.size.currentIndexChanged.connect(self._size)
        self.serif.toggled.connect(self._font)
        self.marks.toggled.connect(self._marks)
        self.language.currentIndexChanged.connect(self._language)
        self.quiz_mode.currentIndexChanged.connect(self._quiz_mode)

    def _theme(self) -> None:
        self.window_.theme_hub.set_mode(self.theme.currentData())

    def _size(self) -> None:
        self.window_.settings.base_px = int(self.size.currentData())
        self.window_.theme_hub.refresh()

    def _font(self) -> None:
        self.window_.settings.serif_passage = self.serif.isChecked()
        self.window_.theme_hub.refresh()

    def _marks(self, on: bool) -> None:
        self.window_.settings.gloss_marks = on
        self.window_.theme_hub.refresh()

    def _language(self) -> None:
        self.window_.set_language(self.language.currentData())

    def _quiz_mode(self) -> None:
        self.window_.settings.quiz_mode = self.quiz_mode.currentData()


class PreferencesDialog(QDialog):
    """The built-in section, then every registered one, in a scrolling column."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.sections: list[tuple[str, QWidget]] = [
            (self.tr("Look and reading"), LookSection(window))
        ]
        self.sections += [factory(window) for factory in PREFERENCE_SECTIONS]
        column = QWidget(self)
        stack = QVBoxLayout(column)
        for title, widget in self.sections:
            widget.setParent(column)
            widget.setAccessibleName(title)
            stack.addWidget(widget)
        stack.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(column.sizeHint().width() + 48, min(640, column.sizeHint().height() + 96))

    def section(self, title: str) -> QWidget:
        return next(widget for name, widget in self.sections if name == title)
