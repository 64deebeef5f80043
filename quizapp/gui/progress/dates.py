"""Dates and times in the progress screens, one format per kind, in the interface's locale.

« 6 déc. 2026 » in French, "6 Dec 2026" in English: the month written out,
never 06/12 against 12/06, and the same on History, Mistakes and My words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def ui_locale() -> QLocale:
    """The locale the interface's translation names (as the quiz's numbers use)."""
    return QLocale(
        QCoreApplication.translate("QuizFormat", "en_GB", "locale used to write numbers")
    )


def _qt(when: datetime) -> QDateTime:
    local = when.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def day(when: datetime | None) -> str:
    """The day, month abbreviated: "6 Dec 2026"."""
    return ui_locale().toString(_qt(when).date(), "d MMM yyyy") if when is not None else ""


def day_and_time(when: datetime) -> str:
    """The day and the minute: "6 Dec 2026, 14:05"."""
    moment = _qt(when)
    return f"{day(when)}, {ui_locale().toString(moment.time(), 'HH:mm')}"


def short_day(when: datetime) -> str:
    """The day and month only, for a crowded axis: "6 Dec"."""
    return ui_locale().toString(_qt(when).date(), "d MMM")
