"""The dialog that shows an unexpected error, with its details ready to copy.

A module of its own so that its Qt classes (QDialog, QDialogButtonBox,
QPlainTextEdit: ~5 ms to create in PySide6) load with the first error, not
before the window's first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_DETAILS = 200_000  # characters kept in the dialog: a flood of errors stays readable


class ErrorDialog(QDialog):
    """A plain-text report of what went wrong, with its details ready to copy."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str):
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel(text, self)
        self.message.setObjectName("error_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("error_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlainText(details)
        self.details.setAccessibleName(QCoreApplication.translate("ErrorHandler", "Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(
            QCoreApplication.translate("ErrorHandler", "&Copy details"), self
        )
        self.copy_button.setObjectName("copy_details")
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "ErrorHandler", "Copy the details, to paste them into a bug report"
            )
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def add_details(self, details: str) -> None:
        """A further error while this one is open: appended, not a second dialog."""
        text = self.details.toPlainText() + "\n" + details
        self.details.setPlainText(text[-MAX_DETAILS:])
