"""The look of History, Review my mistakes, My words and Review, from the theme.

Calm pages like the reading's: a title, a muted line under it, and the lists as
one white card with quiet dividers instead of a spreadsheet's grid; the empty
states a card with one line and one way on. `stylesheet.py` adds these rules.
"""

from __future__ import annotations

from quizapp.gui.window.theme import SPACING_PX, Theme

VIEWS = ("QWidget#history_view", "QWidget#mistakes_view", "QWidget#words_view")


def _each(selector: str) -> str:
    return ", ".join(f"{view} {selector}" for view in VIEWS)


def rules(theme: Theme) -> list[str]:
    p = theme.palette
    ui = round(SPACING_PX * theme.ui_scale)  # the chrome's spacing unit, as in stylesheet.py
    small = max(2, theme.radius // 2)
    lists = _each("QTableView") + ", " + _each("QTreeView")
    items = _each("QTableView::item") + ", " + _each("QTreeView::item")
    return [
        f"QLabel#progress_title {{ color: {p.text}; font-size: {theme.px('title')}px;"
        " font-weight: 600; }",
        f"QLabel#progress_summary {{ color: {p.muted}; font-size: {theme.px('body')}px; }}",
        f"QLabel#progress_note {{ color: {p.text}; background: {p.partly_tint};"
        f" border-radius: {small}px; padding: {ui // 2}px {ui}px; }}",
        f"{lists} {{ background: {p.surface}; border: 1px solid {p.border};"
        f" border-radius: {theme.radius}px; gridline-color: transparent;"
        f" font-size: {theme.px('body')}px; padding: {ui // 4}px {ui // 2}px;"
        f" selection-background-color: {p.selection_tint}; selection-color: {p.text}; }}",
        f"{items} {{ border: none; border-bottom: 1px solid {p.window};"
        f" padding: {ui // 4}px {ui // 2}px; }}",
        f"{items.replace('::item', '::item:selected')} {{ background: {p.selection_tint};"
        f" color: {p.text}; }}",
        _each("QHeaderView") + " { background: transparent; border: none; }",
        _each("QHeaderView::section")
        + f" {{ background: {p.surface}; color: {p.muted}; border: none;"
        f" border-bottom: 1px solid {p.border}; font-size: {theme.px('caption')}px;"
        f" font-weight: 600; padding: {ui // 2}px {ui // 2}px; }}",
        # the question and its evidence under the mistakes: a card like the quiz's
        f"QLabel#mistake_detail {{ background: {p.surface}; color: {p.text};"
        f" border: 1px solid {p.border}; border-radius: {theme.radius}px;"
        f" padding: {theme.space(1)}px; font-size: {theme.px('body')}px; }}",
        # nothing yet: one warm line and one way on
        f"QFrame#progress_empty {{ background: {p.surface}; border: 1px solid {p.border};"
        f" border-radius: {theme.radius}px; }}",
        f"QLabel#progress_empty_title {{ color: {p.text}; font-size: {theme.px('question')}px;"
        " font-weight: 600; background: transparent; border: none; }",
        f"QLabel#progress_empty_text {{ color: {p.muted}; font-size: {theme.px('body')}px;"
        " background: transparent; border: none; }",
        *history_rules(theme),
        *overview_rules(theme),
        *mistakes_rules(theme),
        *review_rules(theme),
    ]


def overview_rules(theme: Theme) -> list[str]:
    """History's overview: each article a line that tints under the pointer and wears the
    accent's ring with the keyboard; the title over the level chip and a quiet caption."""
    p = theme.palette
    bare = "background: transparent; border: none;"
    return [
        f"QFrame#overview_line {{ background: transparent; border: 2px solid transparent;"
        f" border-radius: {theme.radius}px; }}",
        f"QFrame#overview_line:hover {{ background: {p.cursor_tint}; }}",
        f"QFrame#overview_line:focus {{ border-color: {p.accent}; }}",
        f"QLabel#overview_title {{ {theme.title_css} color: {p.text};"
        f" font-size: {theme.px('option')}px;"
        f" font-weight: 600; {bare} }}",
        f"QLabel#overview_caption, QLabel#overview_when {{ color: {p.muted};"
        f" font-size: {theme.px('caption')}px; {bare} }}",
        f"QLabel#overview_chevron {{ color: {p.muted}; font-size: {theme.px('title')}px; {bare} }}",
        f"QWidget#overview_cover, QWidget#overview_trend {{ {bare} }}",
        # « ← All articles »: a quiet link in the accent, over the title
        f"QPushButton#history_all {{ {bare} color: {p.accent};"
        f" font-size: {theme.px('body')}px; font-weight: 600; text-align: left;"
        f" padding: {theme.space(0.5)}px 0; min-height: 0; }}",
        "QPushButton#history_all:hover { text-decoration: underline; }",
        "QPushButton#history_all:focus { text-decoration: underline; }",
    ]


def history_rules(theme: Theme) -> list[str]:
    """History's cards: the summary's figures large over quiet captions, the questions'
    prompts in the body size over a caption (number · type), hairlines between them."""
    p = theme.palette
    bare = "background: transparent; border: none;"
    return [
        f"QScrollArea#history_scroll, QWidget#history_page {{ {bare} }}",
        f"QLabel#history_glance_text {{ color: {p.text}; font-size: {theme.px('question')}px;"
        f" font-weight: 600; {bare} }}",
        f"QLabel#history_stat_value {{ color: {p.text}; font-size: {theme.px('title')}px;"
        f" font-weight: 600; {bare} }}",
        f"QLabel#history_stat_caption, QLabel#history_head {{ color: {p.muted};"
        f" font-size: {theme.px('caption')}px; {bare} }}",
        f"QLabel#history_section {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        f" font-weight: 600; {bare} }}",
        f"QLabel#history_prompt {{ color: {p.text}; font-size: {theme.px('body')}px; {bare} }}",
        f"QWidget#history_mark, QLabel#history_figure {{ font-size: {theme.px('body')}px;"
        f" color: {p.text}; {bare} }}",
        f"QLabel#history_caption {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        f" {bare} }}",
        f'QLabel#history_caption[changed="true"] {{ color: {p.partly}; }}',
        f"QFrame#history_rule {{ background: {p.window}; border: none; }}",
        # My words: a dictionary's line, the sentence under it, the caption under that
        f"QLabel#word_head {{ color: {p.text}; font-size: {theme.px('body')}px;"
        f" font-weight: 600; {bare} }}",
        f"QLabel#word_gloss {{ color: {p.muted}; font-size: {theme.px('body')}px; {bare} }}",
        # its part of speech: a muted italic caption on the headword's baseline
        f"QLabel#word_kind {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        f" font-style: italic; {bare}"
        f" padding-top: {round(0.95 * (theme.px('body') - theme.px('caption')))}px; }}",
        f"QLabel#word_sentence {{ color: {p.text}; font-size: {theme.px('body')}px; {bare} }}",
        # its review state: a small tinted badge, the accent's when it is due now
        # when it comes back in Review: a plain caption, not a button; the accent when due
        f"QLabel#word_due {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        f" background: transparent; border: none; padding: {theme.space(0.25)}px 0px; }}",
        f'QLabel#word_due[now="true"] {{ color: {p.accent}; font-weight: 600; }}',
        # « ⋯ »: the entry's menu, a quiet glyph framed only when touched
        f"QToolButton#word_more {{ background: transparent; border: 1px solid transparent;"
        f" color: {p.muted}; font-size: {theme.px('body')}px; font-weight: 600;"
        f" border-radius: {theme.radius}px; padding: 0px {theme.space(0.75)}px; }}",
        f"QToolButton#word_more:hover {{ color: {p.text}; background: {p.cursor_tint};"
        f" border-color: {p.border}; }}",
        f"QToolButton#word_more:focus {{ color: {p.text}; border: 1px solid {p.accent}; }}",
        # « Export ▾ »: a quiet text button at the title's end, framed only when touched
        f"QPushButton#words_export {{ background: transparent; border: 1px solid transparent;"
        f" color: {p.muted}; font-size: {theme.px('body')}px; font-weight: 600;"
        f" padding: {theme.space(0.5)}px {theme.space(1.25)}px; border-radius: {theme.radius}px;"
        f" min-height: {theme.target - 2 * theme.space(0.5) - 2}px; }}",
        f"QPushButton#words_export:hover {{ color: {p.text}; background: {p.cursor_tint};"
        f" border-color: {p.border}; }}",
        f"QPushButton#words_export:focus {{ color: {p.text}; border: 1px solid {p.accent}; }}",
        f"QPushButton#words_export:disabled {{ color: {p.disabled}; }}",
    ]


def review_rules(theme: Theme) -> list[str]:
    """The word card: the cue large, the sentence in the passage's serif, the word on the
    back as a headline; « Easy (E) » a plain secondary button, « Settings » a quiet link;
    the sitting's slim bar over the card; where the word was met, a caption."""
    p = theme.palette
    small = max(2, theme.radius // 2)
    return [
        f"QTextEdit#review_sentence {{ background: transparent; color: {p.text};"
        " border: none; padding: 0; }",
        "QFrame#review_card { padding: 0; }",
        "QScrollArea#review_scroll, QWidget#review_holder { background: transparent; }",
        f"QLabel#review_eyebrow {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        " font-weight: 600; }",
        f"QLabel#review_cue {{ color: {p.text}; font-size: {theme.px('title')}px;"
        " font-weight: 600; }",
        f"QLabel#review_word {{ color: {p.accent}; font-size: {theme.px('title')}px;"
        " font-weight: 600; }",
        f'QLabel#review_verdict[tone="right"] {{ color: {p.right}; }}',
        f'QLabel#review_verdict[tone="wrong"] {{ color: {p.wrong}; }}',
        f"QLabel#review_verdict {{ color: {p.text}; font-size: {theme.px('body')}px;"
        " font-weight: 600; }",
        f'QLabel#review_verdict[final="true"] {{ font-size: {theme.px("question")}px;'
        " font-weight: bold; }",
        f"QLabel#review_english {{ color: {p.muted}; font-size: {theme.px('body')}px; }}",
        f"QLabel#review_when {{ color: {p.muted}; font-size: {theme.px('caption')}px; }}",
        f"QLabel#review_source {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        " font-style: italic; }",
        # « Settings »: a small framed button with its gear, quieter than the card's action
        f"QPushButton#review_settings {{ background: transparent; border: 1px solid {p.border};"
        f" color: {p.muted}; font-size: {theme.px('caption')}px; font-weight: 600;"
        f" padding: {theme.space(0.5)}px {theme.space(1.25)}px; border-radius: {theme.radius}px;"
        " min-height: 0; }",
        f"QPushButton#review_settings:hover {{ color: {p.text}; background: {p.cursor_tint};"
        f" border-color: {p.accent}; }}",
        f"QPushButton#review_settings:checked {{ color: {p.accent}; border-color: {p.accent}; }}",
        f"QPushButton#review_settings:focus {{ color: {p.text}; border: 2px solid {p.accent}; }}",
        f"QLabel#review_left {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        " font-weight: 600; }",
        f"QProgressBar#review_progress {{ background: {p.border}; border: none;"
        f" border-radius: {small}px; }}",
        f"QProgressBar#review_progress::chunk {{ background: {p.accent};"
        f" border-radius: {small}px; }}",
        f"QLabel#review_done_title {{ color: {p.text}; font-size: {theme.px('title')}px;"
        " font-weight: 600; }",
        f"QLabel#review_summary {{ color: {p.muted}; font-size: {theme.px('question')}px; }}",
        f"QLabel#review_done_when {{ color: {p.muted}; font-size: {theme.px('body')}px; }}",
        f"QLabel#review_up_next {{ color: {p.muted}; font-size: {theme.px('caption')}px; }}",
        # every article read: an achievement in the text's ink, not a caption's aside
        f'QLabel#review_up_next[achievement="true"] {{ color: {p.text};'
        f" font-size: {theme.px('body')}px; font-weight: 600; }}",
        f"QPushButton#review_next_article {{ font-size: {theme.px('option')}px; }}",
    ]


def mistakes_rules(theme: Theme) -> list[str]:
    """Review my mistakes: History's cards; the chosen line tinted, your answer in the
    wrong colour beside the right one in the right colour (each with its words)."""
    p = theme.palette
    bare = "background: transparent; border: none;"
    return [
        f"QLabel#mistakes_article {{ color: {p.muted}; font-size: {theme.px('caption')}px;"
        f" font-weight: 700; {bare} }}",
        f"QFrame#mistake_line {{ background: transparent; border: 2px solid transparent;"
        f" border-radius: {theme.radius}px; }}",
        f"QFrame#mistake_line:hover {{ background: {p.cursor_tint}; }}",
        f'QFrame#mistake_line[selected="true"] {{ background: {p.cursor_tint}; }}',
        f"QFrame#mistake_line:focus {{ border-color: {p.accent}; }}",
        f"QLabel#mistake_prompt {{ color: {p.text}; font-size: {theme.px('body')}px;"
        f" font-weight: 600; {bare} }}",
        f"QLabel#mistake_yours {{ color: {p.wrong}; font-size: {theme.px('caption')}px; {bare} }}",
        f"QLabel#mistake_right {{ color: {p.right}; font-size: {theme.px('caption')}px; {bare} }}",
        f"QLabel#mistake_score {{ color: {p.text}; font-size: {theme.px('body')}px; {bare} }}",
        f"QLabel#mistake_when {{ color: {p.muted}; font-size: {theme.px('caption')}px; {bare} }}",
        f"QLabel#mistake_evidence {{ color: {p.evidence_ink}; font-size: {theme.px('body')}px;"
        f" background: {p.evidence_tint}; border: none; border-left: 3px solid {p.evidence_bar};"
        f" padding: {theme.space(0.75)}px {theme.space(1.25)}px; }}",
    ]
