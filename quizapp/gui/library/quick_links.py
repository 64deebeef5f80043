"""« Mes mots · Historique · Coller un texte · Ouvrir un fichier »: links under the greeting.

The learner's words and their past results lived only in the Progress menu, and a
reviewer found no visible way to them. Each link is a tool button on the window's
own action (the same text, shortcut in its tooltip and screen): no second path to
keep in step. « Paste a text… » is there too: a reviewer found it only in the File
menu and at the end of the list, so a learner's own text looked like an afterthought;
« Open a file » beside it, for a text saved on disk (the action's short `link` words);
where the row has no room for it (a large zoom), a quiet « More ▾ » menu holds it, so it
never leaves the page. Keyboard reachable, between the greeting and the search; it folds
away with the header at a large zoom.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.view import LibraryView

# the window's action names, in the row's order
LINKS = ("words", "history", "paste_text", "open_text")
SPARE = ("open_text", "paste_text")  # into « More ▾ » in this order where the row cuts words


class QuickLinks(QWidget):
    """Text-only buttons on the window's actions, a middle dot between them."""

    def __init__(self, parent: QWidget, actions: list[Any]):
        super().__init__(parent)
        self.setObjectName("library_links")
        self.buttons: list[QToolButton] = []
        self.dots: list[QLabel | None] = []  # the dot before each button (none before the first)
        self.spare: list[QToolButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for action in actions:
            dot = None
            if self.buttons:
                dot = QLabel("·", self)
                dot.setProperty("type", "caption")
                dot.setProperty("tone", "muted")
                dot.setAccessibleName("")
                row.addWidget(dot)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setProperty("library", "link")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(button)
            self.buttons.append(button)
            self.dots.append(dot)
        by_name = {b.defaultAction().objectName().removeprefix("action_"): b for b in self.buttons}
        self.spare = [by_name[name] for name in SPARE if name in by_name]
        self.more = QToolButton(self)  # the spare links' menu, where they are left out
        self.more.setObjectName("library_more")
        self.more.setProperty("library", "link")
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setMenu(QMenu(self.more))
        self.more_dot = QLabel("·", self)
        self.more_dot.setProperty("type", "caption")
        self.more_dot.setProperty("tone", "muted")
        row.addWidget(self.more_dot)
        row.addWidget(self.more)
        self.more.hide()
        self.more_dot.hide()
        self.retranslate_ui()
        row.addStretch(1)
        self.search: QWidget | None = None  # the library's search, after the links

    def fit(self, width: int | None) -> None:
        """Every link when all fit `width` whole, else the spare ones in « More ▾ »: « Open
        a file », then « Paste a text » too if the row still cuts words (None: no room
        known, the first spare one left out)."""
        for button in self.buttons:
            button.setVisible(True)
        for dot in self.dots:
            if dot is not None:
                dot.setVisible(True)
        more = self.more.sizeHint().width() + self.more_dot.sizeHint().width()
        needed = sum(b.sizeHint().width() for b in self.buttons)
        needed += sum(d.sizeHint().width() for d in self.dots if d is not None)
        left_out = 0 if width is not None and needed <= width else 1
        if width is not None and left_out:
            for button in self.spare:  # the last spare first
                index = self.buttons.index(button)
                needed -= button.sizeHint().width() + self.dots[index].sizeHint().width()
                left_out = self.spare.index(button) + 1
                if needed + more <= width:
                    break
        out = self.spare[:left_out]
        for button in out:
            button.setVisible(False)
            self.dots[self.buttons.index(button)].setVisible(False)
        menu = self.more.menu()
        menu.clear()
        for button in reversed(out):  # in the row's order
            menu.addAction(button.defaultAction())
        self.more.setVisible(bool(out))  # left out: in « More ▾ »
        self.more_dot.setVisible(bool(out))

    def retranslate_ui(self) -> None:
        self.more.setText(self.tr("More ▾"))
        self.more.setAccessibleName(self.tr("More links"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _spare_shown(self) -> bool:
        return all(not b.isHidden() for b in self.spare)

    def last(self) -> QToolButton:
        """The last link shown: Tab goes on from it to the search."""
        if not self.more.isHidden():
            return self.more
        return next(b for b in reversed(self.buttons) if not b.isHidden())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab from the last link goes on to the search (the links sit above it); the
        focus chain itself is left alone (rewiring it across screens crashed Qt)."""
        if next and self.search is not None and self.last().hasFocus():
            self.search.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+Tab from the search comes back to the last link."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Backtab
            and self.isVisible()
        ):
            self.last().setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False


def install_links(view: LibraryView) -> QuickLinks | None:
    """The row under the greeting, once the window's Progress actions exist (built
    with the greeting; a bare library view has none and gets no row)."""
    header = view.header
    if getattr(header, "links", None) is not None:
        return header.links
    actions = getattr(view.window(), "actions_by_name", {})
    found = [actions[name] for name in LINKS if name in actions]
    if len(found) != len(LINKS):
        return None
    links = QuickLinks(header, found)
    header.links = links
    box = header.layout()
    box.insertWidget(box.indexOf(view.greeting) + 1, links)
    links.search = view.search
    view.search.installEventFilter(links)  # Shift+Tab from the search: the links
    chain = [*links.buttons, links.more]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)  # each other only: the chain outside is Qt's
    return links
