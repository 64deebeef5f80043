"""The calm line above an article's title: its level in the library's chip colours,
the reading time (at the library's 150 words a minute) and its topic (the first tag,
in English for the common tags when the interface is in English).

It is characters in the passage's document, like the rest (no image, no link): the
chip is the level on its tint, the rest a muted caption.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

from quizapp.gui.window.locale_format import topic, ui_locale
from quizapp.gui.window.theme import SANS, Theme

if TYPE_CHECKING:  # pragma: no cover - the model loads after the first paint
    from quizapp.core.model import Article

WORDS_PER_MINUTE = 150  # the library's pace (library/card_marks.py), so both say the same
NBSP = "\u00a0"


def is_own(article: Article) -> bool:
    """A learner's own text (quizapp.core.library.own_texts), without importing it."""
    return article.id.startswith("own:")


def reading_minutes(article: Article) -> int:
    """Minutes to read the article once at a B1 learner's pace, never under one."""
    words = sum(len(sentence.fr.split()) for sentence in article.sentences)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def meta_parts(article: Article) -> list[str]:
    """The words after the chip: the reading time, and the topic when there is one."""
    minutes = reading_minutes(article)
    words = QCoreApplication.translate("ArticleMeta", "≈ %1 min read")  # "min": no plural
    parts = [words.replace("%1", ui_locale().toString(minutes))]
    if article.tags and article.tags[0].strip() and not is_own(article):
        parts.append(topic(article.tags[0]))  # in English for an English interface
    if is_own(article):  # what it offers first, then honestly what it does not: a missing
        # English switch is not taken for a fault
        parts.append(
            QCoreApplication.translate(
                "ArticleMeta", "click any word for its meaning; sentences stay in French"
            )
        )
    # each part's last two words held together: « translation » never alone on a line
    return [
        f"{head}{NBSP}{tail}" if head else tail
        for head, _, tail in (p.rpartition(" ") for p in parts)
    ]


def write_meta(cursor: QTextCursor, article: Article, theme: Theme, muted: QColor) -> None:
    """Fill the cursor's (first) block with the meta line, a little above the title."""
    p = theme.palette
    font = QFont()
    font.setFamilies(SANS)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(theme.px("caption"))
    quiet = QTextCharFormat()
    quiet.setFont(font)
    quiet.setForeground(muted)
    block = QTextBlockFormat()
    block.setBottomMargin(theme.space(1))
    cursor.setBlockFormat(block)
    # a learner's own text has no level: its chip says whose it is, in the quiet tint
    level = QCoreApplication.translate("ArticleMeta", "Your text") if is_own(article) else ""
    level = level or str(article.level)
    key = f"level_{level.lower()}"
    chip = QTextCharFormat(quiet)
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)
    chip.setFont(bold)
    chip.setForeground(QColor(getattr(p, key, p.text)))
    chip.setBackground(QColor(getattr(p, key + "_tint", p.cursor_tint)))
    cursor.insertText(f"{NBSP}{level}{NBSP}", chip)
    separator = f"{NBSP}· "  # never at a line's start
    cursor.insertText(f"{NBSP} " + separator.join(meta_parts(article)), quiet)
