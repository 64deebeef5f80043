"""The Daily goal section of the Preferences: relaxed, normal or intensive, per learner.

Kept in the window's settings under the learner's id, like the level they declare
(`level.py`): two learners on one computer each keep their own pace. The choice
applies at once: the library's ring and streak are read again with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from quizapp.core.progress.goal import GOAL_SIZES


class GoalSection(QWidget):
    def __init__(self, window: Any):
        super().__init__()
        self.window_ = window
        bridge = getattr(getattr(window, "progress_screens", None), "bridge", None)
        self.profile = getattr(bridge, "profile", None)
        self.box = QGroupBox(self)
        self.goal = QComboBox(self)
        self.goal.setObjectName("daily_goal")
        for name in GOAL_SIZES:
            self.goal.addItem("", name)
        if self.profile is not None:
            current = window.settings.daily_goal(self.profile.id)
            self.goal.setCurrentIndex(max(0, self.goal.findData(current)))
        self.goal.setEnabled(self.profile is not None)
        self.label = QLabel(self)
        self.label.setBuddy(self.goal)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setProperty("type", "caption")
        self.caption.setProperty("tone", "muted")
        form = QFormLayout()
        form.addRow(self.label, self.goal)
        stack = QVBoxLayout(self.box)
        stack.addLayout(form)
        stack.addWidget(self.caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.goal.currentIndexChanged.connect(self._chosen)
        self.retranslate_ui()

    def _chosen(self) -> None:
        if self.profile is None:
            return
        self.window_.settings.set_daily_goal(self.profile.id, self.goal.currentData())
        view = getattr(self.window_, "library_view", None)
        greeting = getattr(view, "greeting", None)
        if greeting is not None:  # the ring and the streak, read with the new size
            greeting.refresh(self.window_)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("Daily goal"))
        self.label.setText(self.tr("&Answers a day:"))
        names = {
            "relaxed": self.tr("Relaxed: %1 answers"),
            "normal": self.tr("Normal: %1 answers"),
            "intensive": self.tr("Intensive: %1 answers"),
        }
        for index, (name, size) in enumerate(GOAL_SIZES.items()):
            self.goal.setItemText(index, names[name].replace("%1", str(size)))
        if self.profile is None:
            self.caption.setText(self.tr("Choose a learner first: each keeps their own goal."))
        else:
            self.caption.setText(
                self.tr(
                    "Each quiz answer and each review card counts; a quiz part is about ten. "
                    "Days in a row count the days the goal is met."
                )
            )


def goal_section(window: Any) -> tuple[str, QWidget]:
    """The Preferences' factory (window/preferences.py `add_section`)."""
    section = GoalSection(window)
    return QCoreApplication.translate("GoalSection", "Daily goal"), section
