"""History's two cards: the article at a glance, and its questions as a calm list.

The summary card says what a learner asks first (how many attempts, the best and
the last score, the time spent) with a sparkline once there are two results. The
list gives each question one line: how the last attempt went as a painted mark
(✓, ✗, a half disc for part marks, an empty ring when never answered), the prompt,
its number and type as a quiet caption; the attempts and success columns only
when they say something (a column whose values are all alike is left out). The
card ends with its last question: no empty table below a short list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.progress.chart import ChartPoint, Sparkline
from quizapp.gui.review.text import palette_for
from quizapp.gui.window import locale_format
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.theme import Palette

RIGHT, WRONG, PARTLY, NONE = "right", "wrong", "partly", "none"


def plain_label(parent: QWidget, name: str, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def page_scroll(parent: QWidget, page: QWidget) -> QScrollArea:
    """A progress screen's page in its frameless, vertical-only scroll area."""
    from quizapp.gui.window.plain_scroll import plain_scroll

    scroll = plain_scroll(parent, "history_scroll")
    scroll.setWidget(page)
    return scroll


def rule_line(parent: QWidget) -> QFrame:
    """The hairline between two lines of a progress card, shown now (a layout would show
    it only at the next turn)."""
    rule = QFrame(parent)
    rule.setObjectName("history_rule")
    rule.setFixedHeight(1)
    rule.show()
    return rule


class ResultMark(QWidget):
    """A small disc in the theme's verdict colours: the last attempt's result."""

    def __init__(self, state: str, parent: QWidget | None = None, palette: Palette | None = None):
        super().__init__(parent)
        self.state = state
        self.colours = palette  # given when drawn off screen (an icon), else the window's
        self.setObjectName("history_mark")

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * 1.15)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self.colours or palette_for(self)
        side = min(self.width(), self.height())
        disc = QRectF(
            (self.width() - side) / 2 + 1, (self.height() - side) / 2 + 1, side - 2, side - 2
        )
        ink, tint = {
            RIGHT: (p.right, p.right_tint),
            WRONG: (p.wrong, p.wrong_tint),
            PARTLY: (p.partly, p.partly_tint),
        }.get(self.state, (p.border, p.surface))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stroke = max(1.5, side / 9)
        if self.state == NONE:  # never answered: an empty ring, quiet
            painter.setPen(QPen(QColor(p.muted), max(1.0, side / 14), Qt.PenStyle.DotLine))
            painter.drawEllipse(disc.adjusted(stroke, stroke, -stroke, -stroke))
            painter.end()
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(tint))
        painter.drawEllipse(disc)
        pen = QPen(QColor(ink), stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        c, r = disc.center(), disc.width() / 2
        if self.state == RIGHT:
            path = QPainterPath(QPointF(c.x() - r * 0.42, c.y() + r * 0.02))
            path.lineTo(QPointF(c.x() - r * 0.12, c.y() + r * 0.32))
            path.lineTo(QPointF(c.x() + r * 0.45, c.y() - r * 0.3))
            painter.setPen(pen)
            painter.drawPath(path)
        elif self.state == WRONG:
            painter.setPen(pen)
            d = r * 0.32
            painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
            painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
        else:  # part marks: half a dot
            inner = QRectF(c.x() - r * 0.45, c.y() - r * 0.45, r * 0.9, r * 0.9)
            painter.setPen(QPen(QColor(ink), stroke * 0.7))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(inner)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ink))
            painter.drawPie(inner, 90 * 16, 180 * 16)
        painter.end()


class SummaryCard(QFrame):
    """Attempts, best, last and time spent, each a figure over a caption; the sparkline
    beside them from two results (under them when the page is narrow); a single line
    when there is no result yet."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_glance")
        self.setProperty("card", "plain")
        self.message = plain_label(self, "history_glance_text", wrap=True)
        self.stats = QWidget(self)  # the figures and the sparkline
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.stats)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.numbers = QWidget(self.stats)
        numbers = QHBoxLayout(self.numbers)
        numbers.setContentsMargins(0, 0, 0, 0)
        self.figures: list[tuple[QLabel, QLabel]] = []
        for _ in range(4):
            block = QVBoxLayout()
            block.setSpacing(0)
            value = plain_label(self.numbers, "history_stat_value")
            caption = plain_label(self.numbers, "history_stat_caption")
            block.addWidget(value)
            block.addWidget(caption)
            numbers.addLayout(block)
            self.figures.append((value, caption))
        self.sparkline = Sparkline(self.stats)
        self.row.addWidget(self.numbers)
        self.row.addStretch(1)
        self.row.addWidget(self.sparkline, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.stats)

    def set_figures(self, figures: Sequence[tuple[str, str]], points: Sequence[ChartPoint]) -> None:
        """(value, caption) pairs; nothing shown but the message when there are none."""
        self.stats.setVisible(bool(figures))
        self.message.setVisible(not figures)
        for index, (value, caption) in enumerate(self.figures):
            text, words = figures[index] if index < len(figures) else ("", "")
            value.setText(text)
            caption.setText(words)
            value.setVisible(bool(text))
            caption.setVisible(bool(text))
        self.sparkline.set_points(points)
        self.sparkline.setVisible(len(points) > 1)

    def arrange(self, room: int) -> None:
        """The sparkline beside the figures when `room` (the card's width) holds both,
        else under them, so the card never holds the page wider than the window."""
        margins = self.layout().contentsMargins()
        need = (
            self.numbers.sizeHint().width()
            + self.row.spacing()
            + self.sparkline.minimumSizeHint().width()
        )
        wide = need <= room - margins.left() - margins.right()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def set_spacing(self, unit: int) -> None:
        """The card's air and the gaps between its figures, from the theme."""
        self.layout().setContentsMargins(unit * 2, unit * 3 // 2, unit * 2, unit * 3 // 2)
        self.numbers.layout().setSpacing(unit * 4)
        self.row.setSpacing(unit * 4)


@dataclass
class QuestionLine:
    """The widgets of one question's line, for tests and the screen's refits."""

    mark: ResultMark
    prompt: QLabel
    caption: QLabel
    count: QLabel
    rate: QLabel


class QuestionList(QFrame):
    """The questions on one card, a hairline between lines; built again when filled."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_list")
        self.setProperty("card", "plain")
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.lines: list[QuestionLine] = []
        self.heads: list[QLabel] = []
        self._unit = 8

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:  # off the card now, not at the next turn of the loop
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.lines, self.heads = [], []

    def fill(self, rows: Sequence[dict], heads: tuple[str, str], show: tuple[bool, bool]) -> None:
        """`rows`: state, prompt, caption, count, rate, tip; `show`: the count and rate
        columns, each only when its values differ; `heads` their names."""
        self.clear()
        grid, line = self.grid, 0
        if any(show):
            for column, (text, shown) in enumerate(zip(heads, show, strict=True), start=2):
                head = plain_label(self, "history_head")
                head.setText(text)
                head.setAlignment(Qt.AlignmentFlag.AlignRight)
                head.setVisible(shown)
                grid.addWidget(head, 0, column)
                self.heads.append(head)
            line = 1
        for index, row in enumerate(rows):
            if index:
                grid.addWidget(rule_line(self), line, 0, 1, 4)
                line += 1
            mark = ResultMark(row["state"], self)
            mark.setToolTip(row["tip"])
            mark.setAccessibleName(row["tip"])
            text = QWidget(self)
            stack = QVBoxLayout(text)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(0)
            prompt = plain_label(text, "history_prompt", wrap=True)
            prompt.setText(row["prompt"])
            prompt.setToolTip(tooltip(row["prompt"]))
            caption = plain_label(text, "history_caption", wrap=True)
            caption.setText(row["caption"])
            caption.setProperty("changed", "true" if row.get("changed") else "false")
            stack.addWidget(prompt)
            stack.addWidget(caption)
            count = plain_label(self, "history_figure")
            count.setText(row["count"])
            rate = plain_label(self, "history_figure")
            rate.setText(row["rate"])
            for column, (label, shown) in enumerate(zip((count, rate), show, strict=True), 2):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setVisible(shown)
                grid.addWidget(label, line, column)
            grid.addWidget(mark, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, line, 1)
            for widget in (mark, text):  # now: a layout would show them at the next turn
                widget.show()
            self.lines.append(QuestionLine(mark, prompt, caption, count, rate))
            line += 1
        self.set_spacing(self._unit)
        self.ensurePolished()  # the style's sizes, then the lines' heights at once
        for item in self.lines:
            item.prompt.parentWidget().layout().activate()
        grid.activate()

    def set_spacing(self, unit: int) -> None:
        """Rows a step apart, the card's air and the columns' gaps from the theme."""
        self._unit = unit
        self.grid.setContentsMargins(unit * 2, unit * 3 // 2, unit * 2, unit * 3 // 2)
        self.grid.setHorizontalSpacing(unit * 2)
        self.grid.setVerticalSpacing(unit)


def rate_text(attempted: int, rate: float) -> str:
    return locale_format.percent(rate) if attempted else "—"
