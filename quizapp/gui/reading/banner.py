"""A non-modal strip over the passage saying the file on disk has problems.

The learner keeps reading the last version that loaded; the strip offers the
Problems panel and can be dismissed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class Banner(QFrame):
    """A non-modal strip saying the file on disk has problems; the old text stays."""

    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.icon = QLabel(self)
        size = max(16, self.fontMetrics().height())
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.details = QToolButton(self)
        self.dismiss = QToolButton(self)
        self.dismiss.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.dismiss.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.details, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.details.clicked.connect(self.details_requested)
        self.dismiss.clicked.connect(self.hide)
        self._count = 0
        self.retranslate_ui()
        self.hide()

    def show_problems(self, count: int) -> None:
        self._count = count
        self.retranslate_ui()
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "The file has %n error(s) since your last change; "
                "you are still reading the last version that loaded.",
                "",
                self._count,
            )
        )
        self.details.setText(self.tr("Show problems"))
        self.details.setAccessibleName(self.tr("Show problems"))
        self.details.setAccessibleDescription(self.tr("Open the list of problems in this file"))
        self.dismiss.setToolTip(self.tr("Hide this message"))
        self.dismiss.setAccessibleName(self.tr("Hide this message"))
        self.dismiss.setAccessibleDescription(self.tr("The problems stay in the Problems panel"))
        self.text.setAccessibleName(self.tr("File problems"))
