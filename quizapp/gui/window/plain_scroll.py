"""One frameless vertical scroll area for the pages that scroll as a whole (the quiz's
summary, History, the review's end): the same look and the same no-sideways rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def plain_scroll(parent: QWidget, name: str) -> QScrollArea:
    """A frameless scroll area whose page takes its width (it never scrolls sideways)."""
    scroll = QScrollArea(parent)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll
