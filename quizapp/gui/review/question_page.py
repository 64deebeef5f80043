"""A question card: the question again, beside its passage; after the answer, its evidence.

The answer widget is the quiz's own (`gui.quiz.answer_widgets`), in the
quiz's display orders seeded by the card; grading is `core.grading`'s. One
retry after a wrong answer. Once done, the evidence sentences are
highlighted in the passage as in the quiz, the feedback is shown, and Enter
goes on with the rating the outcome earned (question cards are not overridden).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from quizapp.core.grading.score import grade
from quizapp.core.model import Article, Question
from quizapp.core.review.ratings import Rating
from quizapp.core.review.sitting import ReviewOrders, Turn
from quizapp.gui.quiz.answer_base import AnswerWidget, PlainLabel
from quizapp.gui.quiz.answer_widgets import make_answer_widget
from quizapp.gui.review.text import PlainText, palette_for, u16
from quizapp.gui.window.theme import Theme


def passage_text(article: Article) -> tuple[str, dict[str, tuple[int, int]]]:
    """The passage as plain text, one paragraph per line, and each sentence's span."""
    text, spans = "", {}
    for group in article.paragraphs:
        for sentence in group:
            start = len(text)
            text += sentence.fr
            spans[sentence.id] = (start, len(text))
            text += " "
        text = text.rstrip(" ") + "\n\n"
    return text.rstrip("\n"), spans


class QuestionPage(QWidget):
    rated = Signal(object, object)  # Rating given, Rating suggested (the same)
    answered = Signal()  # the card is done: the sitting's bar counts it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.article: Article | None = None
        self.question: Question | None = None
        self.turn: Turn | None = None
        self.widget: AnswerWidget | None = None
        self.suggestion: Rating | None = None
        self.theme: Theme | None = None
        self._spans: dict[str, tuple[int, int]] = {}
        self.passage = PlainText(self)
        self.passage.setObjectName("review_passage")
        self.prompt = PlainLabel(self)
        self.prompt.setObjectName("review_prompt")
        self.feedback = PlainLabel(self)
        self.feedback.setObjectName("review_feedback")
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton(self)
        self.next_button.setProperty("primary", "true")
        self.next_button.clicked.connect(self._next)
        side = QWidget(self)
        self.side = QVBoxLayout(side)
        self.side.addWidget(self.prompt)
        self.slot = QVBoxLayout()
        self.side.addLayout(self.slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        self.side.addLayout(buttons)
        self.side.addWidget(self.feedback)
        self.side.addStretch(1)
        split = QSplitter(self)
        split.addWidget(self.passage)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate_ui()

    def show_card(self, article: Article, question: Question, turn: Turn) -> None:
        self.article, self.question, self.turn, self.suggestion = article, question, turn, None
        text, self._spans = passage_text(article)
        self.passage.set_text(text)
        self.prompt.setText(question.prompt)
        if self.widget is not None:
            self.slot.removeWidget(self.widget)
            self.widget.deleteLater()
        self.widget = make_answer_widget(question, ReviewOrders(question, turn.card.id), None)
        self.widget.setParent(self)
        if self.theme is not None and hasattr(self.widget, "set_theme"):
            self.widget.set_theme(self.theme)
        self.widget.submit_requested.connect(self.check)
        self.slot.addWidget(self.widget)
        self.widget.show()
        self.feedback.clear()
        self.check_button.show()
        self.next_button.hide()
        self.widget.focus_first()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.passage.restyle()
        for button in (self.check_button, self.next_button):
            button.setMinimumHeight(theme.target)
        if self.widget is not None and hasattr(self.widget, "set_theme"):
            self.widget.set_theme(theme)

    def check(self) -> None:
        if self.widget is None or self.turn is None or self.question is None:
            return
        if self.turn.done:
            self._next()
            return
        response = self.widget.response()
        if response is None:
            self.feedback.setText(self.tr("Answer first, then check."))
            return
        result = grade(self.question, response, article=self.article)
        if not self.turn.answer(result.score, result.points):
            self.feedback.setText(self.tr("Not quite: try once more."))
            self.widget.focus_first()
            return
        self.widget.reveal(result)
        self.widget.set_locked(True)
        self.feedback.setText("\n".join(t for t in (result.feedback, result.feedback_en) if t))
        ids = [i for i in self.question.sentences if i in self._spans]
        self.passage.highlight([self._spans[i] for i in ids], palette_for(self).evidence_tint)
        if ids:
            cursor = self.passage.textCursor()
            cursor.setPosition(u16(self.passage.text()[: self._spans[ids[0]][0]]))
            self.passage.setTextCursor(cursor)
            self.passage.ensureCursorVisible()
        self.suggestion = self.turn.suggested()
        self.check_button.hide()
        self.next_button.show()
        self.next_button.setFocus()
        self.answered.emit()

    def _next(self) -> None:
        if self.suggestion is None:
            return
        rating, self.suggestion = self.suggestion, None
        self.rated.emit(rating, rating)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.suggestion is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._next()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.check_button.setText(self.tr("Check"))
        self.next_button.setText(self.tr("Continue"))  # as on a word card
        self.passage.setAccessibleName(self.tr("The article"))
