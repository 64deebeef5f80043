"""The library's « Continue » card: the one next thing to do, above the list.

The choice is `core.library.recommend`'s (the quiz left half-way, else the unread
article that suits the learner, else the review or a reread); this card only says
it: a larger cover, the title, one line of why, one primary button. The article
keeps its own card in the list too (as Apple Books' "Continue" row does): the
hero is a shortcut, not a move. Hidden while the learner searches or filters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCursor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from quizapp.gui.library.card_marks import paint_progress_bar
from quizapp.gui.window.locale_format import percent
from quizapp.gui.window.qt_names import plain_text, set_by_name
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.library.recommend import Pick
    from quizapp.core.model import Article


class HeroCover(QWidget):
    """The pick's cover tile, larger than a card's (the review: an open book)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = Theme()
        self.seed, self.kind = "review", None
        self.share: float | None = None  # a run's progress, drawn under the tile's motif
        self.side = 96
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.side, self.side)

    def paintEvent(self, event: QPaintEvent) -> None:
        from quizapp.gui.library.cover import paint_cover

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tile = QRectF(0, 0, self.side, self.side)
        paint_cover(painter, tile, self.theme.radius, self.theme.palette, self.seed, self.kind)
        if self.share is not None:  # how far the run went, across the tile's foot
            inset, thick = self.theme.space(1), max(3, self.theme.space(0.5))
            bar = QRectF(inset, self.side - inset - thick, self.side - 2 * inset, thick)
            paint_progress_bar(painter, bar, self.share, self.theme.palette)
        painter.end()


class HeroCard(QFrame):
    """Emits `open_article(Article)` or `review_requested()` from its one button."""

    open_article = Signal(object)
    review_requested = Signal()
    more_requested = Signal()  # every article read: « Add your own articles »

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("library_hero")
        self.pick: Pick | None = None
        self.due_parts = ""  # what waits in review, in the chip's nouns (next_up)
        self.section: QLabel | None = None  # "All articles" under the card, the view's
        self.article: Article | None = None
        self.cover = HeroCover(self)
        self.eyebrow = QLabel(self)
        self.eyebrow.setObjectName("hero_eyebrow")
        self.title = QLabel(self)
        self.title.setObjectName("hero_title")
        self.why = QLabel(self)
        self.why.setProperty("type", "body")
        self.why.setProperty("tone", "muted")
        for label in (self.eyebrow, self.title, self.why):
            plain_text(label)
            label.setMinimumWidth(1)
        self.title.setWordWrap(True)
        self.why.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("hero_button")
        self.button.setProperty("primary", "true")
        self.button.setAutoDefault(True)  # Enter on the focused button, as Space
        self.more = QPushButton(self)  # a quiet link: the card keeps one primary button
        self.more.setObjectName("hero_more")
        self.more.setFlat(True)
        self.more.hide()
        self.more.clicked.connect(self.more_requested)
        self.grid = QGridLayout(self)  # rows 0 and 5 stretch: the words centred by the cover
        self.grid.addWidget(self.cover, 0, 0, 6, 1)
        self.grid.addWidget(self.eyebrow, 1, 1)
        self.grid.addWidget(self.title, 2, 1)
        self.grid.addWidget(self.why, 3, 1)
        self.grid.addWidget(self.more, 4, 1, Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(0, 1)
        self.grid.setRowStretch(5, 1)
        self.wide = True
        self._place_button(True)
        self.button.clicked.connect(self._go)
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.hide()

    # -- what it shows --------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.cover.theme = theme
        t = theme
        self.grid.setContentsMargins(t.padding, t.padding, t.padding, t.padding)
        self.grid.setHorizontalSpacing(t.space(2))
        self.grid.setVerticalSpacing(t.space(0.5))
        self.cover.update()

    def show_pick(self, pick: Pick | None, article: Article | None) -> None:
        """The recommendation (None: nothing to propose, the card hides)."""
        self.pick, self.article = pick, article
        if pick is not None and pick.kind != "review" and article is None:
            self.pick = None
        if self.pick is None:
            return
        from quizapp.core.library.topic_names import topic_kind

        self.cover.seed = article.id if article is not None else "review"
        self.cover.kind = topic_kind(article.tags) if article is not None else None
        at = self.pick.at
        self.cover.share = (at[0] - 1) / max(1, at[1]) if at else None
        self.retranslate_ui()

    def fit(self, width: int, theme: Theme, compact: bool = False) -> None:
        """The cover a little larger than a card's; the button beside the text, or under
        it when the column is narrow (a large zoom in a small window). `compact` (a
        short window): a card-sized cover and one line of why, so the list keeps room."""
        lines = self.fontMetrics().lineSpacing()
        wide = width >= theme.space(75)
        big = wide and not compact
        self.cover.side = round(max(lines, theme.px("body") * 1.3) * (6 if big else 3.4))
        self.why.setWordWrap(not compact)
        self.cover.updateGeometry()
        if wide != self.wide:
            self._place_button(wide)

    def _place_button(self, wide: bool) -> None:
        self.wide = wide
        self.grid.removeWidget(self.button)
        if wide:
            self.grid.addWidget(self.button, 0, 2, 6, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.grid.addWidget(self.button, 6, 1, 1, 1, Qt.AlignmentFlag.AlignRight)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.setAccepted(event.button() == Qt.MouseButton.LeftButton)  # its release: ours

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """The whole card is the way in, as its button is (a bigger target)."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._go()
        super().mouseReleaseEvent(event)

    def _go(self) -> None:
        if self.pick is None:
            return
        if self.pick.kind == "review":
            self.review_requested.emit()
        elif self.article is not None:
            self.open_article.emit(self.article)

    # -- words ------------------------------------------------------------------------
    def texts(self) -> tuple[str, str, str, str]:
        """(eyebrow, title, why, button) for the current pick."""
        pick, article = self.pick, self.article
        if pick is None:
            return "", "", "", ""
        title = article.title if article is not None else ""
        if pick.kind == "resume":
            if pick.at is None:
                why = self.tr("Resume where you stopped")
            else:
                why = self.tr("Resume at question %1 of %2")
                why = why.replace("%1", str(pick.at[0])).replace("%2", str(pick.at[1]))
            return self.tr("Continue"), title, why, self.tr("Resume")
        if pick.kind == "new":
            level = article.level.value if article is not None else ""
            if pick.new_words:
                why = self.tr("New · %n new word(s) for you", "", pick.new_words)
            else:
                why = self.tr("New · level %1").replace("%1", level)
            return self.tr("Recommended for you"), title, why, self.tr("Read")
        if pick.kind == "review":
            if self.due_parts:  # the review chip's own words: « 2 mots, 1 question »
                why = self.tr("%1 to review: a few minutes").replace("%1", self.due_parts)
            else:
                why = self.tr("%n word(s) or question(s) due: a few minutes", "", pick.due)
            heading = self.tr("Every article read: keep what you learnt")
            return self.tr("Next step"), heading, why, self.tr("Review now")
        why = self.tr("Your best so far: %1. Read it again to do better.")
        why = why.replace("%1", percent(pick.best or 0.0))
        return self.tr("Every article read"), title, why, self.tr("Read again")

    def retranslate_ui(self) -> None:
        if self.section is not None:
            self.section.setText(self.tr("All articles").upper())
        eyebrow, title, why, button = self.texts()
        level = self.article.level.value if self.article is not None else ""
        self.eyebrow.setText(" · ".join(p for p in (eyebrow.upper(), level) if p))
        self.title.setText(title)
        self.why.setText(why)
        self.button.setText(button)
        self.more.setText(self.tr("Add your own articles…"))
        self.more.setVisible(self.pick is not None and self.pick.kind in ("review", "reread"))
        self.button.setAccessibleName(f"{button}: {title}" if title else button)
        self.button.setAccessibleDescription(f"{eyebrow}. {why}")
        self.setAccessibleName(f"{eyebrow}: {title}")
        set_by_name(self.title, "alignment", "AlignLeft|AlignVCenter")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
