"""A small quiet button of the gloss card that shows its key as a keycap badge.

"Known  [K]" rather than "Known (K)": the letter is the same in every language, so it
reads as a key, not as a word of the interface. The button's `text()` stays the label
alone (screen readers, tests); two child labels draw it, the style sheet sizes them
(`stylesheet_reading.py`: `QLabel[keycap="true"]`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)


class KeyButton(QPushButton):
    """A push button drawn as its frame, its label, then a muted keycap with `key`."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("key_label")
        self.keycap = QLabel(key, self)
        self.keycap.setProperty("keycap", "true")
        self.keycap.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self)
        row.addWidget(self.label)
        row.addWidget(self.keycap, 0, Qt.AlignmentFlag.AlignVCenter)
        for label in (self.label, self.keycap):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.label.setText(text)
        self.setAccessibleName(text)
        self._fit()

    def _fit(self) -> None:
        """Paddings from the label's own font, so a zoom scales them with the text."""
        self.label.ensurePolished()
        self.keycap.ensurePolished()
        line = self.label.fontMetrics().height()
        self.layout().setContentsMargins(
            round(line * 0.6), round(line * 0.2), round(line * 0.45), round(line * 0.2)
        )
        self.layout().setSpacing(round(line * 0.4))
        self.keycap.setMinimumWidth(self.keycap.fontMetrics().height())
        self.updateGeometry()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.StyleChange, event.Type.FontChange):
            self._fit()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame only: the labels draw the words."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)
