"""Where the end card sits: under the document's last line, as wide as the text
column; the document's bottom margin grows by the card's height, so it scrolls with
the text and the scroll bar reaches it. Its primary's words (and its links') are cut
with « … » to the card's width, never wider than the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from quizapp.gui.reading.end_style import mark_size

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.end_card import EndCard


def place_card(card: EndCard) -> None:
    """Under the last line, as wide as the text column; the document makes room."""
    passage = card.view.passage
    theme = passage.theme()
    em = max(8, theme.px("passage"))
    frame = passage.document().rootFrame()
    fmt = frame.frameFormat()
    wanted = card.wanted()
    gap = em * 1.5
    if wanted:
        if card.isHidden():  # coming into view: the minutes so far
            card.show_facts()
        pad = theme.space(3)
        card.layout().setContentsMargins(pad, theme.space(2.5), pad, pad)
        card.layout().setSpacing(theme.space(1.25))
        card.chips.set_gaps(theme.space(0.75))
        side = mark_size(theme)
        card.mark.setFixedSize(side, side)
        width = max(1, round(passage.viewport().width() - fmt.leftMargin() - fmt.rightMargin()))
        card.setFixedWidth(width)
        card.ensurePolished()  # measured in the fonts its roles give it
        room = width - 2 * pad - 2 * theme.space(3)  # « Relire : <a long title> » fits
        whole = card._button_text or card.button.text()
        elide = Qt.TextElideMode.ElideRight
        card.button.setText(card.button.fontMetrics().elidedText(whole, elide, room))
        card.links.fit(room)
        height = card.layout().totalHeightForWidth(width)
        if height <= 0 or not card.layout().hasHeightForWidth():
            # no height-for-width: an unpolished label, or no wrapped line shown
            # (« I’ve finished » and the button alone, before the text is read)
            height = card.layout().totalSizeHint().height()
        card.setFixedHeight(height)
        bottom = gap + height + em * 2
    else:
        bottom = em * 2  # the passage's own (passage.py `_apply_measure`)
    if abs(fmt.bottomMargin() - bottom) > 0.5:
        fmt.setBottomMargin(bottom)
        frame.setFrameFormat(fmt)  # lays out again: documentSizeChanged places it
        return
    if not wanted:
        card.hide()
        return
    end = passage.document().size().height() - bottom
    scroll = passage.verticalScrollBar().value()
    card.move(round(fmt.leftMargin()), round(end + gap - scroll))
    card.show()
