"""The quiz as a state machine: one run over one article.

In practice mode the learner sees feedback after each answer and may retry
(`settings.attempts` tries), each retry costing `retry_penalty × points`; in
test mode there is one graded answer per question, which may be changed until
`finish()`, and no feedback until then. Revealing a hint costs
`hint_penalty × points` on every answer given after it. A try's score is its
graded score minus its penalties, never below 0; a question counts its best
try, so trying again never lowers a score.

Questions keep the file's order (reading order matters); options, right-hand
sides and order items get seeded display orders, stored with the run.
Responses always use the file's indices, whatever the display order.

`to_dict()` is plain JSON data; `QuizSession.from_dict(article, data)` resumes
the run exactly, and names the questions the teacher has changed since
(those start afresh).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from quizapp.core.grading import feedback as fb
from quizapp.core.grading.responses import check_response, response_to_json
from quizapp.core.grading.score import assess
from quizapp.core.model import Article, Grade, Question
from quizapp.core.quiz.data import blank_mode_and_seed, dump, restore
from quizapp.core.quiz.orders import CHOICES, ITEMS, OPTIONS, RIGHTS, display_orders, shown_items
from quizapp.core.quiz.result import QuestionResult, QuizResult
from quizapp.core.quiz.state import Mode, State, Try

__all__ = ["AnswerOutcome", "Mode", "QuizSession"]


@dataclass(frozen=True)
class AnswerOutcome:
    """What the window shows after an answer.

    `feedback`/`note` are empty while `feedback_visible` is False (test mode
    before the end). While the learner may retry, `feedback` says what is
    wrong without giving the answer; once the question is done it is the full
    feedback, and `explanation` and `evidence` (the sentence ids that prove
    the answer) are filled in for the window to show.
    """

    question_id: str
    grade: Grade
    score: float
    question_score: float
    attempts_used: int
    attempts_left: int
    can_retry: bool
    done: bool
    feedback_visible: bool
    feedback: str = ""
    feedback_en: str = ""
    note: str = ""
    note_en: str = ""
    explanation: str = ""
    explanation_en: str = ""
    evidence: tuple[str, ...] = ()


class QuizSession:
    """A quiz run; see the module docstring for the rules."""

    def __init__(
        self,
        article: Article,
        mode: Mode = Mode.PRACTICE,
        *,
        seed: int | None = None,
        question_ids: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        self.article = article
        self.mode = Mode(mode)
        self.seed = secrets.randbits(32) if seed is None else int(seed)
        ids = [q.id for q in article.questions] if question_ids is None else list(question_ids)
        wanted = set(ids)
        for qid in ids:
            article.question(qid)  # KeyError names an unknown id
        self._questions = [q for q in article.questions if q.id in wanted]
        self._index = 0
        self._finished = False
        self._states = {q.id: State() for q in self._questions}
        self._orders = {q.id: display_orders(q, self.seed) for q in self._questions}
        self.changed_questions: tuple[str, ...] = ()
        self.article_changed = False

    # -- questions and navigation -------------------------------------------------

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(self._questions)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self._questions)

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Question:
        return self._questions[self._index]

    @property
    def has_next(self) -> bool:
        return self._index < len(self._questions) - 1

    @property
    def has_previous(self) -> bool:
        return self._index > 0

    def next(self) -> bool:
        """Move to the next question; False (and no move) at the last one."""
        if not self.has_next:
            return False
        self._index += 1
        return True

    def previous(self) -> bool:
        """Move to the previous question; False (and no move) at the first one."""
        if not self.has_previous:
            return False
        self._index -= 1
        return True

    def go_to(self, target: int | str) -> Question:
        """Make question `target` (0-based position, or id) the current one."""
        if isinstance(target, str):
            target = self.question_ids.index(self._question(target).id)
        if isinstance(target, bool) or not 0 <= target < len(self._questions):
            raise IndexError(
                f"no question {target!r}: this quiz has {len(self._questions)} questions, "
                f"numbered 0 to {len(self._questions) - 1}"
            )
        self._index = target
        return self.current

    def _question(self, qid: str) -> Question:
        for q in self._questions:
            if q.id == qid:
                return q
        raise KeyError(f"question {qid!r} is not part of this quiz")

    # -- display orders -----------------------------------------------------------

    def _order(self, qid: str, kind: str, what: str) -> tuple[int, ...]:
        orders = self._orders[self._question(qid).id]
        if kind not in orders:
            raise ValueError(f"question {qid!r} has no {what}")
        return tuple(orders[kind])

    def option_order(self, qid: str) -> tuple[int, ...]:
        """File indices of a choice/multi question's options, in display order."""
        return self._order(qid, OPTIONS, "options")

    def right_order(self, qid: str) -> tuple[int, ...]:
        """File indices of a match question's pairs, in the order to show their right sides."""
        return self._order(qid, RIGHTS, "pairs")

    def bank_order(self, qid: str) -> tuple[int, ...]:
        """Indices of a cloze question's `choices`, in the word bank's (shuffled) order."""
        return self._order(qid, CHOICES, "word bank")

    def item_order(self, qid: str) -> tuple[int, ...]:
        """File indices of an order question's items, in display order (never the right one)."""
        return self._order(qid, ITEMS, "items")

    # -- answering ----------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self._finished

    def attempts_used(self, qid: str) -> int:
        return len(self._states[self._question(qid).id].tries)

    def hint_shown(self, qid: str) -> bool:
        return self._states[self._question(qid).id].hint_shown

    def response(self, qid: str) -> Any:
        """The latest response to a question (canonical shape), or None."""
        tries = self._states[self._question(qid).id].tries
        return tries[-1].response if tries else None

    def responses(self, qid: str) -> tuple[Any, ...]:
        """Every response given to a question, oldest first (canonical shape)."""
        return tuple(t.response for t in self._states[self._question(qid).id].tries)

    def response_json(self, qid: str) -> Any:
        """The latest response as plain JSON data (sets as sorted lists), or None."""
        return response_to_json(self.response(qid))

    def _solved(self, state: State) -> bool:
        return any(t.assessment.grade.correct for t in state.tries)

    def can_answer(self, qid: str) -> bool:
        """Whether `answer` accepts a response for this question now.

        In test mode an answer may be changed until the end (it stays one try).
        """
        q = self._question(qid)
        state = self._states[q.id]
        if self._finished:
            return False
        if self.mode is Mode.TEST:
            return True
        return (
            not state.closed
            and not self._solved(state)
            and len(state.tries) < max(q.settings.attempts, 1)
        )

    def attempts_left(self, qid: str) -> int:
        q = self._question(qid)
        if not self.can_answer(qid):
            return 0
        if self.mode is Mode.TEST:
            return 0 if self._states[q.id].tries else 1
        return max(q.settings.attempts, 1) - len(self._states[q.id].tries)

    def can_retry(self, qid: str) -> bool:
        """Whether the learner, having answered, may try this question again."""
        return self.mode is Mode.PRACTICE and self.attempts_used(qid) > 0 and self.can_answer(qid)

    def _try_score(self, q: Question, number: int, attempt: Try) -> float:
        """A try's score: graded minus penalties (try `number` is 1-based), floor 0."""
        points = Fraction(q.points)
        penalty = (number - 1) * Fraction(q.settings.retry_penalty) * points
        if attempt.hinted:
            penalty += Fraction(q.settings.hint_penalty) * points
        return float(max(Fraction(attempt.assessment.grade.score) - penalty, Fraction(0)))

    def question_score(self, qid: str) -> float:
        """What the question counts for now: its best try, 0 before any."""
        q = self._question(qid)
        tries = self._states[q.id].tries
        return max((self._try_score(q, i + 1, t) for i, t in enumerate(tries)), default=0.0)

    def answer(self, qid: str, response: Any) -> AnswerOutcome:
        """Grade a response (file indices, as the scripting API says) and record it."""
        q = self._question(qid)
        state = self._states[q.id]
        if self._finished:
            raise ValueError("this quiz is finished: no more answers")
        if not self.can_answer(qid):
            raise ValueError(f"question {qid!r} has no tries left")
        canonical = check_response(q, response, self.article)
        shown = shown_items(q, self._orders[q.id])
        graded = assess(q, canonical, article=self.article, shown=shown)
        attempt = Try(canonical, state.hint_shown, graded)
        if self.mode is Mode.TEST:
            state.tries[:] = [attempt]
        else:
            state.tries.append(attempt)
        outcome = self.outcome(qid)
        assert outcome is not None
        return outcome

    def give_up(self, qid: str) -> AnswerOutcome:
        """Stop trying a practice question after a wrong try and see the full feedback."""
        q = self._question(qid)
        state = self._states[q.id]
        if self.mode is not Mode.PRACTICE:
            raise ValueError(
                "giving up on a question is for practice mode; a test ends with finish()"
            )
        if not state.tries:
            raise ValueError(f"question {qid!r} has not been answered yet")
        state.closed = True
        outcome = self.outcome(qid)
        assert outcome is not None
        return outcome

    def outcome(self, qid: str) -> AnswerOutcome | None:
        """The latest answer's outcome, as it should be shown now (None if unanswered)."""
        q = self._question(qid)
        tries = self._states[q.id].tries
        if not tries:
            return None
        last = tries[-1]
        grade = last.assessment.grade
        visible = self.mode is Mode.PRACTICE or self._finished
        retry = self.can_retry(qid)
        done = not self.can_answer(qid) if self.mode is Mode.PRACTICE else self._finished
        text = ("", "", "", "")
        if visible and retry:
            again = fb.try_again(self.attempts_left(qid))
            text = (
                fb.sentences(last.assessment.retry, again[0]),
                fb.sentences(last.assessment.retry_en, again[1]),
                "",
                "",
            )
        elif visible:
            text = (grade.feedback, grade.feedback_en, grade.note, grade.note_en)
        return AnswerOutcome(
            question_id=q.id,
            grade=grade,
            score=self._try_score(q, len(tries), last),
            question_score=self.question_score(qid),
            attempts_used=len(tries),
            attempts_left=self.attempts_left(qid),
            can_retry=retry,
            done=done,
            feedback_visible=visible,
            feedback=text[0],
            feedback_en=text[1],
            note=text[2],
            note_en=text[3],
            **(self._solution(q) if visible and done else {}),
        )

    @staticmethod
    def _solution(q: Question) -> dict[str, Any]:
        texts = {"explanation": q.explanation or "", "explanation_en": q.explanation_en or ""}
        return {**texts, "evidence": q.sentences}

    def reveal_hint(self, qid: str) -> tuple[str, str]:
        """The hint (French, English); answers given from now on pay `hint_penalty`."""
        q = self._question(qid)
        if not q.hint and not q.hint_en:
            raise ValueError(f"question {qid!r} has no hint")
        self._states[q.id].hint_shown = True
        return q.hint or "", q.hint_en or ""

    def record_lookup(self, qid: str, headword: str) -> None:
        """Note a gloss looked up while on this question (for the progress store)."""
        self._states[self._question(qid).id].lookups.append(headword)

    def lookups(self, qid: str) -> tuple[str, ...]:
        return tuple(self._states[self._question(qid).id].lookups)

    # -- totals -------------------------------------------------------------------

    @property
    def score(self) -> float:
        """The running score: every question's current score, after penalties."""
        return sum(self.question_score(q.id) for q in self._questions)

    @property
    def points(self) -> float:
        return sum(q.points for q in self._questions)

    @property
    def answered(self) -> int:
        return sum(1 for s in self._states.values() if s.tries)

    def result(self) -> QuizResult:
        """The summary as things stand (unanswered questions count 0)."""
        rows = tuple(self._row(q) for q in self._questions)
        return QuizResult(
            article_id=self.article.id,
            mode=self.mode,
            score=sum(r.score for r in rows),
            points=self.points,
            rows=rows,
        )

    def _row(self, q: Question) -> QuestionResult:
        state = self._states[q.id]
        first = bool(state.tries) and state.tries[0].assessment.grade.correct
        return QuestionResult(
            q.id, q.type, q.points, self.question_score(q.id), len(state.tries),
            int(state.hint_shown), self._solved(state), first,
        )  # fmt: skip

    def finish(self) -> QuizResult:
        """End the run: no more answers, all feedback visible. Safe to call twice."""
        self._finished = True
        return self.result()

    def review_mistakes(self, *, seed: int | None = None) -> QuizSession:
        """A fresh run, same mode, over only the questions answered below full marks."""
        mistakes = self.result().mistakes
        if not mistakes:
            raise ValueError("there is no mistake to review: every question is at full marks")
        return QuizSession(self.article, self.mode, seed=seed, question_ids=mistakes)

    # -- saving and resuming ------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole run as plain JSON-able data."""
        return dump(self)

    @classmethod
    def from_dict(cls, article: Article, data: Any) -> QuizSession:
        """Resume a run saved by `to_dict`; ValueError if the data is not such a run."""
        mode, seed = blank_mode_and_seed(data)
        return restore(cls(article, mode, seed=seed, question_ids=()), data)
