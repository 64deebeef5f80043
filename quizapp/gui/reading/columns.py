"""Side by side, or one column at a time: the passage and the quiz panel.

A wide window shows the passage and the quiz side by side in the splitter. When
the passage column would hold fewer than PASSAGE_MIN_CHARS characters of passage
type, or the quiz fewer than QUIZ_MIN_EM em of body type (a small window, a large
zoom), squeezing both makes each unreadable: then one column shows at a time and
a segmented switch "Text | Questions" in the toolbar picks it (Ctrl+1, Ctrl+2;
F6 goes to the other one). The widths come from the theme's fonts, so the
switch-over follows the zoom and the learner's base size, not a fixed px width.
One at a time, a `locate` question waiting for its picks brings the text
forward with a bar carrying the question and its Check (locate_bar.py).
Side by side, the divider keeps one share of the width (11 to 9, or where the
learner dragged it) through every resize and zoom: left to QSplitter, its place
followed the window's history and the columns' least widths, and moved when a
`locate` question numbered the sentences. The quiz's summary takes the whole
width (`set_whole`): the result and the answers side by side, until the text is
asked for (a looked-up word's chip) or a question is shown again.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QButtonGroup, QHBoxLayout, QStyle, QToolButton, QWidget

from quizapp.gui.reading import style
from quizapp.gui.reading.locate_bar import LocateBar

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.view import ReadingView

PASSAGE_MIN_CHARS = 32  # a shorter line breaks French phrases apart
QUIZ_MIN_EM = 24  # a question and its options wrap on almost every word below this
PASSAGE_SIDE_EM = 1.5  # the passage's least margin each side (passage.py `_apply_measure`)
TEXT, QUIZ = "text", "quiz"


class ColumnSwitch(QWidget):
    """Two joined checkable buttons, "Text" and "Questions"; one is always on."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("column_switch")
        self.text_button = QToolButton(self)
        self.quiz_button = QToolButton(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for button, segment, name in (
            (self.text_button, "first", TEXT),
            (self.quiz_button, "last", QUIZ),
        ):
            button.setCheckable(True)
            button.setProperty("segment", segment)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, n=name: self.chosen.emit(n))
            self.group.addButton(button)
            layout.addWidget(button)
        self.quiz_button.setChecked(True)
        self.retranslate_ui()

    def column(self) -> str:
        return TEXT if self.text_button.isChecked() else QUIZ

    def set_column(self, which: str) -> None:
        (self.text_button if which == TEXT else self.quiz_button).setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        native = QKeySequence.SequenceFormat.NativeText
        for button, text, tip, key in (
            (self.text_button, self.tr("Text"), self.tr("Show the article"), "Ctrl+1"),
            (self.quiz_button, self.tr("Questions"), self.tr("Show the quiz"), "Ctrl+2"),
        ):
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(f"{tip} ({QKeySequence(key).toString(native)})")
            button.setAccessibleDescription(tip)
        self.setAccessibleName(self.tr("Show the text or the questions"))


class Columns(QObject):
    """Decides between side by side and one at a time, and shows the chosen column."""

    changed = Signal()

    def __init__(self, view: ReadingView):
        super().__init__(view)
        self.view = view
        self.narrow = False
        self.switch = ColumnSwitch(view)
        self._tucked: list[QWidget] = []  # toolbar buttons hidden under a whole-width summary
        self.switch.hide()
        self.switch.chosen.connect(self.show_column)
        self._wired: list[QObject] = []
        self.bar = LocateBar(view.column)
        self.bar.hide()
        view.column.layout().insertWidget(0, self.bar)
        self.bar.check_requested.connect(self._check)
        passage = view.passage
        passage.locate_mode_changed.connect(self._locate_mode_changed)
        passage.locate_changed.connect(self._update_bar)
        self.changed.connect(self._update_bar)
        for key, slot in (
            ("Ctrl+1", lambda: self.show_column(TEXT)),
            ("Ctrl+2", lambda: self.show_column(QUIZ)),
            ("F6", self.toggle),
        ):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.share = 9 / 20  # the quiz's share of the width, side by side
        self.whole = False  # the side panel takes the whole width (the quiz's summary)
        self._text_asked = False  # ... but the text was asked for beside it
        self._reshare = QTimer(self)  # after the splitter has laid out its new width
        self._reshare.setSingleShot(True)
        self._reshare.setInterval(0)
        self._reshare.timeout.connect(self._share)
        view.splitter.splitterMoved.connect(self._dragged)
        view.splitter.installEventFilter(self)

    # -- measuring --------------------------------------------------------------------
    def needs(self) -> tuple[int, int]:
        """The least widths (px) of the passage column and of the quiz, at this zoom."""
        theme = self.view.passage.theme()
        metrics = QFontMetricsF(style.passage_font(theme))
        bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = 2 * PASSAGE_SIDE_EM * theme.px("passage")
        text = metrics.averageCharWidth() * PASSAGE_MIN_CHARS + margins + bar
        return math.ceil(text), math.ceil(QUIZ_MIN_EM * theme.px("body"))

    def fits(self) -> bool:
        text, quiz = self.needs()
        splitter = self.view.splitter
        return splitter.width() >= text + quiz + splitter.handleWidth()

    # -- showing ----------------------------------------------------------------------
    def update(self, entering: bool = False) -> None:
        """Re-decide the mode (a resize, a zoom, the quiz coming or going)."""
        side = self.view.side_panel()
        narrow = side is not None and not self.fits()
        if narrow != self.narrow or entering:
            self.narrow = narrow
            if narrow and entering:
                self.switch.set_column(QUIZ)  # a question was just shown: it comes first
            if narrow and self.view.passage.locate_mode():
                self.switch.set_column(TEXT)  # ... unless it is answered in the text
            self._apply(resize=not narrow)
            self.changed.emit()
        if not narrow and side is not None:
            self._reshare.start()  # the same share at the new width or zoom, once settled
        self._update_bar()  # its margins follow the text's (a resize, a zoom)

    def _apply(self, resize: bool = False) -> None:
        view, side = self.view, self.view.side_panel()
        column = view.column
        if side is None:
            self.switch.hide()
            column.show()
            self._tuck_text_tools(False)
            return
        alone = self.whole and not self._text_asked  # the summary, nothing beside it
        if self.narrow:
            shown = QUIZ if alone else self.switch.column()
            column.setVisible(shown == TEXT)
            side.setVisible(shown == QUIZ)
            self.switch.setVisible(not alone)  # « Text | Questions » has no choice to offer
        else:
            self.switch.hide()
            column.setVisible(not self.whole or self._text_asked)
            side.show()
            if resize:
                self._share()
        self._tuck_text_tools(column.isHidden() and (alone or not self.narrow))
        view.splitter.refresh()

    def _tuck_text_tools(self, tuck: bool) -> None:
        """The summary over the whole width: Listen and English translation would act
        on a text not on screen, so they step aside, and come back as they were."""
        view = self.view
        if tuck:
            for tool in (view.parallel_button, *getattr(view, "toolbar_extras", [])):
                if tool.isVisibleTo(view) and tool not in self._tucked:
                    self._tucked.append(tool)
                    tool.hide()
        else:
            while self._tucked:
                self._tucked.pop().show()

    def _share(self) -> None:
        """Side by side: the share (11 to 9 at first), but neither under its least width."""
        if self.narrow or self.view.side_panel() is None or self.view.column.isHidden():
            return
        text, quiz = self.needs()
        total = max(self.view.splitter.width() - self.view.splitter.handleWidth(), 2)
        right = min(max(round(total * self.share), quiz), max(total - text, total // 3))
        if self.view.splitter.sizes() != [total - right, right]:
            self.view.splitter.setSizes([total - right, right])

    def _dragged(self, *_args: int) -> None:
        """The learner moved the divider: that share is kept from now on."""
        sizes = self.view.splitter.sizes()
        if len(sizes) == 2 and sum(sizes) > 0 and not self.narrow:
            self.share = sizes[1] / sum(sizes)

    def show_column(self, which: str) -> None:
        """Show the text or the questions (narrow mode only; side by side shows both)."""
        if not self.narrow:
            if which == TEXT and self.whole and not self._text_asked:
                self._text_asked = True  # the summary's word chip: the text beside it again
                self._apply(resize=True)
            return
        if which == TEXT and self.whole:
            self._text_asked = True  # the summary's word chip: the text, its tabs back
        self.switch.set_column(which)
        self._apply()
        target = self.view.passage if which == TEXT else self.view.side_panel()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.changed.emit()

    def set_whole(self, on: bool) -> None:
        """The side panel wants the whole width (on) or its share again."""
        if on != self.whole or self._text_asked:
            self.whole, self._text_asked = on, False
            self._apply(resize=True)
            self.changed.emit()

    def toggle(self) -> None:
        self.show_column(QUIZ if self.switch.column() == TEXT else TEXT)

    def shown(self) -> str | None:
        """Which column shows alone, or None when both show (or only the passage)."""
        return self.switch.column() if self.narrow else None

    # -- "Show in the text" ---------------------------------------------------------
    def wire(self, panel: QWidget) -> None:
        """A side panel's `evidence_requested` signals (a feedback's "Show in the text",
        wherever the panel keeps it) bring the text forward at its evidence; its
        `question_changed` and `session_finished` bring the questions back."""
        if panel in self._wired:
            return
        self._wired.append(panel)
        for part in (panel, *panel.findChildren(QObject)):
            for name, slot in (
                ("evidence_requested", self.show_evidence),
                ("question_changed", self._show_quiz),
                ("session_finished", self._show_quiz),
            ):
                signal = getattr(part, name, None)
                if isinstance(signal, SignalInstance):
                    signal.connect(slot)

    def _show_quiz(self, *_args: object) -> None:
        """A new question (or the summary) is shown: it comes first, focus or not;
        a `locate` question waiting for its picks brings the text instead."""
        self._bring(TEXT if self.view.passage.locate_mode() else QUIZ)

    def _bring(self, which: str) -> None:
        """Also while wide: the column chosen is the one shown when the window narrows."""
        if self.view.side_panel() is not None and self.switch.column() != which:
            self.switch.set_column(which)
            if not self.narrow:
                return
            self._apply()
            focus = QApplication.focusWidget()
            if focus is None or not focus.isVisible() or not self.view.isAncestorOf(focus):
                shown = self.view.passage if which == TEXT else self.view.side_panel()
                shown.setFocus(Qt.FocusReason.OtherFocusReason)  # Up, Down, Space; 1-9, Enter
            self.changed.emit()

    # -- a locate question, one column at a time ----------------------------------------
    def _locate_mode_changed(self, on: bool) -> None:
        """Picking starts: the text comes forward; it ends (checked): the feedback does."""
        self._bring(TEXT if on else QUIZ)
        self._update_bar()

    def _summary(self) -> tuple[str, bool] | None:
        """The quiz panel's question on screen, and whether Check grades it now."""
        panel = self.view.side_panel()
        in_question = getattr(panel, "in_question", None)
        session = getattr(panel, "session", None)
        if session is None or not callable(in_question) or not in_question():
            return None
        return session.current.prompt, session.mode != "test"  # core's Mode, a StrEnum

    def _update_bar(self, *_args: object) -> None:
        passage = self.view.passage
        summary = self._summary() if passage.locate_mode() else None
        shown = summary is not None and self.shown() == TEXT
        arriving, leaving = shown and self.bar.isHidden(), not shown and not self.bar.isHidden()
        if shown:
            prompt, practice = summary
            self.bar.set_question(prompt, len(passage.locate_selection()), practice)
            self.bar.fit(passage.theme())
        self.bar.setVisible(shown)
        self.view._update_legend()  # the bar's pill stands in for the legend strip
        if arriving:
            passage.skip_heading()  # the sentences, not the title, under the question
        elif leaving:
            passage.restore_heading()  # the whole page again, if the learner stayed put

    def _check(self) -> None:
        """The bar's Check: the quiz's own (Enter's), which shows the feedback over there."""
        act = getattr(self.view.side_panel(), "primary_action", None)
        if callable(act):
            act()

    def show_evidence(self) -> None:
        """Runs after the panel's own slot has marked the evidence: scroll to it."""
        if not self.narrow or self.view.side_panel() is None:
            return
        self.show_column(TEXT)
        passage = self.view.passage
        passage.highlight_evidence(passage.evidence(), scroll=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return super().eventFilter(watched, event)
