"""The Preferences' "Words in the text" section: which words the passage tints.

The same three-way choice as the View menu's two ticks ("Colour my words",
"Colour all new words"): none, the learner's words (the default), or every
word never met as well. It applies at once and is remembered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from quizapp.gui.window.settings import WORD_COLOURS


class WordColoursSection(QWidget):
    def __init__(self, window: Any):
        super().__init__()
        self.window_ = window
        self.known = window.progress_screens.review.known  # its View menu ticks, too
        self.box = QGroupBox(self)
        self.colours = QComboBox(self)
        self.colours.setObjectName("word_colours")
        for mode in WORD_COLOURS:
            self.colours.addItem("", mode)
        self.colours.setCurrentIndex(WORD_COLOURS.index(window.settings.word_colours))
        self.label = QLabel(self)
        self.label.setBuddy(self.colours)
        QFormLayout(self.box).addRow(self.label, self.colours)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.colours.currentIndexChanged.connect(self._chosen)
        for name in ("colour_my_words", "colour_words"):  # the View menu's ticks
            window.actions_by_name[name].toggled.connect(self._follow)
        self.retranslate_ui()

    def _follow(self) -> None:
        self.colours.blockSignals(True)
        self.colours.setCurrentIndex(WORD_COLOURS.index(self.window_.settings.word_colours))
        self.colours.blockSignals(False)

    def _chosen(self) -> None:
        self.known.set_mode(self.colours.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("Words in the text"))
        self.label.setText(self.tr("&Tint:"))
        names = (self.tr("No words"), self.tr("My words"), self.tr("My words and new words"))
        for index, name in enumerate(names):
            self.colours.setItemText(index, name)
        self.colours.setToolTip(
            self.tr("My words: those you looked up or saved. New words: those you never met.")
        )


def word_colours_section(window: Any) -> tuple[str, QWidget]:
    """The Preferences' factory (window/preferences.py `add_section`)."""
    title = QCoreApplication.translate("WordColoursSection", "Words in the text")
    return title, WordColoursSection(window)
