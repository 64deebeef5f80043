"""The passage's highlights, one colour role each (design/learner-experience.md).

The pointer and the reading cursor (hidden during a quiz), the evidence of an
answer, the learner's `locate` picks, the looked-up word: drawn as extra
selections over the text, so the document never changes for a highlight.
The evidence also gets the amber bar of the evidence card, in the margin
beside its lines: a clear mark on a quiet tint, in light and dark alike. The cursor's,
the pointer's and the evidence's tints are painted under the text as one shape per
sentence (band.py), so their right edges never follow the ragged ends of the lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit

from quizapp.gui.reading.band import band_path, line_boxes
from quizapp.gui.reading.document import Span, u16

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article
    from quizapp.gui.reading.style import PassageColours


class PassageHighlights:
    """A mixin of `PassageView`: builds its extra selections from its state."""

    article: Article | None
    _colours: PassageColours
    _spans: dict[str, Span]
    _hover: str | None
    _current: str | None
    _cursor_hidden: bool
    _evidence: frozenset[str]
    _locate: frozenset[str]
    _gloss_span: tuple[str, int, int] | None
    highlights_changed: Any
    _order: list[str]

    # -- evidence ---------------------------------------------------------------------
    def highlight_evidence(self, ids, scroll: bool = True) -> None:
        self._evidence = frozenset(i for i in ids if i in self._spans)
        self._update_highlights()
        shown = [i for i in self._order if i in self._evidence]
        if scroll and shown:  # the whole proof, clear of the top edge
            self._scroll_to(shown[0], shown[-1])  # type: ignore[attr-defined]

    def clear_evidence(self) -> None:
        self._evidence = frozenset()
        self._update_highlights()

    def evidence(self) -> frozenset[str]:
        return self._evidence

    # -- building ---------------------------------------------------------------------
    def _selection(
        self, span: Span | tuple[int, int], fmt: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _background(self, colour: QColor, text: QColor | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        if text is not None:
            fmt.setForeground(text)
        return fmt

    def _update_highlights(self) -> None:
        c = self._colours
        marks: list[QTextEdit.ExtraSelection] = list(self.word_marks)
        cursor = None if self._cursor_hidden else self._current
        if self._hover and self._hover in self._spans and self._hover != cursor:
            marks.append(self._selection(self._spans[self._hover], self._background(c.hover)))
        if cursor in self._spans:
            marks.append(self._selection(self._spans[cursor], self._background(c.current)))
        for sid in self._evidence & self._spans.keys():
            fmt = self._background(c.evidence, c.evidence_text)
            fmt.setFontUnderline(False)  # the glossed words' hairline would cut the tint
            marks.append(self._selection(self._spans[sid], fmt))
        for sid in self._locate & self._spans.keys():  # a fill, the pill and the bar: no line
            fmt = self._background(c.locate, c.text)  # its own letters: drawn without dots
            fmt.setFontUnderline(False)
            marks.append(self._selection(self._spans[sid], fmt))
        marks += self.hover_word_selection()  # type: ignore[attr-defined]  # word_hover.py
        marks += self.spoken_word_selection()  # type: ignore[attr-defined]  # read aloud
        if self._gloss_span and self._gloss_span[0] in self._spans:
            sid, start, end = self._gloss_span
            text = self.article.sentence(sid).fr if self.article else ""
            base = self._spans[sid].start
            span = (base + u16(text[:start]), base + u16(text[:end]))
            fmt = self._background(c.gloss, c.gloss_text)  # a tint, not a system selection
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(c.gloss_line)
            marks.append(self._selection(span, fmt))
        self.setExtraSelections(marks)
        barred = (self._evidence | self._locate, self.gutter_shown())  # type: ignore[attr-defined]
        if getattr(self, "_barred", None) != barred or barred[1]:  # the margin: all repainted
            self._barred = barred
            self.viewport().update()
        self._refresh_chips()  # the pointer's and the cursor's EN (chips.py)
        self._refresh_band()
        self.highlights_changed.emit()

    def _band_shapes(self) -> list[tuple[QPainterPath, QColor]]:
        """The pointer's and the cursor's bands, then the evidence's (on top: the proof
        wins), in document coordinates (band.py): one shape per sentence, or per run of
        evidence sentences, the column's width on inner lines, rounded outer corners."""
        cursor = None if self._cursor_hidden else self._current
        sids = [s for s in (self._hover, cursor) if s in self._spans and s not in self._evidence]
        theme = self.theme()  # type: ignore[attr-defined]
        pad, radius = max(2, theme.space(0.5)), max(3, theme.radius * 0.75)
        c, doc = self._colours, self.document()
        runs = [(self._spans[sid], c.current if sid == cursor else c.hover) for sid in sids]
        runs += [(span, c.evidence) for span in self._evidence_runs()]
        return [(band_path(line_boxes(doc, span, pad), radius), colour) for span, colour in runs]

    def _evidence_runs(self) -> list[Span]:
        """The evidence's spans, sentences that follow each other in the text joined (the
        space between them too): one shape, not two with a notch where they meet."""
        runs: list[Span] = []
        for span in sorted(
            (self._spans[s] for s in self._evidence if s in self._spans),
            key=lambda span: span.start,
        ):
            same = runs and self.document().findBlock(runs[-1].end) == self.document().findBlock(
                span.start
            )
            if runs and same and span.start - runs[-1].end <= 1:
                runs[-1] = Span(runs[-1].start, span.end)
            else:
                runs.append(Span(span.start, span.end))
        return runs

    def _refresh_band(self) -> None:
        """Repaint where the bands were and are: their padding and full-width lines lie
        beyond the text the extra selections repaint."""
        offset = self._doc_offset()  # type: ignore[attr-defined]
        new = [path.boundingRect().toAlignedRect() for path, _colour in self._band_shapes()]
        old = getattr(self, "_band_rects", [])
        if new != old:
            for rect in (*old, *new):
                self.viewport().update(rect.translated(-offset).adjusted(-2, -2, 2, 2))
        self._band_rects = new

    def paint_sentence_band(self) -> None:
        """Under the text: the pointer's / cursor's tint and the evidence's as one calm shape
        per sentence, like a text selection in a polished editor (band.py), never jagged at
        the right (the extra selections paint the same colours over their letters)."""
        shapes = self._band_shapes()
        if not shapes:
            return
        offset = self._doc_offset()  # type: ignore[attr-defined]
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.translate(-offset.x(), -offset.y())
        for path, colour in shapes:
            painter.setBrush(colour)
            painter.drawPath(path)
        painter.end()

    def paint_evidence_bars(self) -> None:
        """The amber bar left of each evidence sentence's lines (the margin, not the text);
        an accent bar at the same place beside each `locate` pick."""
        c = self._colours
        bars = [(sid, c.locate_mark) for sid in self._locate - self._evidence]
        bars += [(sid, c.evidence_mark) for sid in self._evidence]
        if not bars:
            return
        theme = self.theme()  # type: ignore[attr-defined]
        width, gap = max(3, theme.space(0.4)), theme.space(1)
        left = round(self.document().rootFrame().frameFormat().leftMargin())
        x = left - self._doc_offset().x() - gap - width  # type: ignore[attr-defined]
        painter = QPainter(self.viewport())
        for sid, colour in bars:
            if sid in self._spans:
                lines = self.sentence_bounds(sid)  # type: ignore[attr-defined]
                painter.fillRect(QRect(x, lines.top(), width, lines.height()), colour)
        painter.end()

    def paint_top_fade(self) -> None:
        """Scrolled mid-line, the top edge would show a sliver of the line above (its
        underline, or half its letters, right under the legend's words): the page's
        colour fades it out. A line whose letters are cut is covered whole."""
        if self.verticalScrollBar().value() == 0:  # type: ignore[attr-defined]
            return
        theme = self.theme()  # type: ignore[attr-defined]
        depth = max(4, theme.space(1))
        solid = depth * 0.4
        left = round(self.document().rootFrame().frameFormat().leftMargin())  # type: ignore[attr-defined]
        x = left - self._doc_offset().x() + 2  # type: ignore[attr-defined]
        cut = self.cursorRect(self.cursorForPosition(QPoint(x, 0)))  # type: ignore[attr-defined]
        if cut.top() < 0 and cut.bottom() > 0:  # its letters are cut (an accent, a capital)
            solid = max(solid, cut.bottom() + 1.0)  # its letters all under the page
            depth = max(depth, round(solid) + theme.space(1))
        surface = QColor(theme.palette.surface)
        fade = QLinearGradient(0, 0, 0, depth)
        fade.setColorAt(0.0, surface)
        fade.setColorAt(min(1.0, solid / depth), surface)
        surface.setAlpha(0)
        fade.setColorAt(1.0, surface)
        painter = QPainter(self.viewport())
        painter.fillRect(QRect(0, 0, self.viewport().width(), depth), fade)
        painter.end()

    def paint_foot_fade(self) -> None:
        """Above a docked card (the viewport ends there), a line whose letters are cut is
        hidden whole under the page's colour: the card never seems to cover text."""
        if self.viewportMargins().bottom() <= 0:  # type: ignore[attr-defined]
            return
        height = self.viewport().height()  # type: ignore[attr-defined]
        left = round(self.document().rootFrame().frameFormat().leftMargin())  # type: ignore[attr-defined]
        x = left - self._doc_offset().x() + 2  # type: ignore[attr-defined]
        cut = self.cursorRect(self.cursorForPosition(QPoint(x, height - 1)))  # type: ignore[attr-defined]
        if not (cut.top() < height < cut.bottom()):
            return
        painter = QPainter(self.viewport())
        colour = QColor(self.theme().palette.surface)  # type: ignore[attr-defined]
        painter.fillRect(QRect(0, cut.top(), self.viewport().width(), height - cut.top()), colour)
        painter.end()
