"""The library's article cards: one painted card per row of the library's model.

A delegate, not a widget per article: hundreds of articles stay instant, and the
proxy's filtering, the keyboard (Up/Down, Enter) and the tests keep working on
the same model. Every colour and size comes from the current theme, so zoom and
dark mode reach the cards; the layout is worked out in one place (`_layout`)
for painting, sizing and hit-testing alike.
"""

from __future__ import annotations

from PySide6 import QtGui  # its painting types load on first use, not at start-up
from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from quizapp.gui.library.card_layout import Layout, narrow
from quizapp.gui.library.card_marks import (
    meta_parts,
    paint_best_ring,
    paint_eyebrow,
    paint_progress_bar,
    state_kind,
    title_lines,
    when_read,
)
from quizapp.gui.library.model import ARTICLE_ROLE, SORT_ROLE, STATE_ROLE, ArticleTableModel, Column
from quizapp.gui.window.locale_format import percent, topic
from quizapp.gui.window.page_frame import PAGE_UNITS
from quizapp.gui.window.theme import SANS, Theme

AnyIndex = QModelIndex | QPersistentModelIndex


MAX_COLUMN_UNITS = PAGE_UNITS  # the card column's widest: every page's (page_frame.py)


class CardDelegate(QStyledItemDelegate):
    """Paints each article as a card; a click on its button asks to open it."""

    open_requested = Signal(QModelIndex)

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        self.theme = Theme()
        self._heights: dict[tuple[str, str, str, str, str, int], int] = {}
        self.calm = False  # the « Continue » card leads: the current card waits for focus

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._heights.clear()

    def forget_sizes(self) -> None:
        """The view's font changed: every card is measured again."""
        self._heights.clear()

    # -- fonts and words ----------------------------------------------------------
    def _font(self, role: str, weight: int = 400, serif: bool = False) -> QtGui.QFont:
        font = QtGui.QFont(self.view.font())
        families = self.theme.passage_families if serif else SANS
        font.setFamilies(families[:-1] + list(font.families()))
        font.setPixelSize(self.theme.px(role))
        font.setWeight(QtGui.QFont.Weight(weight))
        return font

    def column_width(self, width: int) -> int:
        """The cards' width in a viewport `width` wide: centred, at most a readable column."""
        t = self.theme
        return max(t.space(20), min(width - 2 * t.space(2), t.space(MAX_COLUMN_UNITS)))

    def action_text(self, index: AnyIndex) -> str:
        kind = state_kind(index)
        if kind == "progress":
            return self.tr("Resume")
        return self.tr("Read again") if kind == "done" else self.tr("Read")

    def state_text(self, index: AnyIndex) -> str:
        """The state column's words: where a run stopped, or the best score. A new
        article says nothing here (its button alone, "Read"); the card's accessible
        text still says "New" (the model's)."""
        state = index.data(STATE_ROLE)
        if state is None:
            return ""
        kind, best, at = state
        if kind == "progress" and at is not None:
            return self.tr("Question %1 of %2").replace("%1", str(at[0])).replace("%2", str(at[1]))
        if kind == "progress":
            return self.tr("In progress")
        if kind == "done" and best is not None:
            return self.tr("Best %1").replace("%1", percent(best))
        return ""

    def meta_text(self, index: AnyIndex) -> str:
        """Questions · reading time · when last read, or new words for an unread article ·
        origin (when the bank mixes folders)."""
        article = index.data(ARTICLE_ROLE)
        parts = meta_parts(article)
        when = str(index.siblingAtColumn(Column.LAST).data(SORT_ROLE) or "")
        kind = state_kind(index)
        if when:
            parts.append(when_read(when))
        elif kind == "new":
            # lemmas neither looked up nor marked known: a promise before reading, never
            # beside "read today" (once read, the count would read as a contradiction)
            new = index.siblingAtColumn(Column.NEW_WORDS).data()
            if new and new != "0":
                parts.append(self.tr("%n new word(s) for you", "", int(new)))
        model = index.model()
        source = getattr(model, "sourceModel", lambda: None)()
        if isinstance(source, ArticleTableModel) and source.mixed_origins():
            origin = index.siblingAtColumn(Column.ORIGIN).data()
            if origin:
                parts.append(str(origin))
        return " · ".join(parts)

    # -- layout ---------------------------------------------------------------------
    def _title_lines(self, text: str, font: QtGui.QFont, width: int) -> list[str]:
        return title_lines(text, font, width)

    def _pill(self, text: str, role: str, weight: int) -> QSize:
        metrics = QtGui.QFontMetrics(self._font(role, weight))
        pad = self.theme.space(2 if role == "body" else 1.25)
        height = self.theme.target if role == "body" else metrics.height() + self.theme.space(0.75)
        return QSize(metrics.horizontalAdvance(text) + 2 * pad, height)

    def _right_reserve(self) -> int:
        """The state column's width whatever the state, so finishing an article never
        rewraps its title (the best score and its ring, where a run stopped, or the
        widest button)."""
        best = self.tr("Best %1").replace("%1", percent(1.0))
        done = self._pill(best, "caption", 600).width() + self.ring_side() + self.theme.space(0.75)
        at = self.tr("Question %1 of %2").replace("%1", "00").replace("%2", "00")
        words = (self.tr("Read"), self.tr("Read again"), self.tr("Resume"))
        buttons = (self._pill(w, "body", 600).width() for w in words)
        return max(done, self._state_size("progress", at).width(), *buttons)

    def _state_size(self, kind: str, text: str) -> QSize:
        """The state's box: the best score beside its ring; where a run stopped over
        a slim bar of the questions behind it; nothing for a new article."""
        if not text:
            return QSize(0, 0)
        t = self.theme
        if kind == "progress":
            metrics = QtGui.QFontMetrics(self._font("caption", 600))
            return QSize(metrics.horizontalAdvance(text), metrics.height() + self._bar_room())
        size = self._pill(text, "caption", 600)
        if kind == "done":
            size.setWidth(size.width() + self.ring_side() + t.space(0.75))
        return size

    def _bar_room(self) -> int:
        """The progress bar's thickness and the gap above it."""
        return max(3, self.theme.space(0.4)) + self.theme.space(0.5)

    def _layout(self, rect: QRect, index: AnyIndex) -> Layout:
        """Beside the text, the state over the button; below it when the card is narrow
        (a large zoom in a small window), so the title keeps its room."""
        t = self.theme
        gap, pad = t.space(0.75), t.padding
        width = self.column_width(rect.width())
        card = QRect(rect.x() + (rect.width() - width) // 2, rect.y() + gap, width, 0)
        # the cover: about four and a half lines of the card's text, smaller when narrow
        stacked = width < t.space(75)
        lines = 3.5 if stacked else 4.5
        side = round(QtGui.QFontMetrics(self._font("body")).lineSpacing() * lines)
        out = Layout(card=card, cover=QRect(card.x() + pad, card.y() + pad, side, side))
        action = self._pill(self.action_text(index), "body", 600)
        state_text = self.state_text(index)
        state = self._state_size(state_kind(index), state_text)
        right = max(action.width(), state.width(), self._right_reserve())
        out.text_left = out.cover.right() + 1 + t.space(2)
        room = card.right() - pad - out.text_left
        out.text_width = max(t.space(10), room if stacked else room - right - t.space(2))
        level = str(index.siblingAtColumn(Column.LEVEL).data() or "")
        tags = getattr(index.data(ARTICLE_ROLE), "tags", ())
        out.topic = topic(str(tags[0])) if tags else ""
        chip = self._pill(level, "caption", 700) if level or out.topic else QSize(0, 0)
        out.badge = QRect(out.text_left, 0, chip.width() if level else 0, chip.height())
        height = chip.height() + t.space(0.75) if chip.height() else 0
        title_font = self._font("question", 600, serif=True)
        out.title = self._title_lines(str(index.data()), title_font, out.text_width)
        height += QtGui.QFontMetrics(title_font).lineSpacing() * len(out.title)
        english = index.siblingAtColumn(Column.TITLE_EN).data() if t.english_titles else ""
        if english:
            body = self._font("body")
            out.english = self._title_lines(str(english), body, out.text_width)
            height += t.space(0.5) + QtGui.QFontMetrics(body).lineSpacing() * len(out.english)
        caption = self._font("caption")
        out.meta = self._title_lines(self.meta_text(index), caption, out.text_width)
        height += t.space(0.75) + QtGui.QFontMetrics(caption).lineSpacing() * len(out.meta)
        if stacked:  # the state across from the chip, the button beside the meta line
            narrow(self, out, index, action, state, side)
        else:
            right_height = action.height() + (state.height() + t.space(1) if state_text else 0)
            card.setHeight(max(height, right_height, side) + 2 * pad)
            out.text_top = card.y() + (card.height() - height) // 2
            out.cover.moveTop(card.y() + (card.height() - side) // 2)
            out.badge.moveTop(out.text_top)
            top = card.y() + (card.height() - right_height) // 2
            if state_text:
                x = card.right() - pad - state.width() + 1
                out.state = QRect(x, top, state.width(), state.height())
                top += state.height() + t.space(1)
            x = card.right() - pad - action.width() + 1
            out.action = QRect(x, top, action.width(), action.height())
        out.card = card
        out.height = card.height() + 2 * gap
        return out

    def ring_side(self) -> int:
        return round(self.theme.px("caption") * 1.5)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Remembered per title, state and width: a bank of hundreds lays out at once."""
        width = self.view.viewport().width()
        english = str(index.siblingAtColumn(Column.TITLE_EN).data() or "")
        texts = (self.state_text(index), self.action_text(index), self.meta_text(index))
        key = (str(index.data()), english, *texts, width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20_000:
                self._heights.clear()
            height = self._heights[key] = self._layout(QRect(0, 0, width, 0), index).height
        return QSize(width, height)

    def action_rect(self, index: AnyIndex) -> QRect:
        """Where the card's Read / Resume button is, in viewport coordinates (tests click it)."""
        return self._layout(self.view.visualRect(index), index).action

    # -- painting ---------------------------------------------------------------------
    def paint(self, painter: QtGui.QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        from PySide6.QtCore import Qt

        t, p = self.theme, self.theme.palette
        geo = self._layout(option.rect, index)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        # the strong ring only for the keyboard's place; else the current card is calm
        focused = selected and self.view.hasFocus() and getattr(self.view, "keyboard", True)
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        card = QRectF(geo.card).adjusted(1, 1, -1, -1)
        if focused:  # the keyboard's place, beyond the selection's border
            ring = QtGui.QColor(p.accent)
            ring.setAlpha(90)
            painter.setPen(QtGui.QPen(ring, max(2, t.space(0.4))))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = t.space(0.4)
            painter.drawRoundedRect(
                card.adjusted(-grow, -grow, grow, grow), t.radius + grow, t.radius + grow
            )
        selected = selected and (focused or not self.calm)
        edge = p.accent if selected or hovered else p.border
        painter.setPen(QtGui.QPen(QtGui.QColor(edge), 2 if focused else 1))
        painter.setBrush(QtGui.QColor(p.surface))
        painter.drawRoundedRect(card, t.radius, t.radius)
        self._paint_badge(painter, geo, index)
        self._paint_text(painter, geo, index)
        self._paint_state(painter, geo, index)
        self._paint_action(painter, geo, index, selected)
        painter.restore()

    def _paint_badge(self, painter: QtGui.QPainter, geo: Layout, index: AnyIndex) -> None:
        """The cover tile, then the level chip and the topic above the title."""
        from quizapp.core.library.cover_subject import cover_kind  # with the first card
        from quizapp.gui.library.cover import paint_cover

        t, p = self.theme, self.theme.palette
        article = index.data(ARTICLE_ROLE)
        cover_id = getattr(article, "id", str(index.data() or ""))
        kind = cover_kind(getattr(article, "tags", ()), getattr(article, "title", ""))
        paint_cover(painter, QRectF(geo.cover), t.radius, p, cover_id, kind)
        level = str(index.siblingAtColumn(Column.LEVEL).data() or "")
        small_caps = self._font("caption", 600)
        small_caps.setCapitalization(QtGui.QFont.Capitalization.AllUppercase)
        small_caps.setLetterSpacing(QtGui.QFont.SpacingType.PercentageSpacing, 106)
        fonts = (self._font("caption", 700), small_caps)
        right = geo.topic_right or geo.text_left + geo.text_width
        paint_eyebrow(painter, geo.badge, (level, geo.topic), fonts, right, self.theme)

    def _paint_text(self, painter: QtGui.QPainter, geo: Layout, index: AnyIndex) -> None:
        from PySide6.QtCore import Qt

        t, p = self.theme, self.theme.palette
        left, width = geo.text_left, geo.text_width
        title_font = self._font("question", 600, serif=True)
        lines = [(title_font, p.text, line) for line in geo.title]
        english = bool(geo.english)
        lines += [(self._font("body"), p.muted, line) for line in geo.english]
        meta_from = len(lines)
        lines += [(self._font("caption"), p.muted, line) for line in geo.meta]
        heights = [QtGui.QFontMetrics(font).lineSpacing() for font, _c, _t in lines]
        y = geo.text_top
        if geo.head or geo.badge.height():  # under the level chip and the topic
            y += (geo.head or geo.badge.height()) + t.space(0.75)
        for number, ((font, colour, text), height) in enumerate(zip(lines, heights, strict=True)):
            if number == len(geo.title) and english:
                y += t.space(0.5)
            if number == meta_from:
                y += t.space(0.75) + geo.meta_drop
            painter.setFont(font)
            painter.setPen(QtGui.QColor(colour))
            shown = QtGui.QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(left, y, width, height), align, shown)
            y += height

    def _paint_state(self, painter: QtGui.QPainter, geo: Layout, index: AnyIndex) -> None:
        from PySide6.QtCore import Qt

        text = self.state_text(index)
        if not text:
            return
        t, p = self.theme, self.theme.palette
        kind, best, at = index.data(STATE_ROLE)
        rect = geo.state
        font = self._font("caption", 600)
        painter.setFont(font)
        if kind == "done":
            side = self.ring_side()
            ring = QRectF(rect.x() + t.space(1), rect.center().y() - side / 2 + 0.5, side, side)
            paint_best_ring(painter, ring, best or 0.0, p)
            painter.setPen(QtGui.QColor(p.text))
            text_rect = rect.adjusted(side + t.space(1.75), 0, 0, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
            return
        # in progress: where it stopped, over a slim bar of the questions behind it
        metrics = QtGui.QFontMetrics(font)
        line = QRect(rect.x(), rect.y(), rect.width(), metrics.height())
        painter.setPen(QtGui.QColor(p.text))
        painter.drawText(line, Qt.AlignmentFlag.AlignCenter, text)
        if at is not None:  # the questions behind it: before the one it stopped at
            thick = max(3, t.space(0.4))
            bar = QRectF(rect.x(), rect.bottom() + 1 - thick, rect.width(), thick)
            paint_progress_bar(painter, bar, (at[0] - 1) / max(1, at[1]), p)

    def _paint_action(
        self, painter: QtGui.QPainter, geo: Layout, index: AnyIndex, primary: bool
    ) -> None:
        from PySide6.QtCore import Qt

        t, p = self.theme, self.theme.palette
        rect = QRectF(geo.action).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = max(2, t.radius // 2)
        painter.setPen(QtGui.QPen(QtGui.QColor(p.primary if primary else p.border), 1))
        painter.setBrush(QtGui.QColor(p.primary if primary else p.surface))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setFont(self._font("body", 600))
        painter.setPen(QtGui.QColor(p.on_primary if primary else p.accent))
        painter.drawText(geo.action, Qt.AlignmentFlag.AlignCenter, self.action_text(index))

    # -- clicks -------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index) -> bool:
        """A click on the card's button opens the article (the rest of the card selects)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QMouseEvent

        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self._layout(option.rect, index).action.contains(event.position().toPoint())
        ):
            self.open_requested.emit(QModelIndex(index))
            return True
        return super().editorEvent(event, model, option, index)
