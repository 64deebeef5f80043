"""A word-bank answer and a choice that differ only by case or accents.

A cloze with `choices` is graded by exact pick, so `[regrettent]` with
`choices: [Regrettent, …]` can never be answered: the teacher needs to hear
that the word is there, spelt otherwise, not to "add" it.
"""

from __future__ import annotations

import unicodedata

from quizapp.core.bank.yamlsafe import Node


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def choice_twin(answer: str, choices: list[tuple[str, Node]]) -> tuple[str, Node] | None:
    """The choice that is the answer but for case or accents (`Regrettent`, `regrettent`)."""
    key = _bare(answer).casefold()
    return next((c for c in choices if _bare(c[0].strip()).casefold() == key), None)


def difference(answer: str, choice: str) -> tuple[str, str]:
    """What tells the two apart, in words: case, accents, or both."""
    if answer.casefold() == choice.casefold():
        return "case (capital letters)", "les majuscules"
    if _bare(answer) == _bare(choice):
        return "accents", "les accents"
    return "case and accents", "les majuscules et les accents"
