"""The verdict's round mark and its words: a disc in the verdict's colour with a
painted ✓, ✗ or ◐ (painted, so no font can lack the glyph), and a kind word for a
right answer that changes from question to question without ever being random.

A wrong answer is always said the same calm way: variety is for praise only.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.quiz.motion import pop_animation
from quizapp.gui.window.theme import Theme


def _praises() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("VerdictMark", "Right!"),
        QCoreApplication.translate("VerdictMark", "Exactly."),
        QCoreApplication.translate("VerdictMark", "Well spotted!"),
        QCoreApplication.translate("VerdictMark", "That’s it!"),
    )


def right_phrase(question_id: str) -> str:
    """The praise for a right answer to this question: the same one every time for the
    same question (a stable hash, not Python's salted one), different across questions."""
    praises = _praises()
    return praises[zlib.crc32(question_id.encode("utf-8")) % len(praises)]


def wrong_phrase() -> str:
    return QCoreApplication.translate("VerdictMark", "Not quite.")


def partly_phrase() -> str:
    return QCoreApplication.translate("VerdictMark", "Partly right")


class VerdictDisc(QWidget):
    """A filled circle in the verdict's colour with its mark cut out in the card's
    surface colour; `pop()` scales it in once, unless motion is reduced."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.kind = ""  # "right", "wrong" or "partly"
        self.scale = 1.0
        self.animation: QVariantAnimation | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setFixedSize(self.sizeHint())
        self.update()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        names = {
            "right": QCoreApplication.translate("VerdictMark", "Right"),
            "wrong": QCoreApplication.translate("VerdictMark", "Wrong"),
            "partly": QCoreApplication.translate("VerdictMark", "Partly right"),
        }
        self.setAccessibleName(names.get(kind, ""))
        self.update()

    def diameter(self) -> int:
        return max(14, round(self.theme.px("question") * 1.5))

    def sizeHint(self) -> QSize:
        side = round(self.diameter() * 1.1) + 1  # room for the pop's overshoot
        return QSize(side, side)

    # -- motion ------------------------------------------------------------------------
    def pop(self, motion: bool) -> None:
        """Scale in 0.6 → 1.1 → 1; at once when motion is reduced. Ends at scale 1."""
        self.stop()
        if not motion:
            return
        animation = pop_animation(self, 0.6, 0.6, 1.1)
        animation.valueChanged.connect(self._step)
        animation.finished.connect(self.stop)
        self.animation = animation
        self.scale = 0.6
        animation.start()

    def running(self) -> bool:
        return self.animation is not None

    def stop(self) -> None:
        if self.animation is not None:
            self.animation.stop()
            self.animation.deleteLater()
            self.animation = None
        self.scale = 1.0
        self.update()

    def _step(self, value: float) -> None:
        self.scale = float(value)
        self.update()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.kind not in ("right", "wrong", "partly"):
            return
        p = self.theme.palette
        fill, cut = QColor(getattr(p, self.kind)), QColor(p.surface)
        d = min(self.diameter() * self.scale, float(min(self.width(), self.height())))
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, d / 2, d / 2)
        r = d / 2
        pen = QPen(cut, max(1.5, d * 0.12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        x, y = centre.x(), centre.y()
        if self.kind == "right":
            painter.setPen(pen)
            path = QPainterPath(QPointF(x - r * 0.42, y + r * 0.02))
            path.lineTo(QPointF(x - r * 0.12, y + r * 0.32))
            path.lineTo(QPointF(x + r * 0.44, y - r * 0.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif self.kind == "wrong":
            painter.setPen(pen)
            k = r * 0.34
            painter.drawLine(QPointF(x - k, y - k), QPointF(x + k, y + k))
            painter.drawLine(QPointF(x - k, y + k), QPointF(x + k, y - k))
        else:  # half a circle filled: partly
            inner = r * 0.5
            painter.setPen(QPen(cut, max(1.2, d * 0.08)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, inner, inner)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(cut)
            box = QRectF(x - inner, y - inner, 2 * inner, 2 * inner)
            painter.drawPie(box, 90 * 16, 180 * 16)
        painter.end()
