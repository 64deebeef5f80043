"""The review's settings as one self-contained widget, for Preferences and the Review screen.

Desired retention (the chance FSRS aims for that a card is still known when
it comes back: higher means more reviews) and the number of new cards a
day. Saved in the settings file the moment they change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.window.settings import AppSettings


class ReviewSection(QWidget):
    changed = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.retention = QDoubleSpinBox(self)
        self.retention.setObjectName("review_retention")
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.retention.setValue(settings.review_retention)
        self.new_per_day = QSpinBox(self)
        self.new_per_day.setObjectName("review_new_per_day")
        self.new_per_day.setRange(0, 999)
        self.new_per_day.setValue(settings.review_new_per_day)
        self.retention_label, self.new_label = QLabel(self), QLabel(self)
        self.retention_label.setBuddy(self.retention)
        self.new_label.setBuddy(self.new_per_day)
        form = QFormLayout(self)
        form.addRow(self.retention_label, self.retention)
        form.addRow(self.new_label, self.new_per_day)
        self.retention.valueChanged.connect(self._save)
        self.new_per_day.valueChanged.connect(self._save)
        self.retranslate_ui()

    def _save(self) -> None:
        self.settings.review_retention = self.retention.value()
        self.settings.review_new_per_day = self.new_per_day.value()
        self.settings.sync()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.retention_label.setText(self.tr("&Aim to remember:"))
        self.retention.setToolTip(
            self.tr(
                "The share of words you should still know when they come back "
                "(0.90: 9 in 10, as in Anki; higher means more reviews)"
            )
        )
        self.new_label.setText(self.tr("&New words a day:"))
        self.new_per_day.setToolTip(
            self.tr("Words and questions reviewed for the first time, per day")
        )


def review_section(window: Any) -> tuple[str, QWidget]:
    """Preferences → Review: desired retention and new cards a day, counted again at once."""
    title = QCoreApplication.translate("Preferences", "Review")
    box = QGroupBox(title)
    section = ReviewSection(window.settings, box)
    section.setObjectName("review_section")
    QVBoxLayout(box).addWidget(section)
    section.changed.connect(window.progress_screens.review.update_count)
    return title, box
