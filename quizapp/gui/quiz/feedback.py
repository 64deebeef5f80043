"""The feedback area under a question: verdict, score, what was wrong, the
explanation (with its English), and a way back to the evidence in the text.

It shows what the session decided (`AnswerOutcome`); it decides nothing.
Feedback written by the app follows the interface language; the teacher's
explanation is French first, its English one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading.feedback import RIGHT_EN, RIGHT_FR
from quizapp.core.model import Question
from quizapp.core.quiz.session import AnswerOutcome
from quizapp.gui.quiz import look
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.answer_streak import AnswerStreak
from quizapp.gui.quiz.buttons import Flow
from quizapp.gui.quiz.verdict_mark import VerdictDisc, partly_phrase, right_phrase, wrong_phrase
from quizapp.gui.window.theme import Theme


class FeedbackBox(QFrame):
    """Shows one outcome; hidden until there is something to say."""

    evidence_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("feedback_box")
        self.line = QWidget(self)  # the disc and the verdict's words, never apart
        self.disc = VerdictDisc(self.line)
        self.verdict = QLabel(self.line)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(False)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.score = plain_label("", self, wrap=False)
        self.streak = AnswerStreak(self)  # the header's run, here when the header lacks room
        self.pick = plain_label("", self)  # the pick, when it can't show beside the verdict
        self.pick.setProperty("tone", "muted")
        self.pick.hide()
        self.text = plain_label("", self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = plain_label("", self)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = plain_label("", self)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation_en = plain_label("", self)
        self.explanation_en.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        italic = self.explanation_en.font()
        italic.setItalic(True)
        self.explanation_en.setFont(italic)
        self.en_button = QToolButton(self)  # « Show in English »: a small button, not a tag
        self.en_button.setCheckable(True)
        self.en_button.setProperty("lang", "button")
        self.en_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.en_button.toggled.connect(self._toggle_english)
        self.why = plain_label(
            "", self, wrap=False
        )  # "Explanation", over it, with the language toggle
        self.why.setProperty("tone", "muted")
        # the proof beside the verdict: the evidence sentence(s), quoted from the text
        self.quote = plain_label("", self)
        self.quote.setProperty("quote", "true")
        self.quote.setIndent(0)  # its words start at its padding: the explanation's edge
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.hide()
        self._quotes: tuple[str, ...] = ()
        # "Show in the text →" on the verdict's line, at its right end (never at the
        # card's foot, under the scroll's fade), its amber swatch before it
        self.link = QWidget(self)
        self.evidence = QLabel(self.link)  # the amber swatch of the passage's evidence
        self.evidence.setProperty("swatch", "evidence")
        self.evidence_button = QPushButton(self.link)
        self.evidence_button.setProperty("link", "true")
        self.evidence_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.evidence_button.clicked.connect(self.evidence_requested)

        line = QHBoxLayout(self.line)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.disc, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignVCenter)
        self._line = line
        head = Flow(spacing=12, line_spacing=2)  # the points wrap under a narrow verdict
        head.addWidget(self.line)
        head.addWidget(self.score)
        head.addWidget(self.streak)
        head.addWidget(self.link)
        head.setAlignment(self.link, Qt.AlignmentFlag.AlignRight)
        self._head = head
        explain = QHBoxLayout()
        explain.addWidget(self.why)
        explain.addStretch(1)
        explain.addWidget(self.en_button)
        self._explain = explain
        evidence = QHBoxLayout(self.link)
        evidence.setContentsMargins(0, 0, 0, 0)
        evidence.setSpacing(4)
        evidence.addWidget(self.evidence, 0, Qt.AlignmentFlag.AlignVCenter)
        evidence.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.pick)
        layout.addWidget(self.quote)  # the proof first, then what it means
        layout.addWidget(self.text)
        layout.addWidget(self.note)
        layout.addLayout(explain)
        layout.addWidget(self.explanation)
        layout.addWidget(self.explanation_en)
        self._layout = layout
        self._question: Question | None = None
        self._outcome: AnswerOutcome | None = None
        self._saved = False
        self._link_needed = True  # "Show in the text": only while the evidence is out of sight
        self._has_evidence = False
        self._compact = False  # `set_compact`
        self.theme = Theme()
        self.retranslate_ui()
        self.clear()

    def set_compact(self, compact: bool) -> None:
        """Closer rows and a thinner frame on a short pane (the options folded), so the
        verdict, the proof and the explanation show under the question together."""
        if compact != self._compact:
            self._compact = compact
            self.set_theme(self.theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        pad, gap = theme.space(1.5), theme.space(0.75)
        if self._compact:
            pad, gap = theme.space(0.75), theme.space(0.25)
        self._head.set_gaps(theme.space(1.5), theme.space(0.25))
        self._line.setSpacing(theme.space(1))
        self.disc.set_theme(theme)
        self.streak.set_theme(theme)
        self._layout.setContentsMargins(pad, round(pad * 0.75), pad, round(pad * 0.75))
        self._layout.setSpacing(gap)
        side = max(8, theme.px("caption"))
        self.evidence.setFixedSize(round(side * 1.2), side)
        self.why.setStyleSheet(look.caption(theme) + " font-weight: 600;")
        if self._question is not None:
            self._render()

    def verdict_bottom(self, with_pick: bool = True) -> int:
        """Where the verdict line ends (and the pick under it, if shown), from the box's
        top: the least to keep in view."""
        line = self.pick if with_pick and self.pick.isVisibleTo(self) else None
        bottom = line.geometry().bottom() if line is not None else self._head.geometry().bottom()
        return bottom + self._layout.spacing()

    def show_pick(self, text: str) -> None:
        """Say the learner's pick under the verdict ("" hides it): for when the answer
        above is too tall to stay in view with its verdict."""
        shown = bool(text) and self.verdict_kind() not in ("", "saved")
        self.pick.setText(self.tr("Your answer: %1").replace("%1", text) if shown else "")
        self.pick.setVisible(shown)

    # -- what to show ------------------------------------------------------------------
    def clear(self) -> None:
        self.pick.hide()
        self.quote.hide()
        self._quotes = ()
        self._question = None
        self._outcome = None
        self._saved = False
        self.hide()

    def show_outcome(
        self, question: Question, outcome: AnswerOutcome, quotes: tuple[str, ...] = ()
    ) -> None:
        """The verdict and the feedback, once the session lets it be seen; `quotes` are
        the evidence sentences, quoted once the question is done."""
        self._quotes = tuple(quotes)
        self._question = question
        self._outcome = outcome
        self._saved = False
        self._render()
        self.show()

    def show_saved(self, question: Question) -> None:
        """Test mode: the answer is kept, nothing is said about it until the end."""
        self._question = question
        self._outcome = None
        self._saved = True
        self._render()
        self.show()

    def verdict_kind(self) -> str:
        """ "right", "partly", "wrong", "retry", "saved" or "" (for tests and colours)."""
        outcome = self._outcome
        if self._saved:
            return "saved"
        if outcome is None:
            return ""
        if outcome.grade.correct:
            return "right"
        if outcome.can_retry:
            return "retry"
        return "partly" if outcome.grade.score > 0 else "wrong"

    def tone(self) -> str:
        """The verdict's colour: "right", "partly" (some points, even with a retry left),
        "wrong", or "" (nothing said yet, or a test's saved answer)."""
        kind, outcome = self.verdict_kind(), self._outcome
        if kind == "retry" and outcome is not None:
            return "partly" if outcome.grade.score > 0 else "wrong"
        return kind if kind in ("right", "partly", "wrong") else ""

    def _render(self) -> None:
        outcome, question = self._outcome, self._question
        kind = self.verdict_kind()
        french = quiz_format.is_french()
        if kind == "saved" or outcome is None or question is None:
            self.verdict.setText(self.tr("Answer saved"))
            self.disc.set_kind("")
            self.disc.hide()
            self.verdict.setStyleSheet(look.verdict(self.theme, ""))
            self.setStyleSheet(look.feedback_box(self.theme, ""))
            self.score.clear()
            self.text.setText(
                self.tr("You can change it until you finish the test; the results come at the end.")
            )
            self.text.show()
            for widget in (self.note, self.explanation, self.explanation_en, self.en_button):
                widget.hide()
            self.why.hide()
            self.quote.hide()
            self._line_up(False)
            self.link.hide()
            return
        colour = self.tone()
        titles = {"right": right_phrase(question.id), "partly": partly_phrase()}
        self.verdict.setText(titles.get(colour, wrong_phrase()))
        self.disc.set_kind(colour)
        self.disc.show()
        self.verdict.setStyleSheet(look.verdict(self.theme, colour))
        self.setStyleSheet(look.feedback_box(self.theme, colour))
        self.retranslate_ui()
        self.score.setText(quiz_format.points(outcome.score, question.points))
        self.score.setStyleSheet(look.score(self.theme, colour))
        self.score.setToolTip(self.tr("Score of this try, after any hint or retry cost"))
        text = outcome.feedback if french else (outcome.feedback_en or outcome.feedback)
        self.text.setText(text)
        # a plain "Right answer." only repeats the verdict: said once is enough
        self.text.setVisible(bool(text) and text.strip() not in (RIGHT_FR, RIGHT_EN))
        note = outcome.note if french else (outcome.note_en or outcome.note)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        done = outcome.done
        # the explanation in the interface's language first, the other one click away
        explanation = question.explanation or ""
        explanation_en = question.explanation_en or ""
        if not french or not explanation:
            explanation, explanation_en = explanation_en or explanation, explanation
            if explanation_en == explanation:
                explanation_en = ""
        self._other_is_english = french
        self._name_toggle()
        self.explanation.setText(explanation)
        self.explanation.setVisible(done and bool(explanation))
        self.why.setText(self.tr("Explanation"))
        self.why.setVisible(done and bool(explanation))
        self.explanation_en.setText(explanation_en)
        self.en_button.setVisible(done and bool(explanation_en) and bool(explanation))
        self.explanation_en.setVisible(done and bool(explanation_en) and self.en_button.isChecked())
        has_evidence = done and bool(question.sentences)
        self._has_evidence = has_evidence
        self.evidence_button.setToolTip(
            self.tr(
                "The answer is in the highlighted sentence(s) of the text.",
                "",
                len(question.sentences),
            )
        )
        quoted = done and bool(self._quotes)
        # the sentences run on as one paragraph (as they stand in the text), quoted as
        # the summary and a locate pick quote them: « … » in both languages (French material)
        run = " ".join(q.strip() for q in self._quotes if q.strip())
        self.quote.setText(quiz_format.quoted(run))
        self.quote.setVisible(quoted)
        self._line_up(quoted)
        self._show_link()

    def _line_up(self, quoted: bool) -> None:
        """Under a quote, the words that follow start where the quote's text does."""
        inset = look.quote_inset(self.theme) if quoted else 0
        for label in (self.text, self.note, self.explanation, self.explanation_en):
            label.setContentsMargins(inset, 0, 0, 0)
        self._explain.setContentsMargins(inset, 0, 0, 0)

    def set_link_needed(self, needed: bool) -> None:
        """Whether the passage lacks the evidence in view (see `evidence_link`)."""
        self._link_needed = needed
        self._show_link()

    def _show_link(self) -> None:
        shown = self._has_evidence and self._link_needed and not self._saved
        shown = shown and self._outcome is not None
        self.evidence_button.setVisible(shown)
        self.evidence.setVisible(shown and not self.quote.isVisibleTo(self))  # the quote's bar
        self.link.setVisible(shown)

    def _toggle_english(self, on: bool) -> None:
        self.explanation_en.setVisible(on and self.en_button.isVisible())
        self._name_toggle()

    def _name_toggle(self) -> None:
        """The button says what a click does: show the other language, or hide it."""
        english = getattr(self, "_other_is_english", True)
        if self.en_button.isChecked():
            text = self.tr("Hide English") if english else self.tr("Hide French")
        else:
            text = self.tr("Show in English") if english else self.tr("Show in French")
        self.en_button.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self._question is not None:
                self._render()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if getattr(self, "_other_is_english", True):
            self.en_button.setToolTip(self.tr("Show the explanation in English"))
            self.en_button.setAccessibleName(self.tr("Explanation in English"))
        else:
            self.en_button.setToolTip(self.tr("Show the explanation in French"))
            self.en_button.setAccessibleName(self.tr("Explanation in French"))
        self.evidence_button.setText(self.tr("Show in the text") + " →")
        self._name_toggle()
        self.setAccessibleName(self.tr("Feedback"))
