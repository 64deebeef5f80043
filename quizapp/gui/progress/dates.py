"""Dates and times in the progress screens, one format per kind, in the interface's locale.

« 6 déc. 2026 » in French, "6 Dec 2026" in English: the month written out,
never 06/12 against 12/06, and the same on History, Mistakes and My words;
« aujourd’hui » and « hier » where the learner thinks in those words.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

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


def _relative(when: datetime, today: date | None) -> str | None:
    """ "today" or "yesterday" (lower case: it follows a comma or stands in a column)."""
    today = today or datetime.now().astimezone().date()
    local = when.astimezone().date()
    if local == today:
        return QCoreApplication.translate("ProgressDates", "today")
    if local == today - timedelta(days=1):
        return QCoreApplication.translate("ProgressDates", "yesterday")
    return None


def day(when: datetime | None, today: date | None = None) -> str:
    """The day, month abbreviated: "6 Dec 2026"; "today" and "yesterday" said so."""
    if when is None:
        return ""
    return _relative(when, today) or ui_locale().toString(_qt(when).date(), "d MMM yyyy")


def day_and_time(when: datetime, today: date | None = None) -> str:
    """The day and the minute: "6 Dec 2026, 14:05", "today, 14:05"."""
    moment = _qt(when)
    return f"{day(when, today)}, {ui_locale().toString(moment.time(), 'HH:mm')}"


def short_day(when: datetime) -> str:
    """The day and month only, for a crowded axis: "6 Dec"."""
    return ui_locale().toString(_qt(when).date(), "d MMM")


def interval(delta: timedelta) -> str:
    """How long until a card comes back, short as on Anki's buttons: "10 min", "3 d"."""
    minutes = max(1, round(delta.total_seconds() / 60))
    hours, days = minutes / 60, minutes / (60 * 24)
    if minutes < 60:
        value, unit = minutes, QCoreApplication.translate("ProgressDates", "%1 min")
    elif hours < 24:
        value, unit = round(hours), QCoreApplication.translate("ProgressDates", "%1 h")
    elif days < 30:
        value, unit = round(days), QCoreApplication.translate("ProgressDates", "%1 d")
    elif days < 365:
        value, unit = round(days / 30), QCoreApplication.translate("ProgressDates", "%1 mo")
    else:
        value, unit = round(days / 365), QCoreApplication.translate("ProgressDates", "%1 y")
    return unit.replace("%1", ui_locale().toString(value))
