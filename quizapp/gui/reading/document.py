"""Writing an article into a QTextDocument, as plain text with char formats.

Teacher text is only ever inserted with QTextCursor.insertText, never as HTML,
so `<b>` or `<img>` in a sentence shows as those characters. The writer
returns where each sentence and each EN marker landed, in document positions
(UTF-16 code units), so that clicks can be mapped back to the sentence.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument

from quizapp.gui.reading import style

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.model import Article

MARKER = "EN"


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


def write_passage(
    doc: QTextDocument,
    article: Article,
    font: QFont,
    colours: style.PassageColours,
    shown: Container[str],
    missing_english: str,
) -> tuple[dict[str, Span], dict[str, Span]]:
    """Fill `doc` with the title and paragraphs; returns (sentence spans, marker spans).

    A sentence whose id is in `shown` gets its English in a block under it.
    """
    spans: dict[str, Span] = {}
    markers: dict[str, Span] = {}
    line_height = font.pointSizeF() * 0.55
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one layout at the end, not one per insertion (long passages)
    heading = QTextBlockFormat()
    heading.setBottomMargin(line_height * 0.4)
    cursor.setBlockFormat(heading)
    cursor.insertText(article.title, style.title_format(font))
    if article.title_en:
        sub = QTextBlockFormat()
        sub.setBottomMargin(line_height)
        cursor.insertBlock(sub)
        cursor.insertText(article.title_en, style.subtitle_format(font, colours))
    body = QTextBlockFormat()
    body.setLineHeight(155, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body.setTopMargin(line_height)
    continued = QTextBlockFormat(body)
    continued.setTopMargin(0)
    under = QTextBlockFormat()
    under.setLeftMargin(font.pointSizeF() * 1.2)
    under.setTopMargin(line_height * 0.15)
    under.setBottomMargin(line_height * 0.6)
    plain = style.sentence_format(font)
    english = style.translation_format(font, colours)
    for paragraph in article.paragraphs:
        cursor.insertBlock(body)
        fresh = True
        for sentence in paragraph:
            if not fresh:
                cursor.insertText(" ", plain)
            start = cursor.position()
            cursor.insertText(one_line(sentence.fr), plain)
            spans[sentence.id] = Span(start, cursor.position())
            is_shown = sentence.id in shown
            cursor.insertText("\u00a0", plain)
            mark_start = cursor.position()
            cursor.insertText(MARKER, style.marker_format(font, colours, is_shown))
            markers[sentence.id] = Span(mark_start, cursor.position())
            fresh = False
            if is_shown:
                cursor.insertBlock(under)
                cursor.insertText(one_line(sentence.en) or missing_english, english)
                if sentence is not paragraph[-1]:
                    cursor.insertBlock(continued)
                    fresh = True
    cursor.endEditBlock()
    return spans, markers
