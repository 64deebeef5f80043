"""The gloss card in a short passage: tighter, its note cut to two lines.

At a large zoom in a small window the card took five lines of the text it
explains. There (card_place.py decides) its padding tightens, the source caption
goes, a word's meaning follows its headword on the same line, and a long note
shows its first two lines and « … more », a link that opens the rest in place
(the card grows and is placed again; its lines scroll beyond its room).
A mixin of `GlossPopover` (gloss_card.py).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QTextLayout

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QLabel

    from quizapp.gui.window.theme import Theme

NOTE_LINES = 2  # a compact card's note: its gist; « … more » opens the rest


def cut_to_lines(text: str, label: QLabel, width: int, tail: str) -> str | None:
    """`text`'s start that fills `NOTE_LINES` lines at `width` with `tail` after it,
    or None when the whole text fits in them."""
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    ends: list[int] = []
    while len(ends) <= NOTE_LINES:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    if len(ends) <= NOTE_LINES:
        return None
    start = ends[NOTE_LINES - 2] if NOTE_LINES > 1 else 0
    end = ends[NOTE_LINES - 1]
    metrics = QFontMetrics(label.font())
    while end > start and metrics.horizontalAdvance(text[start:end].rstrip() + tail) > width:
        end -= 1
    cut = text[:end]
    space = cut.rfind(" ", start)  # whole words only
    return (cut[:space] if space > start else cut).rstrip(" ,;:")


def with_meaning(line: str, rich: str, meaning: str) -> tuple[str, str]:
    """A compact card's headword and its meaning on one line: a line of the text saved."""
    plain = f'<span style="font-weight:400">· {html.escape(meaning)}</span>'
    return f"{line} · {meaning}", f"{rich} {plain}"


class CardCompact:
    """Compact mode (`self` is the QFrame of `GlossPopover`)."""

    compact = False
    _note_open = False  # the learner opened the cut note ("… more")
    _card_theme: Theme | None = None

    def set_compact(self, on: bool) -> None:
        """Tight or roomy, laid out again when that changes."""
        if on != self.compact:
            self.compact = on
            if self._card_theme is not None:
                self.space_out(self._card_theme)
            self._rebuild()  # type: ignore[attr-defined]

    _inset = 0  # docked: its lines start where the text column's do (card_place.py)

    def set_inset(self, pixels: int) -> None:
        """Docked across the passage: side margins at least `pixels`, so the card's
        lines line up with the text's; 0 for a margin note."""
        if pixels != self._inset:
            self._inset = pixels
            if self._card_theme is not None:
                self.space_out(self._card_theme)
            self._rebuild()  # type: ignore[attr-defined]

    def space_out(self, theme: Theme) -> None:
        """The card's margins and gaps for `theme`, tighter when compact."""
        self._card_theme = theme
        k = 0.5 if self.compact else 1.0
        side = max(theme.space(1.5 * (0.75 if self.compact else 1)), self._inset)
        self.body.setContentsMargins(side, theme.space(k), side, theme.space(k))  # type: ignore[attr-defined]
        self.lines.setSpacing(max(1, theme.space(0.375 * k)))  # type: ignore[attr-defined]
        self.row.setContentsMargins(0, theme.space(0.75 * k), 0, 0)  # type: ignore[attr-defined]

    def clamp_notes(self, width: int) -> None:
        """Compact: each long note to its first lines and a « … more » link."""
        if not self.compact or self._note_open:
            return
        more = QCoreApplication.translate("GlossPopover", "more")
        theme = self._card_theme
        colour = theme.palette.accent if theme is not None else ""
        for label in self.labels:  # type: ignore[attr-defined]
            if label.property("note") != "true":
                continue
            text = label.text()
            short = cut_to_lines(text, label, width, f"… {more}")
            if short is None:
                continue
            style = f' style="color:{colour}; text-decoration:none"' if colour else ""
            label.setTextFormat(Qt.TextFormat.RichText)
            # « the cut note… more »: the ellipsis glued to its last word, as typeset
            label.setText(f'{html.escape(short)}…&nbsp;<a href="more"{style}>{more}</a>')
            label.setAccessibleName(text)  # the whole note, for a screen reader
            label.setProperty("peek", f"{short}… {more}")  # what shows: measured so
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setToolTip(QCoreApplication.translate("GlossPopover", "Show the whole note"))
            label.linkActivated.connect(self.open_note)

    def open_note(self, _link: str = "") -> None:
        """The whole note, in place: the card grows and is placed again."""
        self._note_open = True
        self._rebuild()  # type: ignore[attr-defined]
        if self.isVisible():  # type: ignore[attr-defined]
            self.grown.emit()  # type: ignore[attr-defined]
