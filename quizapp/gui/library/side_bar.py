"""The library's scroll bar, along the whole library: its handle starts at the top.

The header (greeting, links, filters, « Continue » card) sits above the list of
cards and folds away as it scrolls (header.py), so the list's own bar began under
the header: at rest its handle sat part-way down the window and read as « already
scrolled ». This bar runs from the library's top to its bottom, at its right edge,
and mirrors the list's (range, page, value, a drag): the list's own bar stays off,
and the room for this one is kept whether it shows or not, so the cards' width never
changes as it comes and goes (a width change lays the list out again, endlessly).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollBar

from quizapp.gui.window.qt_names import set_by_name

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.library.view import LibraryView


class SideBar(QScrollBar):
    """The view's child, placed at its right edge; the list's bar drives the range."""

    def __init__(self, view: LibraryView):
        super().__init__(view)  # vertical, Qt's default: no `Qt` named before the first paint
        self.setObjectName("library_scroll")
        self.view = view
        inner = self.inner = view.table.verticalScrollBar()
        view.table.bar_outside = True  # its own bar stays off (card_list)
        set_by_name(view.table, "verticalScrollBarPolicy", "ScrollBarAlwaysOff")
        inner.rangeChanged.connect(self.follow)
        inner.valueChanged.connect(self.setValue)
        self.valueChanged.connect(inner.setValue)
        self.sliderPressed.connect(lambda: inner.setSliderDown(True))  # no snap mid-drag
        self.sliderReleased.connect(lambda: inner.setSliderDown(False))  # then the snap
        view.installEventFilter(self)
        self.follow()

    def follow(self, *_range: int) -> None:
        """The list's range and page; shown only while there is something to scroll."""
        inner = self.inner
        self.setRange(inner.minimum(), inner.maximum())
        self.setPageStep(inner.pageStep())
        self.setSingleStep(inner.singleStep())
        self.setValue(inner.value())
        self.setVisible(inner.maximum() > inner.minimum())

    def place(self) -> None:
        """Full height at the right edge; the view's layout keeps its width free."""
        self.ensurePolished()
        width = self.sizeHint().width()
        layout = self.view.layout()
        if layout is not None and layout.contentsMargins().right() != width:
            layout.setContentsMargins(0, 0, width, 0)
            self.view._fit_filters()  # the header's rows over the cards' column again
        self.setGeometry(self.view.width() - width, 0, width, self.view.height())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.StyleChange,
        ):
            self.place()
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self.place()  # a zoom: a wider bar
