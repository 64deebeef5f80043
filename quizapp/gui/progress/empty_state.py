"""Nothing to show yet: a calm card with one line that says why, one that says how, and
one button to get there (the library), instead of an empty grid."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QFrame):
    """The card the progress screens show in place of an empty list."""

    action = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progress_empty")
        self.title = QLabel(self)
        self.title.setObjectName("progress_empty_title")
        self.text = QLabel(self)
        self.text.setObjectName("progress_empty_text")
        self.button = QPushButton(self)
        self.button.setProperty("primary", "true")
        self.button.clicked.connect(self.action)
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def say(self, title: str, text: str, button: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
