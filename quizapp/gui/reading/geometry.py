"""Where things are in the passage: characters, sentences, markers, on screen.

A mixin for PassageView (a QTextEdit), kept apart so the view's module stays
about behaviour. Coordinates are the viewport's unless said otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor

from quizapp.gui.reading.document import Span, py_offset, u16
from quizapp.gui.window.theme import LINE_HEIGHT

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article


class PassageGeometry:
    """Geometry and copying for a QTextEdit holding a written passage."""

    article: Article | None
    _spans: dict[str, Span]
    _order: list[str]

    def _doc_offset(self) -> QPoint:
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def _char_rect(self, pos: int) -> QRect:
        """The rectangle of the character at document position `pos`, in viewport coordinates."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        left = self.cursorRect(cursor)
        cursor.setPosition(pos + 1)
        right = self.cursorRect(cursor)
        width = right.left() - left.left() if right.top() == left.top() else 4
        return QRect(left.left(), left.top(), max(1, width), left.height())

    def sentence_rect(self, sentence_id: str) -> QRect:
        """Where the sentence's first line fragment is, in viewport coordinates.

        Its centre always lies on the sentence, so clicking it hits the sentence.
        """
        span = self._spans[sentence_id]
        first = self._char_rect(span.start)
        # the last character on the first line, found by halving (lines only go down as
        # the text goes on): a gloss click asks this a dozen times, a walk took a
        # character's two cursor rectangles each
        low, high = span.start, span.end - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self._char_rect(middle).top() == first.top():
                low = middle
            else:
                high = middle - 1
        last = self._char_rect(low) if low > span.start else first
        # one line's characters run left to right, each ending where the next begins:
        # the union of every one of them is the first's and the last's
        return first.united(last)

    def sentence_bounds(self, sentence_id: str) -> QRect:
        """Every line of the sentence, in viewport coordinates (what a card keeps clear of)."""
        span = self._spans[sentence_id]
        first = self.sentence_rect(sentence_id)
        last = self._char_rect(max(span.start, span.end - 1))
        if last.top() == first.top():
            return first.united(last)
        frame = self.document().rootFrame().frameFormat()
        left = round(frame.leftMargin()) - self._doc_offset().x()
        right = self.viewport().width() - round(frame.rightMargin())
        return QRect(QPoint(min(left, first.left()), first.top()), QPoint(right, last.bottom()))

    def word_position(self, sentence_id: str, offset: int) -> QPoint:
        """The centre of the character at `offset` of the sentence, in viewport coordinates."""
        text = self.article.sentence(sentence_id).fr if self.article else ""
        pos = self._spans[sentence_id].start + u16(text[:offset])
        return self._char_rect(pos).center()

    def sentence_at(self, point: QPoint) -> tuple[str, int] | None:
        """(sentence id, Python offset) of the character under a viewport point."""
        pos = self._position_at(point)
        if pos is None:
            return None
        for sid, span in self._spans.items():
            if pos in span:
                text = self.article.sentence(sid).fr if self.article else ""
                return sid, py_offset(text, pos - span.start)
        return None

    def _position_at(self, point: QPoint) -> int | None:
        """The document position of the character drawn under `point`, or None."""
        doc = self.document()
        p = point + self._doc_offset()
        pos = doc.documentLayout().hitTest(p.toPointF(), Qt.HitTestAccuracy.FuzzyHit)
        if pos < 0:
            return None
        for candidate in (pos, pos - 1):
            if 0 <= candidate < doc.characterCount() - 1:
                rect = self._char_rect(candidate).translated(self._doc_offset())
                if rect.adjusted(0, 0, 1, 1).contains(p):
                    return candidate
        return None

    def _first_visible(self) -> str | None:
        found = self.sentence_at(QPoint(self.viewport().width() // 2, 8))
        if found:
            return found[0]
        top = self.verticalScrollBar().value()
        for sid in self._order:
            if self._char_rect(self._spans[sid].start).top() + top >= top:
                return sid
        return None

    def _context(self) -> int:
        """About one line of the text: the room kept above a sentence scrolled to, so it
        lands clear of the top edge's fade (and the legend strip above it), never cut."""
        em = max(8, self.theme().px("passage"))  # type: ignore[attr-defined]
        return round(em * LINE_HEIGHT) + max(2, self.theme().space(0.5))  # type: ignore[attr-defined]

    def settle_top(self, bottom: int | None = None) -> None:
        """Scrolled no further than the document's top margin: back to the very top, so
        the level line keeps its margin under the toolbar's edge (a new width, a card
        opened by the first sentence), as long as `bottom` (a viewport y that must stay
        in view) still fits."""
        bar = self.verticalScrollBar()
        value = bar.value()
        margin = self.document().rootFrame().frameFormat().topMargin()
        if 0 < value <= margin and (bottom is None or bottom + value <= self.viewport().height()):
            bar.setValue(0)

    def _scroll_to(self, sentence_id: str, last_id: str | None = None) -> None:
        """Bring the sentence (through `last_id`) into view on a clean start: nothing
        moves when it shows already; else the page from its title when the sentence lies
        in the first screen, or its paragraph's first line at the document's top margin
        (the sentence's own first line when the paragraph is too long to show it)."""
        span = self._spans.get(sentence_id)
        end = self._spans.get(last_id or sentence_id, span)
        if span is None or end is None:
            return
        top = self._char_rect(span.start).top()
        bottom = self._char_rect(max(end.start, end.end - 1)).bottom()
        height = self.viewport().height()
        if top >= 0 and bottom <= height:
            return
        bar = self.verticalScrollBar()
        if bottom + bar.value() <= height:  # in the first screen: the page from its title
            bar.setValue(0)
            return
        margin = self.page_margin()
        head = self._paragraph_head(sentence_id)
        start = self._char_rect(self._spans[head].start).top() if head in self._spans else top
        if bottom - start + margin > height:  # a long paragraph: from the sentence itself
            start = top
        bar.setValue(bar.value() + start - margin)

    def page_margin(self) -> int:
        """The room kept above a paragraph scrolled to the top: the document's top
        margin without the cover band's (cover_band.py), which scrolls away."""
        margin = self.document().rootFrame().frameFormat().topMargin()
        return round(margin - getattr(self, "_cover_drawn", 0.0))

    def _paragraph_head(self, sentence_id: str) -> str:
        """The first sentence of the paragraph holding `sentence_id`."""
        for paragraph in self.article.paragraphs if self.article else ():
            if any(s.id == sentence_id for s in paragraph):
                return paragraph[0].id
        return sentence_id

    def skip_heading(self) -> None:
        """Scroll past the article's level line and title to its first sentence, when
        they are in view (a locate question in a short window: every line counts)."""
        if not self._order or self._order[0] not in self._spans:
            return
        top = self._char_rect(self._spans[self._order[0]].start).top()
        gap = self.theme().space(1)  # type: ignore[attr-defined]
        if top > gap:
            bar = self.verticalScrollBar()
            before = bar.value()
            bar.setValue(before + top - gap)
            self._skipped = (self.article, before)

    def restore_heading(self) -> None:
        """The title back in view, as before `skip_heading`, unless the learner has
        scrolled since (the locate bar went: a wider window, the question checked)."""
        article, before = getattr(self, "_skipped", None) or (None, 0)
        if article is None:
            return
        self._skipped = None
        if article is not self.article or not self._order or self._order[0] not in self._spans:
            return
        top = self._char_rect(self._spans[self._order[0]].start).top()
        if 0 <= top <= self._context():  # still the first sentence at the top
            self.verticalScrollBar().setValue(before)

    def place_anchor(self) -> tuple[str | None, int]:
        """What a new layout keeps in place: (sentence, its top), or (None, 0) at the top."""
        if self.verticalScrollBar().value() == 0:
            return None, 0
        height = self.viewport().height()
        evidence = [s for s in self._order if s in getattr(self, "_evidence", ())]
        if evidence:  # the proof in view stays put
            y = self._char_rect(self._spans[evidence[0]].start).top()
            if 0 <= y < height:
                return evidence[0], y
        for sid in self._order:  # the first sentence that starts on screen
            y = self._char_rect(self._spans[sid].start).top() if sid in self._spans else -1
            if 0 <= y < height:
                return sid, y
        sid = self._first_visible()  # one sentence fills the screen
        return (sid, self._char_rect(self._spans[sid].start).top()) if sid else (None, 0)

    def _rerender_keeping_place(self) -> None:
        """Lay the passage out again (`_render`) with the same sentence at the same height."""
        anchor = self.place_anchor()
        self._render()  # type: ignore[attr-defined]
        self.keep_place(anchor)

    def keep_place(self, anchor: tuple[str | None, int] | None) -> None:
        """The same sentence at the same height after a new layout (never a fixed offset)."""
        if anchor is None:
            return
        sid, y = anchor
        bar = self.verticalScrollBar()
        if sid is None or sid not in self._spans:
            bar.setValue(0)
            return
        bar.setValue(bar.value() + self._char_rect(self._spans[sid].start).top() - y)
        self.settle_top()
        self._clean_start(sid)
        current = getattr(self, "_current", None)
        if current in self._spans and not getattr(self, "_cursor_hidden", True):
            self._scroll_to(current)  # the reading cursor stays in sight
        self.snap_rows()

    def snap_rows(self) -> None:
        """The locate layout never rests on a row cut at the top edge: its number (on its
        first line) would be gone and the text seem to run under the legend. The cut row
        comes down whole when the picks and the cursor still fit; else the next row goes
        to the top."""
        if not self.sentence_rows() or self.verticalScrollBar().value() == 0:  # type: ignore[attr-defined]
            return
        rows = [(sid, self._spans[sid]) for sid in self._order if sid in self._spans]
        tops = {sid: self._char_rect(span.start).top() for sid, span in rows}
        ends = {sid: self._char_rect(max(span.start, span.end - 1)).bottom() for sid, span in rows}
        cut = next((sid for sid, _ in rows if tops[sid] < 0 < ends[sid]), None)
        if cut is None:
            return
        gap, height = self.theme().space(1), self.viewport().height()  # type: ignore[attr-defined]
        kept = set(getattr(self, "_locate", ())) | {getattr(self, "_current", None)}
        shown = [ends[sid] for sid in kept if sid in ends and 0 <= ends[sid] <= height]
        bar, down = self.verticalScrollBar(), gap - tops[cut]
        if max(shown, default=0) + down <= height:
            bar.setValue(bar.value() - down)
            return
        after = next((tops[sid] for sid, _ in rows if tops[sid] >= 0), None)
        if after is not None:
            bar.setValue(bar.value() + after - gap)

    def _clean_start(self, sid: str) -> None:
        """A new layout that left `sid` cutting its paragraph at the top edge: the page
        from its title when `sid` shows in the first screen, else its paragraph's first
        line at the top margin, as long as `sid` stays in the upper half."""
        bar, head = self.verticalScrollBar(), self._paragraph_head(sid)
        top, height = self._char_rect(self._spans[sid].start).top(), self.viewport().height()
        if bar.value() == 0 or top > self._context() or head == sid:
            return  # at the very top, a paragraph's start, or lower down: the reader's place
        if self._char_rect(self._spans[sid].end - 1).bottom() + bar.value() <= height:
            bar.setValue(0)
            return
        if head in self._spans:
            margin = self.page_margin()
            start = self._char_rect(self._spans[head].start).top()
            if top - start + margin <= height // 2:
                bar.setValue(bar.value() + start - margin)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the selected French (and English) text as typed (the EN chips are
        painted, not text, so they never come along)."""
        cursor = self.textCursor()
        text = self._text_between(cursor.selectionStart(), cursor.selectionEnd())
        text = text.replace("\u2029", "\n")
        text = text.replace("\u2011", "-")  # the display's non-breaking hyphens, as typed
        data = QMimeData()
        data.setText(text)
        return data

    def _text_between(self, start: int, end: int) -> str:
        if end <= start:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()
