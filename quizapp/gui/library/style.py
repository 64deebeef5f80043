"""The library's style-sheet rules: the cards float on the window's paper.

The cards paint themselves (see `cards.py`); the list under them has no box
of its own, so there is no box around boxes.
"""

from __future__ import annotations

from quizapp.gui.window.theme import Theme


def rules(theme: Theme) -> list[str]:
    from quizapp.gui.library import add_articles
    from quizapp.gui.progress import level

    p = theme.palette
    # a full pill, just under half the chip's height (Qt squares corners past it)
    pill = (round(theme.px("body") * 1.15) + 2 * theme.space(0.5)) // 2
    families = ", ".join(f'"{f}"' for f in theme.passage_families[:-1]) + ", serif"
    return [
        *add_articles.rules(theme),
        *level.rules(theme),
        # the welcome: a serif headline, calmer than a title (a greeting, not a heading)
        f"QLabel#library_hello {{ font-family: {families}; font-weight: 600;"
        f" font-size: {round(theme.px('title') * 0.82)}px; color: {p.text}; }}",
        f'QLabel#library_hello[short="true"] {{ font-size: {theme.px("question")}px; }}',
        f"QListView#library_cards {{ background: {p.window}; border: none; }}",
        f"QLabel#filter_label {{ padding-right: {theme.space(0.5)}px; }}",
        # the search's magnifier and clear button: bare icons, as small as the field allows
        "QLineEdit#library_search QToolButton { border: none; padding: 0; margin: 0;"
        " background: transparent; }",
        # a window action in the filter row ("Review (3 due)"): a chip, clearly a button
        f'QToolButton[library="chip"] {{ color: {p.accent}; background: {p.surface};'
        f" border: 1px solid {p.accent}; border-radius: {pill}px; font-weight: 600;"
        f" padding: {theme.space(0.5)}px {theme.space(1.5)}px;"
        f" margin-left: {theme.space(1)}px; }}",
        f'QToolButton[library="chip"]:hover {{ background: {p.selection_tint}; }}',
        f'QToolButton[library="chip"]:focus {{ border: 2px solid {p.accent}; }}',
        # nothing due: a status line led by its ✓ (the chip's icon), not a ghost button
        f'QToolButton[library="chip"][quiet="true"] {{ color: {p.text}; font-weight: 400;'
        f" border-color: transparent; background: transparent;"
        f" padding-left: {theme.space(0.5)}px; padding-right: {theme.space(0.5)}px; }}",
        f'QToolButton[library="chip"][quiet="true"]:hover {{ color: {p.accent};'
        " text-decoration: underline; background: transparent; }",
        f'QToolButton[library="chip"][quiet="true"]:focus {{ border: 2px solid {p.accent}; }}',
        f'QToolButton[library="chip"]:disabled {{ color: {p.muted}; border-color: {p.border}; }}',
        # « Mes mots · Historique »: quiet links, a chip's accent without its box
        f'QToolButton[library="link"] {{ color: {p.accent}; background: transparent;'
        f" border: 2px solid transparent; border-radius: {max(2, theme.radius // 2)}px;"
        f" font-size: {theme.px('caption')}px; font-weight: 600;"
        f" padding: 0 {theme.space(0.5)}px; }}",
        'QToolButton[library="link"]:hover { text-decoration: underline; }',
        'QToolButton[library="link"]::menu-indicator { image: none; width: 0; }',  # its own ▾
        f'QToolButton[library="link"]:focus {{ border-color: {p.accent}; }}',
        f"QWidget#library_links QLabel {{ font-size: {theme.px('caption')}px; }}",
        f"QLabel#library_section {{ font-weight: 600; padding-top: {theme.space(2)}px; }}",
        # the « Continue » card: a card like the list's, its title a step larger
        f"QFrame#library_hero {{ background: {p.surface}; border: 1px solid {p.border};"
        f" border-radius: {theme.radius}px; }}",
        "QFrame#library_hero QLabel { background: transparent; border: none; }",
        f"QLabel#hero_eyebrow {{ color: {p.accent}; font-size: {theme.px('caption')}px;"
        " font-weight: 700; }",
        f"QLabel#hero_title {{ font-family: {families}; font-weight: 600;"
        f" font-size: {round(theme.px('title') * 0.9)}px; color: {p.text}; }}",
        # a short window's card: the list's titles' size, so two lines leave the list room
        f'QLabel#hero_title[small="true"] {{ font-size: {theme.px("question")}px; }}',
        f"QPushButton#hero_button {{ padding: {theme.space(0.75)}px {theme.space(2.5)}px;"
        f" font-size: {theme.px('body')}px;"
        f" min-height: {theme.target - 2 * theme.space(0.75)}px; border-radius:"
        f" {max(2, theme.radius // 2)}px; }}",
    ]
