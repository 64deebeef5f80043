"""The word card turning over: a short flip (~180 ms) from its front to its back.

The card itself changes at once (its back is there for the keyboard, a screen reader
and the tests the moment « Show the answer » is pressed); a cover over it paints the
turn: a picture of the front narrowing to its edge, then one of the back widening from
it, on the page's colour. None when the app asks for less motion (`motion_on`, as the
quiz's pop and the summary's confetti check it), and the cover removes itself after.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QPropertyAnimation,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

FLIP_MS = 180


class FlipCover(QWidget):
    """Over the card while it turns: `turn` 0 → 1 (front until ½, then the back)."""

    def __init__(self, parent: QWidget, front: QPixmap, back: QPixmap, background: str):
        super().__init__(parent)
        self.setObjectName("review_flip")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.front, self.back, self.background = front, back, QColor(background)
        self._turn = 0.0

    def _get_turn(self) -> float:
        return self._turn

    def _set_turn(self, value: float) -> None:
        self._turn = float(value)
        self.update()

    turn = Property(float, _get_turn, _set_turn)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The side showing, squeezed to its share of its width about the card's middle."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.background)
        first = self._turn < 0.5
        picture = self.front if first else self.back
        share = (1.0 - 2 * self._turn) if first else (2 * self._turn - 1.0)
        ratio = picture.devicePixelRatio() or 1.0
        width, height = picture.width() / ratio, picture.height() / ratio
        shown = max(1.0, width * share)
        target = QRectF((self.width() - shown) / 2, 0, shown, height)
        painter.drawPixmap(target, picture, QRectF(picture.rect()))
        painter.end()


def flip(
    card: QWidget,
    turn_over: Callable[[], None],
    background: str,
    motion: bool,
) -> QPropertyAnimation | None:
    """Turn `card` over: `turn_over()` shows its back at once; with `motion`, a cover
    paints the turn over it for FLIP_MS, then goes."""
    parent = card.parentWidget()
    if not motion or parent is None or not card.isVisible():
        turn_over()
        return None
    before = QRect(card.geometry())
    front = card.grab()
    turn_over()
    layout = parent.layout()
    if layout is not None:  # the back at its own height before its picture is taken
        layout.activate()
    back = card.grab()
    area = before.united(card.geometry())
    cover = FlipCover(parent, front, back, background)
    cover.setGeometry(area)
    cover.show()
    cover.raise_()
    animation = QPropertyAnimation(cover, b"turn", cover)
    animation.setDuration(FLIP_MS)
    animation.setStartValue(0.0)
    animation.setEndValue(1.0)
    animation.setEasingCurve(QEasingCurve.Type.InOutQuad)
    animation.finished.connect(cover.deleteLater)
    animation.start()
    return animation
