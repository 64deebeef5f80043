"""Style-sheet rules of the end card (plain text, no Qt): a calm card on the page's
surface with a hairline edge, a round ✓ on the "right" tint, a headline, a muted line
of facts, the visit's words as quiet chips (all at the body's size), and the way on.
Added by `stylesheet.style_sheet`.
"""

from __future__ import annotations

from quizapp.gui.window.theme import Theme


def mark_size(theme: Theme) -> int:
    """The round mark's side: a little over two lines of caption type."""
    return round(theme.px("question") * 2.2)


def headline_px(theme: Theme) -> int:
    """The title's size: the end of the text is a moment, not a footnote."""
    return theme.px("title")


def text_px(theme: Theme) -> int:
    """Facts, chips and links at the body's size: read beside the passage, not squinted at."""
    return theme.px("body")


def rules(theme: Theme) -> list[str]:
    """Style-sheet rules of the end card for `theme`."""
    p = theme.palette
    small = max(2, theme.radius // 2)
    card = "QFrame#end_card"
    return [
        f"{card} {{ background: {p.window}; border: 1px solid {p.border};"
        f" border-radius: {theme.radius}px; }}",
        f"{card} QLabel {{ background: transparent; }}",
        f"{card} QLabel#end_mark {{ background: {p.right_tint}; color: {p.right};"
        f" border-radius: {mark_size(theme) // 2}px;"
        f" font-size: {round(theme.px('question') * 1.2)}px; font-weight: 700; }}",
        f"{card} QLabel#end_headline {{ font-size: {headline_px(theme)}px; font-weight: 600; }}",
        # before it is earned the headline's line says where the learner is, quietly
        f'{card} QLabel#end_headline[earned="false"] {{ color: {p.muted};'
        f" font-size: {text_px(theme)}px; font-weight: 400; }}",
        f"{card} QLabel#end_facts, {card} QLabel#end_best, {card} QLabel#end_more,"
        f" {card} QLabel#end_next, {card} QLabel#end_review"
        f" {{ color: {p.muted}; font-size: {text_px(theme)}px; }}",
        f"{card} QPushButton#end_chip {{ background: {p.surface}; color: {p.text};"
        f" border: 1px solid {p.border}; border-radius: {small}px; min-height: 0;"
        f" font-size: {text_px(theme)}px;"
        f" padding: {theme.space(0.3)}px {theme.space(1)}px; }}",
        f'{card} QPushButton[primary="true"] {{ font-size: {theme.px("body")}px;'
        f" padding: {theme.space(0.9)}px {theme.space(2.5)}px; border-radius: {small}px; }}",
        # « I've finished », before the ✓ is earned, and the quiet ways under the primary:
        # text links in the accent (the primary stays the card's one button)
        f'{card} QPushButton[link="true"] {{ font-size: {text_px(theme)}px;'
        f" padding: {theme.space(0.4)}px {theme.space(1)}px; }}",
        f"{card} QPushButton#end_finish {{ font-weight: 600; }}",
        # every article read: said as an achievement, in the text's colour, over the way on
        f"{card} QLabel#end_achievement {{ font-size: {text_px(theme)}px; font-weight: 600; }}",
        f"{card} QLabel#end_goal {{ color: {p.muted}; font-size: {text_px(theme)}px; }}",
        f"{card} QPushButton#end_chip:hover {{ border-color: {p.accent}; }}",
        f"{card} QPushButton#end_chip:focus {{ border: 2px solid {p.accent}; }}",
    ]
