"""One question on screen: the header, the prompt (with its English), the hint and
its cost, the answer widget, the feedback, and the bar of buttons to go on.

All but the header and the action bar scrolls; the bar is pinned to the pane's foot
(under a short question it left an empty lower half); where the block sits is
`block_place`'s. One button is the accent: Check, then Next; the verdict under the pick.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.quiz.session import Mode, QuizSession
from quizapp.gui.quiz import block_place, feedback_scroll, look, translate_glyph
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.action_bar import ICONS, ActionBar
from quizapp.gui.quiz.answer_base import AnswerWidget, plain_label
from quizapp.gui.quiz.buttons import Flow, KeyButton, set_prop
from quizapp.gui.quiz.check_motion import CheckMotion
from quizapp.gui.quiz.feedback import FeedbackBox
from quizapp.gui.quiz.finish_bar import FinishBar
from quizapp.gui.quiz.fit_scroll import FitScroll
from quizapp.gui.quiz.page_head import QuizHeader
from quizapp.gui.window.theme import SPACING_PX, Theme


class QuestionPage(block_place.Centred, QWidget):
    """Shows what the panel gives it and reports the learner's button presses."""

    check_requested = Signal()
    retry_requested = Signal()
    give_up_requested = Signal()
    hint_requested = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    finish_requested = Signal()
    summary_requested = Signal()
    question_chosen = Signal(int)  # a chip of the question strip

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.head = QuizHeader(self)
        self.position = self.head.position
        self.running = self.head.running
        self.mode_label = self.head.mode_label
        self.strip = self.head.strip
        self.finish_bar = FinishBar(self)
        self.strip.chosen.connect(self.question_chosen)

        self.scroll = FitScroll(self)  # as tall as its content, no taller than the page
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it follows the focused control
        body = QWidget(self.scroll)
        self.body = body
        self.prompt = plain_label("", body)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.en_button = QToolButton(body)
        self.en_button.setText("EN")
        self.en_button.setCheckable(True)
        self.en_button.setProperty("lang", "true")
        self.prompt_en = plain_label("", body)
        self.prompt_en.setProperty("tone", "muted")
        italic = self.prompt_en.font()
        italic.setItalic(True)
        self.prompt_en.setFont(italic)
        self.hint_button = KeyButton("H", body)
        self.hint_title = plain_label("", body)  # "Hint", in the interface's language
        self.hint_title.hide()
        self.hint_text = plain_label("", body)
        self.hint_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_en = plain_label("", body)
        self.hint_en.setFont(italic)
        self.slot = QVBoxLayout()
        self.slot.setContentsMargins(0, 6, 0, 6)
        self.retry_button = KeyButton("R", body)
        self.give_up_button = KeyButton("S", body)
        self.message = plain_label("", body)
        self.feedback = FeedbackBox(body)

        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.en_button, 0, Qt.AlignmentFlag.AlignTop)
        self.actions = Flow(spacing=8, line_spacing=8)  # quiet, right under the answer
        for button in (self.retry_button, self.give_up_button, self.hint_button):
            self.actions.addWidget(button)
        column = QVBoxLayout(body)
        column.addLayout(prompt_row)
        column.addWidget(self.prompt_en)
        column.addWidget(self.hint_title)
        column.addWidget(self.hint_text)
        column.addWidget(self.hint_en)
        column.addLayout(self.slot)
        column.addWidget(self.message)
        column.addWidget(self.feedback)  # right under the answer: the pick beside its verdict
        column.addLayout(self.actions)  # then what may follow: retry, the answer, a hint
        column.addStretch(1)
        self.column = column
        self.scroll.setWidget(body)

        self.action_bar = ActionBar(self)  # outside the scroll area: always in reach
        self.check_button = self.action_bar.check_button
        self.previous_button = self.action_bar.previous_button
        self.next_button = self.action_bar.next_button
        self.results_button = self.action_bar.finish_button  # the last question's accent
        self.end_button = self.head.end_button  # ending early: the header's quiet link
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.head)
        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(self.gap)  # the question a fixed small gap under the strip
        layout.addWidget(self.scroll)  # as tall as the question; it scrolls when it must
        layout.addStretch(1)  # a short question's free space: above the bar, not under it
        layout.addWidget(self.finish_bar)
        layout.addWidget(self.action_bar)  # pinned to the pane's foot, in the same place always
        self._layout = layout

        self.en_button.toggled.connect(self._toggle_english)
        self.hint_button.clicked.connect(self.hint_requested)
        self.check_button.clicked.connect(self.check_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.give_up_button.clicked.connect(self.give_up_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.results_button.clicked.connect(self._finish_clicked)
        self.end_button.clicked.connect(self._finish_clicked)
        self.widget: AnswerWidget | None = None
        self._session: QuizSession | None = None
        self.review = False  # the quiz reviews an earlier run's mistakes
        self.motion = CheckMotion(self)  # a fresh verdict moves a little
        self.set_theme(Theme())
        self.retranslate_ui()

    def set_theme(self, theme: Theme) -> None:
        """Colours and sizes from the theme: prompt, hint, message, feedback, answer."""
        self.theme = theme
        self.block_theme: Theme | None = None  # the prompt's and the answer's, set below
        block_place.apply_block_theme(self)
        for label in (self.hint_text, self.hint_en):
            label.setStyleSheet(look.hint(theme))
        self.hint_title.setStyleSheet(look.caption(theme) + " font-weight: bold;")
        self.message.setStyleSheet(look.message(theme))
        self.feedback.set_theme(theme)
        translate_glyph.dress(self.en_button, theme)  # « translate », not the EN switch
        self.head.set_theme(theme)
        for button in (self.hint_button, self.retry_button, self.give_up_button):
            button.set_theme(theme)
        gap = theme.space(1)
        self.column.setSpacing(gap)
        pad = theme.space(0.5)  # at the end, the last line clears the bar's hairline
        self.column.setContentsMargins(pad + gap, pad, pad + gap, theme.space(1))
        self.actions.set_gaps(gap, gap)
        self.scroll.set_fade(theme.palette.window, theme.space(3))
        self.action_bar.set_theme(theme)
        block_place.space_answer(self, gap)
        chrome = round(SPACING_PX * 0.75 * theme.ui_scale)  # damped: the question gets the room
        self._layout.setSpacing(chrome)
        self._layout.setContentsMargins(0, chrome, 0, 0)  # the bar a full-width band
        self.finish_bar.set_theme(theme)
        block_place.place_gap(self)
        if self.feedback.isVisibleTo(self):
            self.scroll_to_feedback()  # a new zoom keeps the verdict in view

    # -- content --------------------------------------------------------------------
    def show_question(self, session: QuizSession, widget: AnswerWidget) -> None:
        if self.widget is not None:
            self.slot.removeWidget(self.widget)
            self.widget.hide()
            self.widget.deleteLater()
        self._session = session
        self.widget = widget
        widget.setParent(self.body)
        widget.set_theme(self.block_theme or self.theme)  # a step larger in a roomy pane
        self.slot.addWidget(widget)
        widget.show()
        question = session.current
        self.prompt.setText(question.prompt)
        self.prompt_en.setText(question.prompt_en or "")
        self.en_button.setVisible(bool(question.prompt_en) or widget.has_english())
        self.prompt_en.setVisible(bool(question.prompt_en) and self.en_button.isChecked())
        widget.show_english(self.en_button.isChecked())
        self.hint_text.hide()
        self.hint_en.hide()
        if session.hint_shown(question.id):
            self.show_hint(question.hint or "", question.hint_en or "")
        self.feedback.clear()
        feedback_scroll.fold_options(self)  # nothing checked yet: the usual rows
        self.motion.forget(session)
        self.clear_message()
        self.scroll.verticalScrollBar().setValue(0)
        widget.changed.connect(self._keep_pick_in_view)
        self._chain_focus(widget)

    def _chain_focus(self, widget: AnswerWidget) -> None:
        """Tab goes prompt → the answer's controls → Check → feedback → retry, the answer,
        the hint → navigation."""
        chain: list[QWidget] = [self.en_button, *widget.inputs(), self.check_button]
        chain += [self.feedback.en_button, self.feedback.evidence_button]
        chain += [self.retry_button, self.give_up_button, self.hint_button]
        chain += [self.previous_button, self.next_button, self.results_button, self.end_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_hint(self, hint: str, hint_en: str) -> None:
        self.hint_text.setText(hint or hint_en)
        self.hint_text.setVisible(bool(hint or hint_en))
        self.hint_title.setVisible(bool(hint or hint_en))
        self._title_hint()
        self.hint_en.setText(hint_en if hint else "")
        self.hint_en.setVisible(bool(hint and hint_en) and self.en_button.isChecked())

    def _title_hint(self) -> None:
        """ "Hint", with what it costs on the answers given after it."""
        penalty = self._session.current.settings.hint_penalty if self._session else 0
        self.hint_title.setText(
            self.tr("Hint (costs %1 of the points)").replace("%1", quiz_format.percent(penalty))
            if penalty > 0
            else self.tr("Hint")
        )

    def _toggle_english(self, on: bool) -> None:
        self.prompt_en.setVisible(on and bool(self.prompt_en.text()))
        if self.widget is not None:
            self.widget.show_english(on)
        self.hint_en.setVisible(on and self.hint_text.isVisible() and bool(self.hint_en.text()))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        block_place.apply_block_theme(self)
        self.head.fit_height(self.height())
        block_place.place_gap(self)
        self._place_streak()
        if self.feedback.isVisibleTo(self):
            self.scroll_to_feedback()

    def _place_streak(self) -> None:
        """The run of right answers beside the verdict when the header has no room for it
        (a narrow pane keeps « Question 5 sur 16 » whole there)."""
        pill = self.head.streak
        self.feedback.streak.show_count(0 if pill.isVisibleTo(self.head) else pill.count)

    def _keep_pick_in_view(self) -> None:
        """A pick made by its key (1–9) on an option scrolled away comes into view."""
        picked = self.widget.picked() if self.widget is not None else None
        if picked is not None and not self.feedback.isVisibleTo(self):
            self.scroll.ensureWidgetVisible(picked, 0, self.theme.space(0.75))

    def scroll_to_feedback(self) -> None:
        QTimer.singleShot(0, self, self._show_feedback)

    def _show_feedback(self) -> None:
        feedback_scroll.show_feedback(self)

    def focus_primary(self) -> None:
        for button in (self.check_button, self.next_button, self.finish_button):
            if button.property("primary") == "true" and button.isVisible() and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        for button in (self.retry_button, self.check_button, self.next_button, self.finish_button):
            if button.isVisible() and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    @property
    def finish_button(self) -> QPushButton:
        """The finish control shown now: the results as the bar's accent on the last
        question done, else the header's quiet "Finish and see the score"."""
        return self.results_button if self.action_bar.finish_leads() else self.end_button

    def _finish_clicked(self) -> None:
        if self._session is not None and self._session.finished:
            self.summary_requested.emit()
        else:
            self.finish_requested.emit()

    # -- state ----------------------------------------------------------------------
    def update_state(self, session: QuizSession, widget: AnswerWidget, confirming: bool) -> None:
        """Labels, costs and which buttons make sense right now."""
        self._session = session
        question = session.current
        qid = question.id
        practice = session.mode is Mode.PRACTICE
        self.head.show_state(session, self.review)
        self._place_streak()
        self.motion.follow(session)
        can_answer = session.can_answer(qid)
        open_now = can_answer and not widget.locked()
        has_hint = bool(question.hint or question.hint_en)
        hinted = session.hint_shown(qid)
        self.hint_button.setVisible(has_hint and not hinted and can_answer)
        penalty = question.settings.hint_penalty
        self.hint_button.setText(
            self.tr("Hint (−%1 of the points)").replace("%1", quiz_format.percent(penalty))
            if penalty > 0
            else self.tr("Hint")
        )
        self.check_button.setVisible(open_now and practice)
        self.check_button.setEnabled(widget.response() is not None)
        retry = session.can_retry(qid) and widget.locked()
        self.retry_button.setVisible(retry)
        self.give_up_button.setVisible(retry)
        cost = question.settings.retry_penalty
        self.retry_button.setText(
            self.tr("Try again (−%1 of the points)").replace("%1", quiz_format.percent(cost))
            if cost > 0
            else self.tr("Try again")
        )
        self._show_moves(session, open_now and practice, confirming)
        if session.finished and session.outcome(qid) is None:
            self.show_message(self.tr("You did not answer this question."))

    def _show_moves(self, session: QuizSession, checking: bool, confirming: bool) -> None:
        """One accent in the bar: Check while the answer is open, then Next, or on the
        last question the results; ending early stays a quiet link at the far end."""
        self.previous_button.setEnabled(session.has_previous)
        self.next_button.setEnabled(session.has_next)
        next_leads = not checking and session.has_next
        finish_leads = not checking and not session.has_next
        self.action_bar.lead_with_finish(finish_leads)
        set_prop(self.next_button, "primary", "true" if next_leads else "false")
        set_prop(self.next_button, "quiet", "false" if next_leads else "true")
        set_prop(self.results_button, "primary", "true" if finish_leads else "false")
        self.next_button.setVisible(not finish_leads)
        answered = session.response(session.current.id) is not None
        self.next_button.setText(self.tr("Next →") if next_leads else ICONS[1])
        self.next_button.setToolTip(
            self.tr("Next question (Page Down)")
            if next_leads or answered or session.finished
            else self.tr("Skip this question (Page Down)")
        )
        self.next_button.setAccessibleName(
            self.tr("Next question")
            if next_leads or answered or session.finished
            else self.tr("Skip this question")
        )
        if session.finished:
            self.results_button.setText(self.tr("Back to the summary"))
            end = short = self.tr("Back to the summary")
            tip = ""
        elif confirming:
            self.results_button.setText(self.tr("Finish (click again)"))
            end = short = self.tr("Finish (click again)")
            tip = self.tr("Finish now, with questions left")
        else:
            self.results_button.setText(self.tr("See the results"))
            end, short = self.tr("Finish and see the score"), self.tr("Finish")
            tip = self.tr("End the quiz now and see your score")
        self.head.show_end("" if finish_leads else end, short, tip)
        onward, skip = self.tr("Next →"), self.tr("Skip →")
        quiet = onward if answered or session.finished else skip
        back = self.tr("← Previous")
        accents = (self.tr("Next →"), self.tr("Check"), self.tr("See the results"))
        accents += (self.tr("Back to the summary"), self.tr("Finish (click again)"))
        short = self.tr("← Prev", "the previous question, short")
        self.action_bar.set_short_previous(short, accents[:-1])  # not the confirming one
        self.action_bar.set_nav_words(back, "" if next_leads else quiet, (onward, skip), accents)
        self.action_bar.refresh_accent()

    # -- language -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.en_button.setToolTip(self.tr("Translate the question"))
        self.en_button.setAccessibleName(self.tr("Question in English"))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Check your answer (Enter)"))
        self.give_up_button.setText(self.tr("Show the answer"))
        self.previous_button.setToolTip(self.tr("Previous question (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.prompt.setAccessibleName(self.tr("Question"))
        self.hint_text.setAccessibleName(self.tr("Hint"))
        self.hint_button.setToolTip(self.tr("Show a hint (H)"))
        self.retry_button.setToolTip(self.tr("Try the question again (R)"))
        self.give_up_button.setToolTip(self.tr("Show the right answer (S)"))
        self._title_hint()
