"""A response in a few words, for the summary's "your answer" beside the right one.

Responses are in the scripting API's shape (file indices, texts, ids). The
words are the teacher's (plain text); only True/False/Not given and the word
for "sentence" follow the interface language.
"""

from __future__ import annotations

from typing import Any

from quizapp.core.grading.feedback import TRUEFALSE_LABEL_EN, TRUEFALSE_LABEL_FR
from quizapp.core.grading.responses import right_response
from quizapp.core.model import (
    Article,
    ChoiceQuestion,
    ClozeQuestion,
    LocateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    TrueFalseQuestion,
)


def describe(question: Question, response: Any, article: Article | None, lang: str = "en") -> str:
    """`response` in words ("" for no response)."""
    if response is None:
        return ""
    if isinstance(question, MultiQuestion):
        return " / ".join(question.options[i].text for i in sorted(response))
    if isinstance(question, ChoiceQuestion):
        return question.options[response].text
    if isinstance(question, TrueFalseQuestion):
        labels = TRUEFALSE_LABEL_FR if lang == "fr" else TRUEFALSE_LABEL_EN
        return next(
            (v for k, v in labels.items() if k == response and type(k) is type(response)), ""
        )
    if isinstance(question, ClozeQuestion):
        return " / ".join(t.strip() or "…" for t in response)
    if isinstance(question, MatchQuestion):
        return " · ".join(f"{p.left} → {response.get(p.left) or '…'}" for p in question.pairs)
    if isinstance(question, OrderQuestion):
        return " → ".join(response)
    if isinstance(question, LocateQuestion):
        order = [s.id for s in article.sentences] if article else []
        numbers = sorted(order.index(s) + 1 if s in order else 0 for s in response)
        word = "phrase" if lang == "fr" else "sentence"
        return ", ".join(f"{word} {n}" if n else "?" for n in numbers)
    return str(response).strip()


def describe_right(question: Question, article: Article | None, lang: str = "en") -> str:
    """The right answer in words."""
    return describe(question, right_response(question), article, lang)
