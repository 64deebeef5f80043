"""What the quiz shows in the passage beside it, question by question.

While a cloze question that blanks a sentence of the text is open, that
sentence is masked (copying it would answer the question); once the question
is done it comes back, and a locate question's right sentences are marked,
with the learner's wrong picks beside them.
"""

from __future__ import annotations

from typing import Any

from quizapp.core.model import LocateQuestion, Question
from quizapp.core.quiz.masking import given_away_by
from quizapp.core.quiz.session import AnswerOutcome, QuizSession


def show_question(passage: Any, session: QuizSession, outcome: AnswerOutcome | None) -> None:
    """Mask what the current question would give away, unless it is done."""
    question = session.current
    done = outcome is not None and outcome.done and outcome.feedback_visible
    passage.set_answer_marks()
    passage.set_masked(() if done else given_away_by(question, session.article))
    if done:
        show_done(passage, session, question)


def show_done(passage: Any, session: QuizSession, question: Question) -> None:
    """The question is over: unmask, and mark a locate question's result."""
    passage.set_masked(())
    if isinstance(question, LocateQuestion):
        right = set(question.sentences)
        picked = set(session.response(question.id) or ())
        passage.set_answer_marks(right, picked - right)


def leave(passage: Any) -> None:
    passage.set_masked(())
    passage.set_answer_marks()
