"""What a typed answer's field says before anything is typed: the kind of answer the
grader takes (a number, or words in French), so the learner knows what to type,
never its length or its letters, which would give it away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quizapp.core.grading.answers import has_number
from quizapp.core.model import ShortQuestion


def placeholder(question: ShortQuestion) -> str:
    """« A number » when every accepted answer has figures, « In words or figures »
    when some do, else « Your answer in French »."""
    answers = [answer for answer in question.answers if str(answer).strip()]
    numbers = [answer for answer in answers if has_number(str(answer))]
    if answers and len(numbers) == len(answers):
        return QCoreApplication.translate("ShortAnswer", "A number")
    if numbers:
        return QCoreApplication.translate("ShortAnswer", "In French, in words or figures")
    return QCoreApplication.translate("ShortAnswer", "Your answer in French")
