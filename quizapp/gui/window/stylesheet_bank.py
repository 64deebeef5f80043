"""A word bank's look (cloze and match): pill slots, word chips, the docked band.

A slot hugs its word, left-aligned, in one weight once filled. Empty, it is a drop
target: a pill dashed in a soft accent, a breath of the accent inside, and a « … »
(only a real blank is dashed); the one the next word goes to, or under the pointer,
in the full accent. Filled, it is the
chip that moved there: the chip's surface and a firm edge. A free chip is the bright
one: the raised fill, a firm edge (a shade deeper at the foot in light), the text's
ink. Once its word is placed it leaves the bank (`slot_filler`): no look of its own.
Focus rings show for keyboard focus alone (`ring`, set by the widgets): a click
leaves nothing that reads "selected".
Every colour is a palette role, every size follows the zoom.
"""

from __future__ import annotations

from quizapp.gui.window.stylesheet_tone import mix
from quizapp.gui.window.theme import SPACING_PX, Theme


def rules(theme: Theme) -> list[str]:
    """The word bank's rules for `theme`, appended to the window's style sheet."""
    p = theme.palette

    def ui(units: float) -> int:
        return round(SPACING_PX * units * theme.ui_scale)

    slot, chip = "QPushButton[blank]", 'QPushButton[chip="word"]'
    # round ends: half the height at most (Qt drops a larger radius and draws square corners)
    pill = (theme.px("option") + 2 * ui(0.25)) // 2
    # a 2 px ring takes 1 px from the padding: a slot or chip keeps its size in every state
    ring_pad = f"{max(0, ui(0.25) - 1)}px {ui(1) - 1}px"
    ring_chip = f"{max(0, ui(0.5) - 1)}px {ui(1.5) - 1}px"
    well = mix(p.window, p.selection_tint, 0.3)  # an empty blank: a breath of the accent
    target = mix(p.window, p.selection_tint, 0.6)  # the blank the next word goes to
    edge = mix(p.border, p.muted, 0.35)  # a filled slot's edge: firmer than a chip's
    dash = mix(p.accent, p.window, 0.45)  # an empty blank's edge: 2 px, a dash not a dot
    pad = f"padding: {ui(0.25)}px {ui(1)}px;"  # with a 1 px edge (a 2 px one: `ring_pad`)
    filled = f"font-weight: 600; {pad}"  # one weight for every filled slot, checked or not
    out = [
        f"{slot} {{ background: {well}; color: {p.text}; border: 2px dashed {dash};"
        f" border-radius: {pill}px; padding: {ring_pad}; min-height: 0;"
        " text-align: left; font-weight: normal; }",
        f'{slot}[blank="filled"] {{ background: {p.surface}; border: 1px solid {edge};'
        f" text-align: center; {filled} }}",
        f'{slot}[blank="empty"] {{ color: {p.accent}; }}',  # its « … » (painted)
        f"{slot}:hover {{ border-color: {p.accent}; }}",
        f'{slot}[blank="empty"]:hover {{ background: {target}; }}',
        f'{slot}[ring="true"]:focus {{ border: 2px solid {p.accent}; padding: {ring_pad}; }}',
        f'{slot}[active="true"] {{ border: 2px dashed {p.accent}; background: {target};'
        f" padding: {ring_pad}; }}",
        f'{slot}[active="true"][ring="true"]:focus {{ border: 2px solid {p.accent}; }}',
        f"{slot}:disabled {{ color: {p.text}; background: {p.surface}; }}",
    ]
    for kind in ("right", "wrong"):
        colour, tint = getattr(p, kind), getattr(p, kind + "_tint")
        out.append(
            f'{slot}[verdict="{kind}"], {slot}[verdict="{kind}"]:disabled {{ color: {colour};'
            f" background: {tint}; border: 1px solid {colour}; {filled} }}"
        )
    free = mix(p.border, p.muted, 0.45)  # a free chip's edge: firm, in light and dark
    foot = free if p.dark else mix(free, p.text, 0.25)  # raised: a deeper foot in light
    out += [
        # a word to place: the raised fill, a firm edge, the text's ink; hovered: the accent
        f"{chip} {{ background: {p.raised}; color: {p.text}; border: 1px solid {free};"
        f" border-bottom-color: {foot}; border-radius: {pill}px;"
        f" padding: {ui(0.5)}px {ui(1.5)}px; min-height: 0; font-weight: normal; }}",
        f"{chip}:hover {{ border-color: {p.accent}; color: {p.accent}; }}",
        f"{chip}:pressed {{ background: {p.selection_tint}; }}",
        f'{chip}[ring="true"]:focus {{ border: 2px solid {p.accent}; padding: {ring_chip}; }}',
        # answered: every chip quiet
        f"{chip}:disabled {{ background: transparent; color: {p.muted};"
        f" border: 1px solid {p.border}; }}",
        # the band a match's bank docks in while the pairs scroll above it
        f"QFrame#bank_dock {{ background: {p.window}; border: none;"
        f" border-top: 1px solid {p.border}; }}",
    ]
    return out
