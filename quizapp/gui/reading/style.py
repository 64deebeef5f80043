"""Fonts, colours and text formats of the passage, all derived from the palette.

Nothing here is hard-coded black or white: the highlights are the palette's
highlight colour made translucent (or turned on the colour wheel, for the
evidence), so a dark system theme gets a dark passage with readable marks.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

SERIF_FAMILIES = ["Charis SIL", "Source Serif 4", "Georgia", "Noto Serif", "DejaVu Serif", "serif"]
ZOOM_STEP = 1.1
MAX_MEASURE_EM = 38  # comfortable line length, in em of the passage font


def passage_font(base: QFont, zoom: int) -> QFont:
    """The reading font: a serif 1.3× the interface font, scaled by the zoom steps."""
    font = QFont(base)
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(6.0, size * 1.3 * ZOOM_STEP**zoom))
    return font


def translucent(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


class PassageColours:
    """The highlight colours for one palette."""

    def __init__(self, palette: QPalette):
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.hover = translucent(highlight, 38)
        self.current = translucent(highlight, 70)
        self.locate = translucent(highlight, 120)
        self.gloss = highlight
        self.gloss_text = palette.color(QPalette.ColorRole.HighlightedText)
        hue = highlight.hslHue() if highlight.hslHue() >= 0 else 210
        evidence = QColor.fromHsl((hue + 150) % 360, 170, 128)
        self.evidence = translucent(evidence, 95)
        self.translation = palette.color(QPalette.ColorRole.PlaceholderText)
        self.marker = palette.color(QPalette.ColorRole.Link)


def title_format(font: QFont) -> QTextCharFormat:
    fmt = QTextCharFormat()
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.45)
    title_font.setWeight(QFont.Weight.Bold)
    fmt.setFont(title_font)
    return fmt


def subtitle_format(font: QFont, colours: PassageColours) -> QTextCharFormat:
    fmt = QTextCharFormat()
    sub = QFont(font)
    sub.setPointSizeF(font.pointSizeF() * 0.85)
    sub.setItalic(True)
    fmt.setFont(sub)
    fmt.setForeground(colours.translation)
    return fmt


def sentence_format(font: QFont) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(font)
    return fmt


def translation_format(font: QFont, colours: PassageColours) -> QTextCharFormat:
    fmt = QTextCharFormat()
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.82)
    small.setItalic(True)
    fmt.setFont(small)
    fmt.setForeground(colours.translation)
    return fmt


def marker_format(font: QFont, colours: PassageColours, shown: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    small = QFont(font)
    small.setFamilies(["sans-serif"])
    small.setStyleHint(QFont.StyleHint.SansSerif)
    small.setPointSizeF(font.pointSizeF() * 0.58)
    small.setWeight(QFont.Weight.Bold)
    small.setUnderline(shown)
    small.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    fmt.setFont(small)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
    fmt.setForeground(colours.marker)
    return fmt
