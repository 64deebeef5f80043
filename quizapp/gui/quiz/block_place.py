"""Where the question block sits in the pane, and how large it is.

The question never floats: it starts a fixed gap under the strip, so from one
question to the next the heading keeps its place (a block centred in the free space
made it jump); the action bar is pinned to the pane's foot, the same place for
every question (under a short question it left the pane's lower half an empty band
beside a full column of text). The gap is the theme's (3 units at the chrome's
scale) at every size; only a pane too short for it (a large zoom in a small window)
gives it up, so the question keeps its room: never a tall pane's empty band
between the strip and the question. A short pane (the header packed) packs the
question too: half the gap under the tabs, one gap (not two) between the prompt and
its answer. A wide pane
keeps the header, the question and the bar in one centred column (`COLUMN_EM`
of the option type: lines a reader takes in at a glance, not a spreadsheet row);
a wide and tall one takes a step up the type scale, with roomier option cards and
more air between the prompt and its answer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget

from quizapp.gui.quiz import look
from quizapp.gui.window.theme import SPACING_PX, Theme

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.quiz.question import QuestionPage

ROOMY_WIDTH = 68  # spacing units (544 px at zoom 0): a pane this wide takes larger type
ROOMY_HEIGHT = 76  # and this tall (608 px)
ROOMY_STEP = 2  # px on the base size: the option at the question's size, 16 → 18
ROOMY_AIR = 1  # spacing units added between the prompt and its answer in a roomy pane
HEAD_GAP = 3  # spacing units between the strip and the question, at the chrome's scale
HEAD_GAP_HEIGHT = 30  # spacing units: a pane this much taller than 30 takes the whole gap
TALL_HEIGHT = 40  # spacing units: a pane taller than twice this lowers the question a little
TALL_SHARE = 0.15  # of the height over that, up to TALL_AIR units (the same for every question)
TALL_AIR = 8
COLUMN_EM = 36  # the column's most width, in em of the option type (about 70 characters)


def head_gap(theme: Theme, height: int | None = None) -> int:
    """The gap above the question: 3 units, growing with the chrome's (damped) scale;
    a pane shorter than 60 units (a large zoom in a small window) takes a share of it,
    none at 30, so the question and its verdict keep their room. The same for every
    question of a quiz at one size."""
    gap = SPACING_PX * HEAD_GAP * theme.ui_scale
    if height is not None:
        share = (height - theme.space(HEAD_GAP_HEIGHT)) / theme.space(HEAD_GAP_HEIGHT)
        gap *= min(1.0, max(0.0, share))
        spare = height - theme.space(2 * TALL_HEIGHT)  # a tall pane: the question a little lower
        gap += min(theme.space(TALL_AIR), max(0, spare * TALL_SHARE))
    return round(gap)


def column_width(theme: Theme) -> int:
    """The widest the header, the question and the bar's buttons go."""
    return round(COLUMN_EM * theme.px("option")) + 2 * theme.space(1)


class Centred:
    """A widget whose sides (`centre`, and its `centred_row`'s) never count in its least
    width: a splitter or a window can always narrow it, and the sides shrink after."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()  # type: ignore[misc]
        layout = self.layout()  # type: ignore[attr-defined]
        sides = layout.contentsMargins() if layout is not None else QMargins()
        row = getattr(self, "centred_row", None)  # a row of its layout centred as well
        inner = row.contentsMargins() if row is not None else QMargins()
        width = hint.width() - sides.left() - sides.right() - inner.left() - inner.right()
        return QSize(max(0, width), hint.height())


class Band(Centred, QWidget):
    """A plain widget whose layout's sides never count in its least width: the page
    inside a full-width scroll area, centred in it."""


def centre_inside(layout: QLayout, width: int, theme: Theme, side: int) -> None:
    """`layout`'s sides `side` plus what centres one column in `width`: a scroll area
    spans the pane (its bar at the pane's edge) and its page is the centred column."""
    inset = side + max(0, (width - column_width(theme)) // 2)
    margins = layout.contentsMargins()
    if margins.left() != inset or margins.right() != inset:
        layout.setContentsMargins(inset, margins.top(), inset, margins.bottom())


def centre_row(widget: QWidget, row: QLayout, theme: Theme, width: int | None = None) -> None:
    """`row`, a row of `widget`'s layout (a footer), one column wide in its middle (of
    `width`, the part of the widget it spans, when not the whole)."""
    if widget.isWindow():  # its least size from the layout would keep the sides
        widget.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    centre_inside(row, widget.width() if width is None else width, theme, 0)


def centre(widget: QWidget, theme: Theme) -> None:
    """`widget`'s layout at most one column wide, centred (its band's sides inset);
    a widget never sized yet (Qt's default 640 × 480) waits for its first resize."""
    layout = widget.layout()
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return
    side = max(0, (widget.width() - column_width(theme)) // 2)
    margins = layout.contentsMargins() if layout is not None else None
    if margins is not None and margins.left() != side:
        if widget.isWindow():  # its own least size from the layout would keep the sides
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(side, margins.top(), side, margins.bottom())


def place_gap(page: QuestionPage) -> None:
    """The spacer above the question at this size (the strip's gap less the layout's)
    and the sides that centre the column in a wide pane."""
    layout = page.layout()
    gap = max(0, head_gap(page.theme, page.height()) - layout.spacing())
    changed = page.gap.sizeHint().height() != gap
    short = short_pane(page)
    if short != getattr(page, "short_pane", None):  # the header packs: so does the question
        page.short_pane = short
        space_answer(page, page.column.spacing())
    margins, chrome = layout.contentsMargins(), layout.spacing()
    top = chrome // 2 if short else chrome  # under the tabs: half the chrome's gap
    if margins.top() != top:
        layout.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())
    if changed:
        page.gap.changeSize(0, gap, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    centre(page, page.block_theme or page.theme)
    if changed:
        layout.invalidate()


def answer_air(page: QuestionPage) -> int:
    """The extra space between the prompt and its answer (a roomy pane only)."""
    roomy = page.block_theme is not None and page.block_theme != page.theme
    return page.theme.space(ROOMY_AIR) if roomy else 0


def block_theme(theme: Theme, width: int, height: int) -> Theme:
    """The theme of the prompt and the answer: a step larger in a roomy pane."""
    if width >= theme.space(ROOMY_WIDTH) and height >= theme.space(ROOMY_HEIGHT):
        return replace(theme, base_px=theme.base_px + ROOMY_STEP)
    return theme


def apply_block_theme(page: QuestionPage) -> None:
    """Re-style the prompt and the answer when the pane turns roomy or back."""
    theme = block_theme(page.theme, page.width(), page.height())
    if theme == getattr(page, "block_theme", None):
        return
    page.block_theme = theme
    page.prompt.setStyleSheet(look.prompt(theme))
    if page.widget is not None:
        page.widget.set_theme(theme)
    space_answer(page, max(0, page.column.spacing()))


def short_pane(page: QuestionPage) -> bool:
    """A pane the header packs in (a large zoom in a small window): the question too."""
    return page.head.strip.compact


def space_answer(page: QuestionPage, gap: int, air: bool = True) -> None:
    """The answer's slot `gap` from its neighbours, with the roomy pane's air above; in a
    short pane one gap under the prompt (the column's), not two: padding, not words, so
    the question's first options keep the room."""
    top = 0 if short_pane(page) else gap + (answer_air(page) if air else 0)
    page.slot.setContentsMargins(0, top, 0, gap)
