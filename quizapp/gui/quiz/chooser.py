"""The first page of the quiz panel: Practice or Test (or Resume), never a modal dialog.

A long quiz is offered in parts by default (the next part not yet answered is
picked), as radio cards above the modes: a short sitting is the easy choice,
the whole quiz one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.library.own_texts import is_own
from quizapp.core.model import Article
from quizapp.core.quiz.parts import split_parts
from quizapp.core.quiz.session import Mode
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import plain_label


class ModeChooser(QWidget):
    """Says what each mode does, and starts the chosen one."""

    chosen = Signal(object)  # Mode
    resume_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.article: Article | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = plain_label("", self)
        # a long quiz: one part of about 8–10 questions (the default), or the whole of it
        self.part_label = QLabel(self)
        self.part_label.setProperty("type", "caption")
        self.part_label.setProperty("tone", "muted")
        self.part_box = QWidget(self)
        self.part_layout = QVBoxLayout(self.part_box)
        self.part_layout.setContentsMargins(0, 0, 0, 0)
        self.part_layout.setSpacing(4)
        self.part_group = QButtonGroup(self)
        self.part_buttons: list[QRadioButton] = []  # part 1 … part N, then the whole quiz
        self.parts: list[tuple[str, ...]] = []
        self._done: dict[str, set[str]] = {}  # article id -> question ids already answered
        self.resume_button = QPushButton(self)
        self.resume_text = plain_label("", self)
        self.practice_button = QPushButton(self)
        self.practice_text = plain_label("", self)
        self.test_button = QPushButton(self)
        self.test_text = plain_label("", self)
        self.close_button = QPushButton(self)
        for button in (self.resume_button, self.practice_button, self.test_button):
            button.setMinimumHeight(button.sizeHint().height() * 5 // 4)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.part_label)
        layout.addWidget(self.part_box)
        layout.addSpacing(8)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.resume_text)
        layout.addSpacing(6)
        layout.addWidget(self.practice_button)
        layout.addWidget(self.practice_text)
        layout.addSpacing(6)
        layout.addWidget(self.test_button)
        layout.addWidget(self.test_text)
        layout.addStretch(1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.practice_button.clicked.connect(lambda: self.chosen.emit(Mode.PRACTICE))
        self.test_button.clicked.connect(lambda: self.chosen.emit(Mode.TEST))
        self.resume_button.clicked.connect(self.resume_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.set_resumable(False)
        self.retranslate_ui()

    def set_article(self, article: Article) -> None:
        self.article = article
        self.parts = split_parts(article)
        for button in self.part_buttons:
            self.part_group.removeButton(button)
            button.deleteLater()
        self.part_buttons = []
        several = len(self.parts) > 1
        for _ in range(len(self.parts) + 1 if several else 0):
            button = QRadioButton(self.part_box)
            button.setProperty("partcard", "true")
            self.part_group.addButton(button)
            self.part_layout.addWidget(button)
            self.part_buttons.append(button)
        self.part_label.setVisible(several)
        self.part_box.setVisible(several)
        self._preselect()
        self.retranslate_ui()

    def set_done(self, article_id: str, question_ids: set[str]) -> None:
        """The questions of an article already answered: the next part is preselected."""
        self._done[article_id] = set(question_ids)
        if self.article is not None and self.article.id == article_id:
            self._preselect()

    def _preselect(self) -> None:
        """The first part with a question not answered yet (part 1 when all are)."""
        if not self.part_buttons:
            return
        done = self._done.get(self.article.id if self.article else "", set())
        index = next((n for n, p in enumerate(self.parts) if not set(p) <= done), 0)
        self.part_buttons[index].setChecked(True)

    def selected_ids(self) -> tuple[str, ...] | None:
        """The questions of the chosen part; None for the whole quiz."""
        checked = self.part_group.checkedButton()
        if len(self.parts) < 2 or checked is None or checked is self.part_buttons[-1]:
            return None
        return self.parts[self.part_buttons.index(checked)]

    def set_resumable(self, on: bool, answered: int = 0, total: int = 0) -> None:
        """Offer "Resume" for an unfinished run of this article."""
        self.resume_button.setVisible(on)
        self.resume_text.setVisible(on)
        self._resume = (answered, total)
        self.retranslate_ui()

    def focus_first(self) -> None:
        """Resume if there is a run to resume, else the mode chosen in Preferences."""
        settings = getattr(self.window(), "settings", None)
        test = getattr(settings, "quiz_mode", "practice") == "test"
        default = self.test_button if test else self.practice_button
        for button in (self.practice_button, self.test_button):
            button.setDefault(button is default)
        target = self.resume_button if self.resume_button.isVisible() else default
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        article = self.article
        own = article is not None and is_own(article)
        self.title.setText(self.tr("Exercises") if own else self.tr("Quiz"))
        if article is not None:
            count = len(article.questions)
            s = article.settings
            facts = self.tr("%n question(s)", "", count)
            facts += " · " + quiz_format.score_of(article.total_points)
            if own:  # no teacher wrote them: say where they come from
                facts = self.tr("Exercises made from your text") + "\n" + facts
            self.facts.setText(facts)
            if s.attempts > 1:
                practice = self.tr(
                    "Feedback after each question. You get %n try(s) per question;"
                    " each retry costs %1 of its points, a hint %2.",
                    "",
                    s.attempts,
                )
            else:
                practice = self.tr(
                    "Feedback after each question, one try per question; a hint costs %2"
                    " of its points."
                )
            self.practice_text.setText(
                practice.replace("%1", quiz_format.percent(s.retry_penalty)).replace(
                    "%2", quiz_format.percent(s.hint_penalty)
                )
            )
        self.part_label.setText(self.tr("Questions"))
        total = sum(len(p) for p in self.parts)
        if len(self.part_buttons) == len(self.parts) + 1 and self.parts:
            self.part_buttons[-1].setText(self.tr("The whole quiz (%n question(s))", "", total))
            first = 1
            for number, part in enumerate(self.parts, start=1):
                button = self.part_buttons[number - 1]
                button.setText(
                    self.tr("Part %1 of %2 (%n question(s))", "", len(part))
                    .replace("%1", str(number))
                    .replace("%2", str(len(self.parts)))
                )
                button.setToolTip(
                    self.tr("Questions %1–%2")
                    .replace("%1", str(first))
                    .replace("%2", str(first + len(part) - 1))
                )
                button.setAccessibleDescription(button.toolTip())
                first += len(part)
        self.part_box.setAccessibleName(self.tr("Which questions to answer"))
        self.practice_button.setText(self.tr("Practice"))
        self.test_button.setText(self.tr("Test"))
        self.test_text.setText(
            self.tr(
                "One answer per question, which you can change until you finish."
                " No feedback until the end."
            )
        )
        answered, total = getattr(self, "_resume", (0, 0))
        self.resume_button.setText(self.tr("Resume"))
        self.resume_text.setText(
            self.tr(
                "Carry on where you stopped: %1 of %n question(s) answered.", "", total
            ).replace("%1", str(answered))
        )
        self.close_button.setText(self.tr("Back to the text"))
        self.practice_button.setAccessibleDescription(self.practice_text.text())
        self.test_button.setAccessibleDescription(self.test_text.text())
