"""A non-modal strip that says when progress is not being saved, and why.

The learner keeps working; the strip stays until the store catches up (then
it says so briefly) or for good when progress cannot be saved at all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

OK_SHOWN_MS = 4000


class SaveBanner(QFrame):
    """Shows one message at a time: a failure (with "Try again now") or a recovery."""

    retry_requested = Signal()
    wanted = Signal(bool)  # show or hide me (the bar holding the banner does it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("save_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QToolButton(self)
        self.retry.clicked.connect(self.retry_requested)
        self.dismiss = QToolButton(self)
        self.dismiss.setAutoRaise(True)  # its icon comes with the first message (_set_icon)
        self.dismiss.clicked.connect(self.dismiss_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.dismiss_now)
        self.kind = ""
        self.retranslate_ui()

    def dismiss_now(self) -> None:
        self._hide_timer.stop()
        self.kind = ""
        self.wanted.emit(False)

    def sizeHint(self) -> QSize:
        """As tall as the message needs at the width it has (a toolbar asks before wrapping)."""
        hint = super().sizeHint()
        margins = self.layout().contentsMargins()
        spacing = self.layout().spacing()
        others = sum(
            w.sizeHint().width() + spacing
            for w in (self.icon, self.retry, self.dismiss)
            if not w.isHidden()
        )
        window = self.window()
        width = max(self.width(), window.width() - 24 if window is not self else 0, 200)
        room = max(120, width - others - margins.left() - margins.right())
        tallest = max(
            self.text.heightForWidth(room),
            self.retry.sizeHint().height(),
            self.icon.sizeHint().height(),
        )
        return QSize(hint.width(), tallest + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def _set_icon(self, name: str) -> None:
        """The style's icon `name`; QStyle is first touched here, not before the first paint
        (making its Python enums costs ~15 ms, and the banner is hidden at start)."""
        from PySide6.QtWidgets import QStyle

        style = self.style()
        if self.dismiss.icon().isNull():
            self.dismiss.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        size = max(16, self.fontMetrics().height())
        self.icon.setPixmap(style.standardIcon(getattr(QStyle.StandardPixmap, name)).pixmap(size))

    def show_failure(self, text: str, can_retry: bool = True) -> None:
        """Answers are not reaching the disk; `can_retry` offers "Try again now"."""
        self._hide_timer.stop()
        self.kind = "failure"
        self._set_icon("SP_MessageBoxWarning")
        self.text.setText(text)
        self.retry.setVisible(can_retry)
        self.dismiss.setVisible(not can_retry)
        self.wanted.emit(True)

    def show_saved(self, text: str) -> None:
        """Everything caught up: say so for a few seconds."""
        self.kind = "saved"
        self._set_icon("SP_DialogApplyButton")
        self.text.setText(text)
        self.retry.hide()
        self.dismiss.show()
        self.wanted.emit(True)
        self._hide_timer.start(OK_SHOWN_MS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.retry.setText(self.tr("Try again now"))
        self.retry.setToolTip(self.tr("Try to save the waiting answers now"))
        self.dismiss.setToolTip(self.tr("Hide this message"))
        self.dismiss.setAccessibleName(self.tr("Hide this message"))
        self.text.setAccessibleName(self.tr("Saving"))
