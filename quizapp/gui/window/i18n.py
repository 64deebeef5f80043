"""Interface language: which one to use, and installing its translators.

The app's own strings come from quizapp/i18n/quizapp_<lang>.qm (built from
assets/translations/*.ts); Qt's own (standard buttons, file dialogs) from the
qtbase catalogue shipped with PySide6. English is the source language; its
catalogue only holds the plural forms ("1 article", "2 articles").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from quizapp.paths import PACKAGE_DIR, system_language

LANGUAGES = ("fr", "en")
QM_DIR = PACKAGE_DIR / "i18n"
LAYOUT_DEPTH = 32  # nesting levels of widgets a re-layout may climb, with room to spare


def default_language(requested: str | None, saved: str | None) -> str:
    """--lang first, then the remembered choice, then the system's language."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    if system_language() == "fr":
        return "fr"
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"quizapp_{lang}.qm"


class Translators:
    """Holds the installed translators so that they can be swapped at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, lang: str) -> None:
        """Switch every translated string to `lang` (sends LanguageChange to widgets)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        own = QTranslator(app)
        if own.load(str(qm_path(lang))):
            self._installed.append(own)
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            base = QTranslator(app)
            if base.load(f"qtbase_{lang}", qt_dir):
                self._installed.append(base)
        for translator in self._installed:
            app.installTranslator(translator)
        settle_language_change()


def settle_language_change() -> None:
    """Retranslate and re-lay every widget now, not over the next turns of the event loop.

    Qt posts the LanguageChange to each window, and each widget whose text grew
    posts a LayoutRequest to its parent, one level per turn. Until the last turn,
    the new words sit in the old geometry: the frames drawn (and a screenshot
    taken) meanwhile show elided toolbar buttons and squeezed quiz buttons.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    for _ in range(LAYOUT_DEPTH):  # each pass climbs one level (later posts wait a pass)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
