"""How the summary names a question's kind and its verdict (a sign, a word).

Skipped is its own verdict: a question never answered is not a wrong one. The
names keep the summary's translation context, where the catalogues have them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from quizapp.core.model import QuestionType
from quizapp.core.quiz.result import QuestionResult
from quizapp.gui.quiz.answer_base import RIGHT_MARK, WRONG_MARK

TYPE_NAMES = {
    QuestionType.CHOICE: QT_TRANSLATE_NOOP("SummaryView", "Choice"),
    QuestionType.MULTI: QT_TRANSLATE_NOOP("SummaryView", "Several answers"),
    QuestionType.TRUEFALSE: QT_TRANSLATE_NOOP("SummaryView", "True or false"),
    QuestionType.SHORT: QT_TRANSLATE_NOOP("SummaryView", "Short answer"),
    QuestionType.CLOZE: QT_TRANSLATE_NOOP("SummaryView", "Fill in the blanks"),
    QuestionType.MATCH: QT_TRANSLATE_NOOP("SummaryView", "Matching"),
    QuestionType.ORDER: QT_TRANSLATE_NOOP("SummaryView", "Order"),
    QuestionType.LOCATE: QT_TRANSLATE_NOOP("SummaryView", "Find the sentence"),
}
SIGNS = {"right": RIGHT_MARK, "partly": "◐", "wrong": WRONG_MARK, "skipped": "–"}


def verdict(line: QuestionResult) -> str:
    """right, partly, wrong, or skipped (never answered: not the same as wrong)."""
    if line.skipped:
        return "skipped"
    if line.correct:
        return "right"
    return "partly" if line.score > 0 else "wrong"


def type_name(kind: QuestionType) -> str:
    return QCoreApplication.translate("SummaryView", TYPE_NAMES[kind])
