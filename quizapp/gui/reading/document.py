"""Writing an article into a QTextDocument, as plain text with char formats.

Teacher text is only ever inserted with QTextCursor.insertText, never as HTML,
so `<b>` or `<img>` in a sentence shows as those characters. The writer
returns where each sentence landed, in document positions (UTF-16 code units),
so that clicks can be mapped back to the sentence. The EN chips are not in the
text: the passage paints them over the gap above a sentence's end (chips.py),
so sentences are spaced as typed and a chip never reflows the text.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from quizapp.gui.reading import style
from quizapp.gui.reading.article_meta import is_own, write_meta
from quizapp.gui.window.theme import LINE_HEIGHT, Theme

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.model import Article, Sentence

LINE_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
ENGLISH_EM = 1.55  # a shown English line's, in em of its (smaller) font: tighter than the French


def shown(text: str) -> str:
    """Teacher text as the passage draws it: French spacing made unbreakable, and a
    hyphen inside a word made non-breaking. One character for one, so every offset
    (clicks, glosses, evidence) stays; copying gives the hyphens back (geometry.py)."""
    from quizapp.core.gloss.typography import display, unbreakable_hyphens

    return unbreakable_hyphens(display(one_line(text)))


def u16(text: str) -> int:
    """Length in UTF-16 code units, the unit of QTextDocument positions."""
    return len(text.encode("utf-16-le")) // 2


def py_offset(text: str, units: int) -> int:
    """The Python index in `text` of a UTF-16 offset."""
    if u16(text) == len(text):
        return units
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


@dataclass
class Span:
    start: int
    end: int

    def __contains__(self, pos: int) -> bool:
        return self.start <= pos < self.end


def one_line(text: str) -> str:
    """Teacher text on one line: a stray newline must not split a sentence's span."""
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\u2029", " ")


class Layout:
    """How to write the passage: the theme, which English lines show, what is masked."""

    def __init__(
        self,
        theme: Theme,
        colours: style.PassageColours,
        shown: Container[str],
        missing_english: str,
        parallel: bool = False,
        subtitle: bool = False,  # the English title: outside a quiz
        hidden: Container[str] = (),
        hidden_english: str = "…",
        rows: bool = False,
    ):
        self.theme = theme
        self.colours = colours
        self.shown = shown
        self.missing_english = missing_english
        self.parallel = parallel
        self.subtitle = subtitle
        self.hidden = hidden  # masked for a cloze: its English would give the answer away
        self.hidden_english = hidden_english
        self.rows = rows  # a locate question: each sentence starts its own line


def write_passage(doc: QTextDocument, article: Article, layout: Layout) -> dict[str, Span]:
    """Fill `doc` with the meta line, the title and paragraphs; returns the sentences' spans.

    A sentence whose id is in `shown` gets its English in a block under it; in
    the parallel layout every sentence sits in a row beside its English; in the
    locate layout (`rows`) every sentence starts its own line, so its number in
    the margin sits beside its first words and never shares a line.

    The English title (`subtitle`) sits muted under the French one whether the English
    switch is on or off: the library's card showed it already, so hiding it protected
    nothing, and it tells the reader what the page is about before the first French
    sentence. Never during a quiz, where it could give an answer away.
    """
    font = style.passage_font(layout.theme)
    colours = layout.colours
    line = font.pixelSize() * 0.75
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one layout at the end, not one per insertion (long passages)
    heading = QTextBlockFormat()
    heading.setBottomMargin(line * 0.3)
    write_meta(cursor, article, layout.theme, colours.translation)  # level, time, topic
    cursor.insertBlock(heading)
    cursor.insertText(shown(article.title), style.title_format(font, layout.theme))
    if article.title_en and layout.subtitle and layout.theme.english_titles:
        sub = QTextBlockFormat()
        sub.setTopMargin(line * 0.15)
        sub.setBottomMargin(line * 0.4)
        cursor.insertBlock(sub)
        cursor.insertText(shown(article.title_en), style.subtitle_format(layout.theme, colours))
    writer = _Writer(cursor, article, layout, font)
    if layout.parallel:
        writer.table()
    else:
        writer.flowing()
    cursor.endEditBlock()
    return writer.spans


class _Writer:
    def __init__(self, cursor: QTextCursor, article: Article, layout: Layout, font: QFont):
        self.cursor = cursor
        self.article = article
        self.layout = layout
        self.font = font
        self.line = font.pixelSize() * 0.75
        self.plain = style.sentence_format(font, layout.colours)
        self.glossed = style.glossed_format(font, layout.colours)
        self.english = style.translation_format(font, layout.colours)
        self.spans: dict[str, Span] = {}

    def sentence(self, sentence: Sentence) -> None:
        """The sentence's text with glossed words marked, and its span. A locate
        question's numbers are not text: they are painted in the margin (quiz_marks.py)."""
        cursor = self.cursor
        text = shown(sentence.fr)
        start = cursor.position()
        hits = self.article.gloss_index.hits(sentence.id) if self.layout.colours.gloss_marks else []
        done = 0
        for hit in sorted(hits, key=lambda h: h.start):
            if hit.start < done:
                continue
            cursor.insertText(text[done : hit.start], self.plain)
            cursor.insertText(text[hit.start : hit.end], self.glossed)
            done = hit.end
        cursor.insertText(text[done:], self.plain)
        self.spans[sentence.id] = Span(start, cursor.position())

    def english_of(self, sentence: Sentence) -> str:
        if sentence.id in self.layout.hidden:
            return self.layout.hidden_english
        english = one_line(sentence.en) or self.layout.missing_english
        if is_own(self.article):  # the learner's own text: nobody translated it
            from PySide6.QtCore import QCoreApplication

            english = QCoreApplication.translate(
                "PassageView", "No translation for your own texts: click a word for its meaning."
            )
        from quizapp.core.gloss.typography import unbreakable_hyphens

        return unbreakable_hyphens(english)  # "Saint-Aubin" whole here too

    def flowing(self) -> None:
        """Paragraphs of French; a shown English line sits in its own block under it.
        In rows, a sentence after the first of its paragraph opens a block with a
        small gap; the paragraph's larger gap stays."""
        cursor, line = self.cursor, self.line
        body = QTextBlockFormat()
        body.setLineHeight(style.line_percent(self.font, LINE_HEIGHT), LINE_PROPORTIONAL)
        body.setTopMargin(line)
        continued = QTextBlockFormat(body)
        continued.setTopMargin(line * 0.3)
        under = QTextBlockFormat()
        under.setLeftMargin(self.font.pixelSize() * 1.2)
        under.setTopMargin(line * 0.1)
        under.setBottomMargin(line * 0.2)
        under.setLineHeight(style.line_percent(self.english.font(), ENGLISH_EM), LINE_PROPORTIONAL)
        for paragraph in self.article.paragraphs:
            cursor.insertBlock(body)
            fresh = True
            for sentence in paragraph:
                if not fresh and self.layout.rows:
                    cursor.insertBlock(continued)
                elif not fresh:
                    cursor.insertText(" ", self.plain)
                self.sentence(sentence)
                fresh = False
                if sentence.id in self.layout.shown:
                    cursor.insertBlock(under)
                    cursor.insertText(self.english_of(sentence), self.english)
                    if sentence is not paragraph[-1]:
                        cursor.insertBlock(continued)
                        fresh = True

    def table(self) -> None:
        """French on the left, English on the right, each pair aligned at the top."""
        cursor, line = self.cursor, self.line
        rows = sum(len(p) for p in self.article.paragraphs)
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(line * 0.35)
        fmt.setCellSpacing(0)
        fmt.setTopMargin(line)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 55),
                QTextLength(QTextLength.Type.PercentageLength, 45),
            ]
        )
        table = cursor.insertTable(max(rows, 1), 2, fmt)
        block = QTextBlockFormat()
        block.setLineHeight(style.line_percent(self.font, LINE_HEIGHT), LINE_PROPORTIONAL)
        english = QTextBlockFormat()
        english.setLineHeight(
            style.line_percent(self.english.font(), ENGLISH_EM), LINE_PROPORTIONAL
        )
        row = 0
        for paragraph in self.article.paragraphs:
            for index, sentence in enumerate(paragraph):
                gap = line * 0.9 if index == 0 and row else 0.0
                left = table.cellAt(row, 0)
                cursor.setPosition(left.firstCursorPosition().position())
                block.setTopMargin(gap)
                cursor.setBlockFormat(block)
                self.sentence(sentence)
                right = table.cellAt(row, 1)
                cursor.setPosition(right.firstCursorPosition().position())
                english.setTopMargin(gap)
                cursor.setBlockFormat(english)
                cursor.insertText(self.english_of(sentence), self.english)
                row += 1
        cursor.movePosition(QTextCursor.MoveOperation.End)
