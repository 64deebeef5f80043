"""Nothing to show yet: a calm card with one line that says why, one that says how, and
one button to get there (the library), instead of an empty grid; the page may add quiet
text links under it for the other useful ways (`offer`: « Paste a text of your own »,
« Back to the library »)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

MEASURE = 64  # the card's widest, in average characters of its text: a short paragraph


class EmptyState(QWidget):
    """Shown in place of an empty list: the card in the upper middle of the page."""

    action = Signal()
    link = Signal(str)  # the name of an offered link

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = QFrame(self)
        self.card.setObjectName("progress_empty")
        self.title = QLabel(self.card)
        self.title.setObjectName("progress_empty_title")
        self.text = QLabel(self.card)
        self.text.setObjectName("progress_empty_text")
        self.button = QPushButton(self.card)
        self.button.setProperty("primary", "true")
        self.button.clicked.connect(self.action)
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        inside = QVBoxLayout(self.card)
        inside.addWidget(self.title)
        inside.addWidget(self.text)
        inside.addSpacing(self.fontMetrics().height() // 2)
        inside.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.links: dict[str, QPushButton] = {}
        self._inside = inside
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def say(self, title: str, text: str, button: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)

    def offer(self, links: list[tuple[str, str]]) -> None:
        """Quiet links (name, words) under the button, in this order; [] for none."""
        for name, button in list(self.links.items()):
            if name not in dict(links):
                self._inside.removeWidget(button)
                button.deleteLater()
                del self.links[name]
        for name, words in links:
            button = self.links.get(name)
            if button is None:
                button = self.links[name] = QPushButton(self.card)
                button.setObjectName(f"empty_link_{name}")
                button.setProperty("link", "true")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _=False, n=name: self.link.emit(n))
            self._inside.removeWidget(button)
            self._inside.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            button.setText(words)
            button.show()
        self._fit(self.size().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A paragraph's measure at the text's size (it follows the zoom), never wider
        than the page; the card's padding grows with the text as well."""
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, page: int) -> None:
        metrics = self.text.fontMetrics()
        pad = metrics.height()
        self.card.layout().setContentsMargins(pad * 2, pad * 2, pad * 2, pad * 2)
        margins = self.layout().contentsMargins()
        room = page - margins.left() - margins.right()
        width = max(1, min(room, metrics.averageCharWidth() * MEASURE))
        self.card.setFixedWidth(width)  # and as tall as its wrapped lines at that width
        self.card.setFixedHeight(self.card.layout().totalHeightForWidth(width))
