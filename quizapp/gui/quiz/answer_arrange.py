"""Answers made by arranging: `match` (drop-downs), `order` (a list to reorder),
and `locate` (sentences clicked in the passage itself).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Grade, LocateQuestion, MatchQuestion, OrderQuestion
from quizapp.gui.quiz import look
from quizapp.gui.quiz.answer_base import RIGHT_MARK, WRONG_MARK, AnswerWidget, plain_label, set_mark
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.theme import Theme

TEXT_ROLE = Qt.ItemDataRole.UserRole


class MatchAnswer(AnswerWidget):
    """`match`: each left item with a drop-down of the right items, in the session's order."""

    def __init__(
        self, question: MatchQuestion, right_order: tuple[int, ...], parent: QWidget | None = None
    ):
        super().__init__(question, parent)
        self.match = question
        self.rights = [question.pairs[i].right for i in right_order]
        self.combos: list[QComboBox] = []
        self.marks: list[QLabel] = []
        self.fixes: list[QLabel] = []  # the right partner, under a wrong pick
        grid = QGridLayout(self)  # one grid for every row, so the columns line up
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.grid = grid
        self.lefts: list[QLabel] = []
        for row, pair in enumerate(question.pairs):
            card = QFrame(self)  # behind the row: created first, so drawn under it
            card.setProperty("matchrow", "true")
            left = plain_label(pair.left, self)
            arrow = QLabel("→", self)
            arrow.setProperty("arrow", "true")
            combo = QComboBox(self)
            combo.addItem("", None)
            for right in self.rights:
                combo.addItem(right, right)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            view = combo.view()
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            if isinstance(view, QListView):
                view.setWordWrap(True)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._chosen(c))
            mark = QLabel(self)
            fix = plain_label("", self)
            fix.hide()
            left.setBuddy(combo)
            top = 3 * row
            grid.addWidget(card, top, 0, 2, 6)
            grid.addWidget(left, top, 1)
            grid.addWidget(arrow, top, 2)
            grid.addWidget(combo, top, 3)
            grid.addWidget(mark, top, 4)
            grid.addWidget(fix, top + 1, 3, 1, 2)
            self.lefts.append(left)
            self.combos.append(combo)
            self.marks.append(mark)
            self.fixes.append(fix)
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        edge, half = theme.space(0.5), theme.space(0.75)
        self.grid.setHorizontalSpacing(theme.space(1))
        self.grid.setColumnMinimumWidth(0, edge)
        self.grid.setColumnMinimumWidth(5, edge)
        for row, (left, fix) in enumerate(zip(self.lefts, self.fixes, strict=True)):
            left.setContentsMargins(0, half, 0, half)
            fix.setContentsMargins(0, 0, 0, half)
            self.grid.setRowMinimumHeight(3 * row + 2, theme.space(1))

    def _chosen(self, combo: QComboBox) -> None:
        combo.setToolTip(tooltip(combo.currentText()))
        self.changed.emit()

    def retranslate_ui(self) -> None:
        for combo, pair in zip(self.combos, self.match.pairs, strict=True):
            combo.setItemText(0, self.tr("choose…"))
            combo.setAccessibleName(self.tr("Match for %1").replace("%1", pair.left))

    def inputs(self) -> list[QWidget]:
        return list(self.combos)

    def response(self) -> Any | None:
        out = {p.left: c.currentData() for p, c in zip(self.match.pairs, self.combos, strict=True)}
        return out if any(v is not None for v in out.values()) else None

    def set_response(self, response: Any) -> None:
        response = response or {}
        for pair, combo in zip(self.match.pairs, self.combos, strict=True):
            combo.setCurrentIndex(max(combo.findData(response.get(pair.left)), 0))

    def choose(self, left: str, right: str | None) -> None:
        """Pick `right` for `left`, as the learner would in the drop-down."""
        row = [p.left for p in self.match.pairs].index(left)
        combo = self.combos[row]
        combo.setCurrentIndex(0 if right is None else combo.findData(right))

    def reveal(self, grade: Grade | None) -> None:
        """✓/✗ beside each pick, and the right partner under a wrong one."""
        self.grade = grade
        parts = grade.parts if grade is not None else ()
        for row, (mark, fix) in enumerate(zip(self.marks, self.fixes, strict=True)):
            value = parts[row] if row < len(parts) else None
            set_mark(mark, value, self.theme)
            kind = None if value is None else ("right" if value else "wrong")
            self.combos[row].setStyleSheet(look.locked_field(self.theme, kind))
            right = self.match.pairs[row].right
            fix.setText(self.tr("Right answer: %1").replace("%1", right))
            fix.setStyleSheet(look.tinted(self.theme, "right"))
            fix.setVisible(value is False)


class OrderList(QListWidget):
    """A list reordered by dragging, or by Alt/Ctrl + Up/Down on the selected item.

    It is as tall as its wrapped items, whatever the width and font, so no item
    hides behind a scroll bar inside the quiz's own scrolling page.
    """

    def fit_height(self) -> None:
        self.doItemsLayout()
        rows = range(self.count())
        height = sum(self.visualRect(self.model().index(r, 0)).height() for r in rows)
        height += 2 * self.frameWidth() + 2 * self.spacing() * (self.count() + 1)
        if height != self.height():
            self.setFixedHeight(height)

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


class OrderAnswer(AnswerWidget):
    """`order`: the items in the session's shuffled order, to put right."""

    def __init__(
        self, question: OrderQuestion, order: tuple[int, ...], parent: QWidget | None = None
    ):
        super().__init__(question, parent)
        self.items_question = question
        self.list = OrderList(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.marks: dict[str, tuple[bool, int]] = {}  # text → (in place, right position)
        for index in order:
            item = QListWidgetItem()
            item.setData(TEXT_ROLE, question.items[index])
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.up = QPushButton(self)
        self.down = QPushButton(self)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        self.help = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.help)
        model = self.list.model()
        model.rowsMoved.connect(lambda *_: self._refresh())
        model.rowsInserted.connect(lambda *_: self._refresh())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.up.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down.setToolTip(self.tr("Move the selected item down (Alt+Down)"))
        self.help.setText(self.tr("Drag the items, or select one and press Alt+Up / Alt+Down."))
        self.list.setAccessibleName(self.tr("Items to put in order"))

    def inputs(self) -> list[QWidget]:
        return [self.list, self.up, self.down]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.list.setEnabled(True)  # stays readable; only moving is locked
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if locked
            else QAbstractItemView.DragDropMode.InternalMove
        )
        for widget in (self.up, self.down, self.help):
            widget.setVisible(not locked)
        self._update_buttons()

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

    def _refresh(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = str(item.data(TEXT_ROLE))
            mark = self.marks.get(text)
            suffix = ""
            if mark is not None:
                kept, right_row = mark
                place = self.tr("right place: %1").replace("%1", str(right_row + 1))
                kind = "right" if right_row == row else ("partly" if kept else "wrong")
                suffix = {
                    "right": f"  {RIGHT_MARK}",
                    "partly": f"  ({place})",
                    "wrong": f"  {WRONG_MARK} ({place})",
                }[kind]
                item.setForeground(QColor(look.colour(self.theme, kind)))
            item.setText(f"{row + 1}. {text}{suffix}")
            item.setToolTip(tooltip(text))
        self._update_buttons()
        self.list.fit_height()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(not self._locked and row > 0)
        self.down.setEnabled(not self._locked and 0 <= row < self.list.count() - 1)

    def reveal(self, grade: Grade | None) -> None:
        """Beside each item: ✓ where it is in place, else ✗ and its right position."""
        self.grade = grade
        parts = grade.parts if grade is not None else ()
        items = self.items_question.items
        self.marks = {t: (parts[i], i) for i, t in enumerate(items) if i < len(parts)}
        if grade is None:
            for row in range(self.list.count()):
                self.list.item(row).setData(Qt.ItemDataRole.ForegroundRole, None)
        else:
            self.list.clearSelection()  # the marks' colours show, not the selection's
        self._refresh()


class LocateAnswer(AnswerWidget):
    """`locate`: the learner clicks sentences in the passage; this shows the count."""

    def __init__(self, question: LocateQuestion, passage: Any, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.passage = passage
        self.selected: frozenset[str] = frozenset()
        self.active = False
        self.instructions = plain_label("", self)
        self.count = plain_label("", self)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.instructions)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.instructions.setText(
            self.tr(
                "Click the sentence(s) in the text that answer the question;"
                " click again to unselect. With the keyboard: Up and Down in the text,"
                " then Space."
            )
        )
        self.count.setText(self.tr("%n sentence(s) selected", "", len(self.selected)))
        self.clear_button.setText(self.tr("Clear the selection"))

    def inputs(self) -> list[QWidget]:
        return [self.clear_button]

    def activate(self) -> None:
        if self.active:
            return
        self.active = True
        self.passage.locate_changed.connect(self._passage_changed)
        self.passage.set_locate_selection(self.selected)
        self.passage.set_locate_mode(not self._locked)

    def deactivate(self) -> None:
        if not self.active:
            return
        self.active = False
        self.passage.locate_changed.disconnect(self._passage_changed)
        self.passage.set_locate_mode(False)
        self.passage.set_locate_selection(())

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.clear_button.setEnabled(bool(self.selected) and not locked)
        if self.active:
            self.passage.set_locate_mode(not locked)

    def _passage_changed(self, ids: Any) -> None:
        if self._locked:
            return
        self._set(frozenset(ids))

    def _set(self, ids: frozenset[str]) -> None:
        self.selected = ids
        self.count.setText(self.tr("%n sentence(s) selected", "", len(ids)))
        self.clear_button.setEnabled(bool(ids) and not self._locked)
        self.changed.emit()

    def clear(self) -> None:
        self._set(frozenset())
        if self.active:
            self.passage.set_locate_selection(())

    def response(self) -> Any | None:
        return self.selected or None

    def set_response(self, response: Any) -> None:
        self._set(frozenset(response or ()))
        if self.active:
            self.passage.set_locate_selection(self.selected)
