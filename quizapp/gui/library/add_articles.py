"""« Add your own articles »: a calm card after the last article of the list.

The bank ships a handful of articles; a learner who has read them all has nothing
new the next day unless they know the library grows. The card says how in one line:
its accent, « Paste a text… », is the learner's way (File → Paste a text…, any French
text read at once); the quiet « Open My articles » is the teacher's (the window's File
→ Open my articles folder), so there is one way to do each. It scrolls with the
cards, in their column, and steps aside while the learner searches or filters (it is
not a search result).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.window.qt_names import plain_text
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.view import LibraryView


class AddArticlesCard(QFrame):
    """Emits `paste_requested()` from its accent, `open_requested()` from its quiet button."""

    open_requested = Signal()
    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("library_more")
        self.title = QLabel(self)
        self.title.setObjectName("library_more_title")
        self.line = QLabel(self)
        self.line.setProperty("type", "caption")
        self.line.setProperty("tone", "muted")
        for label in (self.title, self.line):
            plain_text(label)
            label.setWordWrap(True)
            label.setMinimumWidth(1)
        self.button = QPushButton(self)
        self.button.setObjectName("library_more_button")
        self.button.clicked.connect(self.open_requested)
        self.paste = QPushButton(self)
        self.paste.setObjectName("library_paste_button")
        self.paste.setProperty("primary", "true")
        self.paste.clicked.connect(self.paste_requested)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.title)
        words.addWidget(self.line)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)  # under the words when narrow: at the right end
        self.buttons.addWidget(self.button)
        self.buttons.addWidget(self.paste)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.addLayout(words, 1)
        self.row.addLayout(self.buttons)
        self.setTabOrder(self.paste, self.button)
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        t = theme
        self.row.setContentsMargins(t.padding, t.padding, t.padding, t.padding)
        self.row.setSpacing(t.space(2))
        self.buttons.setSpacing(t.space(1))

    def fit(self, width: int) -> None:
        """The buttons beside the words, or under them when the words would get less
        room than the buttons take (a large zoom in a small window)."""
        buttons = self.buttons.sizeHint().width()
        narrow = width - buttons < buttons * 1.3
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.row.direction() != wanted:
            self.row.setDirection(wanted)

    def resizeEvent(self, event) -> None:
        self.fit(event.size().width())
        super().resizeEvent(event)

    def height_for(self, width: int) -> int:
        self.fit(width)
        layout = self.layout()
        return (
            layout.heightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        )

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Add your own articles"))
        self.line.setText(
            self.tr(
                "Paste any French text to read it here, every word a click away. Teachers: put"
                " question files (.yaml) in My articles."
            )
        )
        self.button.setText(self.tr("Open My articles"))
        self.button.setAccessibleDescription(
            self.tr("Question files (.yaml) put in My articles appear here at the next start.")
        )
        self.paste.setText(self.tr("Paste a text…"))
        self.paste.setAccessibleDescription(self.tr("Read a French text of your own"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_my_articles(widget: QWidget) -> None:
    """The window's File → Open my articles folder, whatever window holds `widget`."""
    action = getattr(widget.window(), "actions_by_name", {}).get("open_my_articles")
    if action is not None:
        action.trigger()


def paste_text(widget: QWidget) -> None:
    """The window's File → Paste a text…, whatever window holds `widget`."""
    action = getattr(widget.window(), "actions_by_name", {}).get("paste_text")
    if action is not None:
        action.trigger()


def install_more(view: LibraryView) -> AddArticlesCard:
    """The card, in the list's viewport: the list places it after its last card."""
    card = AddArticlesCard(view.table.viewport())
    card.set_theme(view.cards.theme)
    card.open_requested.connect(lambda: open_my_articles(view))
    card.paste_requested.connect(lambda: paste_text(view))
    view.table.footer = card
    return card


def rules(theme: Theme) -> list[str]:
    """A dashed outline on the paper: an invitation, not one more article."""
    p = theme.palette
    return [
        f"QFrame#library_more {{ background: transparent; border: 1px dashed {p.muted};"
        f" border-radius: {theme.radius}px; }}",
        "QFrame#library_more QLabel { background: transparent; border: none; }",
        f"QPushButton#hero_more {{ color: {p.accent}; background: transparent; border: none;"
        f" padding: {theme.space(0.25)}px 0; font-size: {theme.px('body')}px; }}",
        "QPushButton#hero_more:hover { text-decoration: underline; }",
        f"QPushButton#hero_more:focus {{ outline: none; border-bottom: 2px solid {p.accent}; }}",
        f"QLabel#library_more_title {{ font-weight: 600; font-size: {theme.px('body')}px;"
        f" color: {p.text}; }}",
        # the paste dialog (paste_dialog.py): its heading a step up, the box a calm card
        f"QLabel#paste_heading {{ font-size: {theme.px('question')}px; font-weight: 600;"
        f" color: {p.text}; }}",
        f"QPlainTextEdit#paste_text {{ border: 1px solid {p.border};"
        f" border-radius: {theme.radius}px; padding: {theme.space(1)}px; }}",
        f"QPlainTextEdit#paste_text:focus {{ border: 2px solid {p.accent}; }}",
    ]
