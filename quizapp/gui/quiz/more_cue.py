"""« More ↓ » under a scroll area while more lies below its faded edge.

At the largest zoom in a small window a question's last option, an order's last item,
a bank's last row or the explanation's last line sat under the bottom fade, and the
fade alone did not say "there is more". The cue is a small link in a strip of its own
under the viewport (the scroll area's bottom margin), so it never covers an option or
a field; a click scrolls on by a page (the faded lines at the top), or to `target`
(the summary's « Your answers ») while that is still below. At the bottom it goes, and
its strip with it. Not in the Tab order: Tab already scrolls the focus into view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

ARROW = "\u00a0↓"


class MoreCue(QPushButton):
    """A link under `scroll`'s viewport while more lies below; a click scrolls on."""

    def __init__(self, scroll: QScrollArea, target: QWidget | None = None):
        super().__init__(scroll)
        self.scroll = scroll
        self.target = target  # scrolled to first while it is below the viewport
        self.target_text = ""
        self.band = 0  # the fade's height: a page on keeps that much in view at the top
        self._placing = False
        self.setProperty("morecue", "true")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.scroll_on)
        self.hide()
        bar = scroll.verticalScrollBar()
        bar.valueChanged.connect(self.place)
        bar.rangeChanged.connect(self.place)
        self.view = scroll.viewport()  # kept: asked of a scroll area being deleted, it fails
        self.view.installEventFilter(self)
        if target is not None:
            target.installEventFilter(self)  # moved by its column's layout: say anew
        self.retranslate()

    def retranslate(self, target_text: str = "") -> None:
        """Its words; `target_text` (« Your answers ») while the target is below."""
        self.target_text = target_text
        self.setToolTip(QCoreApplication.translate("MoreCue", "Scroll down to see the rest"))
        self._say()

    def _say(self) -> None:
        ahead = self._target_below()
        text = self.target_text if ahead and self.target_text else ""
        text = text or QCoreApplication.translate("MoreCue", "More")
        self.setText(text + ARROW)
        self.setAccessibleName(text)

    def more(self) -> bool:
        """Whether the body runs on below what the viewport would show with the strip
        given back: the same answer with or without the strip, so it never flips on its
        own (the body's height, not the scroll bar's range, which lags a re-layout)."""
        body = self.scroll.widget()
        if body is None or not self.scroll.isEnabled():
            return False
        room = self.scroll.viewport().height() + self.scroll.viewportMargins().bottom()
        return body.height() - self.scroll.verticalScrollBar().value() > room

    def strip(self) -> int:
        """The strip's height while the cue shows (the viewport's bottom margin)."""
        return self.sizeHint().height()

    def place(self, *_args: int) -> None:
        """On a scroll bar's change: the strip while more lies below, none at the bottom;
        checked again on the next turn once the strip came or went (the body re-laid out
        under it). Not re-entered: the strip's own resize of the viewport waits for that."""
        if self._placing:
            return
        self._placing = True
        try:
            more = self.more()
            strip = self.strip() if more else 0
            margins = self.scroll.viewportMargins()
            if margins.bottom() != strip:  # at the bottom the viewport takes it back
                self.scroll.setViewportMargins(
                    margins.left(), margins.top(), margins.right(), strip
                )
                QTimer.singleShot(0, self, self.place)
            self.setVisible(more)
            self._put()
        finally:
            self._placing = False

    def _put(self) -> None:
        """Centred in the strip under the viewport."""
        if self.isHidden():
            return
        self._say()
        view = self.scroll.viewport().geometry()
        width = min(self.sizeHint().width(), view.width())
        left = view.left() + (view.width() - width) // 2
        self.setGeometry(left, view.bottom() + 1, width, self.strip())
        self.raise_()

    def _target_below(self) -> bool:
        body, target = self.scroll.widget(), self.target
        if body is None or target is None or not body.isAncestorOf(target):
            return False
        if not target.isVisibleTo(body):
            return False
        top = target.mapTo(self.scroll.viewport(), QPoint(0, 0)).y()
        return top > self.scroll.viewport().height() - self.band

    def scroll_on(self) -> None:
        """To the target while it is below; else a page on, the faded lines kept on top."""
        bar = self.scroll.verticalScrollBar()
        if self._target_below() and self.target is not None:
            body = self.scroll.widget()
            bar.setValue(self.target.mapTo(body, QPoint(0, 0)).y())
            return
        bar.setValue(bar.value() + max(bar.singleStep(), bar.pageStep() - self.band))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._put()  # the viewport's new place (its range follows, then `place`)
        elif watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Show):
            self._put()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate(self.target_text)  # the summary says its target's anew
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.place()  # another zoom: another strip
