"""The first page of the quiz panel: Practice or Test (or Resume), never a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

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
        # a long quiz: the whole of it, or one part of about 8–10 questions
        self.part_label = QLabel(self)
        self.part = QComboBox(self)
        self.part_label.setBuddy(self.part)
        self.parts: list[tuple[str, ...]] = []
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
        layout.addWidget(self.part)
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
        self.part.clear()
        for _ in range(1 + len(self.parts)):
            self.part.addItem("")
        self.part.setCurrentIndex(0)
        several = len(self.parts) > 1
        self.part_label.setVisible(several)
        self.part.setVisible(several)
        self.retranslate_ui()

    def selected_ids(self) -> tuple[str, ...] | None:
        """The questions of the chosen part; None for the whole quiz."""
        index = self.part.currentIndex()
        if len(self.parts) < 2 or index <= 0:
            return None
        return self.parts[index - 1]

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
        self.title.setText(self.tr("Quiz"))
        if article is not None:
            count = len(article.questions)
            s = article.settings
            self.facts.setText(
                self.tr("%n question(s)", "", count)
                + " · "
                + quiz_format.score_of(article.total_points)
            )
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
        self.part_label.setText(self.tr("&Questions:"))
        total = sum(len(p) for p in self.parts)
        if self.part.count() == len(self.parts) + 1 and self.parts:
            self.part.setItemText(0, self.tr("The whole quiz (%n question(s))", "", total))
            first = 1
            for number, part in enumerate(self.parts, start=1):
                self.part.setItemText(
                    number,
                    self.tr("Part %1 of %2: questions %3–%4")
                    .replace("%1", str(number))
                    .replace("%2", str(len(self.parts)))
                    .replace("%3", str(first))
                    .replace("%4", str(first + len(part) - 1)),
                )
                first += len(part)
        self.part.setAccessibleName(self.tr("Which questions to answer"))
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
