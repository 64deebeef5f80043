"""Small parts of a library card: the reading time, the best score's ring, a run's
progress bar and the level chip.

Kept apart from `cards.py` (the card's layout and painting) so each stays short.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui  # its painting types load on first use, not at start-up
from PySide6.QtCore import QPointF, QRect, QRectF

from quizapp.gui.library.model import OWN, STATE_ROLE
from quizapp.gui.window.locale_format import day
from quizapp.gui.window.theme import Palette, Theme

if TYPE_CHECKING:  # pragma: no cover (the library loads before the model is needed)
    from quizapp.core.model import Article

# A B1 learner reads French at about 150 words a minute (a native adult reads about
# 250): the estimate is for the learner, rounded up, never under a minute.
WORDS_PER_MINUTE = 150


def reading_minutes(article: Article) -> int:
    """Minutes to read the article once at a B1 learner's pace."""
    return _minutes(article.sentences)


@lru_cache(maxsize=4096)  # per text: cards are painted often, their text rarely changes
def _minutes(sentences: tuple) -> int:
    words = sum(len(sentence.fr.split()) for sentence in sentences)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def words_line(article: Article) -> str:
    """« 312 words » for a learner's own text (it has no questions to count), else ""."""
    if not article.id.startswith(OWN):
        return ""
    from PySide6.QtCore import QCoreApplication

    runs = (run for sentence in article.sentences for run in sentence.fr.split())
    words = sum(any(c.isalnum() for c in run) for run in runs)  # as own_texts.word_count
    return QCoreApplication.translate("CardDelegate", "%n word(s)", "", words)


def meta_parts(article: Article) -> list[str]:
    """A card's first words under its title: « 16 questions · ≈ 4 min read » (the list's
    cards and the « Continue » card say them alike)."""
    from PySide6.QtCore import QCoreApplication

    count = len(article.questions)
    parts = [
        words_line(article)
        or QCoreApplication.translate("CardDelegate", "%n question(s)", "", count)
    ]
    if article.sentences:
        minutes = reading_minutes(article)
        parts.append(QCoreApplication.translate("CardDelegate", "≈ %n min read", "", minutes))
    return parts


def state_kind(index: Any) -> str:
    """A card's state: "new", "progress" or "done" ("new" before progress is read)."""
    return (index.data(STATE_ROLE) or ("new",))[0]


def when_read(iso: str) -> str:
    """ "read today", "read yesterday", else "read on 6 Dec 2026" (the cards' words)."""
    from datetime import date  # only once a card has a reading date: not at start-up

    from PySide6.QtCore import QCoreApplication

    try:
        days = (date.today() - date.fromisoformat(iso)).days
    except ValueError:
        return iso
    if days == 0:
        return QCoreApplication.translate("CardDelegate", "read today")
    if days == 1:
        return QCoreApplication.translate("CardDelegate", "read yesterday")
    return QCoreApplication.translate("CardDelegate", "read on %1").replace("%1", day(iso))


def score_colour(palette: Palette, best: float) -> str:
    """The result's colour, as on the summary's ring: right from 80 %, partly from 50 %."""
    if best >= 0.8 - 1e-9:
        return palette.right
    return palette.partly if best >= 0.5 - 1e-9 else palette.wrong


def paint_best_ring(painter: QtGui.QPainter, ring: QRectF, best: float, palette: Palette) -> None:
    """Full marks: a filled disc with a check. Otherwise a track and an arc of the score."""
    from PySide6.QtCore import Qt  # not at import: the first screen never builds `Qt`

    best = max(0.0, min(1.0, best))
    colour = QtGui.QColor(score_colour(palette, best))
    thick = max(2.0, ring.width() / 6)
    painter.save()
    if best >= 1.0 - 1e-9:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(ring)
        c, r = ring.center(), ring.width() / 2
        points = [QPointF(-0.45, 0.02), QPointF(-0.13, 0.32), QPointF(0.45, -0.3)]
        path = QtGui.QPainterPath(c + points[0] * r)
        for point in points[1:]:
            path.lineTo(c + point * r)
        tick = QtGui.QPen(QtGui.QColor(palette.surface), max(1.5, r * 0.3))
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    else:
        inner = ring.adjusted(thick / 2, thick / 2, -thick / 2, -thick / 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(QtGui.QColor(palette.border), thick))
        painter.drawEllipse(inner)
        if best > 0:
            arc = QtGui.QPen(colour, thick)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(inner, 90 * 16, -round(360 * 16 * best))
    painter.restore()


def paint_progress_bar(painter: QtGui.QPainter, bar: QRectF, share: float, palette: Palette):
    """A slim rounded bar: the track in the border's colour, the share done in the
    accent (a sliver at least, so a run just begun still shows as begun)."""
    from PySide6.QtCore import Qt

    radius = bar.height() / 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QtGui.QColor(palette.border))
    painter.drawRoundedRect(bar, radius, radius)
    painter.setBrush(QtGui.QColor(palette.accent))
    done = max(bar.height(), bar.width() * max(0.06, min(1.0, share)))
    painter.drawRoundedRect(QRectF(bar.x(), bar.y(), done, bar.height()), radius, radius)
    painter.restore()


def paint_eyebrow(
    painter: QtGui.QPainter,
    chip: QRect,
    texts: tuple[str, str],
    fonts: tuple[QtGui.QFont, QtGui.QFont],
    right: int,
    theme: Theme,
) -> None:
    """Above the title: the level chip in its calm colour, then the topic in small capitals."""
    from PySide6.QtCore import Qt

    p, (level, topic) = theme.palette, texts
    if level:  # the one level badge (window/level_badge.py), painted
        from quizapp.gui.window.level_badge import paint_badge

        paint_badge(painter, chip, level, fonts[0], theme)
    if topic:
        left = chip.right() + 1 + (theme.space(1) if level else 0)
        rect = QRect(left, chip.y(), max(0, right - left), chip.height())
        metrics = QtGui.QFontMetrics(fonts[1])
        shown = metrics.elidedText(topic, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(fonts[1])
        painter.setPen(QtGui.QColor(p.muted))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, shown)


def title_lines(text: str, font: QtGui.QFont, width: int) -> list[str]:
    """The title on at most two lines, wrapped at words; elided only past two.

    Typeset as the passage is: « Saint-Aubin » never splits at its hyphen and no
    « or : is left alone at a line's end (display only: the model keeps the text)."""
    from PySide6.QtGui import QTextOption

    from quizapp.core.gloss.typography import display, unbreakable_hyphens

    text = unbreakable_hyphens(display(text))

    layout = QtGui.QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while len(starts) < 3:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= 2:
        ends = [*starts[1:], len(text)]
        return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    from PySide6.QtCore import Qt

    metrics, words = QtGui.QFontMetrics(font), text[starts[1] :].split()
    while len(words) > 1 and metrics.horizontalAdvance(" ".join(words) + "…") > width:
        words.pop()  # cut at a word, never inside one; the ellipsis glued to it
    shown = " ".join(words).rstrip(":;,") + "…"
    second = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, width)
    return [text[: starts[1]].strip(), second]
