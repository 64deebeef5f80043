"""The bundled typefaces, registered with Qt once per process.

On Linux the system's fonts (DejaVu, mostly) made the window read as a dated form;
shipping Inter (the interface) and Source Serif Pro (the passage) gives the same
look on every platform. Both are SIL OFL 1.1 (`assets/fonts/*/OFL.txt`); Source
Serif Pro's files are Adobe's, unmodified, as its reserved name "Source" requires.

Registering all nine files costs ~1-2 ms once the font database exists (it is
built for the first paint anyway), so they are all registered before the window
is built: nothing repaints in another face after the first paint.
"""

from __future__ import annotations

from quizapp.paths import PACKAGE_DIR

FONTS_DIR = PACKAGE_DIR / "assets" / "fonts"
INTERFACE = "Inter"
PASSAGE = "Source Serif Pro"
FILES = (
    "inter/Inter-Regular.otf",
    "inter/Inter-Medium.otf",
    "inter/Inter-SemiBold.otf",
    "inter/Inter-Bold.otf",
    "inter/Inter-Italic.otf",
    "source-serif-pro/SourceSerifPro-Regular.ttf",
    "source-serif-pro/SourceSerifPro-Semibold.ttf",
    "source-serif-pro/SourceSerifPro-Bold.ttf",
    "source-serif-pro/SourceSerifPro-It.ttf",
)

_FAMILIES: list[str] = []  # what Qt registered; filled once


def register() -> list[str]:
    """Add the bundled files to Qt's font database (once); the families it now has.

    Needs a QGuiApplication. A file missing or refused (a broken install) is skipped:
    the theme's family lists fall back to the system's faces."""
    if not _FAMILIES:
        _FAMILIES.extend(sorted(_add_files()) or [""])  # [""]: tried, never again
    return [f for f in _FAMILIES if f]


def _add_files() -> set[str]:
    from PySide6.QtGui import QFontDatabase

    found: set[str] = set()
    for name in FILES:
        path = FONTS_DIR / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            found.update(QFontDatabase.applicationFontFamilies(font_id))
    return found
