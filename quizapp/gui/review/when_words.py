"""When the next review comes, in a learner's words: "Next review today around 3:45 pm".

Rounded to five minutes ("around": the exact minute only looks like a timetable),
the time written as the interface language writes it (« vers 15 h 45 », "around
3:45 pm"), the day as a person says it: today, tomorrow, a weekday, else a date.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime

from quizapp.gui.window.locale_format import ui_locale

translate = QCoreApplication.translate


def around(when: datetime) -> str:
    """The local time to the nearest five minutes: "3:45 pm", « 15 h 45 »."""
    local = when.astimezone()
    minutes = min(round((local.hour * 60 + local.minute + local.second / 60) / 5) * 5, 1435)
    time = QTime(minutes // 60, minutes % 60)
    said = translate(
        "ReviewWhen", "%1:%2 %3", "a time: %1 hour of 12, %2 minutes, %3 am/pm, %4 hour of 24"
    )
    locale = ui_locale()  # each part as the interface language writes it
    hour = locale.toString(time.hour() % 12 or 12)  # "h" alone is the 24-hour clock's
    for mark, part in (("%2", "mm"), ("%3", "ap"), ("%4", "H")):
        said = said.replace(mark, locale.toString(time, part))
    return said.replace("%1", hour).replace(" ", "\u00a0")  # "6:10 pm" never wrapped apart


def next_review(when: datetime, now: datetime | None = None) -> str:
    """ "Next review today around 3:45 pm", "… tomorrow around 9 am", "… on Thursday",
    "… on 21 Dec"."""
    local = when.astimezone()
    today = (now or datetime.now()).astimezone().date()
    day = local.date()
    if day <= today:
        return translate("ReviewWhen", "Next review today around %1").replace("%1", around(when))
    if day == today + timedelta(days=1):
        return translate("ReviewWhen", "Next review tomorrow around %1").replace("%1", around(when))
    if day < today + timedelta(days=7):
        said = translate("ReviewWhen", "Next review on %1", "a weekday")
        return said.replace("%1", ui_locale().dayName(day.isoweekday()))
    said = translate("ReviewWhen", "Next review on %1", "a date")
    return said.replace("%1", ui_locale().toString(QDate(day.year, day.month, day.day), "d MMM"))


def by_tomorrow(n: int, words: int) -> str:
    """ "3 words by tomorrow", "2 questions by tomorrow", "1 word and 1 question by
    tomorrow": what else comes back within a day, in the chip's nouns."""
    if words == n:
        return QCoreApplication.translate("ReviewWhen", "%n word(s) by tomorrow", "", n)
    if words == 0:
        return QCoreApplication.translate("ReviewWhen", "%n question(s) by tomorrow", "", n)
    both = translate("ReviewWhen", "%1 and %2 by tomorrow", "%1 words, %2 questions")
    first = QCoreApplication.translate("ReviewWhen", "%n word(s)", "", words)
    then = QCoreApplication.translate("ReviewWhen", "%n question(s)", "", n - words)
    return both.replace("%1", first).replace("%2", then)


def sentence(when: datetime, n: int = 0, words: int = 0, now: datetime | None = None) -> str:
    """One sentence: « Prochaine révision aujourd’hui vers 17 h 40 · 3 mots d’ici demain »;
    the « · » held to the time before it (a no-break space), so a wrap never opens a line
    with it."""
    said = next_review(when, now)
    return f"{said}\u00a0· {by_tomorrow(n, words)}" if n > 1 else said  # 1: that one
