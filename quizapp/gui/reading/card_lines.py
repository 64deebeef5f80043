"""The gloss card's lines: teacher text shown literally, and "form → headword"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(parent: QWidget, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def headword(word: str, entry: str) -> str:
    """ "déployées → déployer": the clicked form and its headword, when they differ."""
    if not word or word.casefold() == entry.casefold():
        return entry
    return f"{word} → {entry}"
