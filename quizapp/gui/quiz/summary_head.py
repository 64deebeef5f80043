"""The top of the summary: what was finished, the score ring, a word of encouragement,
and three numbers (right first time, time spent, words looked up).

The encouragement depends on the result and never mocks; every result fills its
ring as the percentage counts up, and full marks are celebrated under a bold
"Perfect score!": the ring's check pops as confetti falls from the top edge in front
of the summary and fades out; all shown still when the system asks for less motion.
The article's title is the heading, under « Practice finished » as its caption.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from quizapp.core.library.own_texts import is_own
from quizapp.core.quiz.describe import describe, describe_right
from quizapp.core.quiz.result import QuizResult
from quizapp.core.quiz.session import QuizSession
from quizapp.gui.quiz import numbers as quiz_format
from quizapp.gui.quiz.answer_base import plain_label
from quizapp.gui.quiz.summary_ring import ScoreRing
from quizapp.gui.quiz.summary_stats import StatTiles, duration
from quizapp.gui.quiz.summary_streak import StreakPill
from quizapp.gui.quiz.summary_words import WordChips
from quizapp.gui.window.theme import Theme


@dataclass(frozen=True)
class RunFacts:
    """What the session alone cannot say: time spent, and the words looked up (during the
    quiz; the window adds those looked up while reading the text before it)."""

    seconds: float = 0.0
    words: tuple[str, ...] = ()
    review: bool = False
    streak: int = 0  # days in a row, up to today, with a finished quiz (0: not known)
    goal: Any = None  # the run's share of the daily goal (core GoalMoment), when known
    article: str = ""  # the article's title, named quietly under the title


def reduced_motion() -> bool:
    """Whether the system asks for less motion (its UI effects are off)."""
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


def full_marks(result: QuizResult) -> bool:
    return result.points > 0 and result.score >= result.points - 1e-9


class SummaryHead(QWidget):
    """Title, score ring, encouragement and the three numbers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary_head")
        self.theme = Theme()
        self.title = plain_label("", self)
        self.title.setObjectName("summary_title")
        self.article = plain_label("", self)  # which text: the panel names it nowhere else
        self.article.setObjectName("summary_article")
        self.article.hide()
        self.score = ScoreRing(self)
        self.headline = plain_label("", self)  # full marks: "Perfect score!", bold
        self.headline.setObjectName("summary_headline")
        self.headline.hide()
        self.cheer = plain_label("", self)
        self.cheer.setObjectName("summary_cheer")
        self.points = plain_label("", self)  # beside a compact ring: « 16 / 16 points »
        self.points.setObjectName("summary_points")
        self.points.hide()
        self.streak = StreakPill(self)  # an honest reward: days in a row
        self.streak_pop: Any = None  # its pop when this run reached the daily goal
        self.streak.hide()
        self.stats = StatTiles(self)
        self.words = WordChips(self)  # the words looked up, as chips under their count
        for label in (self.title, self.article, self.headline, self.cheer):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.compact = False  # the ring small (a short summary)
        self.beside = False  # and the words beside it (room enough)
        self.words_column = QVBoxLayout()  # the headline and the encouragement
        self.words_column.addWidget(self.headline)
        self.words_column.addWidget(self.cheer)
        self.words_column.addWidget(self.points)
        self.top = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # ring above, or beside
        self.top.addWidget(self.score)
        self.top.addLayout(self.words_column, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.heading = QVBoxLayout()  # the title and the article's, close together
        self.heading.setContentsMargins(0, 0, 0, 0)
        self.heading.addWidget(self.title)
        self.heading.addWidget(self.article)
        self.layout_.addLayout(self.heading)
        self.layout_.addLayout(self.top)
        self.layout_.addWidget(self.streak, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addWidget(self.stats)
        self.layout_.addWidget(self.words)
        self._result: QuizResult | None = None
        self._facts = RunFacts()
        self._practice = True
        self.set_theme(self.theme)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.streak.set_room(event.size().width())

    @property
    def celebration(self):
        """The running celebration (a QVariantAnimation), or None."""
        return self.score.celebration

    def set_compact(self, compact: bool, beside: bool = True) -> None:
        """A short summary: the ring small and the points told in words. With room for
        words beside it, the ring sits left of the title, the headline, the encouragement
        and the points (left-aligned); in a narrow panel they stay centred under it."""
        beside = compact and beside
        if (compact, beside) == (self.compact, self.beside):
            return
        self.compact, self.beside = compact, beside
        self.score.set_compact(compact)
        row = QBoxLayout.Direction.LeftToRight
        self.top.setDirection(row if beside else QBoxLayout.Direction.TopToBottom)
        self.layout_.removeItem(self.heading)
        self.words_column.removeItem(self.heading)
        self.heading.setParent(None)  # free to join the other layout
        if beside:
            self.words_column.insertLayout(0, self.heading)
        else:
            self.layout_.insertLayout(0, self.heading)
        side = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for label in (self.title, self.article, self.headline, self.cheer, self.points):
            label.setAlignment(side if beside else Qt.AlignmentFlag.AlignHCenter)
        self.points.setVisible(compact)
        # a small ring above centred words is centred too (its width is fixed)
        centre = Qt.AlignmentFlag.AlignHCenter if compact and not beside else Qt.AlignmentFlag(0)
        self.top.setAlignment(self.score, centre)
        self.words_column.setAlignment(
            Qt.AlignmentFlag.AlignVCenter if beside else Qt.AlignmentFlag(0)
        )
        self.set_theme(self.theme)

    def room_beside(self, width: int) -> bool:
        """Whether a `width` wide head holds the small ring with words beside it."""
        t = self.theme
        ring = self.score.diameter() if self.compact else t.space(9)
        return width - ring - t.space(3) >= t.space(24)

    def block_height(self) -> int:
        """How tall the large ring, the headline and the encouragement stand together."""
        gap = self.theme.space(1.5)
        height = self.score.full_height() + gap + self.cheer.sizeHint().height()
        if not self.headline.isHidden():
            height += gap + self.headline.sizeHint().height()
        return height

    def keep_clear(self, target: QWidget) -> list[QRectF]:
        """The ring, the score and every line of words above the tiles (the title, the
        article's, the headline, the encouragement, the streak), in `target`'s
        coordinates with a margin: the confetti falls around them, never over a word."""
        margin = self.theme.space(0.5)
        corner = QPointF(self.score.mapTo(target, QPoint(0, 0)))
        rects = [r.translated(corner) for r in self.score.keep_clear()]
        labels = (self.title, self.article, self.headline, self.cheer, self.points)
        air = self.theme.space(1)  # the heading's lines: a wider berth, no piece near them
        for label in labels:
            if label.isVisibleTo(self) and label.text():
                where = QPointF(label.mapTo(target, QPoint(0, 0)))
                box = QRectF(words_box(label)).translated(where)
                if label in (self.title, self.article):
                    box = box.adjusted(-air, -air, air, air)
                rects.append(box)
        if self.streak.isVisibleTo(self):
            where = QPointF(self.streak.mapTo(target, QPoint(0, 0)))
            rects.append(QRectF(self.streak.rect()).translated(where))
        return [r.adjusted(-margin, -margin, margin, margin) for r in rects]

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.layout_.setSpacing(theme.space(1.5))
        self.top.setSpacing(theme.space(2) if self.beside else theme.space(1.5))
        self.words_column.setSpacing(theme.space(0.5) if self.beside else theme.space(1.5))
        self.words_column.setContentsMargins(0, 0, 0, 0)
        self.heading.setSpacing(theme.space(0.25))
        self.score.set_theme(theme)
        self.streak.set_theme(theme)
        self.stats.set_theme(theme)
        self.words.set_theme(theme)

    def show_result(self, result: QuizResult, practice: bool, facts: RunFacts) -> None:
        self._result, self._practice, self._facts = result, practice, facts
        self.render()
        self.score.celebrate(motion=not reduced_motion())  # every result fills its ring

    def render(self) -> None:
        result, facts = self._result, self._facts
        if result is None:
            return
        if facts.review:
            title = self.tr("Review finished")
        else:
            title = self.tr("Practice finished") if self._practice else self.tr("Test finished")
        self.title.setText(title)
        from quizapp.core.gloss.typography import unbreakable_hyphens

        self.article.setText(unbreakable_hyphens(facts.article))  # « Saint-Aubin » whole
        self.article.setVisible(bool(facts.article))
        self.score.show_score(
            result.percent,
            quiz_format.percent(result.percent / 100),
            quiz_format.points(result.score, result.points),
            full_marks(result),
        )
        self.points.setText(quiz_format.points(result.score, result.points))
        self.headline.setText(self.tr("Perfect score!"))
        self.headline.setVisible(full_marks(result))
        self.cheer.setText(self.encouragement(result.percent))
        goal = facts.goal
        if goal is not None and (goal.added or goal.streak):
            from quizapp.gui.progress.goal_words import moment_text

            self.streak.setText(moment_text(goal))  # « +8 réponses · objectif atteint ! »
            self.streak.reached = goal.met
            self.streak.setVisible(True)
        else:
            self.streak.reached = False
            self.streak.setText(self.streak_text(facts.streak))
            self.streak.setVisible(facts.streak > 0)
        locale = quiz_format.ui_locale()
        total = len(result.rows)
        first = locale.toString(result.first_try)
        self.stats.first.set(  # a count, not « 16 / 16 »: the ring's caption says the score
            first,
            self.tr("right first try", "", result.first_try),
            self.tr("Right at the first try: %1 of %n question(s).", "", total).replace(
                "%1", first
            ),
        )
        spent = duration(facts.seconds)
        self.stats.time.set(
            spent, self.tr("time spent"), self.tr("Time spent on the quiz: %1").replace("%1", spent)
        )
        count = len(facts.words)
        self.stats.words.set(
            locale.toString(count),
            self.tr("word(s) looked up", "", count),
            self.tr("%n word(s) looked up while reading this text and during the quiz", "", count),
            ", ".join(facts.words),
        )
        if self.words.words != facts.words:
            self.words.set_words(facts.words)
        else:
            self.words.retranslate_ui()
        self.stats.refresh()

    def pop_streak(self) -> None:
        """The pill pops once (this run reached the daily goal); still under less motion."""
        self.streak_pop = self.streak.pop(motion=not reduced_motion())

    def streak_text(self, days: int) -> str:
        """The reading streak in words, as the library says it (« 3 jours d’affilée »):
        day one invites tomorrow, later days count up."""
        if days <= 1:
            return self.tr("Reading: 1\u00a0day in a row. See you tomorrow!")
        return self.tr("Reading: %n day(s) in a row", "", days)

    def encouragement(self, percent: float) -> str:
        """A short line that fits the result, and never mocks."""
        if percent >= 100 - 1e-9:
            return self.tr("You read this text closely. Bravo!")  # under "Perfect score!"
        if percent >= 80:
            return self.tr("Very good: you understood this text well.")
        if percent >= 50:
            return self.tr("Good work: more than half right. The mistakes below are worth a look.")
        if percent > 0:
            return self.tr(
                "A good start. Each mistake below shows its sentence in the text: read it again."
            )
        return self.tr(
            "This text was a hard one. Read it again with the evidence highlighted,"
            " then try once more."
        )


def excerpt(text: str, limit: int = 220) -> str:
    """`text` whole when it is a sentence of usual length (the proof, not a teaser: cut
    at 80 characters, « rue… » said less than the sentence); a longer one cut after its
    last clause (« , » « ; » « : ») in the limit, else at a word, with « … »."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    clause = max(head.rfind(mark) for mark in (", ", "; ", " : "))
    if clause >= limit // 2:
        return head[:clause].rstrip(" ,;:") + "…"
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:.") + "…"


def run_summary(
    session: QuizSession, seconds: float, review: bool
) -> tuple[RunFacts, list[tuple[str, str, str]]]:
    """The run's facts, and each question's (your answer, the right one, where the text
    says it: its first evidence sentence, trimmed; "" without evidence)."""
    lang = "fr" if quiz_format.is_french() else "en"
    words: dict[str, None] = {}
    answers = []
    article = session.article
    for q in session.questions:
        words.update(dict.fromkeys(session.lookups(q.id)))
        yours = describe(q, session.response(q.id), article, lang)
        found = ""
        if q.sentences:
            try:
                found = excerpt(article.sentence(q.sentences[0]).fr)
            except KeyError:  # a validated bank always has it; never fail the summary
                found = ""
        answers.append((yours, describe_right(q, article, lang), found))
    title = article.title
    if is_own(article):  # exercises no teacher wrote: say where they come from
        title = QCoreApplication.translate("SummaryHead", "Exercises made from your text: %1")
        title = title.replace("%1", article.title)
    facts = RunFacts(seconds=seconds, words=tuple(words), review=review, article=title)
    return facts, answers


def words_box(label: QLabel) -> QRect:
    """Where a one-line label's words are, in its coordinates (its whole box when they
    wrap): not the width of the column it sits in."""
    area = label.contentsRect()
    width = label.fontMetrics().horizontalAdvance(label.text()) + 2
    if width >= area.width():
        return area
    size = QSize(width, area.height())
    return QStyle.alignedRect(label.layoutDirection(), label.alignment(), size, area)
