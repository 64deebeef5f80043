"""The reading streak as a clean pill: a small painted spark and the words, on a warm
tint of the theme's amber, rounded, sized to its text and centred under the
encouragement. Painted (not an emoji) so it looks the same on every system; when the
panel is narrower than the words, they wrap inside the pill instead of being cut.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.window.painted_tick import paint_tick
from quizapp.gui.window.theme import Theme


def blend(ink: str, paper: str, share: float) -> QColor:
    """`share` of `ink` over `paper`: a tint that stays clean on light and dark paper."""
    pairs = zip(QColor(ink).getRgb()[:3], QColor(paper).getRgb()[:3], strict=True)
    mix = [round(x * share + y * (1 - share)) for x, y in pairs]
    return QColor(*mix)


class StreakPill(QWidget):
    """Days in a row, as a pill; `text()` says what it shows, for tests and screen readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_streak")
        self.theme = Theme()
        self._text = ""
        self.room = 0  # 0: not known yet
        self.scale = 1.0  # the pop when this run reached the daily goal
        self.reached = False  # the daily goal met: a ✓ on the theme's green, not the spark
        # as wide as its words, narrower when the panel is (its minimum: the longest word)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # as QLabel's, which it replaced
        self._text = text
        self.setAccessibleName(text)
        self._fit()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._fit()

    # -- geometry --------------------------------------------------------------------
    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self.theme.px("caption"))
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _pads(self) -> tuple[float, float, float, float]:
        """Side padding, top padding, the spark's size and the gap after it."""
        t = self.theme
        spark = t.px("caption") * 1.05
        return t.space(2), t.space(0.75), spark, t.space(1)

    def _text_width(self, room: float) -> tuple[float, float]:
        """The words' box (width, height) when at most `room` wide."""
        metrics = QFontMetricsF(self._font())
        box = metrics.boundingRect(
            QRectF(0, 0, max(1.0, room), 10_000), int(Qt.TextFlag.TextWordWrap), self._text
        )
        return box.width(), box.height()

    def _extra(self) -> float:
        side, _top, spark, gap = self._pads()
        return 2 * side + spark + gap

    def _size_for(self, width: float | None) -> QSize:
        _side, top, spark, _gap = self._pads()
        room = 10_000.0 if width is None else width - self._extra()
        w, h = self._text_width(room)
        line = QFontMetricsF(self._font()).height()
        return QSize(math.ceil(w + self._extra()) + 1, math.ceil(max(h, line, spark) + 2 * top))

    def set_room(self, width: int) -> None:
        """The width it may take (its parent's): beyond it, the words wrap in the pill."""
        if width != self.room:
            self.room = width
            self._fit()

    def sizeHint(self) -> QSize:
        natural = self._size_for(None)
        if 0 < self.room < natural.width():
            return self._size_for(self.room)
        return natural

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word: never the one holding the summary wider than its
        panel (after a zoom, its room is still the old width until the panel is laid out)."""
        metrics = QFontMetricsF(self._font())
        word = max((metrics.horizontalAdvance(w) for w in self._text.split()), default=0.0)
        return QSize(math.ceil(word + self._extra()) + 1, self.sizeHint().height())

    def pop(self, motion: bool) -> QVariantAnimation | None:
        """A small pop, from smaller past its size and back (the daily goal reached in
        this session); none when `motion` is off (the system asks for less)."""
        if not motion:
            return None
        pop = QVariantAnimation(self)
        pop.setDuration(360)
        pop.setStartValue(0.7)
        pop.setKeyValueAt(0.55, 1.12)
        pop.setEndValue(1.0)
        pop.setEasingCurve(QEasingCurve.Type.OutCubic)
        pop.valueChanged.connect(self.set_scale)
        pop.start()
        return pop

    def set_scale(self, value: float) -> None:
        """Drawn at `value` of its size about its centre: the summary's pop."""
        self.scale = float(value)
        self.update()

    def _fit(self) -> None:
        self.updateGeometry()
        self.update()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = self.theme.palette
        side, top, spark, gap = self._pads()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.scale != 1.0:  # popping: scaled about its centre (never past its box much)
            middle = QRectF(self.rect()).center()
            painter.translate(middle)
            painter.scale(min(self.scale, 1.04), self.scale)
            painter.translate(-middle)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = min(box.height() / 2, QFontMetricsF(self._font()).height() / 2 + top)
        tone = p.right if self.reached else p.partly
        painter.setPen(QPen(blend(tone, p.window, 0.55), 1))
        painter.setBrush(blend(tone, p.surface, 0.16 if p.dark else 0.2))
        painter.drawRoundedRect(box, radius, radius)
        centre = QPointF(box.left() + side + spark / 2, box.center().y())
        painter.setPen(Qt.PenStyle.NoPen)
        if self.reached:
            paint_tick(painter, centre, spark, QColor(p.right))
        else:
            painter.setBrush(QColor(p.partly))
            painter.drawPath(self.spark(centre, spark / 2))
        left = side + spark + gap  # the words get all the width measured for them
        words = QRectF(left, 0, self.width() - left - side + 1, self.height())
        painter.setPen(QColor(p.text))
        painter.setFont(self._font())
        flags = (
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(words, int(flags), self._text)
        painter.end()

    @staticmethod
    def spark(centre: QPointF, radius: float) -> QPainterPath:
        """A five-pointed star, points rounded by the antialiasing: the streak's spark."""
        path = QPainterPath()
        for n in range(10):
            r = radius if n % 2 == 0 else radius * 0.45
            angle = -math.pi / 2 + n * math.pi / 5
            point = QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))
            if n == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        path.closeSubpath()
        return path
