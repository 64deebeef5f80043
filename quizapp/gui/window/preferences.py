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

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
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
        self.theme = _combo(self, [("", "light"), ("", "dark"), ("", "system")], s.theme_mode)
        self.size = _combo(self, [("", px) for px in BASE_PX_CHOICES], s.base_px)
        self.font_group = QButtonGroup(self)
        self.serif = QRadioButton(self)
        self.sans = QRadioButton(self)
        self.font_group.addButton(self.serif)
        self.font_group.addButton(self.sans)
        (self.serif if s.serif_passage else self.sans).setChecked(True)
        fonts = QHBoxLayout()
        fonts.addWidget(self.serif)
        fonts.addWidget(self.sans)
        fonts.addStretch(1)
        self.marks = QCheckBox(self)
        self.marks.setChecked(s.gloss_marks)
        self.english_titles = QCheckBox(self)  # a B1 learner may want French titles alone
        self.english_titles.setObjectName("english_titles")
        self.english_titles.setChecked(s.english_titles)
        self.language = _combo(
            self, [("Français", "fr"), ("English", "en")], window.translators.language
        )
        self.quiz_mode = _combo(self, [("", "practice"), ("", "test")], s.quiz_mode)
        self.look = QGroupBox(self)
        self.labels = {key: QLabel(self) for key in ("theme", "size", "font", "language", "mode")}
        self.labels["theme"].setBuddy(self.theme)
        self.labels["size"].setBuddy(self.size)
        self.labels["language"].setBuddy(self.language)
        self.labels["mode"].setBuddy(self.quiz_mode)
        form = QFormLayout(self.look)
        form.addRow(self.labels["theme"], self.theme)
        form.addRow(self.labels["size"], self.size)
        form.addRow(self.labels["font"], fonts)
        form.addRow("", self.marks)
        form.addRow("", self.english_titles)
        self.other = QGroupBox(self)
        form2 = QFormLayout(self.other)
        form2.addRow(self.labels["language"], self.language)
        form2.addRow(self.labels["mode"], self.quiz_mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.look)
        layout.addWidget(self.other)
        self.retranslate_ui()
        self.theme.currentIndexChanged.connect(self._theme)
        self.size.currentIndexChanged.connect(self._size)
        self.serif.toggled.connect(self._font)
        self.marks.toggled.connect(self._marks)
        self.english_titles.toggled.connect(self._english_titles)
        self.language.currentIndexChanged.connect(self._language)
        self.quiz_mode.currentIndexChanged.connect(self._quiz_mode)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # chosen here: the dialog follows
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for index, text in enumerate((self.tr("Light"), self.tr("Dark"), self.tr("As the system"))):
            self.theme.setItemText(index, text)
        for index, px in enumerate(BASE_PX_CHOICES):
            self.size.setItemText(index, self.tr("%1 px").replace("%1", str(px)))
        self.quiz_mode.setItemText(0, self.tr("Practice"))
        self.quiz_mode.setItemText(1, self.tr("Test"))
        self.serif.setText(self.tr("Serif (like a book)"))
        self.sans.setText(self.tr("Sans serif (like a screen)"))
        self.marks.setText(self.tr("Mark the words the glossary explains"))
        self.english_titles.setText(self.tr("Show the English of the titles"))
        self.look.setTitle(self.tr("Look"))
        self.other.setTitle(self.tr("Language and quiz"))
        self.labels["theme"].setText(self.tr("&Theme:"))
        self.labels["size"].setText(self.tr("Text &size:"))
        self.labels["font"].setText(self.tr("Article font:"))
        self.labels["language"].setText(self.tr("&Interface language:"))
        self.labels["mode"].setText(self.tr("Default &quiz mode:"))

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

    def _english_titles(self, on: bool) -> None:
        self.window_.settings.english_titles = on
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Preferences"))
        super().changeEvent(event)

    def section(self, title: str) -> QWidget:
        return next(widget for name, widget in self.sections if name == title)
