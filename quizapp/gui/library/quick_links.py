"""« Mes mots · Historique »: a quiet row of links under the greeting.

The learner's words and their past results lived only in the Progress menu, and a
reviewer found no visible way to them. Each link is a tool button on the window's
own action (the same text, shortcut in its tooltip and screen): no second path to
keep in step. Keyboard reachable, between the greeting and the search; it folds
away with the header at a large zoom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.view import LibraryView

LINKS = ("words", "history")  # the window's action names, in the row's order


class QuickLinks(QWidget):
    """Text-only buttons on the window's actions, a middle dot between them."""

    def __init__(self, parent: QWidget, actions: list[Any]):
        super().__init__(parent)
        self.setObjectName("library_links")
        self.buttons: list[QToolButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for action in actions:
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
        row.addStretch(1)


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
    order_links(view)
    return links


def order_links(view: LibraryView) -> None:
    """The links just before the search in the focus chain, where they show (what is
    built later, the greeting's avatar, the list's last card, may slip in between)."""
    links = view.header.links
    if links is None or not view.isVisible():  # shown only: never while a window closes
        return
    if stepped(links.buttons[-1], 1) is view.search:
        return
    before = stepped(view.search, -1)  # Qt orders only after a widget that takes focus
    QWidget.setTabOrder(before, links.buttons[0])
    for first, second in zip(links.buttons, links.buttons[1:], strict=False):
        QWidget.setTabOrder(first, second)


def stepped(widget: QWidget, way: int) -> QWidget:
    """The next (`way` 1) or previous (-1) widget in the focus chain that takes focus."""
    found = widget
    for _ in range(1000):  # the chain is a ring: a bound in case nothing takes focus
        found = found.nextInFocusChain() if way > 0 else found.previousInFocusChain()
        if found is widget or found.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return found
    return widget
