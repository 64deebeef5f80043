"""Fonts, colours and text formats of the passage, all from the window's theme.

Each highlight is one colour role of `gui/window/theme.py` and means one thing
(design/learner-experience.md, "Highlights"): the reading cursor and the
pointer, the evidence of an answer, a `locate` pick, a looked-up word.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextCharFormat

from quizapp.gui.window import fonts
from quizapp.gui.window.theme import SANS, Theme

MAX_MEASURE_EM = 31  # comfortable line length, in em: 65-70 characters of Source Serif Pro


def passage_font(theme: Theme) -> QFont:
    """The reading font at the theme's zoom: serif or sans, as the learner chose."""
    fonts.register()  # registered with the style sheet already, unless built without it
    font = QFont()
    font.setFamilies(theme.passage_families)
    font.setStyleHint(QFont.StyleHint.Serif if theme.serif_passage else QFont.StyleHint.SansSerif)
    font.setPixelSize(theme.px("passage"))
    return font


def line_percent(font: QFont, em: float) -> float:
    """The proportional line height (Qt's, in % of the face's own line) that spaces
    lines `em` × the font's size apart, whatever the face's own line is."""
    natural = QFontMetricsF(font).lineSpacing()
    return 100.0 * em * font.pixelSize() / max(natural, 1.0)


def sized(font: QFont, ratio: float) -> QFont:
    out = QFont(font)
    out.setPixelSize(max(8, round(font.pixelSize() * ratio)))
    return out


class PassageColours:
    """The passage's colour roles for one theme."""

    def __init__(self, theme: Theme):
        p = theme.palette
        self.text = QColor(p.text)
        self.hover = QColor(p.cursor_tint)
        self.current = QColor(p.cursor_tint)
        self.locate = QColor(p.selection_tint)
        self.locate_mark = QColor(p.accent)
        self.gloss = QColor(p.accent)  # the looked-up word: a pale accent tint, its ink kept
        self.gloss.setAlpha(36)
        self.gloss_line = QColor(p.accent)  # ... and an accent underline
        self.gloss_text = QColor(p.text)
        self.evidence = QColor(p.evidence_tint)
        self.evidence_mark = QColor(p.evidence_bar)
        self.evidence_text = QColor(p.evidence_ink)
        self.translation = QColor(p.muted)
        self.marker = QColor(p.accent)  # an EN chip's letters (chips.py)
        self.chip = QColor(p.cursor_tint)  # ... on the pointer's tint: a tab of its sentence
        self.on_marker = QColor(p.on_accent)  # a shown English's chip: letters on the accent
        self.glossed = QColor(p.accent)  # a hint, faint: most words have one; the
        self.glossed.setAlphaF(p.glossed_alpha)  # "a note", not "a link" nor "a typo"
        self.gloss_marks = theme.gloss_marks


def title_format(font: QFont, theme: Theme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    title_font = QFont(font)
    title_font.setPixelSize(theme.px("title"))
    title_font.setWeight(QFont.Weight.DemiBold)  # Source Serif's Semibold: bold shouts
    fmt.setFont(title_font)
    return fmt


def subtitle_format(theme: Theme, colours: PassageColours) -> QTextCharFormat:
    """The title's English: a quiet caption in the interface's sans, so it helps a
    beginner see the topic at a glance without competing with the French title."""
    fmt = QTextCharFormat()
    sub = QFont()
    sub.setFamilies(SANS)
    sub.setStyleHint(QFont.StyleHint.SansSerif)
    sub.setPixelSize(theme.px("body"))
    fmt.setFont(sub)
    fmt.setForeground(colours.translation)
    return fmt


def sentence_format(font: QFont, colours: PassageColours) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(font)
    fmt.setForeground(colours.text)
    return fmt


def glossed_format(font: QFont, colours: PassageColours) -> QTextCharFormat:
    """A word the glossary explains: a thin solid hairline in a soft tint of the accent
    (dots read as a spell-checker's mark); the font's own underline, so it scales with
    the zoom. Can be switched off."""
    fmt = sentence_format(font, colours)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(colours.glossed)
    return fmt


def translation_format(font: QFont, colours: PassageColours) -> QTextCharFormat:
    fmt = QTextCharFormat()
    small = sized(font, 0.85)
    fmt.setFont(small)
    fmt.setForeground(colours.translation)
    return fmt


def chip_font(font: QFont) -> QFont:
    """The EN chip's letters: small bold sans, like a superscript (chips.py)."""
    small = sized(font, 0.55)
    small.setFamilies(["Inter", "Noto Sans", "DejaVu Sans", "sans-serif"])
    small.setStyleHint(QFont.StyleHint.SansSerif)
    small.setWeight(QFont.Weight.Bold)
    return small
