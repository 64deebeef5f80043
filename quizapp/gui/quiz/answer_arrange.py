"""Answers made by arranging: `match` (drop-downs), `order` (cards to reorder, in
`answer_order`), and `locate` (sentences clicked in the passage itself).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Grade, LocateQuestion, MatchQuestion
from quizapp.gui.quiz import look
from quizapp.gui.quiz.answer_base import AnswerWidget, plain_label, set_mark
from quizapp.gui.quiz.answer_order import OrderAnswer, OrderList
from quizapp.gui.quiz.style_controls import text_margin
from quizapp.gui.window.plain_text import tooltip
from quizapp.gui.window.theme import Theme

__all__ = ["LocateAnswer", "MatchAnswer", "OrderAnswer", "OrderList"]


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
        self.wholes: list[QLabel] = []  # a pick too long for its drop-down, in full under it
        grid = QGridLayout(self)  # one grid for every row, so the columns line up
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        self.grid = grid
        self.lefts: list[QLabel] = []
        self.holders: list[QWidget] = []
        self.rows: list[tuple[QWidget, ...]] = []
        self.stacked: bool | None = None
        for pair in question.pairs:
            card = QFrame(self)  # behind the row: created first, so drawn under it
            card.setProperty("matchrow", "true")
            left = plain_label(pair.left, self)
            arrow = QLabel("→", self)
            arrow.setProperty("arrow", "true")
            holder = QWidget(self)  # the drop-down with room above and below, in its card
            combo = QComboBox(holder)
            whole = plain_label("", holder)
            whole.setProperty("tone", "muted")
            whole.hide()
            column = QVBoxLayout(holder)
            column.addWidget(combo)
            column.addWidget(whole)
            self.wholes.append(whole)
            self.holders.append(holder)
            combo.addItem("", None)
            for right in self.rights:
                combo.addItem(right, right)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            view = combo.view()
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            if isinstance(view, QListView):
                view.setWordWrap(True)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._chosen(c))
            mark = QLabel(self)
            mark.hide()  # no room kept for it before the verdict: the pads stay even
            fix = plain_label("", self)
            fix.hide()
            left.setBuddy(combo)
            self.rows.append((card, left, arrow, holder, mark, fix))
            self.lefts.append(left)
            self.combos.append(combo)
            self.marks.append(mark)
            self.fixes.append(fix)
        self._place(False)
        self.retranslate_ui()

    def _place(self, stacked: bool, again: bool = False) -> None:
        """Each row's card: item → drop-down side by side, or the drop-down under its
        item when the panel is too narrow for both (a large zoom). Until a ✓/✗ shows,
        the drop-down takes the mark's column too, so its card's pads stay even."""
        if stacked == self.stacked and not again:
            return
        self.stacked = stacked
        grid = self.grid
        for row, (card, left, arrow, holder, mark, fix) in enumerate(self.rows):
            for widget in (card, left, arrow, holder, mark, fix):
                grid.removeWidget(widget)
            top = 4 * row
            grid.addWidget(card, top, 0, 3, 6)
            if stacked:
                grid.addWidget(left, top, 1, 1, 3)
                grid.addWidget(holder, top + 1, 1, 1, 3 if mark.isVisibleTo(self) else 4)
                grid.addWidget(mark, top + 1, 4)
                grid.addWidget(fix, top + 2, 1, 1, 4)
            else:
                grid.addWidget(left, top, 1)
                grid.addWidget(arrow, top, 2)
                grid.addWidget(holder, top, 3, 1, 1 if mark.isVisibleTo(self) else 2)
                grid.addWidget(mark, top, 4)
                grid.addWidget(fix, top + 2, 3, 1, 2)
            arrow.setVisible(not stacked)
            card.lower()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())
        self._show_wholes()

    def _show_wholes(self) -> None:
        """Under a drop-down too narrow for its pick, the pick written out in full."""
        for combo, whole in zip(self.combos, self.wholes, strict=True):
            text = combo.currentText() if combo.currentIndex() > 0 else ""
            room = combo.width() - text_margin(self.theme)
            cut = combo.fontMetrics().horizontalAdvance(text) > room
            whole.setText(text)
            whole.setVisible(bool(text) and cut)

    def _fit(self, width: int) -> None:
        """Side by side only when each drop-down can show its longest answer whole beside
        an item of a few words; else each drop-down under its item, the card's width."""
        if width <= 0:
            return
        theme = self.theme
        font = QFont(self.font())
        font.setPixelSize(theme.px("option"))
        metrics = QFontMetrics(font)
        texts = [*self.rights, self.combos[0].itemText(0) if self.combos else ""]
        combo = max(metrics.horizontalAdvance(t) for t in texts) + text_margin(theme)
        item = min(max(metrics.horizontalAdvance(p.left) for p in self.match.pairs), combo // 2)
        rest = metrics.horizontalAdvance("→ ✓") + theme.space(1) * 5 + theme.space(0.5) * 2
        stacked = width < combo + item + rest
        self._place(stacked)
        self.grid.setColumnMinimumWidth(3, 0 if stacked else combo)

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        edge, half = theme.space(0.5), theme.space(0.75)
        self.grid.setHorizontalSpacing(theme.space(1))
        self.grid.setColumnMinimumWidth(0, edge)
        self.grid.setColumnMinimumWidth(5, edge)
        for holder in self.holders:
            holder.layout().setContentsMargins(0, edge, 0, edge)
        for row, (left, fix) in enumerate(zip(self.lefts, self.fixes, strict=True)):
            left.setContentsMargins(0, half, 0, half)
            fix.setContentsMargins(0, 0, 0, half)
            self.grid.setRowMinimumHeight(4 * row + 3, theme.space(1))
        self._fit(self.width())
        self._show_wholes()

    def _chosen(self, combo: QComboBox) -> None:
        combo.setToolTip(tooltip(combo.currentText()))
        self._show_wholes()
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
            mark.setVisible(value is not None)
            kind = None if value is None else ("right" if value else "wrong")
            self.combos[row].setStyleSheet(look.locked_field(self.theme, kind))
            right = self.match.pairs[row].right
            fix.setText(self.tr("Right answer: %1").replace("%1", right))
            fix.setStyleSheet(look.verdict_text(self.theme, "right"))
            fix.setVisible(value is False)
        if self.stacked is not None:
            self._place(self.stacked, again=True)  # the marks' column, taken or given back


class LocateAnswer(AnswerWidget):
    """`locate`: the learner clicks sentences in the passage; this shows the count."""

    def __init__(self, question: LocateQuestion, passage: Any, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.passage = passage
        self.selected: frozenset[str] = frozenset()
        self.active = False
        self.instructions = plain_label("", self)
        self.count = plain_label("", self)
        self.instructions.setProperty("tone", "muted")
        self.clear_button = QPushButton(self)
        self.clear_button.setProperty("quiet", "true")
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
