"""The end of the text: a soft card after the last paragraph, « You’ve read the whole
article » and the way on, "Start the quiz (N questions)", which does exactly what the
toolbar's Start does (it triggers the same action).

The card is a child of the passage's viewport, placed under the document's last line;
the document's bottom margin grows by its height, so it scrolls with the text and the
scroll bar reaches it. It shows only while no quiz is on screen and no locate question
waits for picks: the quiz hides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.reading.view import ReadingView


class EndCard(QFrame):
    """The card under the last paragraph; `refresh` after whatever may show or hide it."""

    def __init__(self, view: ReadingView):
        passage = view.passage
        super().__init__(passage.viewport())
        self.view = view
        self.setObjectName("end_card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.message = QLabel(self)
        self.message.setProperty("type", "question")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setProperty("primary", "true")
        self.button.clicked.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        passage.verticalScrollBar().valueChanged.connect(self.place)
        passage.document().documentLayout().documentSizeChanged.connect(self.place)
        passage.viewport().installEventFilter(self)
        self.hide()

    def wanted(self) -> bool:
        view = self.view
        return (
            view.article is not None
            and bool(view.article.questions)
            and view.side_panel() is None
            and not view.passage.locate_mode()
        )

    def refresh(self) -> None:
        """Its words for the article and the language, then its place (or hidden)."""
        article = self.view.article
        count = len(article.questions) if article is not None else 0
        self.message.setText(self.tr("You’ve read the whole article."))
        self.button.setText(self.tr("Start the quiz (%n question(s))", "", count))
        self.place()

    def place(self) -> None:
        """Under the last line, as wide as the text column; the document makes room."""
        passage = self.view.passage
        theme = passage.theme()
        em = max(8, theme.px("passage"))
        frame = passage.document().rootFrame()
        fmt = frame.frameFormat()
        wanted = self.wanted()
        gap = em * 1.5
        if wanted:
            self.layout().setContentsMargins(*[theme.space(3)] * 4)
            self.layout().setSpacing(theme.space(2))
            width = max(1, round(passage.viewport().width() - fmt.leftMargin() - fmt.rightMargin()))
            self.setFixedWidth(width)
            self.ensurePolished()  # measured in the fonts its roles give it
            height = self.layout().totalHeightForWidth(width)
            if height <= 0:  # no height-for-width yet (an unpolished label)
                height = self.layout().totalSizeHint().height()
            self.setFixedHeight(height)
            bottom = gap + height + em * 2
        else:
            bottom = em * 2  # the passage's own (passage.py `_apply_measure`)
        if abs(fmt.bottomMargin() - bottom) > 0.5:
            fmt.setBottomMargin(bottom)
            frame.setFrameFormat(fmt)  # lays out again: documentSizeChanged places it
            return
        if not wanted:
            self.hide()
            return
        end = passage.document().size().height() - bottom
        scroll = passage.verticalScrollBar().value()
        self.move(round(fmt.leftMargin()), round(end + gap - scroll))
        self.show()

    def _start(self) -> None:
        actions = getattr(self.view, "_actions", None)
        if actions:
            actions[2].trigger()  # the toolbar's Start: the same action, the same checks
        else:
            self.view.start_quiz()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
