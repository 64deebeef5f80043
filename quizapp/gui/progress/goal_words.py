"""What a session did for the daily goal, in words, for the ends of a quiz, a reading
and a review: « +4 réponses · objectif atteint ! », « +6 réponses · 12 / 20
aujourd’hui ». One wording for the three ends, read from the window's store
(`session_moment`), so they never disagree with the library's ring.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from quizapp.gui.window.locale_format import ui_locale

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.progress.goal import GoalMoment


def session_moment(window: Any, moments: Iterable[datetime]) -> GoalMoment | None:
    """The goal now, and how many of today's answers the session's `moments` are
    (None without a learner or a store)."""
    from quizapp.core.progress.goal import added_today
    from quizapp.gui.library.goal_ring import goal_from_window

    goal = goal_from_window(window)
    if goal is None:
        return None
    return goal.moment(added_today(moments, goal.today))


def moment_text(moment: GoalMoment) -> str:
    """The session's answers, then the goal: reached (cheered when this session
    reached it), or today's count against it; then the days in a row."""
    return GoalWords().text(moment)


class GoalWords(QObject):
    """The words (a QObject for `tr`: the catalogues' context, plurals and all)."""

    def text(self, moment: GoalMoment) -> str:
        number = ui_locale().toString
        parts = []
        if moment.added:
            parts.append(self.tr("+%n answer(s)", "", moment.added))
        if moment.crossed:
            parts.append(self.tr("daily goal reached!"))
        elif moment.met:
            parts.append(self.tr("daily goal reached"))
        elif not moment.done:  # nothing yet today: the goal, as an invitation
            parts.append(self.tr("today's goal: %1 answers").replace("%1", number(moment.target)))
        else:
            today = self.tr("%1 / %2 today")
            parts.append(
                today.replace("%1", number(moment.done)).replace("%2", number(moment.target))
            )
        if moment.streak:
            parts.append(self.days(moment.streak))
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]  # « Objectif atteint ! » when it comes first

    def days(self, streak: int) -> str:
        """« 3 jours d’affilée », the number held to its unit by a no-break space: a
        narrow card wrapped « 1 » / « day in a row » onto two lines."""
        text = self.tr("%n day(s) in a row", "", streak)
        return text.replace(f"{streak} ", f"{streak}\u00a0", 1)

    def day_text(self, moment: GoalMoment) -> str:
        """The day's count said as the day's (« Today: 23 answers · daily goal reached »):
        the reading's end speaks of this reading, a bare « +3 answers » under it read as
        the reading's own; then the days in a row."""
        number = ui_locale().toString
        if not moment.done:  # nothing yet today: the goal, as an invitation
            parts = [self.tr("Today's goal: %1 answers").replace("%1", number(moment.target))]
        elif moment.met:
            parts = [self.tr("Today: %n answer(s)", "", moment.done)]
            parts.append(self.tr("daily goal reached"))
        else:
            today = self.tr("Today: %1 / %2 answers")
            parts = [today.replace("%1", number(moment.done)).replace("%2", number(moment.target))]
        if moment.streak:
            parts.append(self.days(moment.streak))
        return " · ".join(parts)
