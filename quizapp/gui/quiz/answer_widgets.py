"""One answer widget per question type: the learner's input, never the scoring.

Each widget turns what the learner did into the scripting API's response
(file indices, whatever the display order) and can show a response back,
lock itself once a question is done, and mark which parts were right. The
session decides everything else. Teacher text is always plain text.

The shared contract lives in `answer_base`; the picked, typed and arranged
types in `answer_choice`, `answer_text` and `answer_arrange`. This module only
picks the class, so every arrow points from it to them.
"""

from __future__ import annotations

from typing import Any

from quizapp.core.model import (
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)
from quizapp.gui.quiz.answer_arrange import LocateAnswer, MatchAnswer, OrderAnswer
from quizapp.gui.quiz.answer_base import AnswerWidget
from quizapp.gui.quiz.answer_choice import ChoiceAnswer, MultiAnswer, TrueFalseAnswer
from quizapp.gui.quiz.answer_text import ClozeAnswer, ShortAnswer


def make_answer_widget(question: Question, session: Any, passage: Any) -> AnswerWidget:
    """The widget for `question`, in the session's display orders.

    `passage` is the PassageView, needed by `locate` questions only.
    """
    if isinstance(question, MultiQuestion):
        return MultiAnswer(question, session.option_order(question.id))
    if isinstance(question, ChoiceQuestion):
        return ChoiceAnswer(question, session.option_order(question.id))
    if isinstance(question, TrueFalseQuestion):
        return TrueFalseAnswer(question)
    if isinstance(question, ShortQuestion):
        return ShortAnswer(question)
    if isinstance(question, ClozeQuestion):
        bank = session.bank_order(question.id) if question.choices is not None else None
        return ClozeAnswer(question, bank)
    if isinstance(question, MatchQuestion):
        return MatchAnswer(question, session.right_order(question.id))
    if isinstance(question, OrderQuestion):
        return OrderAnswer(question, session.item_order(question.id))
    if isinstance(question, LocateQuestion):
        return LocateAnswer(question, passage)
    raise TypeError(f"no answer widget for a {type(question).__name__}")
