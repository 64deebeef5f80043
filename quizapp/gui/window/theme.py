"""The design language in one place: palettes with named roles, a type scale, spacing.

Every widget takes its colours and sizes from here, never its own: a role
means one thing everywhere (see `design/learner-experience.md`, "Highlights").
The tokens are plain data, so a test can measure their contrast without a
window; `qpalette` and `stylesheet` turn one `Theme` into what Qt reads.
Zoom multiplies every size from one base, so the whole interface scales.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import StrEnum


class ThemeMode(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    SYSTEM = "system"


@dataclass(frozen=True)
class Palette:
    """Colour roles, as #RRGGBB. Tints are backgrounds; the others are text or marks."""

    dark: bool
    window: str  # the window's background (warm paper / near black)
    surface: str  # cards, the passage column, inputs
    raised: str  # a card floating over the page (the gloss card): lighter than it in dark
    border: str  # 1 px card and input borders
    text: str
    muted: str  # secondary text: captions, English lines, hints
    accent: str  # links, focus, the primary button, the current-question ring
    on_accent: str  # text on the accent (a pick's pill, the toggles)
    primary: str  # the primary button's fill: the accent in light, a deeper one in dark,
    on_primary: str  # so its white label reads and the button never looks disabled
    right: str
    right_tint: str
    wrong: str
    wrong_tint: str
    partly: str
    partly_tint: str
    evidence_tint: str  # the sentences that prove an answer
    evidence_bar: str  # the 3 px bar beside evidence
    evidence_ink: str  # the evidence's text: the plain ink in light, a warm light ink in dark
    selection_tint: str  # a learner's pick in a `locate` question
    cursor_tint: str  # the reading cursor (hidden during a quiz)
    unknown_tint: str  # known-words mode: a word never met
    learning_tint: str  # known-words mode: a word looked up, not yet known
    gloss_mark: str  # a faint edge (cards in the dark, the stylesheet); no longer the glossed mark
    disabled: str  # a disabled control's ink (« ← Previous » on the first question): quieter
    # than the muted ink, yet 3:1 on the window and the surface, so it is still read
    # The library's level chips: one calm hue per CEFR level, ink on its own tint.
    level_a1: str
    level_a1_tint: str
    level_a2: str
    level_a2_tint: str
    level_b1: str
    level_b1_tint: str
    level_b2: str
    level_b2_tint: str
    level_c1: str
    level_c1_tint: str
    level_c2: str
    level_c2_tint: str
    # The library's cover tiles: the letter's ink, and calm gradients (from, to), each
    # stop at least 3:1 under the ink (tests/gui/library/test_covers.py)
    cover_ink: str = "#FFFFFF"
    # the dotted underline of a glossed word: the accent this opaque over the surface,
    # ~1.2:1 in both modes (the light accent on a dark page reads heavier at one alpha)
    glossed_alpha: float = 0.14
    covers: tuple[tuple[str, str], ...] = ()


LIGHT = Palette(
    dark=False,
    window="#F7F5F0",
    surface="#FFFFFF",
    raised="#FFFFFF",
    border="#E4E1DA",
    text="#1F2328",
    muted="#5B6270",
    accent="#2F5BD3",
    on_accent="#FFFFFF",
    primary="#2F5BD3",
    on_primary="#FFFFFF",
    right="#1A6F3F",
    right_tint="#E3F4EA",
    wrong="#B3261E",
    wrong_tint="#FBE7E6",
    partly="#8A5A00",
    partly_tint="#FFF4D6",
    evidence_tint="#FFF1C2",
    evidence_bar="#C98A00",
    evidence_ink="#1F2328",
    selection_tint="#DCE7FF",
    cursor_tint="#E8EDF5",
    disabled="#858A93",
    unknown_tint="#E8F0FF",
    learning_tint="#EEE5FC",  # lilac: yellow is the evidence's, blue the new words'
    gloss_mark="#C4C8CF",
    level_a1="#1B6B4A",
    level_a1_tint="#DDF3E8",
    level_a2="#0F6670",
    level_a2_tint="#D9F1F3",
    level_b1="#2A55B8",
    level_b1_tint="#E0E9FB",
    level_b2="#5B3FB0",
    level_b2_tint="#ECE6FB",
    level_c1="#8A2F72",
    level_c1_tint="#F8E3F1",
    level_c2="#9A4312",
    level_c2_tint="#FBE8DA",
    cover_ink="#FFFFFF",
    covers=(
        ("#5E8C76", "#3F6B5E"),  # sage
        ("#5B79A6", "#41598A"),  # dusk blue
        ("#8A6C9E", "#62507E"),  # plum
        ("#B06B52", "#874C42"),  # terracotta
        ("#4F888C", "#36666E"),  # teal
        ("#9E7B3E", "#785A30"),  # ochre
        ("#A6677B", "#7A4C64"),  # rose
        ("#6A7A90", "#4B596F"),  # slate
        ("#7A8452", "#58623F"),  # olive
        ("#6C70AE", "#4E518E"),  # periwinkle
    ),
)

DARK = Palette(
    dark=True,
    window="#15171A",
    surface="#1E2126",
    raised="#2B3038",
    border="#2C3038",
    text="#E8EAED",
    muted="#A4ABB6",
    accent="#8AB0FF",
    on_accent="#10131A",
    primary="#3D6BE0",
    on_primary="#FFFFFF",
    right="#6CCB8F",
    right_tint="#173323",
    wrong="#FF8A80",
    wrong_tint="#3A1D1B",
    partly="#F2C14E",
    partly_tint="#3A3014",
    evidence_tint="#373329",  # 12 % of the amber bar in the surface: a near-neutral veil
    evidence_bar="#F0B43C",
    evidence_ink="#FFE2A8",  # a warm light ink: the proof glows instead of looking muddy
    selection_tint="#22324F",
    cursor_tint="#3C4556",  # 1.67:1 on the surface: the cursor's sentence seen at a glance
    disabled="#737983",
    unknown_tint="#1D2B45",
    learning_tint="#30284A",
    gloss_mark="#4E545E",
    level_a1="#7FD3A8",
    level_a1_tint="#183328",
    level_a2="#6FD0D8",
    level_a2_tint="#15333A",
    level_b1="#9DB8FF",
    level_b1_tint="#1E2A45",
    level_b2="#BFA8FF",
    level_b2_tint="#2A2245",
    level_c1="#F0A3D6",
    level_c1_tint="#3A1F33",
    level_c2="#F5AF82",
    level_c2_tint="#3A2618",
    glossed_alpha=0.11,
    cover_ink="#F3EFE6",  # a warm paper white: pure white glares on the dark window
    covers=(
        ("#3D5C50", "#2A423B"),
        ("#3C5072", "#2B3A58"),
        ("#59476A", "#3F3353"),
        ("#74483A", "#553430"),
        ("#335A5E", "#24424A"),
        ("#6A5430", "#4D3D25"),
        ("#6E4452", "#513345"),
        ("#46515F", "#343D4B"),
        ("#505739", "#3B412D"),
        ("#474A75", "#35375A"),
    ),
)

# Type scale, in px at zoom 0 (base 16 px); zoom multiplies everything.
TYPE_PX = {
    "passage": 20.0,
    "question": 18.0,
    "option": 16.0,
    "body": 15.0,
    "caption": 13.0,
    "title": 28.0,
}
# The same roles on paper (the printed handout), in points.
PRINT_PT = {"title": 20.0, "heading": 15.0, "passage": 12.0, "body": 11.0, "caption": 9.0}
PRINT_MARGIN_MM = 18.0
# The passage's line, in em of its font: faces differ in their own line (Source Serif
# Pro's is 1.37 em, DejaVu's 1.16), so the rhythm is set in em, not in their lines.
LINE_HEIGHT = 1.7
SPACING_PX = 8.0  # the unit: gaps are 1×, 2×, 3× this
CARD_PADDING_PX = 16.0
RADIUS_PX = 10.0
TARGET_PX = 32.0  # the least height of anything clickable
ZOOM_STEP = 1.1
BASE_PX = 16  # the base size the type scale above is written for
BASE_PX_CHOICES = (14, 16, 18, 20)
CHROME_DAMPING = 0.5
TITLE_DAMPING = 0.5  # above zoom 0 a title grows half as fast as the text it heads
QUESTION_DAMPING = 0.8  # a question's prompt, a little slower: its options stay in view
# The first of each ships with the app (gui/window/fonts.py); the rest are fallbacks.
SERIF = [
    "Source Serif Pro",
    "Charis SIL",
    "Source Serif 4",
    "Georgia",
    "Noto Serif",
    "DejaVu Serif",
    "serif",
]
SANS = ["Inter", "Segoe UI", "SF Pro Text", "Noto Sans", "DejaVu Sans", "sans-serif"]


@dataclass(frozen=True)
class Theme:
    """One palette at one zoom step: every colour and size a widget may use."""

    palette: Palette = LIGHT
    zoom: int = 0
    serif_passage: bool = True
    base_px: int = BASE_PX  # the learner's base size (Preferences); zoom multiplies it
    gloss_marks: bool = True  # a soft accent hairline under the words the glossary explains
    english_titles: bool = True  # a title's English under it (library, reader); off: French only

    @property
    def scale(self) -> float:
        return float(ZOOM_STEP**self.zoom) * self.base_px / BASE_PX

    @property
    def ui_scale(self) -> float:
        """The interface chrome's scale (menus, toolbars, filters): it grows half as fast
        as the text, so the largest zoom still fits a 900 px wide window."""
        return 1.0 + (self.scale - 1.0) * CHROME_DAMPING

    def ui_px(self, role: str = "body") -> int:
        """A type role's size for the window's chrome at this zoom."""
        return max(8, round(TYPE_PX[role] * self.ui_scale))

    def px(self, role: str) -> int:
        """A type role's size in px at this zoom (`passage`, `question`, ..., `caption`).

        A title grows half as fast as the rest above zoom 0: at the largest zoom a
        full-size title would take five lines of a 900 px window for one heading. A
        question's prompt is damped less, to about the option size at the largest zoom."""
        scale = self.scale
        damping = {"title": TITLE_DAMPING, "question": QUESTION_DAMPING}.get(role, 1.0)
        if scale > 1.0:
            scale = 1.0 + (scale - 1.0) * damping
        return max(8, round(TYPE_PX[role] * scale))

    def space(self, units: float = 1.0) -> int:
        return round(SPACING_PX * units * self.scale)

    @property
    def padding(self) -> int:
        return round(CARD_PADDING_PX * self.scale)

    @property
    def radius(self) -> int:
        return round(RADIUS_PX * self.scale)

    @property
    def target(self) -> int:
        return round(TARGET_PX * self.scale)

    @property
    def passage_families(self) -> list[str]:
        return SERIF if self.serif_passage else SANS

    @property
    def title_css(self) -> str:
        """An article title's font-family rule: the passage's serif wherever a title shows
        (library cards, reader, History, summary), so one article reads as one name."""
        return "font-family: " + ", ".join(f'"{f}"' for f in self.passage_families) + ";"

    def with_zoom(self, zoom: int) -> Theme:
        return replace(self, zoom=zoom)

    def changed(self, **values: object) -> Theme:
        return replace(self, **values)  # type: ignore[arg-type]


def pick(mode: ThemeMode | str, system_is_dark: bool) -> Palette:
    """The palette for a mode; "system" follows the platform's colour scheme."""
    mode = ThemeMode(mode) if mode in set(ThemeMode) else ThemeMode.SYSTEM
    if mode is ThemeMode.SYSTEM:
        return DARK if system_is_dark else LIGHT
    return DARK if mode is ThemeMode.DARK else LIGHT


# -- contrast (WCAG 2.x) ------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# Every text colour and the surfaces it is read on: each pair must reach AA (4.5:1).
TEXT_ON = {
    "text": (
        *("window", "surface", "raised", "evidence_tint", "selection_tint", "cursor_tint"),
        *("learning_tint", "unknown_tint"),  # the learner's words, the words never met
    ),
    "muted": ("window", "surface", "raised"),
    "evidence_ink": ("evidence_tint",),
    "accent": ("window", "surface", "selection_tint"),  # the library's "New" chip
    "on_accent": ("accent",),
    "on_primary": ("primary",),
    "right": ("surface", "right_tint"),
    "wrong": ("surface", "wrong_tint"),
    "partly": ("surface", "partly_tint"),
    **{f"level_{n}": (f"level_{n}_tint",) for n in ("a1", "a2", "b1", "b2", "c1", "c2")},
}


def contrast_table(palette: Palette) -> dict[tuple[str, str], float]:
    """The contrast of each text role on each surface it is shown on."""
    return {
        (fg, bg): contrast(getattr(palette, fg), getattr(palette, bg))
        for fg, backgrounds in TEXT_ON.items()
        for bg in backgrounds
    }


def roles(palette: Palette) -> dict[str, str]:
    """The palette's colour roles by name (for style sheets and tests)."""
    return {
        f.name: getattr(palette, f.name)
        for f in fields(palette)
        if isinstance(getattr(palette, f.name), str)
    }
