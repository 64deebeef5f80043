"""The first start's welcome, as a card at the top of the library (not a dialog).

It asks the learner's name, prefilled from the computer's account; "Skip"
keeps a neutral "Learner 1". Optionally their level (A1…C1, or "I don't know",
the default): the library's first recommendation then suits them. Being part of
the window, it never blocks it: a learner who starts reading first is saved
under the name the card shows, and the status bar says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from quizapp.gui.window.qt_names import plain_text

WELCOME_LEVELS = ("A1", "A2", "B1", "B2", "C1", "")  # "": I don't know


class WelcomeCard(QFrame):
    """Emits `answered(name)` on Start (the typed name) or Skip (the neutral one)."""

    answered = Signal(str)

    def __init__(self, parent, suggested: str):
        super().__init__(parent)
        self.setObjectName("welcome_card")
        self.setProperty("card", "plain")
        self.title = QLabel(self)
        self.title.setProperty("type", "question")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("tone", "muted")
        for label in (self.title, self.text):
            plain_text(label)
        self.field = QLineEdit(self)
        self.field.setObjectName("welcome_name")
        self.field.setMaxLength(60)
        self.field.setText(suggested)
        self.start = QPushButton(self)
        self.start.setObjectName("welcome_start")
        self.start.setProperty("primary", "true")
        self.skip = QPushButton(self)
        self.skip.setObjectName("welcome_skip")
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.start)
        row.addWidget(self.skip)
        self.level_label = QLabel(self)
        plain_text(self.level_label)
        self.level_label.setProperty("tone", "muted")
        self.levels = QButtonGroup(self)  # exclusive: one level, or "I don't know"
        levels = QHBoxLayout()
        levels.addWidget(self.level_label)
        for level in WELCOME_LEVELS:
            button = QPushButton(level, self)
            button.setCheckable(True)
            button.setProperty("level_choice", level or "unknown")
            self.levels.addButton(button)
            levels.addWidget(button)
        levels.addStretch(1)
        self.levels.buttons()[-1].setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addLayout(levels)
        self.start.clicked.connect(self._start)
        self.field.returnPressed.connect(self._start)
        self.skip.clicked.connect(lambda: self.answered.emit(self.neutral()))
        self.field.textChanged.connect(lambda text: self.start.setEnabled(bool(text.strip())))
        self.retranslate_ui()

    def neutral(self) -> str:
        return self.tr("Learner 1")

    def name(self) -> str:
        """The name Start would save under (the neutral one if the field is empty)."""
        return self.field.text().strip() or self.neutral()

    def level(self) -> str | None:
        """The level chosen, None for "I don't know"."""
        checked = self.levels.checkedButton()
        choice = str(checked.property("level_choice")) if checked is not None else "unknown"
        return None if choice == "unknown" else choice

    def _start(self) -> None:
        if self.field.text().strip():
            self.answered.emit(self.field.text().strip())

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome! Who is reading?"))
        self.text.setText(
            self.tr(
                "Your progress is kept under this name, on this computer only. "
                "You can rename it later in the Learner list."
            )
        )
        self.field.setAccessibleName(self.tr("Your name"))
        self.start.setText(self.tr("Start reading"))
        self.skip.setText(self.tr("Skip"))
        self.level_label.setText(self.tr("Your level:"))
        self.levels.buttons()[-1].setText(self.tr("I don’t know"))
        for button in self.levels.buttons()[:-1]:
            button.setAccessibleName(self.tr("Level %1").replace("%1", button.text()))
        self.skip.setToolTip(self.tr("Start as “%1”").replace("%1", self.neutral()))
