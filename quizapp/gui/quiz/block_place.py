"""How large the question block is in a wide pane, and where it starts.

The question never floats: it starts a fixed small gap under the strip and the
action bar stays pinned to the pane's foot, so from one question to the next the
heading and Check keep their places, whatever the question's height (a block
centred in the free space made both jump). In a wide and tall pane the prompt and
the answer take one step up the type scale, with roomier option cards.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSizePolicy

from quizapp.gui.quiz import look
from quizapp.gui.window.theme import SPACING_PX, Theme

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.quiz.question import QuestionPage

ROOMY_WIDTH = 68  # spacing units (544 px at zoom 0): a pane this wide takes larger type
ROOMY_HEIGHT = 76  # and this tall (608 px)
ROOMY_STEP = 2  # px on the base size: the option at the question's size, 16 → 18
HEAD_GAP = 3  # spacing units between the strip and the question, at the chrome's scale
HEAD_GAP_HEIGHT = 30  # spacing units: a pane this much taller than 30 takes the whole gap


def head_gap(theme: Theme, height: int | None = None) -> int:
    """The gap above the question: 3 units, growing with the chrome's (damped) scale;
    a pane shorter than 60 units (a large zoom in a small window) takes a share of it,
    none at 30, so the question and its verdict keep their room. The same for every
    question of a quiz at one size."""
    gap = SPACING_PX * HEAD_GAP * theme.ui_scale
    if height is not None:
        share = (height - theme.space(HEAD_GAP_HEIGHT)) / theme.space(HEAD_GAP_HEIGHT)
        gap *= min(1.0, max(0.0, share))
    return round(gap)


def place_gap(page: QuestionPage) -> None:
    """The spacer above the question, at this size: the strip's gap less the layout's."""
    gap = max(0, head_gap(page.theme, page.height()) - page.layout().spacing())
    if page.gap.sizeHint().height() != gap:
        page.gap.changeSize(0, gap, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        page.layout().invalidate()


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
