"""The one way back to the library, the same quiet link on every page: top left, an
arrow in the text's colour and « Back to the library », as the reader's toolbar has it.

History, Review my mistakes, My words and Review put it above their title, so the
learner finds the way back in one place wherever they are. Its look is in
window/stylesheet_nav.py (the reading toolbar's quiet button, outside that toolbar).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QStyle, QToolButton, QVBoxLayout, QWidget


class BackLink(QToolButton):
    """A flat tool button with the back arrow, re-tinted when the theme or zoom changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("back_link")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoRaise(True)
        self.retranslate_ui()
        self._fit()

    def retranslate_ui(self) -> None:
        text = QCoreApplication.translate("BackLink", "Back to the library")
        self.setText(text)
        keys = QKeySequence("Alt+Left").toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(f"{text} ({keys})")  # the window's shortcut (window/shortcuts.py)
        self.setAccessibleName(text)

    def _fit(self) -> None:
        """The drawn ← as tall as the text, in the theme's text colour."""
        from quizapp.gui.window.theming import arrow_icon

        # the style's icons loaded here as before the drawn arrow: without it the
        # library's review chip was measured narrower than it then painted
        # (tests/gui/progress/test_progress_look.py); the cause is not found yet
        self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack)

        side = max(12, self.fontMetrics().height())
        self.setIconSize(QSize(side, side))
        hub = getattr(self.window(), "theme_hub", None)
        colour = hub.theme.palette.text if hub is not None else self.palette().text().color().name()
        self.setIcon(arrow_icon(colour))

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif kind in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.ParentChange,
        ):
            self._fit()
        super().changeEvent(event)


def page_with_back(page: QWidget, link: BackLink, column: QWidget) -> None:
    """`page`'s layout: the link at the top left of the window (where the reader's is),
    then `column` centred under it, its title first."""
    layout = QVBoxLayout(page)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(link)
    row.addStretch(1)
    layout.addLayout(row)
    centred = QHBoxLayout()
    centred.addStretch(1)
    centred.addWidget(column, 100)
    centred.addStretch(1)
    layout.addLayout(centred, 1)
