"""The quiz page's style rules: quiet and link buttons, the mode chip, option cards,
cloze blanks, match rows and order cards, all chosen by dynamic properties.

Kept apart from `stylesheet.py` so the quiz's look grows without touching the
window's; every colour is a palette role and every size comes from the zoom.
"""

from __future__ import annotations

from quizapp.gui.window.stylesheet_tone import mix
from quizapp.gui.window.theme import SPACING_PX, TYPE_PX, Theme

HEAD_SCALE_MAX = 1.6  # the quiz header grows with the chrome up to the largest zoom
FAINT_SHARE = 0.55  # a disabled ▲ ▼: the muted ink this far towards the card


def faint(ink: str, paper: str, share: float = FAINT_SHARE) -> str:
    """`ink` moved `share` of the way to `paper` (#RRGGBB): a faint tone of one role."""
    a = [int(ink[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(paper[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b, strict=True))


def rules(theme: Theme) -> list[str]:
    """The quiz's rules for `theme`, appended to the window's style sheet."""
    p = theme.palette
    small = max(2, theme.radius // 2)
    key_edge = mix(p.border, p.muted, 0.35)  # a key cap's bottom: a shade deeper

    def ui(units: float) -> int:
        return round(SPACING_PX * units * theme.ui_scale)

    def head(role: str) -> int:  # the quiz header grows with the chrome, as the menus do
        return round(TYPE_PX[role] * min(theme.ui_scale, HEAD_SCALE_MAX))

    return [
        # quiet buttons: outlined, no fill; a link button: accent text, no box
        f'QPushButton[quiet="true"] {{ background: transparent; color: {p.text};'
        f" border: 1px solid {p.border}; }}",
        f'QPushButton[quiet="true"]:hover {{ background: {p.cursor_tint};'
        f" border-color: {p.accent}; }}",
        f'QPushButton[quiet="true"]:focus {{ border: 2px solid {p.accent}; }}',
        f'QPushButton[quiet="true"]:disabled {{ background: transparent; color: {p.muted};'
        f" border-color: {p.border}; }}",
        f'QPushButton[keyed="true"] {{ padding-right: {ui(4.5)}px; }}',
        f'QPushButton[nav="true"] {{ padding-left: {ui(1)}px; padding-right: {ui(1)}px; }}',
        f'QPushButton[link="true"] {{ background: transparent; color: {p.accent};'
        f" border: 1px solid transparent; padding: {ui(0.25)}px {ui(0.5)}px;"
        f" min-height: 0; text-align: left; }}",
        'QPushButton[link="true"]:hover { text-decoration: underline; }',
        f'QPushButton[link="true"]:focus {{ border: 2px solid {p.accent}; }}',
        f'QToolButton[lang="true"] {{ color: {p.accent}; border: 1px solid {p.border};'
        f" border-radius: {small}px; padding: 0 {ui(0.5)}px;"
        f" font-size: {theme.ui_px('caption')}px; font-weight: 600; }}",
        f'QToolButton[lang="true"]:checked {{ background: {p.selection_tint};'
        f" border-color: {p.accent}; }}",
        # the explanation's « Show in English »: a small button (a surface, a frame)
        f'QToolButton[lang="button"] {{ color: {p.accent}; background: {p.surface};'
        f" border: 1px solid {p.border}; border-radius: {small}px;"
        f" padding: {ui(0.25)}px {ui(1)}px; font-size: {theme.ui_px('caption')}px;"
        " font-weight: 600; }",
        f'QToolButton[lang="button"]:hover {{ border-color: {p.accent}; }}',
        f'QToolButton[lang="button"]:focus {{ border: 2px solid {p.accent}; }}',
        f'QToolButton[lang="button"]:checked {{ background: {p.selection_tint};'
        f" border-color: {p.accent}; }}",
        # the header: mode chip, position, score
        f'QLabel[chip="mode"] {{ background: {p.selection_tint}; color: {p.accent};'
        f" border-radius: {ui(0.75)}px; padding: {ui(0.25)}px {ui(1)}px;"
        f" font-size: {head('caption')}px; font-weight: 600; }}",
        f'QLabel[head="position"] {{ color: {p.text}; font-weight: 600;'
        f" font-size: {head('body')}px; }}",
        f'QLabel[head="score"] {{ color: {p.muted}; font-size: {head("caption")}px; }}',
        f'QProgressBar[head="bar"] {{ background: {p.border}; border: none;'
        f" border-radius: {max(1, ui(0.25))}px; }}",
        f'QProgressBar[head="bar"]::chunk {{ background: {p.accent};'
        f" border-radius: {max(1, ui(0.25))}px; }}",
        # option cards (choice, multi, truefalse)
        f"QFrame[option] {{ background: {p.surface}; border: 1px solid {p.border};"
        f" border-radius: {theme.radius}px; }}",
        f'QFrame[option="plain"]:hover {{ border-color: {p.accent}; }}',
        f'QFrame[option="checked"] {{ background: {p.selection_tint};'
        f" border: 2px solid {p.accent}; }}",
        *(
            f'QFrame[option="{kind}"] {{ background: {getattr(p, kind + "_tint")};'
            f" border: 2px solid {getattr(p, kind)}; }}"
            for kind in ("right", "wrong")
        ),
        f'QFrame[option="missed"] {{ background: {p.surface}; border: 2px dashed {p.right}; }}',
        "QFrame[option] QLabel { background: transparent; border: none; }",
        # cloze blanks: pills in the sentence dashed in a soft accent, a « … » inside
        # (their placeholder), the accent under the pointer and once filled
        f"QLineEdit[blank] {{ background: {mix(p.window, p.selection_tint, 0.3)};"
        f" color: {p.text}; border: 1px dashed {mix(p.accent, p.window, 0.35)};"
        f" border-radius: {ui(1.5)}px; padding: {ui(0.25)}px {ui(1.25)}px; }}",
        f"QLineEdit[blank]:hover {{ border-color: {p.accent}; }}",
        f'QLineEdit[blank="filled"] {{'
        f" background: {p.selection_tint}; color: {p.text}; border: 1px solid {p.accent};"
        " font-weight: 600; }",
        f"QLineEdit[blank]:focus {{ border: 2px solid {p.accent}; }}",
        # the chooser's parts of a long quiz: radio cards, the chosen one in the accent
        f'QRadioButton[partcard="true"] {{ background: {p.surface}; color: {p.text};'
        f" border: 1px solid {p.border}; border-radius: {theme.radius}px;"
        f" padding: {ui(1)}px {ui(1.5)}px; }}",
        f'QRadioButton[partcard="true"]:hover {{ border-color: {p.accent}; }}',
        f'QRadioButton[partcard="true"]:checked {{ background: {p.selection_tint};'
        f" border: 2px solid {p.accent}; font-weight: 600; }}",
        f'QRadioButton[partcard="true"]:focus {{ border: 2px solid {p.accent}; }}',
        *_radio_ring(theme),
        # the accent keys under a typed answer: small key caps (a surface, a thin edge,
        # a deeper bottom edge), text-coloured letters; under the pointer or the keyboard's
        # ring, the accent; never as loud as the primary button
        f'QToolButton[keycap="true"] {{ background: {p.surface}; color: {p.text};'
        f" border: 1px solid {p.border}; border-bottom: 2px solid {key_edge};"
        f" border-radius: {small}px; padding: 0 {ui(0.125)}px;"  # narrow: thirteen in a row
        f" min-width: {ui(2.5)}px; min-height: {ui(3.25)}px; }}",
        f'QToolButton[keycap="true"]:hover {{ color: {p.accent}; border-color: {p.accent}; }}',
        f'QToolButton[keycap="true"]:pressed {{ background: {p.selection_tint}; }}',
        f'QToolButton[keycap="true"][ring="true"] {{ background: {p.selection_tint};'
        f" color: {p.accent}; border-color: {p.accent}; }}",
        # match rows and order cards
        f'QFrame[matchrow="true"] {{ background: {p.surface}; border: 1px solid {p.border};'
        f" border-radius: {theme.radius}px; }}",
        f'QLabel[arrow="true"] {{ color: {p.muted}; background: transparent; }}',
        # ▲ ▼: quiet muted arrows; a disabled one the same glyph, only fainter
        f'QToolButton[mover="true"] {{ background: {p.surface}; color: {p.muted};'
        f" border: 1px solid {p.border}; border-radius: {small}px;"
        f" padding: 0; min-width: {ui(3)}px; min-height: {ui(3)}px; }}",
        f'QToolButton[mover="true"]:hover {{ border-color: {p.accent}; color: {p.text}; }}',
        f'QToolButton[mover="true"]:disabled {{ color: {faint(p.muted, p.surface)}; }}',
        'QListWidget[cards="true"] { background: transparent; border: none; }',
    ]


def _radio_ring(theme: Theme) -> list[str]:
    """The part cards' radio: a round ring, a thick accent ring once chosen (same size)."""
    p = theme.palette
    outer = round(SPACING_PX * 2.25 * theme.ui_scale)  # with its border
    thick = max(3, outer // 4)
    sel = 'QRadioButton[partcard="true"]::indicator'
    return [
        f"{sel} {{ width: {outer - 4}px; height: {outer - 4}px; border: 2px solid {p.muted};"
        f" border-radius: {outer // 2}px; background: {p.window}; }}",
        f"{sel}:checked {{ width: {outer - 2 * thick}px; height: {outer - 2 * thick}px;"
        f" border: {thick}px solid {p.accent}; border-radius: {outer // 2}px;"
        f" background: {p.surface}; }}",
    ]
