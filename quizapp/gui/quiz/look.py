"""The quiz's colours and sizes, all from the theme: marks, verdicts, tints, hints.

Widgets ask here for a style sheet built from a `Theme` and never name a
colour or a size themselves, so dark mode and zoom re-style them in one call.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from quizapp.gui.window.theme import Palette, Theme, contrast

KINDS = ("right", "wrong", "partly")


def colour(theme: Theme, kind: str) -> str:
    """The text colour of a verdict kind ("right", "wrong", "partly"; else the muted one)."""
    return getattr(theme.palette, kind) if kind in KINDS else theme.palette.muted


def mark(theme: Theme, right: bool) -> str:
    """A ✓/✗ mark: bold, in the verdict's colour."""
    return f"color: {colour(theme, 'right' if right else 'wrong')}; font-weight: bold;"


def tinted(theme: Theme, kind: str | None) -> str:
    """A row shown as right or wrong: its tint behind, its colour on top; "" for none."""
    if kind not in KINDS:
        return ""
    p = theme.palette
    return (
        f"color: {getattr(p, kind)}; background: {getattr(p, kind + '_tint')};"
        f" border-radius: {max(2, theme.radius // 2)}px; padding: {theme.space(0.25)}px"
        f" {theme.space(0.5)}px; font-weight: 600;"
    )


def verdict(theme: Theme, kind: str) -> str:
    return f"color: {colour(theme, kind)}; font-size: {theme.px('question')}px; font-weight: bold;"


def passage_family(theme: Theme) -> str:
    """The first of the passage's families this system has (a style sheet takes the
    first family it is given, installed or not): a quote reads like the text."""
    installed = set(QFontDatabase.families())
    families = theme.passage_families
    return next((f for f in families if f in installed), families[-1])


def link_on(palette: Palette, tint: str) -> str:
    """The link's colour on a card: the accent, or the body text where the accent would
    read under 4.5:1 on that tint."""
    return palette.accent if contrast(palette.accent, tint) >= 4.5 else palette.text


def feedback_box(theme: Theme, kind: str) -> str:
    """The feedback card: the verdict's tint, its colour as a bar on the left."""
    p = theme.palette
    tint = getattr(p, kind + "_tint") if kind in KINDS else p.surface
    bar = colour(theme, kind) if kind in KINDS else p.border
    families = f'"{passage_family(theme)}"'
    return (
        f"#feedback_box {{ background: {tint}; border: 1px solid {p.border};"
        f" border-left: {theme.space(0.5)}px solid {bar}; border-radius: {theme.radius}px;"
        " border-top-left-radius: 0; border-bottom-left-radius: 0; }"
        f" #feedback_box QLabel {{ color: {p.text}; background: transparent; }}"
        f' #feedback_box QPushButton[link="true"] {{ color: {link_on(p, tint)}; }}'
        f' #feedback_box QLabel[swatch="evidence"] {{ background: {p.evidence_tint};'
        f" border: 1px solid {p.evidence_bar}; border-left: {max(3, theme.space(0.4))}px solid"
        f" {p.evidence_bar}; border-radius: {max(2, theme.radius // 4)}px; }}"
        # the proof on the window's own surface with the evidence bar: amber on a
        # verdict's tint read muddy, and its ink stays the body text in either palette
        f' #feedback_box QLabel[quote="true"] {{ background: {p.surface}; color: {p.text};'
        f" border-left: {quote_bar(theme)}px solid {p.evidence_bar};"
        # the explanation's size (the interface's body), never larger than it at any zoom
        f" padding: {theme.space(0.5)}px {theme.space(1)}px; font-size: {theme.ui_px('body')}px;"
        f" font-family: {families}; border-radius: {max(2, theme.radius // 4)}px;"
        " border-top-left-radius: 0; border-bottom-left-radius: 0; }"
    )


def quote_bar(theme: Theme) -> int:
    return max(3, theme.space(0.4))


def quote_inset(theme: Theme) -> int:
    """Where the quote's text starts, past its bar and padding: the explanation under
    it starts there too, one left edge for the words."""
    return quote_bar(theme) + theme.space(1)


def hint(theme: Theme) -> str:
    p = theme.palette
    return (
        f"QLabel {{ border-left: {max(2, theme.space(0.375))}px solid {p.evidence_bar};"
        f" padding-left: {theme.space(0.75)}px; color: {p.text}; }}"
    )


def caption(theme: Theme) -> str:
    return f"color: {theme.palette.muted}; font-size: {theme.px('caption')}px;"


def message(theme: Theme) -> str:
    return f"color: {theme.palette.partly};"


def prompt(theme: Theme) -> str:
    return f"font-size: {theme.px('question')}px; font-weight: 600; color: {theme.palette.text};"


def option(theme: Theme) -> str:
    return f"font-size: {theme.px('option')}px;"


def locked_field(theme: Theme, kind: str | None) -> str:
    """A locked drop-down or field showing a pick: its text in the verdict's colour,
    never the disabled grey (a right answer must not read as greyed out)."""
    if kind not in KINDS:
        return ""
    p = theme.palette
    colour, tint = getattr(p, kind), getattr(p, kind + "_tint")
    return (
        f"QComboBox:disabled, QLineEdit:disabled {{ color: {colour}; background: {tint};"
        f" border: 1px solid {colour}; }}"
    )


def score(theme: Theme, kind: str) -> str:
    """The points beside the verdict: its colour, the body size, not bold."""
    return f"color: {colour(theme, kind)}; font-size: {theme.px('body')}px; font-weight: 600;"


def verdict_text(theme: Theme, kind: str | None) -> str:
    """An option's text once marked: the verdict's colour and weight, no box of its own
    (its card carries the tint); "" for an option left unmarked."""
    if kind not in KINDS:
        return ""
    return f"color: {colour(theme, kind)}; font-weight: 600; background: transparent;"
