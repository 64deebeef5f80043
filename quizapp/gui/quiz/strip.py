"""The question strip: one round chip per question, showing where the learner is.

Each chip says what became of its question by a tint from the theme and, so
colour is never alone, by what it shows: a graded question its sign (✓ ✗ ◐) in
place of its number, an answer kept in a test a dot under the number, a skipped
question a dashed ring; the number is always in its tooltip and accessible name.
A halo marks the current one and a click goes there. The chips keep to one line,
shrinking a little (never crammed against the edge); as soon as they would not
fit (a narrow panel, a large zoom) they fold into a segmented progress bar: one
thin segment per question in its state's colour, the current one ringed in the
accent, each still a button with its tooltip and name. The strip never takes more than one row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz.buttons import Flow
from quizapp.gui.quiz.motion import pop_animation
from quizapp.gui.window.stylesheet_quiz import HEAD_SCALE_MAX
from quizapp.gui.window.theme import SPACING_PX, TYPE_PX, Theme

SHRINK_FLOOR = 0.9  # chips shrink to this share of their size, then fold into the bar
CURRENT_SHARES = 3  # the current segment's width, in ordinary segments
SIGNS = {"right": "✓", "partly": "◐", "wrong": "✗"}  # shown instead of the number


def halo(side: int) -> int:
    """The room around a chip's disc for the ring that marks the current question."""
    return max(2, round(side * 0.1))


def question_state(session: QuizSession, index: int) -> str:
    """What became of question `index`: right, partly, wrong, answered, skipped or ahead."""
    question = session.questions[index]
    outcome = session.outcome(question.id)
    if outcome is None:
        return "skipped" if session.finished or index < session.index else "ahead"
    if not outcome.feedback_visible:
        return "answered"
    if outcome.can_retry or not outcome.done:
        return "answered" if outcome.question_score == 0 else "partly"
    if outcome.grade.correct or outcome.question_score >= question.points:
        return "right"
    return "partly" if outcome.question_score > 0 else "wrong"


def draw_sign(painter: QPainter, disc: QRectF, sign: str, colour: QColor) -> None:
    """✓, ✗ or ◐ drawn as strokes in the disc: crisp and bold at any size, unlike a
    font's thin glyph at a chip's small size."""
    side = disc.width()

    def at(x: float, y: float) -> QPointF:
        return QPointF(disc.left() + side * x, disc.top() + side * y)

    pen = QPen(colour, max(1.5, side * 0.11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if sign == SIGNS["right"]:
        painter.drawPolyline([at(0.29, 0.52), at(0.44, 0.67), at(0.72, 0.36)])
    elif sign == SIGNS["wrong"]:
        painter.drawLine(at(0.34, 0.34), at(0.66, 0.66))
        painter.drawLine(at(0.66, 0.34), at(0.34, 0.66))
    else:  # partly: a half-filled small disc
        pen.setWidthF(max(1.0, side * 0.07))
        painter.setPen(pen)
        inner = QRectF(at(0.3, 0.3), at(0.7, 0.7))
        painter.drawEllipse(inner)
        painter.setBrush(colour)
        painter.drawPie(inner, 90 * 16, 180 * 16)


class Chip(QToolButton):
    """A question's round chip, drawn from the theme: a filled disc with its number or
    its sign, a ring of its state's colour, and a halo around it when it is current."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.shown, self.current, self.dashed, self.dot = "", False, False, False
        self.fg = self.bg = self.edge = self.halo = self.focus_ring = "#000000"
        self.font_px, self.side = 13, 24
        self.segment = 0  # > 0: drawn as a bar segment this thick, not a disc
        self.pop = 1.0  # a moment's scale as its state fills in (`QuestionStrip.pulse`)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.pop != 1.0:  # a disc scales about its centre, a segment only thickens
            centre = QPointF(self.width() / 2, self.height() / 2)
            painter.translate(centre)
            painter.scale(1.0 if self.segment else self.pop, self.pop)
            painter.translate(-centre)
        if self.segment:
            self._paint_segment(painter)
            painter.end()
            return
        margin = (self.width() - self.side) / 2
        disc = QRectF(margin, (self.height() - self.side) / 2, self.side, self.side)
        focus, hover = self.hasFocus(), self.underMouse()
        if self.current or focus or hover:  # the halo: current, focused or pointed at
            colour = self.focus_ring if focus else (self.halo if self.current else self.edge)
            width = max(1.5, margin * 0.6)
            ring = disc.adjusted(
                -margin / 2 - 0.5, -margin / 2 - 0.5, margin / 2 + 0.5, margin / 2 + 0.5
            )
            painter.setPen(QPen(QColor(colour), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(ring)
        pen = QPen(QColor(self.edge), 1.25)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(self.bg))
        gap = 0.75 + (max(1.0, self.side * 0.07) if self.current else 0)  # clear of the halo
        painter.drawEllipse(disc.adjusted(gap, gap, -gap, -gap))
        if self.shown in SIGNS.values():
            draw_sign(painter, disc, self.shown, QColor(self.fg))
        else:
            font = QFont(self.font())
            font.setPixelSize(self.font_px)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(self.fg))
            painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, self.shown)
        if self.dot:  # an answer kept (a test): a dot under the number
            r = max(1.0, self.side * 0.06)
            centre = disc.center().y() + self.side * 0.33
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.fg))
            painter.drawEllipse(QRectF(disc.center().x() - r, centre - r, 2 * r, 2 * r))
        painter.end()

    def _paint_segment(self, painter: QPainter) -> None:
        """A thin rounded bar in the state's colour (dashed edge when skipped); the
        current one in a ring of the accent, a focused one in the text's colour."""
        ring = max(1.5, self.segment * 0.35)
        focus, hover = self.hasFocus(), self.underMouse()
        ringed = self.current or focus or hover
        inset = ring + 1 if ringed else 0.5  # the ring needs room; a plain segment, none
        thick = self.segment  # the current one a pill as tall as its ring leaves room for
        if self.current:
            thick = max(thick, self.height() - 2 * (ring + 1.5))
        bar = QRectF(inset, (self.height() - thick) / 2, self.width() - 2 * inset, thick)
        if ringed:
            colour = self.focus_ring if focus else (self.halo if self.current else self.edge)
            painter.setPen(QPen(QColor(colour), ring))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = ring / 2 + 1
            outline = bar.adjusted(-grow, -grow, grow, grow)
            painter.drawRoundedRect(outline, outline.height() / 2, outline.height() / 2)
        pen = QPen(QColor(self.edge), 1.0)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(self.bg))
        inner = bar.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(inner, inner.height() / 2, inner.height() / 2)
        if self.current:  # "you are here": its number in the pill
            font = QFont(self.font())
            font.setPixelSize(self.font_px)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(self.fg))
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, self.text())


class QuestionStrip(QWidget):
    """Numbered chips that wrap onto lines; `chosen(index)` when one is clicked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.chips: list[Chip] = []
        self.states: list[str] = []
        self._current = -1
        self.compact = False  # a short pane: whole chips or the bar, no shrinking
        self.pulsing: QVariantAnimation | None = None
        self._layout = Flow(self, spacing=4, line_spacing=4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.heightForWidth(width)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._restyle()

    def show_session(self, session: QuizSession) -> None:
        """Chips for the session's questions, in their present states."""
        count = len(session.questions)
        while len(self.chips) < count:
            chip = Chip(self)
            chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            position = len(self.chips)
            chip.clicked.connect(lambda _=False, n=position: self.chosen.emit(n))
            self._layout.addWidget(chip)
            chip.show()
            self.chips.append(chip)
        while len(self.chips) > count:
            chip = self.chips.pop()
            self._layout.removeWidget(chip)
            chip.hide()  # gone at once: the deletion waits for the event loop
            chip.deleteLater()
        self.states = [question_state(session, i) for i in range(count)]
        self._current = session.index
        self._restyle()

    def pulse(self, index: int, motion: bool) -> QVariantAnimation | None:
        """The chip of question `index` pops (0.7 → 1.15 → 1) as its new state fills in;
        nothing without motion. It always ends at its still size."""
        if not motion or not 0 <= index < len(self.chips):
            return None
        chip = self.chips[index]
        animation = pop_animation(chip, 0.7, 0.55, 1.15)  # goes with its chip

        def step(value: float) -> None:
            chip.pop = float(value)
            chip.update()

        def done() -> None:
            chip.pop = 1.0
            chip.update()
            self.pulsing = None

        animation.valueChanged.connect(step)
        animation.finished.connect(done)
        animation.finished.connect(animation.deleteLater)
        self.pulsing = animation
        animation.start()
        return animation

    def _sizes(self, gap: int) -> tuple[int, int, int, bool]:
        """(font px, disc side, halo margin, segmented): the chips grow with the zoom
        as the chrome does and shrink (to a floor; not at all in a short pane) to keep
        to one line; when even the smallest would not, the strip is a segmented bar."""
        scale = min(self.theme.ui_scale, HEAD_SCALE_MAX)
        font = round(TYPE_PX["caption"] * scale)
        side = round(font * 2.0)
        floor = max(round(TYPE_PX["caption"] * 1.3), round(side * SHRINK_FLOOR))
        if self.compact:  # a short pane: whole chips or the bar, never small chips
            floor = side
        count, width = len(self.chips), self.width()
        if not count or width <= 0:
            return font, side, halo(side), False
        room = (width - gap * (count - 1)) // count  # one chip, halo included
        while side > floor and side + 2 * halo(side) > room:
            side -= 1
        if side + 2 * halo(side) > room:
            return font, side, halo(side), True
        font = min(font, max(round(TYPE_PX["caption"] * 0.85), round(side / 1.85)))
        return font, side, halo(side), False

    def segmented(self) -> bool:
        """Whether the chips are folded into a segmented progress bar."""
        return bool(self.chips) and self.chips[0].segment > 0

    def _segment_widths(self, gap: int, pill: int = 0) -> list[int]:
        """The strip's width shared out among the segments, to the pixel; the current
        one takes three shares, and at least `pill` (its number's room), so "you are
        here" reads at a glance."""
        count = len(self.chips)
        here = self._current if 0 <= self._current < count else -1
        shares = [CURRENT_SHARES if i == here else 1 for i in range(count)]
        room = max(sum(shares), self.width() - gap * (count - 1))
        base, extra = divmod(room, sum(shares))
        if here >= 0 and base * CURRENT_SHARES < pill and count > 1:  # the pill first
            base, extra = divmod(max(count - 1, room - pill), count - 1)
            shares[here] = 0
        widths = [base * share for share in shares]
        if here >= 0 and shares[here] == 0:
            widths[here] = min(pill, room - (count - 1))
        for i in range(extra):  # the pixels left over, one each from the left
            widths[i % count] += 1
        return widths

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._restyle()

    def skipped(self) -> list[int]:
        """The positions (0-based) of the questions passed without an answer."""
        return [i for i, state in enumerate(self.states) if state == "skipped"]

    def _restyle(self) -> None:
        p = self.theme.palette
        names = {
            "right": self.tr("right"),
            "partly": self.tr("partly right"),
            "wrong": self.tr("wrong"),
            "answered": self.tr("answered"),
            "skipped": self.tr("skipped"),
            "ahead": self.tr("not answered yet"),
        }
        gap = max(1, round(SPACING_PX * 0.25 * self.theme.ui_scale))
        self._layout.set_gaps(gap, gap)
        font, side, margin, segmented = self._sizes(gap)
        scale = min(self.theme.ui_scale, HEAD_SCALE_MAX)
        thick = max(4, round(SPACING_PX * 0.75 * scale)) if segmented else 0
        tall = max(round(thick * 2.75), round(TYPE_PX["caption"] * scale * 1.25))
        if segmented:  # the current pill's number: small, bold, inside the pill
            font = max(round(TYPE_PX["caption"] * 0.85), round(tall * 0.62))
            bold = QFont(self.font())
            bold.setPixelSize(font)
            bold.setBold(True)
            number = QFontMetrics(bold).horizontalAdvance(str(self._current + 1))
        widths = self._segment_widths(gap, number + tall) if segmented else []
        for index, (chip, state) in enumerate(zip(self.chips, self.states, strict=True)):
            number = str(index + 1)
            chip.setText(number)
            chip.segment = thick
            if segmented:
                chip.setFixedSize(widths[index], tall)
            else:
                chip.setFixedSize(side + 2 * margin, side + 2 * margin)
            if segmented and state in SIGNS:  # a bar segment: the state's full colour
                fg, bg, edge = getattr(p, state), getattr(p, state), getattr(p, state)
            elif segmented and state == "answered":
                fg, bg, edge = p.accent, p.accent, p.accent
            elif segmented and state == "ahead":
                fg, bg, edge = p.muted, p.border, p.border
            elif state in SIGNS:
                fg, bg, edge = getattr(p, state), getattr(p, state + "_tint"), getattr(p, state)
            elif state == "skipped":
                fg, bg, edge = p.partly, p.window, p.partly
            elif state == "answered":
                fg, bg, edge = p.accent, p.selection_tint, p.accent
            else:
                fg, bg, edge = p.muted, p.surface, p.border
            current = index == self._current
            if current and state in SIGNS and not segmented:  # the state's solid disc, then
                fg, bg, edge = p.surface, getattr(p, state), getattr(p, state)  # one ring
            elif current and state not in SIGNS:  # "you are here": the accent's solid fill
                fg, bg, edge = p.on_primary, p.primary, p.primary
            elif current:  # a graded segment's pill: its number on the state's colour
                fg = p.surface
            chip.shown = SIGNS.get(state, number)
            chip.current, chip.dashed, chip.dot = current, state == "skipped", state == "answered"
            chip.fg, chip.bg, chip.edge = fg, bg, edge
            chip.halo, chip.focus_ring = p.accent, p.text
            chip.font_px, chip.side = font, side
            chip.update()
            label = self.tr("Question %1: %2").replace("%1", number).replace("%2", names[state])
            if current:
                label += " " + self.tr("(current)")
            chip.setToolTip(label)
            chip.setAccessibleName(label)
        self._layout.invalidate()
        self._layout.setGeometry(self.rect())  # placed now: never a frame on two rows
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._restyle()
        super().changeEvent(event)
