"""The reading screen: a toolbar, a banner for file problems, the passage, and a
side area where the quiz panel lives once a quiz starts (beside the passage, or
in its place in a narrow window: `columns.py`)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui.reading import chrome
from quizapp.gui.reading.banner import Banner
from quizapp.gui.reading.card_place import CardPlacement
from quizapp.gui.reading.columns import Columns
from quizapp.gui.reading.end_card import EndCard
from quizapp.gui.reading.first_hint import ReadingHint
from quizapp.gui.reading.gloss_card import GlossPopover
from quizapp.gui.reading.legend import HighlightLegend, shown_roles
from quizapp.gui.reading.passage import PassageView

if TYPE_CHECKING:  # pragma: no cover - the glossing engine loads on first click
    from quizapp.core.gloss.index import GlossHit
    from quizapp.core.model import Article
    from quizapp.gui.window.theme import Theme


class ReadingView(CardPlacement, QWidget):
    """Reading one article; emits `quiz_requested` for the quiz helper to answer."""

    quiz_requested = Signal()
    back_requested = Signal()
    problems_requested = Signal()
    add_word_requested = Signal(str, str, str, str)  # sentence id, word, headword, gloss
    remove_word_requested = Signal(str)  # a headword taken back out of My words
    side_panel_changed = Signal()  # a quiz came beside the passage, or went

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.article: Article | None = None
        self.back_button = QToolButton(self)
        self.parallel_button = QToolButton(self)
        self.quiz_button = QToolButton(self)
        for button in (self.back_button, self.parallel_button, self.quiz_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves J/K to the passage
        self._fit_icons()
        self.quiz_button.setProperty("primary", "true")  # the screen's one accent action
        self.parallel_button.setProperty("toggle", "true")

        self.banner = Banner(self)
        self.passage = PassageView(self)
        self.column = QWidget(self)  # the passage with its legend just above it
        self.column.setObjectName("passage_column")
        self.column.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.tip = ReadingHint(self, self.column)  # the first-time tip (first_hint.py)
        self.hint = self.tip.label
        self.legend = HighlightLegend(self.column)
        self.legend.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.legend.hide()
        stack = QVBoxLayout(self.column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        stack.addWidget(self.tip)
        stack.addWidget(self.legend)
        stack.addWidget(self.passage, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.column)
        self._side: QWidget | None = None
        self.popover: GlossPopover | None = None
        self.dictionaries: Any = None  # the window's DictionaryService, once it exists
        self.saves_lookups = lambda: False  # the progress bridge's: a look-up kept in My words
        self.columns = Columns(self)
        self.toolbar = chrome.build_toolbar(self)
        self.end_card = EndCard(self)  # after the last paragraph, while no quiz shows

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.passage)
        self.setTabOrder(self.back_button, self.columns.switch.text_button)
        self.setTabOrder(self.columns.switch.text_button, self.columns.switch.quiz_button)
        self.setTabOrder(self.columns.switch.quiz_button, self.parallel_button)
        self.setTabOrder(self.parallel_button, self.quiz_button)
        self.setTabOrder(self.quiz_button, self.passage)

        self.passage.word_looked_up.connect(self._show_gloss)
        self.passage.word_looked_up.connect(self._word_hint_learnt)
        self.passage.look_up_done.connect(self._place_pending)
        self.passage.locate_mode_changed.connect(self._update_hint)
        self.passage.locate_mode_changed.connect(self.end_card.refresh)
        self.passage.translations_changed.connect(self._update_hint)
        self.passage.highlights_changed.connect(self._update_legend)
        self.passage.viewport().installEventFilter(self)
        self.passage.installEventFilter(self)  # its width sets the legend's margin
        self.passage.verticalScrollBar().valueChanged.connect(self.close_popover)
        self.banner.details_requested.connect(self.problems_requested)
        self.retranslate_ui()

    # -- wiring with the window's actions ---------------------------------------
    def set_toolbar_actions(self, back: QAction, parallel: QAction, quiz: QAction) -> None:
        self.back_button.setDefaultAction(back)
        self.parallel_button.setDefaultAction(parallel)
        for action in (back, parallel):  # a new language resets the buttons' words
            action.changed.connect(self._fit_toolbar)
        self._actions = (back, parallel, quiz)
        words = partial(chrome.quiz_words, self, quiz)  # the way on, said short
        self._follow_quiz = chrome.mirror(self.quiz_button, quiz, words, self.end_card.go)
        self.end_card.state_changed.connect(self.retranslate_ui)

    def set_theme(self, theme: Theme) -> None:
        """Icons in the theme's colours (a style's glyphs are dark); the columns re-measure."""
        from quizapp.gui.window.theming import arrow_icon, tinted

        self.columns.update()
        chrome.set_toolbar_theme(self.toolbar, theme)
        self._update_hint()  # its one line, at the new size
        if self.popover is not None:
            self.popover.set_theme(theme)
        if not getattr(self, "_actions", None):
            return
        back, parallel, quiz = self._actions
        style = self.style()
        p = theme.palette
        back.setIcon(arrow_icon(p.text))
        play = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        quiz.setIcon(tinted(play, p.accent))  # in the menu
        chrome.quiz_emphasis(self, theme)  # on the primary fill, or quiet once the quiz is done
        parallel.setIcon(chrome.switch_icon(theme, self.parallel_button.iconSize().height()))
        self._fit_toolbar()  # the row's right end mirrors the arrow it now has

    # -- content --------------------------------------------------------------
    def set_article(self, article: Article, keep_place: bool = False) -> None:
        self.article = article
        if not keep_place:
            self.banner.hide()
            self.close_popover()
            self.end_card.new_visit()
        self.passage.set_article(article, keep_place=keep_place)
        self.end_card.refresh()

    def show_file_problems(self, count: int) -> None:
        self.banner.show_problems(count)

    def hide_file_problems(self) -> None:
        self.banner.hide()

    def start_quiz(self) -> None:
        if self.article is not None and self.article.questions:  # an own text has none
            self.quiz_requested.emit()

    # -- side panel (the quiz) ----------------------------------------------------
    def set_side_panel(self, widget: QWidget | None) -> None:
        """Put `widget` to the right of the passage, or remove the side panel (None)."""
        if self._side is not None and self._side is not widget:
            self._side.hide()
            self._side.setParent(None)
        self._side = widget
        self.passage.set_cursor_hidden(widget is not None)  # the quiz: only evidence is marked
        self._update_legend()
        if widget is not None:
            self.splitter.addWidget(widget)
            widget.show()
            self.columns.wire(widget)
        self.columns.update(entering=True)
        self._fit_toolbar()  # "Text | Questions" may have joined the row
        self.end_card.refresh()  # the quiz hides the end of text's card
        self._update_hint()
        self.side_panel_changed.emit()

    def side_panel(self) -> QWidget | None:
        return self._side

    # -- glosses ----------------------------------------------------------------
    def _ensure_popover(self) -> GlossPopover:
        if self.popover is None:
            self.popover = GlossPopover(self)
            self.popover.set_theme(self.passage.theme())
            self.popover.grown.connect(self._place_again)
            self.popover.closed.connect(self._popover_closed)
            self.popover.add_word_requested.connect(self.add_word_requested)
            self.popover.remove_word_requested.connect(self.remove_word_requested)
            self.popover.folder_requested.connect(self._open_dictionaries_folder)
        return self.popover

    def _show_gloss(self, sentence_id: str, word: str, hit: GlossHit | None) -> None:
        popover = self._ensure_popover()
        span = self.passage.gloss_highlight() or (sentence_id, 0, 1)
        shown, english = self.passage.translation_shown(sentence_id), self._english(sentence_id)
        service = self.dictionaries
        if hit is None and service is not None and self.article is not None:
            result = service.result(self.article, sentence_id, span[1])
            popover.folder_hint = str(service.folder)
            hint = not result.found and service.take_hint()
            popover.show_result(
                sentence_id,
                word,
                result.answers,
                bool(result.consulted),
                hint,
                english_shown=shown,
                english=english,
            )
        else:
            if hit is not None and self.article is not None:  # the whole form the entry explains
                word = self.article.sentence(sentence_id).fr[hit.start : hit.end]
            entries = [hit.entry] if hit is not None else []
            popover.show_entries(sentence_id, word, entries, shown, english, self.saves_lookups)
        self._place_later(popover, span)

    def _english(self, sentence_id: str) -> str:
        """The sentence's English for the card; none while a cloze hides the sentence."""
        if self.article is None or sentence_id in self.passage.masked():
            return ""
        return self.article.sentence(sentence_id).en

    def _open_dictionaries_folder(self) -> None:
        if self.dictionaries is not None:
            self.dictionaries.open_folder()

    def show_sentence_glosses(self) -> None:
        """Every glossed word of the current sentence, for keyboard users (G)."""
        passage = self.passage
        sid = passage.current()
        if self.article is None:
            return
        if sid is None:
            passage.move_current(1)
            sid = passage.current()
        if sid is None:
            return
        entries = []
        for hit in self.article.gloss_index.hits(sid):
            if hit.entry not in entries:
                entries.append(hit.entry)
        popover = self._ensure_popover()
        popover.show_entries(sid, "", entries, passage.translation_shown(sid), self._english(sid))
        self._place_beside(popover, sid)

    def _popover_closed(self) -> None:
        self._undock()
        self._hide_notch()
        self.passage.set_gloss_highlight(None)
        self._update_hint()
        focus = QApplication.focusWidget()
        popover = self.popover
        if popover is not None and (focus is None or popover.isAncestorOf(focus)):
            self.passage.setFocus(Qt.FocusReason.PopupFocusReason)  # keys go back to the text

    def close_popover(self) -> None:
        if self._placing:  # the passage scrolls to make room for the card
            return
        if self.popover is not None and self.popover.isVisible():
            had_focus = self.popover.isAncestorOf(self.focusWidget() or self)
            self.popover.close()
            if had_focus:
                self.passage.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A press anywhere in the passage closes the card, like a popup."""
        if event.type() == QEvent.Type.MouseButtonPress:
            self.close_popover()
        elif event.type() == QEvent.Type.Resize and watched is self.passage:
            self._align_legend()
            self._hold_card()
        return super().eventFilter(watched, event)

    def _hold_card(self) -> None:
        """The passage is about to be laid out again (a status message took a line of the
        window, a dock came or went): its keep-the-place scroll must not close an open
        card; the card is placed again by its word once the layout has settled."""
        if self.popover is None or not self.popover.isVisible() or self._placing:
            return
        self._placing = True

        def settle() -> None:
            self._placing = False
            self._place_again()

        QTimer.singleShot(0, settle)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():  # the text reflows under the card
            self.close_popover()
        self._fit_toolbar()
        self._update_hint()

    def _fit_toolbar(self) -> None:
        chrome.fit_toolbar(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Escape
            and self.popover is not None
            and self.popover.isVisible()
        ):
            self.close_popover()
            return
        super().keyPressEvent(event)

    def _fit_icons(self) -> None:
        """Icons as tall as the text, so they grow with a large system font."""
        side = max(16, self.fontMetrics().height())
        for button in (self.back_button, self.quiz_button):
            button.setIconSize(QSize(side, side))
        self.parallel_button.setIconSize(QSize(round(side * chrome.SWITCH_RATIO), side))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_icons()
            self._fit_toolbar()
        super().changeEvent(event)

    def _update_legend(self) -> None:
        """The legend, whenever a highlight it explains is in view (reading or quiz)."""
        passage = self.passage
        quiz = self._side is not None or passage.locate_mode()
        roles = shown_roles(passage, quiz)  # legend.py: one chip per highlight in view
        picking = not self.columns.bar.isHidden()
        if picking:  # narrow, picking: the bar's pill says it, the text keeps the line
            roles = set()
        keep = (quiz or bool(roles)) and not picking
        self.legend.show_roles(roles, keep_room=keep)
        self._align_legend()

    def _align_legend(self) -> None:
        """The legend: a strip over the passage (never over its text), its words where
        the text starts, right above the highlights it explains."""
        left = round(self.passage.document().rootFrame().frameFormat().leftMargin())
        pad = self.passage.theme().space(0.6)
        self.tip.align()
        if self.legend.isHidden():
            return
        self.legend.layout().setContentsMargins(left, pad, left, pad + 1)  # + its hairline
        self.legend.setFixedHeight(2 * pad + 1 + self.legend.line_height())  # empty or not

    def _settings(self) -> Any:
        return getattr(self.window(), "settings", None)

    def _word_hint_learnt(self) -> None:
        """A first looked-up word: the learner knows what a click does; the tip goes with
        the card (`_popover_closed`): gone now, it would move the text under the card."""
        settings = self._settings()
        if settings is not None and not settings.word_hint_done:
            settings.word_hint_done = True

    def _update_hint(self) -> None:
        """The first-time tip above the passage (first_hint.py)."""
        self.tip.refresh()

    def retranslate_ui(self) -> None:
        self._update_hint()
        self.hint.setAccessibleName(self.tr("How to read"))
        self.passage.setAccessibleName(self.tr("Article text"))
        self.passage.setAccessibleDescription(
            self.tr(
                "Up and Down move between sentences, T shows the current sentence in English,"
                " G lists its glossed words."
            )
        )
        follow = getattr(self, "_follow_quiz", None)
        if follow is not None:  # start, resume or redo: the end card's state
            follow()
            chrome.quiz_emphasis(self)
            self._fit_toolbar()
        for button, name in (
            (self.back_button, self.tr("Back to the library")),
            (self.parallel_button, self.tr("English translation")),
            (self.quiz_button, self.quiz_button.text() or self.tr("Start the quiz")),
        ):
            button.setAccessibleName(name)
            action = button.defaultAction()
            tip = action.toolTip() if action else button.toolTip()  # the quiz's: mirrored
            button.setAccessibleDescription(tip or name)
