"""`order`: the items as cards to put in order, by dragging, Alt+Up/Down, or the
small ▲ ▼ buttons that sit on the selected card.

Each card shows a drag handle (a painted grip of 2×3 dots), its position, the
item's text wrapping at any width, and once checked its ✓ or where it belongs; the colours come from
the theme, so dark mode and zoom need nothing of their own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Grade, OrderQuestion
from quizapp.gui.quiz import look
from quizapp.gui.quiz.answer_base import RIGHT_MARK, WRONG_MARK, AnswerWidget, plain_label
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.theme import Theme

TEXT_ROLE = Qt.ItemDataRole.UserRole
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class OrderList(QListWidget):
    """A list reordered by dragging, or by Alt/Ctrl + Up/Down on the selected item.

    It is as tall as its wrapped items, whatever the width and font, so no item
    hides behind a scroll bar inside the quiz's own scrolling page.
    """

    def fit_height(self) -> None:
        self.doItemsLayout()
        rows = range(self.count())
        height = sum(self.visualRect(self.model().index(r, 0)).height() for r in rows)
        height += 2 * self.frameWidth()  # the gaps are in the rows (flush with the choices)
        if height != self.height():
            self.setFixedHeight(height)
        owner = self.parent()
        if isinstance(owner, OrderAnswer):
            owner.place_movers()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and mods in (
            Qt.KeyboardModifier.AltModifier,
            Qt.KeyboardModifier.ControlModifier,
        ):
            owner = self.parent()
            if isinstance(owner, OrderAnswer):
                owner.move_selected(step)
            event.accept()
            return
        super().keyPressEvent(event)


def grip_dot(metrics: QFontMetrics) -> int:
    """A grip dot's size (and the gap between dots), following the font and zoom."""
    return max(2, round(metrics.height() * 0.13))


def paint_grip(painter: QPainter, left: int, middle: int, fm: QFontMetrics, ink: QColor) -> None:
    """One drag grip: 2 columns of 3 round dots, centred on `middle`."""
    dot = grip_dot(fm)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    for column in range(2):
        for line in range(3):
            x = left + column * 2 * dot
            y = middle - dot // 2 + (line - 1) * 2 * dot
            painter.drawEllipse(QRect(x, y, dot, dot))
    painter.restore()


class OrderCards(QStyledItemDelegate):
    """Paints each item as a card: handle, position badge, wrapped text, mark."""

    def __init__(self, owner: OrderAnswer):
        super().__init__(owner)
        self.owner = owner

    def _metrics(self, font: QFont) -> tuple[int, int, int, int]:
        """(padding, gap, the handle's and the badge's width) at this font and zoom."""
        t = self.owner.theme
        fm = QFontMetrics(font)
        return t.space(1.25), t.space(1), 3 * grip_dot(fm), round(fm.height() * 1.4)

    def _right_width(self, font: QFont, row: int) -> int:
        text, _kind = self.owner.suffix(row)
        if text:
            bold = QFont(font)  # the mark is drawn bold
            bold.setBold(True)
            return QFontMetrics(bold).horizontalAdvance(text) + self.owner.theme.space(1.5)
        if self.owner.locked() or row != self.owner.list.currentRow():
            return 0  # ▲ ▼ sit on the selected card only: the others use the full width
        return self.owner.movers_width()

    def _text_rect(self, rect: QRect, font: QFont, row: int) -> QRect:
        pad, gap, handle, badge = self._metrics(font)
        left = rect.left() + pad + handle + gap + badge + gap
        right = rect.right() - pad - self._right_width(font, row)
        return QRect(left, rect.top() + pad, max(10, right - left), rect.height() - 2 * pad)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.owner.list
        width = view.viewport().width()
        rect = QRect(0, 0, max(width, 80), 10**5)
        text_rect = self._text_rect(rect, option.font, index.row())
        fm = QFontMetrics(option.font)
        text = str(index.data(TEXT_ROLE))
        needed = fm.boundingRect(QRect(0, 0, text_rect.width(), 10**5), WRAP, text).height()
        pad, _gap, _handle, badge = self._metrics(option.font)
        height = max(needed, badge, self.owner.movers_height()) + 2 * pad
        return QSize(width, height + self.owner.card_gap())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        t, p = self.owner.theme, self.owner.theme.palette
        row = index.row()
        card = option.rect.adjusted(0, 0, 0, -self.owner.card_gap())  # the gap under it
        rect = card.adjusted(1, 1, -1, -1)
        suffix, kind = self.owner.suffix(row)
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and not suffix
        fill, edge = p.surface, p.border
        if kind in look.KINDS:
            fill, edge = getattr(p, kind + "_tint"), getattr(p, kind)
        elif selected:
            fill, edge = p.selection_tint, p.accent
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(edge), 2 if selected or kind in look.KINDS else 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, t.radius, t.radius)
        font = QFont(option.font)
        painter.setFont(font)
        pad, gap, handle, badge = self._metrics(font)
        x = rect.left() + pad
        middle = rect.center().y()
        painter.setPen(QColor(p.muted))
        paint_grip(painter, x, middle, QFontMetrics(font), QColor(p.muted))
        x += handle + gap
        circle = QRect(x, middle - badge // 2, badge, badge)
        painter.setPen(QPen(QColor(edge if kind in look.KINDS else p.border), 1))
        painter.setBrush(QColor(p.window))
        painter.drawEllipse(circle)
        number = QFont(font)
        number.setBold(True)
        number.setPixelSize(max(8, t.px("caption")))
        painter.setFont(number)
        painter.setPen(QColor(p.text))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(row + 1))
        painter.setFont(font)
        painter.setPen(QColor(p.text))
        text_rect = self._text_rect(card, font, row)
        painter.drawText(text_rect, WRAP, str(index.data(TEXT_ROLE)))
        if suffix:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(look.colour(t, kind)))
            mark = QRect(text_rect.right(), rect.top(), rect.right() - pad - text_rect.right(), 0)
            mark.setHeight(rect.height())
            painter.drawText(
                mark, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, suffix
            )
        painter.restore()


class OrderAnswer(AnswerWidget):
    """`order`: the items in the session's shuffled order, to put right."""

    def __init__(
        self, question: OrderQuestion, order: tuple[int, ...], parent: QWidget | None = None
    ):
        super().__init__(question, parent)
        self.items_question = question
        self.list = OrderList(self)
        self.list.setProperty("cards", "true")
        self.list.setItemDelegate(OrderCards(self))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(0)  # a spacing would inset the cards from the choices' edge
        self.marks: dict[str, tuple[bool, int]] = {}  # text → (in place, right position)
        for index in order:
            item = QListWidgetItem()
            item.setData(TEXT_ROLE, question.items[index])
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.movers = QWidget(self.list.viewport())  # ▲ ▼ on the selected card
        self.up = QToolButton(self.movers)
        self.down = QToolButton(self.movers)
        for button, arrow in ((self.up, "▲"), (self.down, "▼")):
            button.setText(arrow)
            button.setProperty("mover", "true")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        buttons = QHBoxLayout(self.movers)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        self.help = plain_label("", self)
        self.help.setProperty("tone", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.help)
        model = self.list.model()
        model.rowsMoved.connect(lambda *_: self._refresh())
        model.rowsInserted.connect(lambda *_: self._refresh())
        self.list.currentRowChanged.connect(lambda _r: self._select_row())
        self._refresh()
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.help.setStyleSheet(look.caption(theme))
        self.movers.adjustSize()
        self.list.fit_height()

    def retranslate_ui(self) -> None:
        self.up.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down.setToolTip(self.tr("Move the selected item down (Alt+Down)"))
        self.up.setAccessibleName(self.tr("Move up"))
        self.down.setAccessibleName(self.tr("Move down"))
        self.help.setText(self.tr("Drag the items, or select one and press Alt+↑ / Alt+↓."))
        self.list.setAccessibleName(self.tr("Items to put in order"))

    def inputs(self) -> list[QWidget]:
        return [self.list, self.up, self.down]

    def card_gap(self) -> int:
        """The gap under each card, inside its row."""
        return max(2, self.theme.space(0.4))

    def movers_width(self) -> int:
        return self.movers.sizeHint().width() + self.theme.space(0.5)

    def movers_height(self) -> int:
        return 0 if self._locked else self.movers.sizeHint().height()

    def place_movers(self) -> None:
        """Put ▲ ▼ at the right of the selected card (hidden once locked)."""
        row = self.list.currentRow()
        if self._locked or row < 0:
            self.movers.hide()
            return
        rect = self.list.visualRect(self.list.model().index(row, 0))
        rect.adjust(0, 0, 0, -self.card_gap())
        size = self.movers.sizeHint()
        self.movers.resize(size)
        pad = self.theme.space(1)
        self.movers.move(rect.right() - pad - size.width(), rect.center().y() - size.height() // 2)
        self.movers.show()
        self.movers.raise_()

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.list.setEnabled(True)  # stays readable; only moving is locked
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if locked
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self.help.setVisible(not locked)
        self._update_buttons()
        self.list.fit_height()

    def texts(self) -> list[str]:
        return [str(self.list.item(r).data(TEXT_ROLE)) for r in range(self.list.count())]

    def response(self) -> Any | None:
        return self.texts()

    def set_response(self, response: Any) -> None:
        if not response:
            return
        selected = self.list.currentItem()
        current = selected.data(TEXT_ROLE) if selected else None
        self.list.clear()
        for text in response:
            item = QListWidgetItem()
            item.setData(TEXT_ROLE, text)
            self.list.addItem(item)
        self._refresh()
        row = list(response).index(current) if current in response else 0
        self.list.setCurrentRow(row)
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._locked or row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._refresh()
        self.changed.emit()

    def suffix(self, row: int) -> tuple[str, str]:
        """What the card at `row` says once checked: (✓ or where it belongs, its kind)."""
        item = self.list.item(row)
        mark = self.marks.get(str(item.data(TEXT_ROLE))) if item is not None else None
        if mark is None:
            return "", ""
        kept, right_row = mark
        place = self.tr("right place: %1").replace("%1", str(right_row + 1))
        kind = "right" if right_row == row else ("partly" if kept else "wrong")
        text = {"right": RIGHT_MARK, "partly": f"({place})", "wrong": f"{WRONG_MARK} ({place})"}
        return text[kind], kind

    def _refresh(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = str(item.data(TEXT_ROLE))
            suffix, _kind = self.suffix(row)
            item.setText(f"{row + 1}. {text}" + (f"  {suffix}" if suffix else ""))
            item.setToolTip(tooltip(text))
        self._update_buttons()
        self.list.fit_height()

    def _select_row(self) -> None:
        """Another card selected: only it keeps room for ▲ ▼, so the rows lay out again."""
        self._update_buttons()
        self.list.fit_height()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(not self._locked and row > 0)
        self.down.setEnabled(not self._locked and 0 <= row < self.list.count() - 1)
        self.place_movers()

    def reveal(self, grade: Grade | None) -> None:
        """On each card: ✓ where it is in place, else ✗ and its right position."""
        self.grade = grade
        parts = grade.parts if grade is not None else ()
        items = self.items_question.items
        self.marks = {t: (parts[i], i) for i, t in enumerate(items) if i < len(parts)}
        if grade is not None:
            self.list.clearSelection()  # the marks' colours show, not the selection's
        self._refresh()
