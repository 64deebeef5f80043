"""Numbers, percentages and dates as the interface language writes them.

« 85 % » and « 6 déc. 2026 » in French, "85%" and "6 Dec 2026" in English: the
locale follows the installed translation (its catalogue names the locale),
not the machine, so the numbers match the words around them, in one style.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

NNBSP = "\u202f"


def ui_locale() -> QLocale:
    """The locale of the interface language (French when the French catalogue is on)."""
    name = QCoreApplication.translate("QuizFormat", "en_GB", "locale used to write numbers")
    return QLocale(name)


def percent(share: float) -> str:
    """A share (0..1) as a whole percentage: « 85 % » in French, "85%" in English."""
    locale = ui_locale()
    value = locale.toString(round(share * 100))
    return f"{value}{NNBSP}%" if locale.language() == QLocale.Language.French else f"{value}%"


def day(iso: str) -> str:
    """A YYYY-MM-DD date as « 6 déc. 2026 » / "6 Dec 2026"; other text unchanged."""
    date = QDate.fromString(iso, "yyyy-MM-dd")
    return ui_locale().toString(date, "d MMM yyyy") if date.isValid() else iso


def topic(tag: str) -> str:
    """A teacher's topic tag in the interface language: « vie quotidienne » reads
    "daily life" in the English interface; French, or an unlisted tag, as typed."""
    from quizapp.core.library.topic_names import topic_name  # with the first topic shown

    return topic_name(tag, ui_locale().name())


def day_initials(locale: QLocale) -> dict[int, str]:
    """ISO weekday -> the locale's standard initial, as calendars print it (« L M M J V S
    D », "M T W T F S S"): two-letter cuts (« me je ve ») are no French abbreviation, and
    « lun. » does not fit under a disc or a bar. Each day's whole name is in a tooltip."""
    narrow = QLocale.FormatType.NarrowFormat
    return {d: locale.standaloneDayName(d, narrow) for d in range(1, 8)}
