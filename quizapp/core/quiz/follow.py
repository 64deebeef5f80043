"""A quiz that follows the teacher's edits: the same run on the new version of the file.

When the window reloads an article whose quiz is on screen, the run goes on
over the new version: answers to questions that did not change are kept (as a
resumed run keeps them), new questions join in file order, and the question
shown is the one the teacher just changed, if they changed exactly one, else
the one that was on screen (by id), else the first.
"""

from __future__ import annotations

from typing import Any

from quizapp.core.model import Article


def changed_questions(old: Article, new: Article) -> list[str]:
    """Ids of the new version's questions that are new or differ from the old version's."""
    before = {q.id: q for q in old.questions}
    return [q.id for q in new.questions if before.get(q.id) != q]


def question_to_show(old: Article, new: Article, on_screen: str | None) -> str | None:
    """The id of the question to show after the reload (None if the new version has none)."""
    changed = changed_questions(old, new)
    if len(changed) == 1:
        return changed[0]
    ids = [q.id for q in new.questions]
    if on_screen in ids:
        return on_screen
    return ids[0] if ids else None


def run_on_new_version(data: dict[str, Any], new: Article) -> dict[str, Any]:
    """A saved run (`QuizSession.to_dict`) made to cover every question of the new version."""
    return {**data, "questions": [q.id for q in new.questions], "current": 0}
