"""The summary's look, from the theme: a calm page headed by the article's title (the
mode a muted caption over it), big numbers in
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
    heading = max(theme.px("question"), round(theme.px("title") * 0.8))
    ui = round(SPACING_PX * theme.ui_scale)  # the chrome's spacing unit, as in stylesheet.py
    pill = (round(theme.px("body") * 1.15) + 2 * (ui // 4) + 2) // 2  # half a chip, at most
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
        f"QLabel#summary_help {{ color: {p.muted}; font-size: {theme.px('caption')}px; }}",
        f"QLabel#summary_list_title {{ color: {p.text}; font-size: {theme.px('question')}px;"
        f" font-weight: 600; padding: {theme.space(1.5)}px 0 0 0; margin: 0; }}",
        # the article's title: the summary's heading (the mode, over it, a caption)
        f"QLabel#summary_article {{ {theme.title_css} color: {p.text};"
        f" font-size: {heading}px;"
        " font-weight: 700; background: transparent; }",
        f"QLabel#summary_words_title {{ color: {p.text}; font-size: {theme.px('body')}px;"
        " font-weight: 600; }",
        # a looked-up word: a pill; the clickable ones take the accent on hover
        f'QPushButton[summary="word"], QLabel[summary="word"] {{ background: {p.surface};'
        f" color: {p.text}; border: 1px solid {p.border}; border-radius: {pill}px;"
        f" padding: {ui // 4}px {ui}px; min-height: 0; font-size: {theme.px('body')}px; }}",
        f'QPushButton[summary="word"]:hover {{ border-color: {p.accent}; color: {p.accent}; }}',
        f'QPushButton[summary="word"]:focus {{ border: 2px solid {p.accent};'
        f" padding: {max(0, ui // 4 - 1)}px {ui - 1}px; }}",
        f"QFrame#summary_footer {{ background: {p.window}; border: none;"
        f" border-top: 1px solid {p.border}; }}",
        f'QPushButton[summary="quiet"] {{ background: transparent; color: {p.accent};'
        f" border: 1px solid transparent; border-radius: {small}px; font-weight: 500;"
        f" padding: {ui // 2}px {ui // 2}px; }}",
        f'QPushButton[summary="quiet"]:hover {{ background: {p.cursor_tint};'
        f" border-color: {p.border}; }}",
        f'QPushButton[summary="quiet"]:focus {{ border: 2px solid {p.accent}; }}',
        # the next step: the large accent, its second line naming where it leads
        f'QPushButton[summary="lead"] {{ padding: {ui * 3 // 4}px {ui}px;'
        f" border-radius: {theme.radius}px; font-size: {theme.ui_px('option')}px; }}",
    ]
