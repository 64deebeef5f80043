"""The end card's way on once its quiz is done (`core.library.end_ways` decides it):
the primary's words and its caption, the achievement line once every article is read
(« You have read all 15 articles », said over the way on, never as an apology), and
the quiet links under the primary (« Paste a text of your own », « Back to the
library », « Reread another article: <title> »), each a text link, one per line.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from quizapp.core.library import end_ways
from quizapp.core.library.end_ways import Ways
from quizapp.gui.window.locale_format import percent


class Pick(NamedTuple):
    """The library's way on after the article: its title, kind (`recommend.way_on`'s)
    and best share (0–1, None unread); ("", "", None) for none."""

    title: str = ""
    kind: str = ""
    best: float | None = None


def primary_words(ways: Ways, pick: Pick) -> tuple[str, str]:
    """The primary button's words and the caption beside it ("" for none)."""
    translate = QCoreApplication.translate
    if ways.primary == end_ways.NEXT:
        return translate("EndWay", "Next article →"), pick.title
    if ways.primary == end_ways.EXAM:
        words = translate("EndWay", "Redo as an exam")
        if ways.exam_here:  # this article's best score is said over the button
            return words, ""
        caption = translate("EndWay", "%1 · best score %2")
        return words, caption.replace("%1", pick.title).replace("%2", percent(pick.best or 0.0))
    if ways.primary == end_ways.OWN:
        words = translate("EndWay", "Paste a text of your own")
        return words, translate("EndWay", "Any French text: an article, a page, a chapter")
    return "", ""


class WayLinks(QWidget):
    """The quiet ways beside the primary: text links, one per line, centred."""

    own_requested = Signal()
    library_requested = Signal()
    reread_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: dict[str, QPushButton] = {}
        signals = {
            end_ways.OWN: self.own_requested,
            end_ways.LIBRARY: self.library_requested,
            end_ways.REREAD: self.reread_requested,
        }
        for name, signal in signals.items():
            button = QPushButton(self)
            button.setObjectName(f"end_link_{name}")
            button.setProperty("link", "true")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(signal)
            button.hide()
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons[name] = button
        self._whole: dict[str, str] = {}
        self.hide()

    def show_ways(self, quiet: tuple[str, ...], reread_title: str) -> None:
        """The links `quiet` names, in its order; the reread names its article."""
        layout = self.layout()
        for at, name in enumerate(quiet):
            layout.removeWidget(self.buttons[name])
            layout.insertWidget(at, self.buttons[name], 0, Qt.AlignmentFlag.AlignHCenter)
        words = {
            end_ways.OWN: QCoreApplication.translate("EndWay", "Paste a text of your own"),
            end_ways.LIBRARY: QCoreApplication.translate("EndWay", "Back to the library"),
            end_ways.REREAD: QCoreApplication.translate(
                "EndWay", "Reread another article: %1"
            ).replace("%1", reread_title),
        }
        self._whole = {name: words[name] for name in quiet}
        for name, button in self.buttons.items():
            button.setVisible(name in quiet)
            button.setText(words[name])
            button.setToolTip(words[name] if name == end_ways.REREAD else "")
            button.setAccessibleName(words[name])
        self.setVisible(bool(quiet))

    def fit(self, room: int) -> None:
        """Each link's words cut with « … » to `room` pixels (the whole in its tooltip)."""
        elide = Qt.TextElideMode.ElideRight
        for name, whole in self._whole.items():
            button = self.buttons[name]
            button.setText(button.fontMetrics().elidedText(whole, elide, max(1, room)))
