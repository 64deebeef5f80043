"""The bundled typefaces, registered with Qt once per process.

On Linux the system's fonts (DejaVu, mostly) made the window read as a dated form;
shipping Inter (the interface) and Source Serif Pro (the passage) gives the same
look on every platform. Both are SIL OFL 1.1 (`assets/fonts/*/OFL.txt`); Source
Serif Pro's files are Adobe's, unmodified, as its reserved name "Source" requires.

Registering costs about 0.2 ms a file, and every registration makes Qt re-resolve
its fonts: before the first paint (start-up is benchmarked) only Inter Regular is
added, all the first paint shows (the style sheet and its weights come after it);
the other eight follow with the style sheet, before any screen that uses them.
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

FIRST_PAINT = ("inter/Inter-Regular.otf",)

_DONE: set[str] = set()  # the files tried, registered or not: never twice
_FAMILIES: set[str] = set()


def register(first_paint: bool = False) -> list[str]:
    """Add the bundled files to Qt's font database (each once); the families it now has.

    `first_paint`: only what the first paint needs. Needs a QGuiApplication. A file
    missing or refused (a broken install) is skipped: the theme's family lists fall
    back to the system's faces."""
    wanted = [name for name in (FIRST_PAINT if first_paint else FILES) if name not in _DONE]
    if wanted:
        from PySide6.QtGui import QFontDatabase

        for name in wanted:
            _DONE.add(name)
            path = FONTS_DIR / name
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id >= 0:
                _FAMILIES.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(_FAMILIES)
