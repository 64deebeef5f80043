"""What a quiz puts on the passage: masked sentences, a locate question's numbers and result.

A mixin of `PassageView`, kept apart so the passage stays about reading. Masks
and results are extra selections added to the passage's own (the document never
changes; a masked sentence loses its ink, a dashed box over its place, `mask_band`),
coloured from the theme's palette (light or dark, as the passage's is).
While a locate question is asked or its result shown, the passage is laid out
one sentence per row (document.py's locate layout), and each sentence's number
is a small muted pill in the left margin beside its first line: a marker, not a
line number. A pick shows there as an accent pill with a tick, and the
feedback's "sentence 4" is the margin's 4. The margin's width is kept for the
whole quiz, so the text does not move between question types.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextCharFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

from quizapp.gui.reading import mask_band
from quizapp.gui.window.theme import SANS, Palette


class QuizMarks:
    """Masks (a cloze's own sentence, hidden while it is asked) and locate marks."""

    _masked: frozenset[str] = frozenset()
    _usual_description: str | None = None
    _answer_right: frozenset[str] = frozenset()
    _answer_wrong: frozenset[str] = frozenset()

    def set_masked(self, ids: Any) -> None:
        """Hide the words of these sentences behind one dashed box over their place, and
        their English too (a parallel row or a shown line) while they are masked."""
        before, self._masked = self._masked, frozenset(ids)
        english = self._parallel or (before | self._masked) & self._shown  # type: ignore[attr-defined]
        if before != self._masked and english:
            self._rerender_keeping_place()  # type: ignore[attr-defined]
        self.set_gloss_highlight(None)  # type: ignore[attr-defined]

    def masked(self) -> frozenset[str]:
        return self._masked

    def viewportEvent(self, event: QEvent) -> bool:
        """Over a masked sentence, its tooltip says why (the pill may not fit a narrow line)."""
        if event.type() == QEvent.Type.ToolTip and self._masked:
            point = event.pos()  # type: ignore[attr-defined]
            if mask_band.masked_at(self, getattr(self, "_spans", {}), self._masked, point):
                QToolTip.showText(event.globalPos(), mask_band.caption(), self.viewport())  # type: ignore[attr-defined]
                return True
        return super().viewportEvent(event)  # type: ignore[misc]

    def set_answer_marks(self, right: Any = (), wrong: Any = ()) -> None:
        """Mark the right sentences of a locate question, and the wrong picks."""
        self._answer_right, self._answer_wrong = frozenset(right), frozenset(wrong)
        self._apply_measure()  # type: ignore[attr-defined]  # the gutter may need room
        self.sync_rows()
        self._update_highlights()  # type: ignore[attr-defined]
        self.viewport().update()  # type: ignore[attr-defined]

    def answer_marks(self) -> tuple[frozenset[str], frozenset[str]]:
        return self._answer_right, self._answer_wrong

    def quiz_palette(self) -> Palette:
        return self.theme().palette  # type: ignore[attr-defined]

    def setExtraSelections(self, selections: Any) -> None:
        """The passage's own highlights, then the quiz's on top."""
        QTextEdit.setExtraSelections(self, [*selections, *self._quiz_selections()])  # type: ignore[arg-type]

    def _quiz_selections(self) -> list[QTextEdit.ExtraSelection]:
        spans = getattr(self, "_spans", {})
        article = getattr(self, "article", None)
        if article is None:
            return []
        colours = self.quiz_palette()
        out = []
        for sid, colour, text in (
            *((s, colours.right_tint, colours.right) for s in self._answer_right),
            *((s, colours.wrong_tint, colours.wrong) for s in self._answer_wrong),
        ):
            if sid in spans:
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(colour))
                fmt.setForeground(QColor(text))
                fmt.setFontUnderline(True)  # one line in the mark’s ink, over the glossed hairline
                fmt.setUnderlineColor(QColor(text))
                out.append(self._selection(spans[sid], fmt))  # type: ignore[attr-defined]
        blank = mask_band.hidden_ink()  # no ink: its box is painted (`paint_gutter`)
        for sid in self._masked & spans.keys():  # the whole sentence: not even a space's
            span = (spans[sid].start, spans[sid].end)  # hairline (a glossed expression's)
            out.append(self._selection(span, blank))  # type: ignore[attr-defined]
        return out

    # -- the gutter: a locate question's sentence numbers ---------------------
    def gutter_shown(self) -> bool:
        """While sentences are picked, while the picks wait for another try (the
        feedback's "sentence 3"), and after, while their result is marked."""
        return bool(
            getattr(self, "_locate_mode", False)
            or getattr(self, "_locate", ())
            or self._answer_right
            or self._answer_wrong
        )

    def sentence_rows(self) -> bool:
        """The locate layout: one sentence per row while the numbers show."""
        return self.gutter_shown()

    def sync_rows(self) -> None:
        """Lay the passage out again when the locate layout comes or goes (the place kept)."""
        if getattr(self, "_rows_drawn", False) == self.sentence_rows():
            return
        anchor = self.place_anchor()  # type: ignore[attr-defined]  # stays where it was
        self._render()  # type: ignore[attr-defined]
        self.keep_place(anchor)  # type: ignore[attr-defined]

    def gutter_font(self, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(SANS)
        font.setPixelSize(self.theme().px("caption"))  # type: ignore[attr-defined]
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Medium)
        font.setFeature(QFont.Tag("tnum"), 1)  # numbers line up
        return font

    def gutter_room(self) -> int:
        """The left margin the gutter needs: a picked number's pill, the evidence bar's
        place, then the text. Kept for the whole quiz (the panel beside the passage), so
        a choice question and a locate question put the text at the same x."""
        if not self.gutter_shown() and not getattr(self, "_cursor_hidden", False):
            return 0
        lead = self.theme().space(1)  # type: ignore[attr-defined]  # air before the pills
        return lead + self._pill_size("✓\u200988", True).width() + self._gutter_end_gap()

    def _gutter_end_gap(self) -> int:
        """From the numbers' right edge to the text: the evidence bar sits in between."""
        theme = self.theme()  # type: ignore[attr-defined]
        return theme.space(1) + max(3, theme.space(0.4)) + theme.space(0.9)

    def sentence_number(self, sentence_id: str) -> int:
        order = getattr(self, "_order", [])
        return order.index(sentence_id) + 1 if sentence_id in order else 0

    def _describe_current(self) -> None:
        """A locate question's gutter number and pick, said to screen readers (painted only)."""
        sid, order = getattr(self, "_current", None), getattr(self, "_order", [])
        if not getattr(self, "_locate_mode", False) or sid not in order:
            if self._usual_description is not None:  # the reading keys' description again
                self.setAccessibleDescription(self._usual_description)  # type: ignore[attr-defined]
                self._usual_description = None
            return
        if self._usual_description is None:
            self._usual_description = self.accessibleDescription()  # type: ignore[attr-defined]
        said = QCoreApplication.translate("PassageView", "Sentence %1 of %2")
        said = said.replace("%1", str(self.sentence_number(sid))).replace("%2", str(len(order)))
        picked = sid in getattr(self, "_locate", ())
        if picked:
            state = QCoreApplication.translate("PassageView", "selected")
        else:
            state = QCoreApplication.translate("PassageView", "not selected")
        self.setAccessibleDescription(f"{said}, {state}")  # type: ignore[attr-defined]

    def gutter_marks(self) -> list[tuple[str, QRect]]:
        """(sentence id, where its pill is painted), for the sentences whose first line
        shows: right-aligned in the margin, centred on the line the sentence starts on
        (the locate layout starts each sentence on its own line)."""
        if not self.gutter_shown() or self.article is None:  # type: ignore[attr-defined]
            return []
        spans = getattr(self, "_spans", {})
        left = round(self.document().rootFrame().frameFormat().leftMargin())  # type: ignore[attr-defined]
        right = left - self._doc_offset().x() - self._gutter_end_gap()  # type: ignore[attr-defined]
        height = self.viewport().height()  # type: ignore[attr-defined]
        out = []
        for sid in getattr(self, "_order", []):
            if sid not in spans:
                continue
            first = self._char_rect(spans[sid].start)  # type: ignore[attr-defined]
            if first.bottom() < 0 or first.top() > height:
                continue
            size = self._gutter_size(sid)
            top = first.top() + (first.height() - size.height()) // 2
            out.append((sid, QRect(right - size.width(), top, size.width(), size.height())))
        return out

    def _gutter_label(self, sid: str) -> str:
        number = str(self.sentence_number(sid))
        return f"✓\u2009{number}" if sid in self._gutter_picked() else number

    def _gutter_picked(self) -> frozenset[str]:
        return frozenset() if self._answer_right or self._answer_wrong else self._locate  # type: ignore[attr-defined]

    def _gutter_size(self, sid: str) -> QRect:
        return self._pill_size(self._gutter_label(sid), self._bold(sid))

    def _bold(self, sid: str) -> bool:
        return (
            sid in self._gutter_picked() or sid in self._answer_right or sid in self._answer_wrong
        )

    def _pill_size(self, label: str, bold: bool) -> QRect:
        """A pill around `label`, every one as wide as the widest, a pick's '✓ 99' (so
        the pills line up on both edges and a pick does not jut out toward the panel)."""
        metrics = QFontMetrics(self.gutter_font(bold))
        widest = QFontMetrics(self.gutter_font(True)).horizontalAdvance("✓\u200999")
        pad = self.theme().space(0.6)  # type: ignore[attr-defined]
        words = max(metrics.horizontalAdvance(label), widest)
        return QRect(0, 0, words + 2 * pad, metrics.height() + pad // 2)

    def paint_gutter(self) -> None:
        """A masked sentence's dashed box (`mask_band`), then the numbers: muted pills; the
        pointed one in the text's colour; a pick as an accent pill with a tick; after the
        answer, right and wrong on their tints."""
        mask_band.paint_masks(self, getattr(self, "_spans", {}), self._masked)
        marks = self.gutter_marks()
        if not marks:
            return
        p = self.quiz_palette()
        picked = self._gutter_picked()
        hover = getattr(self, "_hover", None)
        painter = QPainter(self.viewport())  # type: ignore[attr-defined]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for sid, rect in marks:
            fill, edge, ink = QColor(p.window), QColor(p.border), QColor(p.muted)
            if sid in picked:
                fill, edge, ink = QColor(p.accent), QColor(p.accent), QColor(p.on_accent)
            elif sid in self._answer_right:
                fill, edge, ink = QColor(p.right_tint), QColor(p.right), QColor(p.right)
            elif sid in self._answer_wrong:
                fill, edge, ink = QColor(p.wrong_tint), QColor(p.wrong), QColor(p.wrong)
            elif sid == hover:
                edge, ink = QColor(p.muted), QColor(p.text)
            painter.setPen(edge)
            painter.setBrush(fill)
            radius = rect.height() / 2
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            painter.setFont(self.gutter_font(self._bold(sid)))
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._gutter_label(sid))
        painter.end()
