"""The word card's flash-card look: a rounded card raised from the page, the word large.

Added after the progress screens' review rules (`progress/style.review_rules`), so at
equal specificity these win: the word at a display size on its front (in the text's
ink), in the accent on its back, over its part of speech and meaning; the rating
buttons as calm as the quiz's secondary ones, Good the accent.
"""

from __future__ import annotations

from quizapp.gui.window.theme import Theme


def rules(theme: Theme) -> list[str]:
    p = theme.palette
    big = round(theme.px("title") * 1.45)
    return [
        f'QFrame#review_card[flash="true"] {{ background: {p.surface};'
        f" border: 1px solid {p.border}; border-radius: {theme.radius * 2}px; padding: 0; }}",
        f"QLabel#review_word {{ color: {p.text}; font-size: {big}px; font-weight: 600; }}",
        f'QLabel#review_word[side="back"] {{ color: {p.accent}; }}',
        # the recall card's cue: the English, a size under the French word it asks for
        f'QLabel#review_word[cue="english"] {{ font-size: {round(theme.px("title") * 1.15)}px; }}',
        f"QLabel#review_pos {{ color: {p.muted}; font-size: {theme.px('body')}px;"
        " font-style: italic; }",
        f"QLabel#review_cue {{ color: {p.text}; font-size: {round(theme.px('title') * 0.8)}px;"
        " font-weight: 600; }",
        f"QLabel#review_keys {{ color: {p.muted}; font-size: {theme.px('caption')}px; }}",
        f"QLabel#review_source {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        " font-style: normal; }",
        f"QPushButton#review_show, QPushButton#review_grade {{"
        f" font-size: {theme.px('option')}px; font-weight: 600;"
        f" padding: {theme.space(0.75)}px {theme.space(1)}px; }}",
        f"QPushButton#review_speaker {{ background: transparent; border: none;"
        f" border-radius: {theme.target // 2}px; padding: 0; min-height: 0; }}",
        f"QPushButton#review_speaker:hover {{ background: {p.cursor_tint}; }}",
        f"QPushButton#review_speaker:focus {{ border: 2px solid {p.accent}; }}",
    ]
