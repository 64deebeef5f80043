"""The library's « Continue » card: the one next thing to do, above the list.

The choice is `core.library.recommend`'s (the quiz left half-way, else the unread
article that suits the learner, else the review or a reread); this card only says
it: a larger cover, the title, one line of why, one primary button. The list under
it leaves that article out (« More articles »): the same card twice, one above the
other, read as a glitch. Hidden while the learner searches or filters, when the
list has every article again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from quizapp.gui.library.card_marks import paint_progress_bar
from quizapp.gui.window.level_badge import LevelBadge
from quizapp.gui.window.locale_format import percent, ui_locale
from quizapp.gui.window.qt_names import plain_text, set_by_name
from quizapp.gui.window.theme import Theme

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.library.recommend import Pick
    from quizapp.core.model import Article


ASKED = ("A1", "A2", "B1", "B2", "C1")  # the levels a learner may say (the bank's are shown)
ROWS = 7  # the card's grid: a stretch, eyebrow, title, English, why, link, a stretch


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
    exam_requested = Signal(object)  # every article read, this one below 100 %: an exam
    own_requested = Signal()  # every article at 100 %: a text of the learner's own
    level_chosen = Signal(str)  # « Your level? A2 · B1 · B2 · C1 »: a chip clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("library_hero")
        self.pick: Pick | None = None
        self.due_parts = ""  # what waits in review, in the chip's nouns (next_up)
        self.section: QLabel | None = None  # "More articles · 5" under the card, the view's
        self.listed = (0, False)  # the list's cards, and whether it leaves this one out
        self.article: Article | None = None
        self.asked: tuple[str, ...] = ()  # the level chips shown (none: a level is known)
        self.cover = HeroCover(self)
        self.top = QWidget(self)  # the level chip (as the list's cards), then why it is here
        self.level = LevelBadge(self.top)  # the one badge: History's lines wear it too
        self.eyebrow = QLabel(self.top)
        self.eyebrow.setObjectName("hero_eyebrow")
        top = QHBoxLayout(self.top)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.level)
        top.addWidget(self.eyebrow, 1)
        self.top_row = top
        self.title = QLabel(self)
        self.title.setObjectName("hero_title")
        self.english = QLabel(self)  # the English title, as the list's cards have it
        self.english.setObjectName("hero_english")
        self.why = QLabel(self)
        for label in (self.english, self.why):
            label.setProperty("type", "body")
            label.setProperty("tone", "muted")
        for label in (self.eyebrow, self.title, self.english, self.why):
            plain_text(label)
            label.setMinimumWidth(1)
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
        self.ask = QWidget(self)  # no level said and no result yet: the card asks it
        self.ask.setObjectName("hero_ask")
        self.ask_label = QLabel(self.ask)
        self.ask_label.setProperty("tone", "muted")
        plain_text(self.ask_label)
        row = QHBoxLayout(self.ask)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ask_label)
        self.chips: dict[str, QPushButton] = {}
        for level in ASKED:
            chip = self.chips[level] = QPushButton(level, self.ask)
            chip.setProperty("level_choice", level)  # the welcome card's pills
            chip.setAutoDefault(True)
            chip.clicked.connect(lambda _c=False, lv=level: self._choose(lv))
            row.addWidget(chip)
        row.addStretch(1)
        self.ask.hide()
        self.grid = QGridLayout(self)  # rows 0 and 6 stretch: the words centred by the cover
        self.grid.addWidget(self.cover, 0, 0, ROWS, 1)
        self.grid.addWidget(self.top, 1, 1)
        self.grid.addWidget(self.title, 2, 1)
        self.grid.addWidget(self.english, 3, 1)
        self.grid.addWidget(self.why, 4, 1)
        self.grid.addWidget(self.ask, 4, 1)  # instead of the why: one or the other
        self.grid.addWidget(self.more, 5, 1, Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(0, 1)
        self.grid.setRowStretch(ROWS - 1, 1)
        self.wide = True
        self.tiny = False  # `fit`: the cover, the why and the link left out
        self.bare = False  # tiny and still too tall for the window: the English left out too
        self.room = 0  # the words' width: the title's two lines are laid out in it
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
        self.top_row.setSpacing(t.space(1))
        self.cover.update()

    def show_pick(
        self, pick: Pick | None, article: Article | None, asked: tuple[str, ...] = ()
    ) -> None:
        """The recommendation (None: nothing to propose, the card hides); `asked`: the
        levels to offer when the learner has said none and has no result yet."""
        self.pick, self.article = pick, article
        self.asked = asked if pick is not None and pick.kind == "new" else ()
        for level, chip in self.chips.items():
            chip.setVisible(level in self.asked)
        self._show_parts()
        if pick is not None and pick.kind != "review" and article is None:
            self.pick = None
        if self.pick is None:
            return
        from quizapp.core.library.cover_subject import cover_kind

        self.cover.seed = article.id if article is not None else "review"
        self.cover.kind = cover_kind(article.tags, article.title) if article else None
        if self.proposes_own():  # the learner's own text: its page-and-pencil cover
            self.cover.kind = "own"
        at = self.pick.at
        self.cover.share = (at[0] - 1) / max(1, at[1]) if at else None
        self.retranslate_ui()

    def fit(self, width: int, theme: Theme, compact: bool = False, tiny: bool = False) -> None:
        """The cover a little larger than a card's; the button beside the text, or under
        it when the column is narrow (a large zoom in a small window). `compact` (a
        short window): a card-sized cover and one line of why, so the list keeps room;
        `tiny` (shorter still): only its label, level, title and button, never gone."""
        lines = self.fontMetrics().lineSpacing()
        wide = width >= theme.space(75)
        big = wide and not compact
        self.cover.side = round(max(lines, theme.px("body") * 1.3) * (6 if big else 3.4))
        self.why.setWordWrap(not compact)
        # fixed, not only hinted: the grid's cached hint kept the tall tile's row (a
        # compact card as tall as the big one, its words far from a small cover)
        self.cover.setFixedSize(self.cover.side, self.cover.side)
        if tiny != self.tiny:
            self.tiny = tiny
            self.cover.setVisible(not tiny)
            self.title.setProperty("small", "true" if tiny else "false")
            self.title.style().unpolish(self.title)
            self.title.style().polish(self.title)
            self._show_parts()
        wide = wide or tiny  # one row: the button beside the words, when the title fits
        beside = self.button.sizeHint().width() + theme.space(2)
        words = width - 2 * theme.padding - (0 if tiny else self.cover.side + theme.space(2))
        self.room = words - beside if wide else words
        if tiny and self._set_title():  # the title cut: the button under it instead
            wide, self.room = False, words
            self._set_title()
        if wide != self.wide:
            self._place_button(wide)
        # laid out again now: a hidden card's posted request is dropped, and a card that
        # keeps its size is not laid out again (its words stayed a tall cover's width away)
        self.grid.invalidate()
        self.grid.activate()

    def _set_title(self) -> bool:
        """The title on two lines at most, cut at a word after that (the whole in the
        tooltip), and the English title under it (one line on a small card); True when
        the title had to be cut."""
        from quizapp.core.gloss.typography import display, unbreakable_hyphens
        from quizapp.gui.library.card_marks import title_lines

        full = self.texts()[1]
        self.ensurePolished()
        lines = title_lines(full, self.title.font(), max(1, self.room)) if full else []
        self.title.setText("\n".join(lines))
        cut = " ".join(lines).split() != unbreakable_hyphens(display(full)).split()
        self.title.setToolTip(full if cut else "")
        english = (self.article.title_en or "") if self.article is not None else ""
        shown = self.pick is not None and self.pick.kind != "review" and not self.proposes_own()
        english = english if shown and self.cover.theme.english_titles else ""
        said = title_lines(english, self.english.font(), max(1, self.room)) if english else []
        if len(said) > 1 and (self.tiny or not self.why.wordWrap()):  # a small card: one line
            said = [one_line(english, self.english.font(), max(1, self.room))]
        self.english.setText("\n".join(said))
        self.english.setVisible(bool(said) and not self.bare)
        return cut

    def _show_parts(self) -> None:
        """The why (or « Your level? ») and the quiet link, unless the card is `tiny`."""
        self.ask.setVisible(bool(self.asked) and not self.tiny)
        self.why.setVisible(not self.asked and not self.tiny)
        linked = self.pick is not None and self.pick.kind in ("review", "reread")
        self.more.setVisible(linked and not self.tiny)

    def _place_button(self, wide: bool) -> None:
        self.wide = wide
        self.grid.removeWidget(self.button)
        if wide:
            self.grid.addWidget(self.button, 0, 2, ROWS, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.grid.addWidget(self.button, ROWS, 1, 1, 1, Qt.AlignmentFlag.AlignRight)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.setAccepted(event.button() == Qt.MouseButton.LeftButton)  # its release: ours

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """The whole card is the way in, as its button is (a bigger target)."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._go()
        super().mouseReleaseEvent(event)

    def _choose(self, level: str) -> None:
        """A level chip: the pick follows it; the keyboard's place goes to the button."""
        keyboard = any(chip.hasFocus() for chip in self.chips.values())
        self.level_chosen.emit(level)
        if keyboard and self.isVisible():
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go(self) -> None:
        if self.pick is None:
            return
        if self.pick.kind == "review":
            self.review_requested.emit()
        elif self.pick.kind == "reread" and self.article is not None:
            # everything read: the end card's rule, never a plain reread
            if self.proposes_own():
                self.own_requested.emit()
            else:
                self.exam_requested.emit(self.article)
        elif self.article is not None:
            self.open_article.emit(self.article)

    def proposes_own(self) -> bool:
        """Every article read and at 100 %: a text of one's own, as the end card says
        (`core.library.end_ways`); below 100 %, the weakest article as an exam."""
        from quizapp.core.library import end_ways

        pick = self.pick
        if pick is None or pick.kind != "reread":
            return False
        return end_ways.after_article(pick.kind, pick.best).primary == end_ways.OWN

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
        if pick.kind == "new":  # what the list's cards say under a title
            from PySide6.QtCore import QCoreApplication

            from quizapp.gui.library.card_marks import meta_parts

            parts = meta_parts(article) if article is not None else []
            if pick.new_words:
                parts.append(
                    QCoreApplication.translate(
                        "CardDelegate", "%n new word(s) for you", "", pick.new_words
                    )
                )
            why = " · ".join(parts)
            if self.asked:  # the easiest, until the learner says their level
                return self.tr("A gentle start"), title, why, self.tr("Read")
            return self.tr("Recommended for you"), title, why, self.tr("Read")
        if pick.kind == "review":
            if self.due_parts:  # the review chip's own words: « 2 mots, 1 question »
                why = self.tr("%1 to review: a few minutes").replace("%1", self.due_parts)
            else:
                why = self.tr("%n word(s) or question(s) due: a few minutes", "", pick.due)
            heading = self.tr("Every article read: keep what you learnt")
            return self.tr("Next step"), heading, why, self.tr("Review now")
        if self.proposes_own():  # every article at 100 %: a text of one's own next
            why = self.tr("Every article read, every quiz at 100%: bring a French text you like")
            heading = self.tr("Read a French text of your own")
            return self.tr("Every article read"), heading, why, self.tr("Paste a text")
        why = self.tr("Your best so far: %1. An exam shows what you have kept.")
        why = why.replace("%1", percent(pick.best or 0.0))
        return self.tr("Every article read"), title, why, self.tr("Redo as an exam")

    def retranslate_ui(self) -> None:
        self.retranslate_section()
        eyebrow, title, why, button = self.texts()
        level = self.article.level.value if self.article is not None else ""
        self.eyebrow.setText(eyebrow.upper())
        if self.level.text() != level or self.level.isHidden() == bool(level):
            self.level.set_level(level)
        self._set_title()
        self.why.setText(why)
        self.button.setText(button)
        self.more.setText(self.tr("Add your own articles…"))
        self.ask_label.setText(self.tr("Your level?"))
        self.ask.setAccessibleName(self.tr("Your level, for the next article"))
        for level, chip in self.chips.items():
            chip.setAccessibleName(self.tr("My level is %1").replace("%1", level))
        self._show_parts()
        self.button.setAccessibleName(f"{button}: {title}" if title else button)
        asking = f"{self.ask_label.text()} {' · '.join(self.asked)}" if self.asked else why
        self.button.setAccessibleDescription(f"{eyebrow}. {asking}")
        said = f"{eyebrow}, {level}" if level else eyebrow
        self.setAccessibleName(f"{said}: {title}")
        set_by_name(self.title, "alignment", "AlignLeft|AlignVCenter")

    def retranslate_section(self) -> None:
        """The list's heading under the card: the other articles, counted."""
        if self.section is None:
            return
        count, aside = self.listed
        words = self.tr("More articles") if aside else self.tr("All articles")
        number = ui_locale().toString(count)
        self.section.setText(f"{words.upper()} · {number}" if count else words.upper())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def one_line(text: str, font: QFont, room: int) -> str:
    """`text` on one line of `room`, cut at a word with « … » glued to it (never inside a word)."""
    metrics, words = QFontMetrics(font), text.split()
    if metrics.horizontalAdvance(text) <= room:
        return text
    while len(words) > 1 and metrics.horizontalAdvance(" ".join(words) + "…") > room:
        words.pop()
    while len(words) > 1 and words[-1] in (":", ";", ",", "—", "–", "-"):
        words.pop()  # no « : » left before the ellipsis
    shown = " ".join(words).rstrip(":;,") + "…"  # glued to its word, as typeset
    return metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
