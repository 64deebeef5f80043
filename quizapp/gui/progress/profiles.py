"""Who is learning: a drop-down of learners, and an inline field to add one.

It sits at the right end of the window's status bar, so choosing or adding a learner never blocks
the window; the progress bridge does the saving and tells it what to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from quizapp.gui.window.qt_names import plain_text

if TYPE_CHECKING:  # pragma: no cover - the progress store's modules load after the first paint
    from quizapp.core.progress.records import Profile

NEW = -1  # the data of the "New learner…" entry
RENAME = -2  # "Rename…" the current learner
DELETE = -3  # "Delete…" the current learner


class ProfilePicker(QWidget):
    """Emits `chosen(profile_id)` or `create_requested(name)`; shows what it is given."""

    chosen = Signal(int)
    create_requested = Signal(str)
    rename_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profile_picker")
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(10)
        self.label.setBuddy(self.combo)
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.add = QPushButton(self)
        self.cancel = QPushButton(self)
        self.message = QLabel(self)
        plain_text(self.message)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(link);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.name)
        layout.addWidget(self.add)
        layout.addWidget(self.cancel)
        layout.addWidget(self.message, 1)
        self._profiles: list[Profile] = []
        self._current: int | None = None
        self.combo.activated.connect(self._activated)
        self.name.returnPressed.connect(self._submit)
        self.name.textChanged.connect(lambda _t: self.message.clear())
        self.add.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.close_new)
        self.retranslate_ui()
        self.close_new()

    # -- what the bridge tells it --------------------------------------------------
    def set_profiles(self, profiles: Sequence[Profile], current: int | None) -> None:
        self._profiles = list(profiles)
        self._current = current
        self._fill()
        if not profiles:
            self.open_new()
        elif self.name.isVisible():
            self.close_new()

    def current_id(self) -> int | None:
        return self._current

    def show_error(self, text: str) -> None:
        self.open_new()
        self.message.setText(text)

    def open_new(self) -> None:
        """Show the name field (the "New learner…" entry, or the first run)."""
        for widget in (self.name, self.add):
            widget.show()
        self.cancel.setVisible(bool(self._profiles))
        self.combo.setVisible(bool(self._profiles))
        self.message.show()
        self.name.setFocus()

    def close_new(self) -> None:
        for widget in (self.name, self.add, self.cancel):
            widget.hide()
        self.name.clear()
        self.message.clear()
        self.combo.show()
        self._select_current()

    # -- internals -----------------------------------------------------------------
    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for profile in self._profiles:
            self.combo.addItem(profile.name, profile.id)
        self.combo.addItem(self.tr("New learner…"), NEW)
        if self._current is not None:
            self.combo.addItem(self.tr("Rename this learner…"), RENAME)
            self.combo.addItem(self.tr("Delete this learner…"), DELETE)
        self.combo.blockSignals(False)
        self._select_current()

    def _select_current(self) -> None:
        index = self.combo.findData(self._current) if self._current is not None else -1
        self.combo.setCurrentIndex(max(index, 0) if self._profiles else -1)

    def _activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == NEW:
            self.open_new()
        elif data in (RENAME, DELETE):
            self._select_current()
            if self._current is not None:
                signal = self.rename_requested if data == RENAME else self.delete_requested
                signal.emit(self._current)
        elif data is not None and data != self._current:
            self.chosen.emit(int(data))

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("Type the learner’s name first."))
            return
        self.create_requested.emit(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # after the first paint: see quizapp/gui/window/qt_names.py

        if event.key() == Qt.Key.Key_Escape and self.name.isVisible() and self._profiles:
            self.close_new()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit_name(self) -> None:
        """The name field shows its hint whole, not elided, in either language and size."""
        metrics = self.name.fontMetrics()
        hint = metrics.horizontalAdvance(self.name.placeholderText() + "mmmm")
        self.name.setMinimumWidth(max(metrics.horizontalAdvance("m" * 14), hint))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_name()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Learner:"))
        self.combo.setAccessibleName(self.tr("Learner"))
        self.combo.setToolTip(self.tr("Each learner has their own progress"))
        self.name.setPlaceholderText(self.tr("Name of the new learner"))
        self._fit_name()
        self.name.setAccessibleName(self.tr("Name of the new learner"))
        self.add.setText(self.tr("Add"))
        self.cancel.setText(self.tr("Cancel"))
        if self._profiles or self.combo.count():
            self._fill()
