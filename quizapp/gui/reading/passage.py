"""The passage: French sentences in paragraphs, glossed on click.

The text is laid out in a QTextDocument from plain strings (never HTML), and
every sentence's span is remembered, so a click maps to (sentence, offset)
and the core glossing engine does the rest. Highlights are extra selections:
the document itself never changes unless a translation is shown or hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from quizapp.gui.reading import style
from quizapp.gui.reading.chips import EnglishChips
from quizapp.gui.reading.cover_band import CoverBand
from quizapp.gui.reading.document import Layout, Span, write_passage
from quizapp.gui.reading.geometry import PassageGeometry
from quizapp.gui.reading.highlights import PassageHighlights
from quizapp.gui.reading.progress_line import ReadingProgress
from quizapp.gui.reading.quiz_marks import QuizMarks
from quizapp.gui.reading.word_hover import WordHover
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.model import Article


class PassageView(
    CoverBand, QuizMarks, PassageHighlights, WordHover, EnglishChips, PassageGeometry, QTextEdit
):
    """Read-only passage; see the module docstring for what it shows."""

    word_looked_up = Signal(str, str, object)
    look_up_done = Signal()  # after every slot of word_looked_up: the card is placed then
    locate_changed = Signal(object)
    locate_mode_changed = Signal(bool)
    current_changed = Signal(str)
    translations_changed = Signal()
    highlights_changed = Signal()  # evidence, locate picks or the looked-up word changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        # no keyboard caret: the keyboard moves between sentences instead
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        # the text wraps to the pane: a sideways bar only ever showed a rounding's pixel
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)  # the top fade
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.article: Article | None = None
        self._theme = Theme()
        self._cursor_hidden = False
        self._parallel = False
        self._shown: set[str] = set()
        self._order: list[str] = []
        self._spans: dict[str, Span] = {}
        self._current: str | None = None
        self._hover: str | None = None
        self._gloss_span: tuple[str, int, int] | None = None
        self._evidence: frozenset[str] = frozenset()
        self._locate_mode = False
        self._locate: frozenset[str] = frozenset()
        self._press: QPoint | None = None
        self._colours = style.PassageColours(self._theme)
        self.word_marks: list[QTextEdit.ExtraSelection] = []  # known words (under the rest)
        self.progress_line = ReadingProgress(self)  # how far through: a line along the top

    # -- content -----------------------------------------------------------
    def set_article(self, article: Article | None, keep_place: bool = False) -> None:
        """Show `article`; with keep_place (a live reload) the scroll and sentence stay."""
        import quizapp.core.gloss  # noqa: F401  (hands GlossIndex to the model: article.gloss_at)

        scroll = self.verticalScrollBar().value()
        current = self._current
        self.article = article
        self._order = [s.id for s in article.sentences] if article else []
        known = set(self._order)
        if keep_place:
            self._shown &= known
            self._current = current if current in known else None
            self._evidence &= known
            self._locate &= known
        else:
            self._shown = set()
            self._current = None
            self._evidence = frozenset()
            self._locate = frozenset()
        self._hover = None
        self._gloss_span = None
        self._render()
        if keep_place:
            self.verticalScrollBar().setValue(scroll)
        else:
            self.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        doc = self.document()
        # Spans go first: clearing moves the scroll bar, which closes the gloss card,
        # which redraws the highlights, and old spans would point past the empty text.
        self._spans = {}
        doc.clear()
        doc.setDefaultFont(style.passage_font(self._theme))
        self._rows_drawn, self._cover_drawn = self.sentence_rows(), self.cover_height()
        self._apply_measure()  # the top margin holds the cover band (cover_band.py)
        if self.article is not None:
            layout = Layout(
                self._theme,
                self._colours,
                self._shown,
                self.tr("(no English translation)"),
                parallel=self._parallel,
                subtitle=not self._cursor_hidden,  # never in a quiz (document.py)
                hidden=self.masked(),
                hidden_english=self.tr("(the English of this sentence shows after the answer)"),
                rows=self.sentence_rows(),  # a locate question: one sentence per row
            )
            self._spans = write_passage(doc, self.article, layout)
        self._park_caret()
        self._update_highlights()

    def _park_caret(self) -> None:
        """Put the (hidden) caret at the reading place: QTextEdit scrolls to its caret
        on show and resize, and after building the document it sits at the very end."""
        span = self._spans.get(self._current or "")
        if span is None:
            found = self.sentence_at(QPoint(self.viewport().width() // 2, 4))
            span = self._spans.get(found[0]) if found else None
        caret = QTextCursor(self.document())
        caret.setPosition(span.start if span else 0)
        self.setTextCursor(caret)

    def _apply_measure(self) -> None:
        """Centre a column of comfortable width, whatever the window's width."""
        em = max(8, self._theme.px("passage"))
        measure = style.MAX_MEASURE_EM * em * (1.8 if self._parallel else 1.0)
        spare = self.viewport().width() - measure
        left = max(em * 1.5, self.gutter_room(), spare / 2)  # a locate question's numbers
        right = max(em * 1.5, spare - left)
        frame = self.document().rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        if (
            abs(fmt.leftMargin() - left) + abs(fmt.rightMargin() - right) > 0.5
            or abs(fmt.topMargin() - em * 1.2 - self._cover_drawn) > 0.5
        ):
            fmt.setLeftMargin(left)
            fmt.setRightMargin(right)
            fmt.setTopMargin(em * 1.2 + self._cover_drawn)
            fmt.setBottomMargin(em * 2)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width reflows the text: the sentence at the top stays there."""
        anchor = self.place_anchor() if event.oldSize().width() != self.width() else None
        super().resizeEvent(event)
        self._apply_measure()
        self.keep_place(anchor)

    # -- zoom and translations ----------------------------------------------
    @property
    def zoom(self) -> int:
        return self._theme.zoom

    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        """The window's colours, sizes and passage font (a Preferences change, a zoom step)."""
        if theme != self._theme:
            self._theme = theme
            self._colours = style.PassageColours(theme)
            self._rerender_keeping_place()

    def set_cursor_hidden(self, hidden: bool) -> None:
        """During a quiz the reading cursor hides, so only the evidence is marked."""
        if hidden != self._cursor_hidden:
            self._cursor_hidden = hidden
            self._apply_measure()  # the quiz keeps the numbers' margin (quiz_marks.py)
            self._rerender_keeping_place()  # no English title, no cover band in a quiz

    def parallel(self) -> bool:
        return self._parallel

    def set_parallel(self, on: bool) -> None:
        if on != self._parallel:
            self._parallel = on
            self._rerender_keeping_place()
            self.translations_changed.emit()

    def reserve_foot(self, height: int) -> None:
        """Room at the foot for the docked gloss card: the text ends above it, unhidden."""
        self.setViewportMargins(0, 0, 0, height)
        self.progress_line.place()  # none over the card's top edge

    def translation_shown(self, sentence_id: str) -> bool:
        return self._parallel or sentence_id in self._shown

    def toggle_translation(self, sentence_id: str | None = None) -> None:
        """Show or hide one sentence's English (the current one by default)."""
        sid = sentence_id or self._current or (self._order[0] if self._order else None)
        if sid is None or self._parallel or sid in self.masked():
            return
        self._shown ^= {sid}
        self.set_current(sid, scroll=False)
        self._rerender_keeping_place()
        self.translations_changed.emit()

    # -- current sentence ---------------------------------------------------
    def current(self) -> str | None:
        return self._current

    def set_current(self, sentence_id: str | None, scroll: bool = True) -> None:
        if sentence_id is not None and sentence_id not in self._spans:
            return
        changed = sentence_id != self._current
        self._current = sentence_id
        self._update_highlights()
        if sentence_id and scroll:
            self._scroll_to(sentence_id)
        if changed and sentence_id:
            self.current_changed.emit(sentence_id)
        self._describe_current()

    def move_current(self, step: int) -> None:
        if not self._order:
            return
        if self._current is None:
            index = 0 if step > 0 else len(self._order) - 1
        else:
            index = max(0, min(len(self._order) - 1, self._order.index(self._current) + step))
        self.set_current(self._order[index])

    # -- locate (the evidence is highlights.py's) --------------------------------
    def set_locate_mode(self, on: bool) -> None:
        changed, self._locate_mode = on != self._locate_mode, on
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.IBeamCursor
        )
        if changed:
            self._apply_measure()  # the gutter of sentence numbers comes and goes
            self.sync_rows()  # and the locate layout with it
            self._update_highlights()
            self.viewport().update()
            self.locate_mode_changed.emit(on)
        else:
            self._update_highlights()
        self._describe_current()

    def locate_mode(self) -> bool:
        return self._locate_mode

    def locate_selection(self) -> frozenset[str]:
        return self._locate

    def set_locate_selection(self, ids) -> None:
        self._set_locate(frozenset(i for i in ids if i in self._spans))

    def _set_locate(self, picked: frozenset[str]) -> None:
        """The learner's picks: the tint, and a tick on the number in the margin."""
        self._locate = picked
        self.sync_rows()  # the last pick dropped after the question: the prose again
        self._update_highlights()
        self.viewport().update()
        self._describe_current()

    # -- highlights -----------------------------------------------------------
    def gloss_highlight(self) -> tuple[str, int, int] | None:
        """(sentence id, start, end) of the word or expression being glossed, if any."""
        return self._gloss_span

    def set_gloss_highlight(self, span: tuple[str, int, int] | None) -> None:
        self._gloss_span = span
        self._update_highlights()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_sentence_band()  # under the text
        super().paintEvent(event)
        self.paint_evidence_bars()
        self.paint_gutter()
        self.paint_chips()
        self.paint_top_fade()
        self.paint_foot_fade()

    # -- input ----------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        point = event.position().toPoint()
        chip = self._chip_at(point)  # a sentence's EN belongs to it
        self.hover_chip(chip)
        found = None if chip else self.sentence_at(point)
        pos = self._position_at(point)
        # the space between sentences keeps the last one
        hover = chip or (found[0] if found else (self._hover if pos is not None else None))
        word = None if chip else self.lookup_span_at(point)  # a click would look it up
        pointing = chip or word or (self._locate_mode and hover is not None)
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.IBeamCursor
        )
        if self.set_hovered_word(word) or hover != self._hover:
            self._hover = hover
            self._update_highlights()

    def leaveEvent(self, event: QEvent) -> None:
        self.hover_chip(None)
        if self.set_hovered_word(None) or self._hover is not None:
            self._hover = None
            self._update_highlights()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        press, self._press = self._press, None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and press is not None
            and (point - press).manhattanLength() < QApplication.startDragDistance()
            and not self.textCursor().hasSelection()
        ):
            self.click_at(point)

    def click_at(self, point: QPoint) -> None:
        """What a click does: toggle a translation, pick a sentence, or look a word up."""
        chip = self._chip_at(point)
        if chip is not None:
            self.toggle_translation(chip)
            return
        found = self.sentence_at(point)
        if found is None:
            return
        sid, offset = found
        if self._locate_mode:
            self._set_locate(self._locate ^ {sid})
            self.locate_changed.emit(self._locate)
            return
        self.set_current(sid, scroll=False)
        self.look_up(sid, offset)

    def look_up(self, sentence_id: str, offset: int) -> None:
        """Gloss the word at `offset` (not in a masked sentence); the view shows the popover."""
        if self.article is None or sentence_id in self.masked():
            return
        hit = self.article.gloss_at(sentence_id, offset)
        token = self.article.gloss_index.word_at(sentence_id, offset)
        if token is not None and not token.is_word:
            token = None
        if hit is None and token is None:
            return
        text = self.article.sentence(sentence_id).fr
        if hit is not None:
            span = (sentence_id, hit.start, hit.end)
            word = token.text if token is not None else text[hit.start : hit.end]
        else:
            span = (sentence_id, token.start, token.end)
            word = token.text
        self.set_gloss_highlight(span)
        self.word_looked_up.emit(sentence_id, word, hit)
        self.look_up_done.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_Down, Qt.Key.Key_J):
            self.move_current(1)
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_K):
            self.move_current(-1)
        elif plain and key == Qt.Key.Key_T:
            self.toggle_translation()
        elif plain and key in (Qt.Key.Key_Space,) and self._locate_mode and self._current:
            self._set_locate(self._locate ^ {self._current})
            self.locate_changed.emit(self._locate)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._rerender_keeping_place()
        super().changeEvent(event)
