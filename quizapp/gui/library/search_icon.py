"""The magnifier at the start of the library's search field, drawn in the theme's
muted ink at the field's text size, so it follows dark mode and the zoom.

Qt shows a line edit's icons at the style's fixed icon size (16 px beside 20 px text
at zoom 6), so the field gets a style that sizes them (and its clear button) to its
text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QProxyStyle, QStyle

from quizapp.gui.window.theme import Theme


def magnifier(theme: Theme) -> QIcon:
    """A lens and its handle, drawn at twice the size (sharp on a HiDPI screen); called
    after the first paint (it names `Qt`)."""
    from PySide6.QtCore import QPointF, QRectF, Qt

    side = theme.px("body")
    pixmap = QPixmap(side * 2, side * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(theme.palette.muted), max(1.5, side / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    lens = side * 0.62
    painter.drawEllipse(QRectF(side * 0.1, side * 0.1, lens, lens))
    reach = side * 0.1 + lens * 0.85
    painter.drawLine(QPointF(reach, reach), QPointF(side * 0.9, side * 0.9))
    painter.end()
    return QIcon(pixmap)


class IconSizeStyle(QProxyStyle):
    """The application's style, with a line edit's icons at `side` px."""

    def __init__(self, side: int):
        super().__init__()  # the application's style underneath
        self.side = side

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric == QStyle.PixelMetric.PM_LineEditIconSize:
            return self.side
        return super().pixelMetric(metric, option, widget)


def draw_lens(view: Any) -> None:
    """The library search's magnifier in the current theme (drawn after the first paint:
    its painting names `Qt`, which costs start-up time before it)."""
    from PySide6.QtWidgets import QLineEdit

    if view._lens is not None:
        view.search.removeAction(view._lens)
    side = view.cards.theme.px("body")  # the field's text size, zoomed
    if view._lens_style is None or view._lens_style.side != side:
        view._lens_style = IconSizeStyle(side)
        view.search.setStyle(view._lens_style)  # the widget does not own it: kept on the view
    where = QLineEdit.ActionPosition.LeadingPosition
    view._lens = view.search.addAction(magnifier(view.cards.theme), where)
