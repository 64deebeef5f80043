"""Small motions that answer a check, each under 300 ms (the "+1" under a second):
the verdict card fades in, a right answer's points float up from the score, a
wrong pick shakes once. None when the system asks for less motion
(`summary_head.reduced_motion`, shared with the summary's ring), and every one
ends by removing what it added, so the screen after it is exactly the still one.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QGraphicsEffect, QWidget

from quizapp.gui.quiz.summary_head import reduced_motion
from quizapp.gui.window.theme import Theme

FADE_MS = 180
SHAKE_MS = 250
FLOAT_MS = 700
POP_MS = 260  # a quick, soft pop: from small, past full size, back to it

__all__ = ["FADE_MS", "POP_MS", "Floater", "fade_in", "motion_on", "pop_animation", "shake"]


def motion_on() -> bool:
    return not reduced_motion()


def _animate(owner: QWidget, ms: int, step, done, curve=QEasingCurve.Type.OutCubic):
    """A 0 → 1 animation owned by `owner` that calls `step(value)`, then `done()`."""
    animation = QVariantAnimation(owner)
    animation.setStartValue(0.0)
    animation.setEndValue(1.0)
    animation.setDuration(ms)
    animation.setEasingCurve(curve)
    animation.valueChanged.connect(lambda v: step(float(v)))
    animation.finished.connect(done)
    animation.finished.connect(animation.deleteLater)
    animation.start()
    return animation


def pop_animation(owner: QWidget, start: float, peak_at: float, peak: float) -> QVariantAnimation:
    """A scale from `start` past `peak` (at `peak_at` of the way) back to 1, not started:
    the verdict's disc and the strip's chip pop alike."""
    animation = QVariantAnimation(owner)
    animation.setDuration(POP_MS)
    animation.setStartValue(start)
    animation.setKeyValueAt(peak_at, peak)
    animation.setEndValue(1.0)
    animation.setEasingCurve(QEasingCurve.Type.OutCubic)
    return animation


def fade_in(widget: QWidget, theme: Theme) -> QVariantAnimation | None:
    """The widget from transparent to itself, rising a few px into place; its effect
    is removed at the end."""
    if not motion_on():
        return None
    reach = float(max(2, theme.space(1)))
    effect = _Offset(0.0, reach, widget)
    effect.opacity, effect.dy = 0.0, reach
    widget.setGraphicsEffect(effect)

    def step(value: float) -> None:
        if widget.graphicsEffect() is effect:
            effect.opacity, effect.dy = value, reach * (1.0 - value)
            effect.update()

    def done() -> None:
        if widget.graphicsEffect() is effect:
            widget.setGraphicsEffect(None)  # deletes the effect: the card drawn as ever

    animation = _animate(widget, FADE_MS, step, done)
    widget.setProperty("fading", True)
    animation.finished.connect(lambda: widget.setProperty("fading", False))
    return animation


class _Offset(QGraphicsEffect):
    """Draws its widget moved by (dx, dy) and at `opacity`, without moving it in its
    layout; it may reach `across` px to either side and `down` px below."""

    def __init__(self, across: float, down: float, parent: QWidget):
        super().__init__(parent)
        self.dx = self.dy = 0.0
        self.opacity = 1.0
        self.across, self.down = across, down

    def boundingRectFor(self, rect: QRectF) -> QRectF:
        return rect.adjusted(-self.across, 0, self.across, self.down)

    def draw(self, painter: QPainter) -> None:
        painter.save()
        painter.setOpacity(painter.opacity() * self.opacity)
        painter.translate(QPointF(self.dx, self.dy))
        self.drawSource(painter)
        painter.restore()


def shake(widget: QWidget, theme: Theme) -> QVariantAnimation | None:
    """A short side-to-side shake, a few px (grows with the zoom), damped to rest."""
    if not motion_on() or widget.graphicsEffect() is not None:
        return None
    reach = float(max(2, theme.space(0.6)))
    effect = _Offset(reach, 0.0, widget)
    widget.setGraphicsEffect(effect)
    wobble = (0.0, -1.0, 0.9, -0.6, 0.35, -0.15, 0.0)

    def step(value: float) -> None:
        position = value * (len(wobble) - 1)
        i = min(int(position), len(wobble) - 2)
        share = position - i
        effect.dx = reach * (wobble[i] * (1 - share) + wobble[i + 1] * share)
        effect.update()

    def done() -> None:
        if widget.graphicsEffect() is effect:
            widget.setGraphicsEffect(None)

    widget.setProperty("shaking", True)
    animation = _animate(widget, SHAKE_MS, step, done, QEasingCurve.Type.Linear)
    animation.finished.connect(lambda: widget.setProperty("shaking", False))
    return animation


class Floater(QWidget):
    """ "+1" over the score, rising a line and fading out, then gone (deleted)."""

    def __init__(self, text: str, colour: str, theme: Theme, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.text, self.colour, self.theme = text, QColor(colour), theme
        self.progress = 0.0
        self.animation: QVariantAnimation | None = None

    def font_for(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self.theme.ui_px("body"))
        font.setWeight(QFont.Weight.Bold)
        return font

    def launch(self, anchor: QWidget) -> None:
        """Rises beside the anchor (the score), from a line under it to its own line."""
        self.setFont(self.font_for())
        width = self.fontMetrics().horizontalAdvance(self.text) + 4
        line = self.fontMetrics().height()
        corner = anchor.mapTo(self.parentWidget(), QPoint(0, 0))
        rise = line
        top = max(0, corner.y() + (anchor.height() - line) // 2)
        self.setGeometry(corner.x() - width - self.theme.space(0.5), top, width, line + rise)
        self._rise = rise
        self.show()
        self.raise_()
        self.animation = _animate(self, FLOAT_MS, self._step, self._done)

    def _step(self, value: float) -> None:
        self.progress = value
        self.update()

    def _done(self) -> None:
        self.animation = None
        self.hide()
        self.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.colour)
        colour.setAlphaF(max(0.0, 1.0 - self.progress) ** 0.7)
        painter.setPen(colour)
        painter.setFont(self.font_for())
        line = self.fontMetrics().height()
        y = self._rise * (1.0 - self.progress)
        painter.drawText(
            QRectF(0, y, self.width(), line), int(Qt.AlignmentFlag.AlignRight), self.text
        )
        painter.end()
