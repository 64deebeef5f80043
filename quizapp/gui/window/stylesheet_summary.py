"""The summary's look, from the theme: a calm page with a muted title, big numbers in
tiles, cards for the questions and quiet buttons beside the one next step.

`stylesheet.py` adds these rules to the application's sheet,
so zoom and dark mode re-style the summary with everything else.
"""

from __future__ import annotations

from quizapp.gui.window.theme import SPACING_PX, Theme


def rules(theme: Theme) -> list[str]:
    p = theme.palette
    small = max(2, theme.radius // 2)
    big = round(theme.px("title") * 0.9)
    ui = round(SPACING_PX * theme.ui_scale)  # the chrome's spacing unit, as in stylesheet.py
    return [
        "QScrollArea#summary_scroll, QWidget#summary_content,"
        " QListView#summary_questions { background: transparent; border: none; }",
        f"QLabel#summary_title {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        " font-weight: 600; }",
        f"QLabel#summary_cheer {{ color: {p.text}; font-size: {theme.px('option')}px; }}",
        f"QLabel#summary_headline {{ color: {p.right}; font-size: {theme.px('title')}px;"
        " font-weight: 700; }",  # Inter Bold: the heaviest cut shipped
        f"QFrame#summary_tile {{ background: {p.surface}; border: 1px solid {p.border};"
        f" border-radius: {theme.radius}px; }}",
        f"QLabel#summary_tile_value {{ color: {p.text}; font-size: {big}px;"
        " font-weight: 700; background: transparent; border: none; }",
        # a long number in a narrow tile: the question's size, else the body's
        f'QLabel#summary_tile_value[digits="snug"] {{ font-size: {theme.px("question")}px; }}',
        f'QLabel#summary_tile_value[digits="small"] {{ font-size: {theme.px("body")}px; }}',
        f"QLabel#summary_tile_caption {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        " background: transparent; border: none; }",
        f"QLabel#summary_points {{ color: {p.muted}; font-size: {theme.px('body')}px;"
        " font-weight: 600; }",
        f"QLabel#summary_words, QLabel#summary_help {{ color: {p.muted};"
        f" font-size: {theme.px('caption')}px; }}",
        f"QLabel#summary_list_title {{ color: {p.text}; font-size: {theme.px('question')}px;"
        f" font-weight: 600; padding: {theme.space(1.5)}px 0 0 0; margin: 0; }}",
        f"QLabel#summary_next_caption, QLabel#summary_article {{ color: {p.muted};"
        f" font-size: {theme.px('caption')}px; background: transparent; }}",
        f"QFrame#summary_footer {{ background: {p.window}; border: none;"
        f" border-top: 1px solid {p.border}; }}",
        f'QPushButton[summary="quiet"] {{ background: transparent; color: {p.accent};'
        f" border: 1px solid transparent; border-radius: {small}px; font-weight: 500;"
        f" padding: {ui // 2}px {ui // 2}px; }}",
        f'QPushButton[summary="quiet"]:hover {{ background: {p.cursor_tint};'
        f" border-color: {p.border}; }}",
        f'QPushButton[summary="quiet"]:focus {{ border: 2px solid {p.accent}; }}',
        # snug: what keeps the footer on one line in a narrow panel
        f'QPushButton[summary="quiet"][snug="true"] {{ padding: {ui // 2}px {ui // 4}px; }}',
        f'QPushButton[primary="true"][snug="true"] {{ padding: {ui // 2}px {ui * 5 // 8}px; }}',
    ]
