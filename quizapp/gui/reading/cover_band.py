"""The article's cover at the top of the passage: a wide, low band in the colours and
with the pictogram of its library card, so the "green one with the baguette" is still
the green one once open (the library's painter, `gui/library/cover.py`, stretched).

It is painted, not text: the document's top margin grows by the band's room
(passage.py's measure) and the band is drawn into it, so it scrolls away with the
title. Its height is in em of the passage, so it grows with the zoom; where the window
is short for the zoom (900×700 at the largest zoom) it is not drawn and its gap goes,
so the title and the first sentence keep their place above the fold. A learner's own
text gets the « page and pencil » of the library's own shelf (its « votre texte » tag).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent

BAND_EM = 3.0  # the band's height, in em of the passage's font, where there is room
SMALLEST_EM = 1.5  # the thinnest band, in a window just tall enough for one
GAP_EM = 0.9  # between the band and the meta line
# the viewport's height, in em, under which the band thins (from BAND_EM at FULL_ROOM_EM
# to SMALLEST_EM at ROOM_EM), then gives its room back: a 900×700 window at the
# largest zoom is about 16 em tall, and its first sentence must stay in the top half
ROOM_EM, FULL_ROOM_EM = 18, 21


class CoverBand:
    """A PassageView mixin: `cover_height()` for the layout, the band in paintEvent."""

    _cover_drawn = 0.0  # the height the document was laid out with
    _cover_cache: tuple[tuple, QPixmap] | None = None  # (what it was painted for, the band)

    def cover_height(self) -> float:
        """The room the band takes above the meta line (band and gap), 0 when hidden."""
        if getattr(self, "article", None) is None or self._cursor_hidden:  # type: ignore[attr-defined]
            return 0.0  # a quiz wants the text: the band was for arriving
        em = max(8, self.theme().px("passage"))  # type: ignore[attr-defined]
        room = self.viewport().height() / em  # type: ignore[attr-defined]
        if room < ROOM_EM:
            return 0.0
        share = min(1.0, (room - ROOM_EM) / (FULL_ROOM_EM - ROOM_EM))
        return round(em * (SMALLEST_EM + share * (BAND_EM - SMALLEST_EM) + GAP_EM))

    def cover_rect(self) -> QRectF | None:
        """The band in viewport coordinates, or None when it is not shown."""
        if not self._cover_drawn:
            return None
        em = max(8, self.theme().px("passage"))  # type: ignore[attr-defined]
        fmt = self.document().rootFrame().frameFormat()  # type: ignore[attr-defined]
        width = self.document().size().width() - fmt.leftMargin() - fmt.rightMargin()  # type: ignore[attr-defined]
        offset = self._doc_offset()  # type: ignore[attr-defined]
        top = fmt.topMargin() - self._cover_drawn  # the band's room ends the margin
        height = self._cover_drawn - round(em * GAP_EM)
        return QRectF(fmt.leftMargin(), top, width, height).translated(-offset)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The band first, under the text (nothing of the text sits on it)."""
        rect = self.cover_rect()
        if rect is not None and rect.bottom() > 0:
            painter = QPainter(self.viewport())  # type: ignore[attr-defined]
            corner = QPointF(math.floor(rect.left()), math.floor(rect.top()))
            painter.drawPixmap(corner, self._cover_pixmap(rect.translated(-corner)))
            painter.end()
        super().paintEvent(event)  # type: ignore[misc]

    def _cover_pixmap(self, rect: QRectF) -> QPixmap:
        """The band painted once per article, size and theme: every repaint of the
        passage (a gloss card opening, the cursor moving) only copies it. `rect` is the
        band within its whole pixels (its fraction of a pixel kept, so the copy is the
        very band painted in place)."""
        from quizapp.core.library.cover_subject import cover_kind
        from quizapp.gui.library.cover import paint_cover

        article, theme = self.article, self.theme()  # type: ignore[attr-defined]
        ratio = self.viewport().devicePixelRatioF()  # type: ignore[attr-defined]
        kind = cover_kind(article.tags, article.title)
        key = (article.id, kind, theme.palette, theme.radius, rect.getRect(), ratio)
        cached = self._cover_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        size = QSizeF(math.ceil(rect.right()), math.ceil(rect.bottom())) * ratio
        pixmap = QPixmap(size.toSize())
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_cover(painter, rect, theme.radius, theme.palette, article.id, kind)
        painter.end()
        self._cover_cache = (key, pixmap)
        return pixmap

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A window made shorter or taller than the band's room: only the document's top
        margin changes (the passage's measure, right after this), never its text."""
        super().resizeEvent(event)  # type: ignore[misc]
        self._cover_drawn = self.cover_height()
