"""The gloss card's lines: teacher text shown literally, "form → headword", and the
scrolling column that holds them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from quizapp.gui.quiz.fit_scroll import EdgeFade


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


def headword_line(word: str, entry: str, muted: str) -> tuple[str, str]:
    """The line in words, and as rich text: the clicked form and its arrow in muted regular
    weight, the headword in bold; both escaped, so teacher text never becomes markup."""
    return headword(word, entry), _rich(word, entry, muted)


def with_kind(line: str, rich: str, kind: str, muted: str) -> tuple[str, str]:
    """The headword's line with its part of speech after it: « marché · noun, masc. »,
    a muted regular italic caption (a dictionary's answer and a glossary entry alike)."""
    if not kind:
        return line, rich
    colour = f"color:{muted}; " if muted else ""
    style = f"{colour}font-weight:400"
    return f"{line} · {kind}", f'{rich} &nbsp;<span style="{style}"><i>{escape(kind)}</i></span>'


def _rich(word: str, entry: str, muted: str) -> str:
    if not word or word.casefold() == entry.casefold():
        return f"<b>{escape(entry)}</b>"
    colour = f"color:{muted}; " if muted else ""
    form = f'<span style="{colour}font-weight:400">{escape(word)} →</span>'
    return f"{form} <b>{escape(entry)}</b>"


def shown_text(label: QLabel) -> str:
    """What `label` says: a rich line's words (its accessible name), not its markup;
    a cut note's first lines and its link (card_compact.py)."""
    if label.property("peek"):
        return label.property("peek")
    if label.textFormat() == Qt.TextFormat.RichText:
        return label.accessibleName()
    return label.text()


def text_height(label: QLabel, width: int) -> int:
    """How tall `label`'s wrapped text is at `width`, from its font now (a label hidden
    through a zoom keeps a stale measure of its own)."""
    margins = label.contentsMargins()
    inner = max(1, width - margins.left() - margins.right())
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    box = QFontMetrics(label.font()).boundingRect(
        QRect(0, 0, inner, 1 << 20), flags, shown_text(label)
    )
    return box.height() + margins.top() + margins.bottom()


class CardLines(QScrollArea):
    """The card's lines above its buttons: as tall as they are, or, when the card may not
    grow that tall (a docked panel in a small window), scrolled inside, never cut short:
    while more lies below, the bottom edge fades into the card (no half line that looks
    cut off)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("card_lines")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card's buttons keep the keys
        content = QWidget(self)
        content.setObjectName("card_lines_content")
        self.lines = QVBoxLayout(content)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.setWidget(content)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self.fade = EdgeFade(self)  # its colour and height: the card's theme (gloss_card.py)

    def fit(self, labels: list[QLabel], width: int, room: int | None) -> bool:
        """Labels `width` wide; at most `room` tall (None: no limit), scrolling beyond
        (True then)."""
        height = full = self._measure(labels, width)
        scrolls = room is not None and height > room
        if scrolls:
            full = self._measure(labels, width - self.verticalScrollBar().sizeHint().width())
            height = max(room, labels[0].fontMetrics().height() if labels else 0)
        # its lines' height now, so the scroll range is right at once: a card that keeps
        # its size (a peek already as tall as its room, opened) gets no resize to redo it
        self.widget().setMinimumHeight(full)
        self.setFixedSize(width, height)
        return scrolls

    def _measure(self, labels: list[QLabel], width: int) -> int:
        for label in labels:
            label.ensurePolished()  # measured in the font its role gives it
            label.setFixedWidth(width)
            label.setMinimumHeight(text_height(label, width))
        shown = [label.minimumHeight() for label in labels if not label.isHidden()]
        return sum(shown) + self.lines.spacing() * max(0, len(shown) - 1)
