"""The summary's questions, one card each: its verdict (a mark and a word), the prompt
wrapped whole, your answer and, when it differs, the right one, the points, and where
the text says it (the evidence sentence, trimmed, quoted as the interface's language
quotes, muted italic beside an amber bar).

A list view with a painted delegate: keyboard and screen readers get a real list
(arrows move, Enter or a click opens the question again), and every card
is as tall as its text at the panel's width. The list never scrolls itself: it
is as tall as its cards, inside the summary's one scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QStandardItemModel,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from quizapp.gui.quiz import look
from quizapp.gui.window.theme import Theme

_USER = int(Qt.ItemDataRole.UserRole)
VERDICT_ROLE = _USER + 1  # right, partly, wrong, skipped
SIGN_ROLE = _USER + 2  # ✓ ◐ ✗ –
HEAD_ROLE = _USER + 3  # « Question 3 · Faux »
YOURS_ROLE = _USER + 4  # (label, the learner's answer) or None when skipped
RIGHT_ROLE = _USER + 5  # (label, the right answer) or None when the learner's was it
POINTS_ROLE = _USER + 6  # « 0,5 / 1 point »
EXTRA_ROLE = _USER + 7  # « 2 essais · indice »
EVIDENCE_ROLE = _USER + 8  # (« Dans le texte : », « « Ils ont deux enfants… » ») or None
TINTS = {"right": "right_tint", "partly": "partly_tint", "wrong": "wrong_tint"}
Index = QModelIndex | QPersistentModelIndex


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    out = QTextCharFormat()
    out.setForeground(QColor(colour))
    if bold:
        out.setFontWeight(QFont.Weight.DemiBold)
    out.setFontItalic(italic)
    return out


def _span(start: int, text: str, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, len(text), fmt
    return span


class Paragraph:
    """Text of several colours, wrapped at one width."""

    def __init__(
        self,
        font: QFont,
        width: float,
        parts: list[tuple[str, QTextCharFormat]],
        indent: float = 0.0,
        bar: str = "",
    ):
        self.indent, self.bar = indent, bar  # an evidence line: its bar's colour
        width -= indent
        text = "".join(t for t, _ in parts)
        self.layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        spans, start = [], 0
        for part, fmt in parts:
            spans.append(_span(start, part, fmt))
            start += len(part)
        self.layout.setFormats(spans)
        self.height = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, self.height))
            self.height += line.height()
        self.layout.endLayout()

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if self.bar:
            bar = max(2.0, self.indent / 4)
            rect = QRectF(x, y + 1, bar, max(1.0, self.height - 2))
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.bar))
            painter.drawRoundedRect(rect, bar / 2, bar / 2)
            painter.restore()
        self.layout.draw(painter, QPointF(x + self.indent, y))


class CardDelegate(QStyledItemDelegate):
    """Paints one question as a card; its height follows its wrapped text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.width = 400
        self.base = QFont()

    def fonts(self) -> tuple[QFont, QFont, QFont]:
        """(header caption, prompt, answers) at the theme's zoom."""
        out = []
        for role, weight in (
            ("caption", QFont.Weight.DemiBold),
            ("option", QFont.Weight.DemiBold),
            ("body", QFont.Weight.Normal),
        ):
            font = QFont(self.base)
            font.setPixelSize(self.theme.px(role))
            font.setWeight(weight)
            out.append(font)
        return out[0], out[1], out[2]

    def compact(self) -> bool:
        """A narrow list (a large zoom): the mark moves into the header line."""
        return self.width < self.theme.px("option") * 22

    def disc(self) -> int:
        if self.compact():
            return round(self.theme.px("caption") * 1.6)
        return round(self.theme.px("option") * 1.9)

    def head_indent(self) -> int:
        """How far the header line starts after the mark (compact cards only)."""
        return self.disc() + self.theme.space(0.75) if self.compact() else 0

    def text_left(self) -> int:
        if self.compact():
            return self.theme.space(2)
        return self.theme.space(1.5) + self.disc() + self.theme.space(1.5)

    def paragraphs(self, index: Index, width: float) -> list[Paragraph]:
        t, p = self.theme, self.theme.palette
        kind = index.data(VERDICT_ROLE) or "skipped"
        colour = look.colour(t, kind)
        head_font, prompt_font, body_font = self.fonts()
        head = [(index.data(HEAD_ROLE) or "", _format(colour, True))]
        # a separator ends its line, never starts the next one
        extra = "\u00a0· ".join(x for x in (index.data(POINTS_ROLE), index.data(EXTRA_ROLE)) if x)
        if extra:
            head.append(("\u00a0\u00a0·  " + extra, _format(p.muted)))
        out = [
            Paragraph(head_font, width - self.head_indent(), head),
            Paragraph(prompt_font, width, [(index.data() or "", _format(p.text, True))]),
        ]
        yours = index.data(YOURS_ROLE)
        if yours:
            label, answer = yours
            out.append(
                Paragraph(body_font, width, [(label, _format(p.muted)), (answer, _format(colour))])
            )
        right = index.data(RIGHT_ROLE)
        if right:
            label, answer = right
            out.append(
                Paragraph(body_font, width, [(label, _format(p.muted)), (answer, _format(p.right))])
            )
        found = index.data(EVIDENCE_ROLE)
        if found:
            label, words = found
            quote = [(label, _format(p.muted)), (words, _format(p.muted, italic=True))]
            out.append(Paragraph(body_font, width, quote, t.space(1.25), p.evidence_bar))
        return out

    def gaps(self) -> tuple[int, int, int]:
        """(card padding, space between lines, space between cards)."""
        t = self.theme
        return t.space(1.25), t.space(0.5), t.space(1)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        pad, line_gap, card_gap = self.gaps()
        width = self.width - self.text_left() - pad
        parts = self.paragraphs(index, width)
        text = sum(part.height for part in parts) + line_gap * (len(parts) - 1)
        return QSize(self.width, round(max(text, self.disc()) + 2 * pad + card_gap))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        t, p = self.theme, self.theme.palette
        pad, line_gap, card_gap = self.gaps()
        kind = index.data(VERDICT_ROLE) or "skipped"
        rect = QRectF(option.rect).adjusted(1, 1, -1, -card_gap)
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        # the keyboard's card: ringed once keys are in use (not as the summary opens)
        focus = bool(state & QStyle.StateFlag.State_HasFocus)
        focus = focus and getattr(option.widget, "keyboard", True)
        hover = bool(state & QStyle.StateFlag.State_MouseOver)
        edge = QColor(p.accent if (focus or hover) else p.border)
        painter.setPen(QPen(edge, 2 if focus else 1))
        painter.setBrush(QColor(p.selection_tint if selected else p.surface))
        painter.drawRoundedRect(rect, t.radius, t.radius)
        # the verdict's bar on the left, as on the feedback card
        bar = QPainterPath()
        bar.addRoundedRect(rect, t.radius, t.radius)
        clip = QPainterPath()
        clip.addRect(QRectF(rect.left(), rect.top(), max(3, t.space(0.5)), rect.height()))
        painter.fillPath(bar.intersected(clip), QColor(look.colour(t, kind)))
        # the text, and the mark in a disc of the verdict's tint: beside the text, or
        # in a narrow list at the start of the header line
        x = option.rect.left() + self.text_left()
        y = rect.top() + pad
        parts = self.paragraphs(index, option.rect.width() - self.text_left() - pad)
        d = self.disc()
        if self.compact():
            first = parts[0].layout.lineAt(0).height() if parts[0].layout.lineCount() else d
            disc = QRectF(x, y + (first - d) / 2, d, d)
        else:
            disc = QRectF(rect.left() + pad, rect.top() + pad, d, d)
        tint = getattr(p, TINTS[kind]) if kind in TINTS else p.window
        painter.setPen(QPen(QColor(look.colour(t, kind)), 1))
        painter.setBrush(QColor(tint))
        painter.drawEllipse(disc)
        sign = QFont(self.base)
        sign.setPixelSize(t.px("caption" if self.compact() else "option"))
        sign.setWeight(QFont.Weight.Bold)
        painter.setFont(sign)
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), index.data(SIGN_ROLE) or "")
        painter.setPen(QColor(p.text))
        for number, part in enumerate(parts):
            part.draw(painter, x + (self.head_indent() if number == 0 else 0), y)
            y += part.height + line_gap
        painter.restore()


class QuestionList(QListView):
    """The cards, as tall as their content; Enter or a click opens one."""

    open_requested = Signal(int)
    current_moved = Signal(QRect)  # a card became current: the scroll area shows it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_questions")
        self.cards = QStandardItemModel(self)
        self.setModel(self.cards)
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.clicked.connect(lambda index: self.open_requested.emit(index.row()))
        self.keyboard = False  # keys brought the focus here or moved in it: a ring shows
        self.help: QLabel | None = None  # the hint under the title: it names Enter when true
        self._quiet = False

    def take_focus(self) -> bool:
        """The first card current and focused, unselected, without a ring and without
        scrolling to it: Enter reviews it. False with no card."""
        if self.cards.rowCount() == 0:
            return False
        self.keyboard = False
        self.clearSelection()
        self.restore_current(0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.say_help()
        return True

    def restore_current(self, row: int) -> None:
        """A card current again (a new wording, a new result) without scrolling to it,
        selected only when the keyboard moved there."""
        self._quiet = True  # the summary stays where it is
        self.setCurrentIndex(self.cards.index(row, 0))  # the view's own: its focus keeps it
        if not self.keyboard:
            self.clearSelection()
        self._quiet = False

    def say_help(self) -> None:
        """The hint says « Enter » only while Enter opens a card (the list has the focus)."""
        if self.help is None:
            return
        enter = self.window().focusWidget() is self and self.currentIndex().isValid()
        self.help.setText(
            self.tr("Click a question, or press Enter, to see it again with its answer.")
            if enter
            else self.tr("Click a question to see it again with its answer.")
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        keys = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if event.reason() in keys:
            self.keyboard = True
        super().focusInEvent(event)
        self.say_help()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason,):
            self.say_help()  # another window's turn changes nothing here

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.keyboard = False
        super().mousePressEvent(event)

    def set_theme(self, theme: Theme) -> None:
        self.delegate.theme = theme
        self.delegate.base = QFont(self.font())
        self.fit()

    def fit(self) -> None:
        """Each card's height at the current width, and the list as tall as all of them."""
        self.delegate.width = max(1, self.viewport().width())
        option = QStyleOptionViewItem()
        total = sum(
            self.delegate.sizeHint(option, self.cards.index(row, 0)).height()
            for row in range(self.cards.rowCount())
        )
        self.setFixedHeight(total + 2 * self.frameWidth())
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keyboard:
            self.keyboard = True
            self.viewport().update()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if current.isValid() and self.keyboard and not self._quiet:  # keys moved it
            self.current_moved.emit(self.visualRect(current))


def one_line(text: str) -> str:
    """A prompt as one paragraph: its line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())
