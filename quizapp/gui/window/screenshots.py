"""Pictures of a screen in every look a learner may give it, for review.

`quizapp selftest --screenshots DIR` calls `Shooter.shoot(name)` at each screen
worth a picture; each is saved in both interface languages, light and dark, at
the base size and the largest zoom, in a small (900×700) and a large (1400×900)
window: `<lang>-<theme>-<zoom>-<size>-<NN>-<name>.png`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

from quizapp.gui.window.settings import ZOOM_MAX

THEMES = ("light", "dark")
ZOOMS = (0, ZOOM_MAX)
SIZES = ((900, 700), (1400, 900))


def pump() -> None:
    """The queued events, and the widgets `deleteLater` let go (as the event loop does:
    processEvents alone keeps them, and each variant's relayout walked them all)."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Shooter:
    """Saves each screen in every variant, then puts the window back as it was."""

    def __init__(self, window: Any, folder: Path, languages: list[str]):
        self.window = window
        self.folder = folder
        self.languages = languages
        self.number = 0
        self.saved: list[Path] = []

    def shoot(self, name: str, again: Callable[[], None] | None = None) -> None:
        """`again` re-opens what a resize or a new theme closes (the gloss card)."""
        window = self.window
        settings = window.settings
        before = (settings.theme_mode, settings.zoom, window.size(), window.translators.language)
        self.number += 1
        try:
            for code in self.languages:
                window.set_language(code)
                for mode in THEMES:
                    settings.theme_mode = mode
                    for zoom in ZOOMS:
                        settings.zoom = zoom
                        window.theme_hub.refresh()
                        for width, height in SIZES:
                            window.resize(width, height)
                            pump()
                            if again is not None:
                                again()
                                pump()
                            self._save(f"{code}-{mode}-zoom{zoom}-{width}x{height}", name)
        finally:
            settings.theme_mode, settings.zoom = before[0], before[1]
            window.theme_hub.refresh()
            window.resize(before[2])
            window.set_language(before[3])
            pump()
            if again is not None:
                again()

    def _save(self, variant: str, name: str) -> None:
        path = self.folder / f"{variant}-{self.number:02d}-{name}.png"
        if not self.window.grab().save(str(path)):
            raise OSError(f"could not write the screenshot {path}")
        self.saved.append(path)
