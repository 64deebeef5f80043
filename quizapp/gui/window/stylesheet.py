"""The app-wide Qt style sheet, written from one `Theme` (plain text, no Qt).

Widgets opt into the design language by dynamic properties rather than their
own colours or sizes, so a screen built later (the quiz, the progress tables)
is themed and zoomed by setting a property, without code of its own:

- `type` = passage | question | option | body | caption | title: the type scale;
- `tone` = muted | accent | right | wrong | partly: a text colour role;
- `card` = plain | right | wrong | partly | evidence: a rounded card;
- `primary` = true: the one accent button of a screen.

Sizes are px computed from the zoom, so the whole interface scales at once.
"""

from __future__ import annotations

from quizapp.gui.library.style import rules as library_rules
from quizapp.gui.progress.style import rules as progress_rules
from quizapp.gui.quiz.action_bar_style import rules as quiz_bar_rules
from quizapp.gui.quiz.style_controls import rules as quiz_control_rules
from quizapp.gui.reading.end_style import rules as end_card_rules
from quizapp.gui.reading.hint_style import rules as hint_rules
from quizapp.gui.reading.legend_style import rules as legend_rules
from quizapp.gui.review.style import rules as review_card_rules
from quizapp.gui.window import (
    level_badge,
    stylesheet_bank,
    stylesheet_nav,
    stylesheet_quiz,
    stylesheet_reading,
    stylesheet_scroll,
    stylesheet_summary,
)
from quizapp.gui.window.stylesheet_tone import mix
from quizapp.gui.window.theme import SPACING_PX, TYPE_PX, Theme

TONES = ("muted", "accent", "right", "wrong", "partly")
CARDS = {
    "plain": ("surface", "border"),
    "right": ("right_tint", "right"),
    "wrong": ("wrong_tint", "wrong"),
    "partly": ("partly_tint", "partly"),
    "evidence": ("evidence_tint", "evidence_bar"),
}


def focus_ring(theme: Theme) -> str:
    """The primary button's focus: a ring of the accent's lighter tone (in dark, the light
    accent around the deeper fill), which reads on the fill and on the page: never black."""
    p = theme.palette
    return p.accent if p.dark else mix(p.accent, p.window, 0.55)


def _accent_focus(theme: Theme) -> list[str]:
    """Last, so they win at equal specificity: every accent button's focus is the ring
    of `focus_ring`, the quiz's and the reading toolbar's alike."""
    ring = f"border: 2px solid {focus_ring(theme)};"
    return [
        f'QPushButton[primary="true"]:focus, QToolButton[primary="true"]:focus {{ {ring} }}',
        f'QWidget#reading_toolbar QToolButton[primary="true"]:focus {{ {ring} }}',
    ]


def style_sheet(theme: Theme) -> str:
    """Every rule of the window's look for `theme` (its palette at its zoom)."""
    p = theme.palette
    radius = theme.radius
    small = max(2, theme.radius // 2)

    def ui(units: float) -> int:  # the chrome's spacing: it grows half as fast as the text
        return round(SPACING_PX * units * theme.ui_scale)

    control = ui(2)  # the least inner height of a button or a field
    rules: list[str] = []
    for role in TYPE_PX:
        weight = " font-weight: 600;" if role in ("title", "question") else ""
        rules.append(f'*[type="{role}"] {{ font-size: {theme.px(role)}px;{weight} }}')
    for tone in TONES:
        rules.append(f'*[tone="{tone}"] {{ color: {getattr(p, tone)}; }}')
    for name, (background, edge) in CARDS.items():
        rules.append(
            f'QFrame[card="{name}"] {{ background: {getattr(p, background)};'
            f" border: 1px solid {getattr(p, edge) if name != 'plain' else p.border};"
            f" border-radius: {radius}px; padding: {theme.space(0.5)}px; }}"
        )
    rules.append(
        f'QFrame[card="evidence"] {{ border: none; border-left: {max(3, theme.space(0.4))}px'
        f" solid {p.evidence_bar}; border-radius: 0; }}"
    )
    rules += [
        f'QLabel[swatch="evidence"] {{ background: {p.evidence_tint};'
        f" border-left: 3px solid {p.evidence_bar}; }}",
        f'QLabel[swatch="selection"] {{ background: {p.selection_tint};'
        f" border: 1px solid {p.accent}; }}",
        f'QLabel[swatch="lookup"] {{ background: {p.accent}; }}',
        f"QMainWindow, QDialog {{ background: {p.window}; }}",
        f"QToolTip {{ background: {p.surface}; color: {p.text};"
        f" border: 1px solid {p.border}; padding: {small}px; }}",
        f"QPushButton {{ background: {p.surface}; color: {p.text};"
        f" border: 1px solid {p.border}; border-radius: {small}px;"
        f" padding: {ui(0.5)}px {ui(1.5)}px; min-height: {control}px; }}",
        f"QPushButton:hover {{ border-color: {p.accent}; }}",
        f"QPushButton:focus {{ border: 2px solid {p.accent}; }}",
        f"QPushButton:disabled {{ color: {p.muted}; background: {p.window}; }}",
        f'QPushButton[primary="true"] {{ background: {p.primary}; color: {p.on_primary};'
        f" border: 1px solid {p.primary}; font-weight: 600; }}",
        f'QPushButton[primary="true"]:focus {{ border: 2px solid {focus_ring(theme)}; }}',
        f'QPushButton[primary="true"]:disabled {{ background: {p.border}; color: {p.muted};'
        f" border-color: {p.border}; }}",
        f"QToolButton {{ color: {p.text}; border: 1px solid transparent;"
        f" border-radius: {small}px; padding: {ui(0.5)}px {ui(1)}px; }}",
        f"QToolButton:hover {{ background: {p.cursor_tint}; border-color: {p.border}; }}",
        f"QToolButton:checked {{ background: {p.selection_tint}; border-color: {p.accent}; }}",
        f"QToolButton:focus {{ border-color: {p.accent}; }}",
        f"QLineEdit, QComboBox, QSpinBox {{ background: {p.surface}; color: {p.text};"
        f" border: 1px solid {p.border}; border-radius: {small}px;"
        f" padding: {ui(0.5)}px {ui(0.75)}px; min-height: {control}px;"
        f" selection-background-color: {p.selection_tint}; selection-color: {p.text}; }}",
        f"QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 2px solid {p.accent}; }}",
        f"QComboBox QAbstractItemView {{ background: {p.surface}; color: {p.text};"
        f" selection-background-color: {p.selection_tint}; selection-color: {p.text}; }}",
        f"QTableView, QListView, QTreeView {{ background: {p.surface};"
        f" alternate-background-color: {p.window}; color: {p.text};"
        f" border: 1px solid {p.border}; border-radius: {small}px; gridline-color: {p.border};"
        f" selection-background-color: {p.selection_tint}; selection-color: {p.text}; }}",
        f"QHeaderView::section {{ background: {p.window}; color: {p.muted};"
        f" border: none; border-bottom: 1px solid {p.border};"
        f" padding: {ui(0.5)}px {ui(1)}px; }}",
        f"QTextEdit, QPlainTextEdit {{ background: {p.surface}; color: {p.text};"
        f" border: none; selection-background-color: {p.selection_tint};"
        f" selection-color: {p.text}; }}",
        f"QStatusBar {{ background: {p.window}; color: {p.muted}; }}",
        f"QLabel#status_text {{ padding-left: {ui(1.5)}px; }}",  # off the window's edge
        f"QStatusBar QLabel {{ color: {p.muted}; }}",
        f"QMenuBar {{ background: {p.window}; color: {p.text}; }}",
        f"QMenuBar::item:selected {{ background: {p.selection_tint}; color: {p.text}; }}",
        f"QMenu {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}",
        f"QMenu::item:selected {{ background: {p.selection_tint}; color: {p.text}; }}",
        f"QDockWidget {{ color: {p.text}; }}",
        f"QSplitter::handle {{ background: {p.border}; }}",
    ]
    rules += stylesheet_reading.rules(theme)
    rules.extend(library_rules(theme))
    rules.extend(level_badge.rules(theme))  # one pill for every level shown
    rules.extend(stylesheet_summary.rules(theme))
    rules.extend(progress_rules(theme))
    rules.extend(stylesheet_quiz.rules(theme))
    rules.extend(stylesheet_bank.rules(theme))
    rules.extend(quiz_control_rules(theme))
    rules.extend(legend_rules(theme))
    rules.extend(end_card_rules(theme))
    rules.extend(hint_rules(theme))
    rules.extend(quiz_bar_rules(theme))
    rules.extend(stylesheet_scroll.rules(theme))
    rules.extend(stylesheet_nav.rules(theme))
    rules.extend(review_card_rules(theme))
    rules.extend(_accent_focus(theme))
    return "\n".join(rules) + "\n"
