"""Numbers in the quiz as the interface language writes them.

« 0,5 / 1 point » in French, "0.5 / 1 point" in English: the locale follows
the installed translation (its catalogue translates the locale name), not
the machine, so the numbers always match the words around them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from quizapp.core.quiz.describe import quote_sentence

NNBSP = "\u202f"


def ui_locale() -> QLocale:
    """The locale of the interface language (French when the French catalogue is on)."""
    name = QCoreApplication.translate("QuizFormat", "en_GB", "locale used to write numbers")
    return QLocale(name)


def is_french() -> bool:
    return ui_locale().language() == QLocale.Language.French


def number(value: float) -> str:
    """A score or point count: whole numbers plain, others with at most two decimals."""
    locale = ui_locale()
    rounded = round(value, 2)
    if abs(rounded - round(rounded)) < 1e-9:
        return locale.toString(round(rounded))
    text = locale.toString(rounded, "f", 2)
    zero = locale.zeroDigit()
    while text.endswith(zero):
        text = text[:-1]
    return text


def percent(share: float) -> str:
    """A share (0..1) as a percentage: « 25 % » in French, "25%" in English."""
    value = number(share * 100)
    return f"{value}{NNBSP}%" if is_french() else f"{value}%"


def _count(value: float) -> int:
    """The count that picks the plural: French says « 1,5 point », English "1.5 points"."""
    if is_french():
        return 1 if value < 2 - 1e-9 else 2
    return 1 if abs(value - 1) < 1e-9 else 2


def points(score: float, total: float) -> str:
    """« 0,5 / 1 point », « 1,5 / 2 points »."""
    many = _count(total)
    return (
        QCoreApplication.translate("QuizFormat", "%1 / %2 point(s)", "", many)
        .replace("%1", number(score))
        .replace("%2", number(total))
    )


def out_of(value: int, total: int) -> str:
    """« 16 / 16 »: a count out of all, in the interface's digits, never broken apart."""
    locale = ui_locale()
    return f"{locale.toString(value)}\u00a0/\u00a0{locale.toString(total)}"


def score_of(points_value: float) -> str:
    """« 2 points », « 0,5 point »."""
    many = _count(points_value)
    return QCoreApplication.translate("QuizFormat", "%1 point(s)", "", many).replace(
        "%1", number(points_value)
    )


def quoted(sentence: str) -> str:
    """A sentence of the text in French quotes (« … », its own « » as “ ”) in both
    interface languages: it is French material. One rule for the feedback's proof, the
    summary and a locate pick."""
    return quote_sentence(sentence)
