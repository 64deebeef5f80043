"""The one table of the window's actions: menus, tooltips and the help list.

Texts are marked with QT_TRANSLATE_NOOP so lupdate collects them, and are
translated when shown, so switching language retranslates menus too. Other
screens add their own `ActionSpec` through `MainWindow.add_action`, and then
appear in Help → Keyboard shortcuts like these.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

CONTEXT = "Shortcuts"


class ActionSpec(NamedTuple):
    """One action: where it lives, what it says, and the keys that trigger it.

    `keys` work anywhere in the window; `text_keys` only while the passage has
    the focus, so single letters never steal keys from the quiz's text fields.
    A NamedTuple, not a dataclass: `dataclasses` costs ~2 ms before the first paint.
    """

    name: str
    menu: str
    text: str
    keys: tuple[str, ...]
    tip: str
    text_keys: tuple[str, ...] = ()
    checkable: bool = False
    link: str = ""  # its words as a link of the library's quick links, when not `text`


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Shortcuts", "&File")),
    ("view", QT_TRANSLATE_NOOP("Shortcuts", "&View")),
    ("reading", QT_TRANSLATE_NOOP("Shortcuts", "&Reading")),
    ("language", QT_TRANSLATE_NOOP("Shortcuts", "&Language")),
    ("tools", QT_TRANSLATE_NOOP("Shortcuts", "&Tools")),
    ("help", QT_TRANSLATE_NOOP("Shortcuts", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "paste_text",
        "file",
        QT_TRANSLATE_NOOP("Shortcuts", "Paste a text…"),
        ("Ctrl+Shift+V",),
        QT_TRANSLATE_NOOP("Shortcuts", "Read a French text of your own: paste it, then Read"),
    ),
    ActionSpec(
        "open_text",
        "file",
        QT_TRANSLATE_NOOP("Shortcuts", "Open a text file…"),
        ("Ctrl+Shift+T",),
        QT_TRANSLATE_NOOP("Shortcuts", "Read a French text saved as a .txt or .md file"),
        link=QT_TRANSLATE_NOOP("Shortcuts", "Open a file"),
    ),
    ActionSpec(
        "open_folder",
        "file",
        QT_TRANSLATE_NOOP("Shortcuts", "Open folder…"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose another folder of articles"),
    ),
    ActionSpec(
        "open_file",
        "file",
        QT_TRANSLATE_NOOP("Shortcuts", "Open article file…"),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("Shortcuts", "Preview one article file (for teachers)"),
    ),
    ActionSpec(
        "open_my_articles",
        "file",
        QT_TRANSLATE_NOOP("Shortcuts", "Open my articles folder"),
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the folder of your own articles in the file manager"),
    ),
    ActionSpec(
        "preferences",
        "file",
        QT_TRANSLATE_NOOP("Shortcuts", "Preferences…"),
        ("Ctrl+,",),
        QT_TRANSLATE_NOOP("Shortcuts", "Theme, text size, article font, language, quiz mode"),
    ),
    ActionSpec(
        "quit",
        "file",
        QT_TRANSLATE_NOOP("Shortcuts", "Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Shortcuts", "Close quizapp"),
    ),
    ActionSpec(
        "library",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the library"),
        ("Alt+Left",),
        QT_TRANSLATE_NOOP("Shortcuts", "Return to the list of articles"),
        text_keys=("Esc",),
    ),
    ActionSpec(
        "search",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Search the library"),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("Shortcuts", "Find an article by its French or English title"),
    ),
    ActionSpec(
        "problems",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Problems panel"),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the problems found in question files"),
        checkable=True,
    ),
    ActionSpec(
        "zoom_in",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"),
        ("Ctrl+=", "Ctrl++"),
        QT_TRANSLATE_NOOP("Shortcuts", "Make the text and the quiz larger"),
    ),
    ActionSpec(
        "zoom_out",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom out"),
        ("Ctrl+-",),
        QT_TRANSLATE_NOOP("Shortcuts", "Make the text and the quiz smaller"),
    ),
    ActionSpec(
        "zoom_reset",
        "view",
        QT_TRANSLATE_NOOP("Shortcuts", "Normal size"),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the text size chosen in Preferences"),
    ),
    ActionSpec(
        "parallel",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "English translation"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the English beside every French sentence"),
        checkable=True,
    ),
    ActionSpec(
        "next_sentence",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Next sentence"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Move to the next sentence"),
        text_keys=("Down", "J"),
    ),
    ActionSpec(
        "previous_sentence",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Previous sentence"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Move to the previous sentence"),
        text_keys=("Up", "K"),
    ),
    ActionSpec(
        "toggle_translation",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Show the sentence in English"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the English of the current sentence"),
        text_keys=("T",),
    ),
    ActionSpec(
        "sentence_glosses",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Words of the sentence"),
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "List the glossed words of the current sentence"),
        text_keys=("G",),
    ),
    ActionSpec(
        "start_quiz",
        "reading",
        QT_TRANSLATE_NOOP("Shortcuts", "Start the quiz"),
        ("F5",),
        QT_TRANSLATE_NOOP("Shortcuts", "Answer this article's comprehension questions"),
    ),
    ActionSpec(
        "lang_fr",
        "language",
        QT_TRANSLATE_NOOP("Shortcuts", "Français"),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the interface in French"),
        checkable=True,
    ),
    ActionSpec(
        "lang_en",
        "language",
        QT_TRANSLATE_NOOP("Shortcuts", "English"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the interface in English"),
        checkable=True,
    ),
    ActionSpec(
        "dictionaries",
        "tools",
        QT_TRANSLATE_NOOP("Shortcuts", "Dictionaries…"),
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "The offline dictionaries: on or off, and their order"),
    ),
    ActionSpec(
        "shortcuts",
        "help",
        QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("Shortcuts", "List every keyboard shortcut"),
    ),
    ActionSpec(
        "about",
        "help",
        QT_TRANSLATE_NOOP("Shortcuts", "About quizapp"),
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP("Shortcuts", "Version and purpose of quizapp"),
    ),
)

SPECS: dict[str, ActionSpec] = {spec.name: spec for spec in ACTIONS}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    return [QKeySequence(k) for k in spec.keys]


def native(keys: tuple[str, ...]) -> str:
    """Keys as the platform writes them ("Ctrl+E", "⌘E"), joined for display."""
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def native_keys(spec: ActionSpec) -> str:
    return native(spec.keys + spec.text_keys)


def plain_text(text: str) -> str:
    """A menu text without its & mnemonic marker."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def tooltip(spec: ActionSpec) -> str:
    """ "Tip (keys)", the form every tooltip and the help dialog use."""
    keys = native_keys(spec)
    return f"{tr(spec.tip)} ({keys})" if keys else tr(spec.tip)
