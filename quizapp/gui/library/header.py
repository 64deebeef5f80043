"""The library's header (greeting, filters, « Continue » card) that scrolls away with
the list when the window is short for the zoom.

At the largest zoom in a small window the header alone takes half the height and a
single card shows. Once the first card has scrolled away, the header folds to no
height and the list gets the whole window; back at the top, or when anything in the
header takes the focus (Tab, Ctrl+F), it unfolds. Folded, its widgets stay in the
focus chain: the keyboard order is the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QLayout, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.view import LibraryView

UNBOUNDED = 16777215  # Qt's QWIDGETSIZE_MAX


class LibraryHeader(QWidget):
    """Holds the rows above the cards; `collapsed` once they have scrolled away."""

    def __init__(self, view: LibraryView, spacing: int):
        super().__init__(view)
        self.view = view
        self.collapsed = False
        self.links: QWidget | None = None  # « Mes mots · Historique » (quick_links)
        self.setObjectName("library_header")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(spacing)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # it may fold to 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        view.table.verticalScrollBar().valueChanged.connect(self.follow)
        # the scroll bar along the header and the list, built when the list first has a
        # range (the bank loads after the first paint): a QScrollBar built in Python names
        # `Qt` (its constructor's overloads), which waits for the paint (qt_names.py)
        self.side_bar = None
        view.table.verticalScrollBar().rangeChanged.connect(self._side_bar_once)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_moved)

    def short(self) -> bool:
        """The window too short for the header and a card and a half (a large zoom):
        a whole card and the start of the next one say « a list » at rest."""
        table = self.view.table
        model = table.model()
        if model is None or model.rowCount() < 2:
            return False
        card = table.rectForIndex(model.index(0, 0))
        header = self.sizeHint().height()
        return card.isValid() and 2 * (self.view.height() - header) < 3 * card.height()

    def follow(self, _value: int = 0) -> None:
        """Folded once the first card is more than half away (where the list comes to
        rest at the second card), unfolded back near the top."""
        table = self.view.table
        model = table.model()
        if model is None or not model.rowCount():
            self.set_collapsed(False)
            return
        card = table.rectForIndex(model.index(0, 0))
        bar = table.verticalScrollBar()
        away = card.isValid() and 2 * bar.value() > card.height()
        if not away:
            self.set_collapsed(False)
        elif self.collapsed or self._has_focus() or not self.short():
            return
        elif 2 * (bar.maximum() - self.sizeHint().height()) > card.height():
            self.set_collapsed(True)  # the list longer than the room it gains: it stays away

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.setMaximumHeight(0 if collapsed else UNBOUNDED)
        self.view.table.relayout()

    def _side_bar_once(self, *_range: int) -> None:
        if self.side_bar is None:
            from quizapp.gui.library.side_bar import SideBar

            self.side_bar = SideBar(self.view)

    def _has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self.set_collapsed(False)  # Tab or a mnemonic into the header: it shows

    def focus_search(self) -> None:
        """Ctrl+F: the header unfolded, the search focused and its text selected."""
        from PySide6.QtCore import Qt

        self.set_collapsed(False)
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()
