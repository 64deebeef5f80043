"""The Listening section of the Preferences: the voice's speed, and why there is no voice.

Slow is the default (a learner's pace); the choice applies at once and is kept. When
no French voice can speak, the one caption says why and how to get one, and the speed
is left out: there is nothing to hear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from quizapp.gui.speech.service import NO_ADDONS, NO_ENGINE

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.speech.hookup import SpeechHookup


class SpeechSection(QWidget):
    def __init__(self, window: Any, hookup: SpeechHookup):
        super().__init__()
        self.window_, self.service = window, hookup.service
        self.box = QGroupBox(self)
        self.speed = QComboBox(self)
        self.speed.addItem("", True)
        self.speed.addItem("", False)
        self.speed.setCurrentIndex(0 if window.settings.speech_slow else 1)
        self.speed_label = QLabel(self)
        self.speed_label.setBuddy(self.speed)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setProperty("type", "caption")
        self.caption.setProperty("tone", "muted")
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.speed_label, self.speed)
        stack = QVBoxLayout(self.box)
        stack.addLayout(form)
        stack.addWidget(self.caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.speed.currentIndexChanged.connect(self._speed)
        self.service.ready.connect(self._availability)
        self.retranslate_ui()

    def _speed(self) -> None:
        slow = bool(self.speed.currentData())
        self.window_.settings.speech_slow = slow
        self.service.set_slow(slow)

    def _availability(self) -> None:
        """The speed while a voice exists; else the caption that says how to get one."""
        service = self.service
        shown = service.known and not service.available
        self.speed.setVisible(service.available)
        self.speed_label.setVisible(service.available)
        if not service.known:
            text = self.tr("Looking for a French voice…")
        elif service.reason == NO_ADDONS:
            text = self.tr('Install the speech extension: pip install "quizapp[speech]"')
        elif service.reason == NO_ENGINE:
            text = self.tr(
                "No speech engine was found: on Linux, install speech-dispatcher and espeak-ng"
            )
        else:
            text = self.tr(
                "No French voice was found: on Linux, install speech-dispatcher and "
                "espeak-ng; on Windows and macOS, add a French voice in the system settings"
            )
        self.caption.setText(text)
        self.caption.setVisible(shown or not service.known)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("Listening"))
        self.speed_label.setText(self.tr("&Voice speed:"))
        self.speed.setItemText(0, self.tr("Slow"))
        self.speed.setItemText(1, self.tr("Normal"))
        self._availability()


def speech_section(window: Any) -> tuple[str, QWidget]:
    """The Preferences' factory (window/preferences.py `add_section`)."""
    window.reading_view  # noqa: B018 - builds the speech hookup with the reading screen
    section = SpeechSection(window, window.speech)
    return QCoreApplication.translate("SpeechSection", "Listening"), section
