"""The review's place in the library: a state, not a ghost button.

Cards due: an accent chip « Revoir 3 mots » led by a filled count badge, clearly a
button. Nothing due: a calm status line led by a ✓ in the "right" colour,
« Révisions à jour · prochaine demain », with the real next due day; it still
opens the review screen, but never looks like a disabled button.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QActionEvent, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolButton, QWidget

from quizapp.gui.library.card_marks import paint_best_ring
from quizapp.gui.window.locale_format import ui_locale
from quizapp.gui.window.theme import SANS, Theme


def next_due_text(when: datetime | None, now: datetime | None = None) -> str:
    """ "Reviews up to date · next tomorrow" (or "today", "on Thursday", "on 21 Dec")."""
    from quizapp.core.library.recommend import due_day

    translate = QCoreApplication.translate
    kind, day = due_day(when, now or datetime.now().astimezone())
    if day is None:
        return translate("ReviewChip", "Reviews up to date")
    if kind == "today":
        return translate("ReviewChip", "Reviews up to date · more later today")
    if kind == "tomorrow":
        return translate("ReviewChip", "Reviews up to date · next tomorrow")
    if kind == "week":
        said = translate("ReviewChip", "Reviews up to date · next on %1", "a weekday")
        return said.replace("%1", ui_locale().dayName(day.isoweekday()))
    said = translate("ReviewChip", "Reviews up to date · next on %1", "a date")
    return said.replace("%1", ui_locale().toString(QDate(day.year, day.month, day.day), "d MMM"))


class ReviewChip(QToolButton):
    """The library's review entry; `set_due` chooses between the button and the status."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.due = 0
        self.parts = ""  # what waits in the chip's nouns (« 2 mots, 1 question »)
        self.next_due: datetime | None = None
        self._icon: QIcon | None = None
        self.setProperty("library", "chip")
        self.setProperty("quiet", "true")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._draw()

    def set_due(self, due: int, next_due: datetime | None = None) -> None:
        """`due` cards wait now; else `next_due` is when the next one comes."""
        self.due, self.next_due = due, next_due
        quiet = "false" if due else "true"
        if self.property("quiet") != quiet:
            self.setProperty("quiet", quiet)
            self.style().unpolish(self)
            self.style().polish(self)
        self._draw()

    def quiet_text(self) -> str:
        return next_due_text(self.next_due)

    def _draw(self) -> None:
        """The badge (the count on the accent) or the check (the "right" colour)."""
        side = round(self.theme.px("caption") * 1.45)
        width = side + self.theme.space(0.75)  # the gap before the words, inside the icon
        ratio = max(1.0, self.devicePixelRatioF())
        pixmap = QPixmap(round(width * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        disc = QRectF(0.5, 0.5, side - 1, side - 1)
        palette = self.theme.palette
        if self.due:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.primary))
            painter.drawEllipse(disc)
            font = QFont(self.font())
            font.setFamilies(SANS)
            count = str(self.due) if self.due < 100 else "99+"
            font.setPixelSize(max(7, round(side * (0.62 if len(count) == 1 else 0.5))))
            font.setWeight(QFont.Weight.Bold)
            painter.setFont(font)
            painter.setPen(QColor(palette.on_primary))
            painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, count)
        else:
            paint_best_ring(painter, disc, 1.0, palette)
        painter.end()
        self._icon = QIcon(pixmap)
        self.setIcon(self._icon)
        self.setIconSize(QSize(width, side))

    def actionEvent(self, event: QActionEvent) -> None:
        """The action's every change resets a tool button's icon to the action's (none):
        the badge or the check is put back."""
        super().actionEvent(event)
        if event.type() == QEvent.Type.ActionChanged and self._icon is not None:
            self.setIcon(self._icon)
