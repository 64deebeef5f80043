"""The level a learner says they have, kept per learner and handed to the library.

Until a learner has results, the app cannot know that they read B1: without their
word, the « Continue » card starts everyone at the easiest level. They may say it
on the welcome card or later under their avatar (« My level »); "I don't know" is
always a fine answer. Kept in the window's settings under the learner's id (the
progress store's profiles have no column for it, and a migration is not worth a
preference); results take over from it as soon as there are any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.gui.progress.bridge import ProgressBridge
    from quizapp.gui.window.theme import Theme

LEVEL_CHOICES = ("A1", "A2", "B1", "B2", "C1")


class LearnerLevel(QObject):
    """Reads the current learner's level into the library; stores a new choice."""

    def __init__(self, bridge: ProgressBridge):
        super().__init__(bridge)
        self.bridge = bridge
        bridge.profile_changed.connect(lambda _p: self.apply())
        bridge.picker.level_chosen.connect(self.choose)
        bridge.window.library_view.level_chosen.connect(self.choose)  # the « Continue » card
        self.apply()

    def current(self) -> str | None:
        profile = self.bridge.profile
        if profile is None:
            return None
        level = self.bridge.window.settings.learner_level(profile.id)
        return level if level in LEVEL_CHOICES else None

    def choose(self, level: str | None) -> None:
        """The learner's answer ("" or None: I don't know), for the current learner."""
        profile = self.bridge.profile
        if profile is None:
            return
        self.bridge.window.settings.set_learner_level(profile.id, level or None)
        self.apply()

    def apply(self) -> None:
        level = self.current()
        self.bridge.picker.set_level(level)
        view = self.bridge.window.library_view
        if view.model.declared_level != level:
            view.model.declared_level = level
            view.refresh_hero()


def rules(theme: Theme) -> list[str]:
    """The welcome card's level choices: small pills, the chosen one in the accent."""
    p = theme.palette
    pill = f"border-radius: {max(2, theme.radius // 2)}px;"
    return [
        f"QPushButton[level_choice] {{ background: {p.surface}; color: {p.text};"
        f" border: 1px solid {p.border}; {pill} padding: {theme.space(0.5)}px"
        f" {theme.space(1.25)}px; min-height: {theme.target - 2 * theme.space(0.5)}px; }}",
        f"QPushButton[level_choice]:hover {{ border-color: {p.accent}; }}",
        f"QPushButton[level_choice]:checked {{ background: {p.selection_tint};"
        f" color: {p.accent}; border: 2px solid {p.accent}; }}",  # never bolder: no clipping
        f"QPushButton[level_choice]:focus {{ border: 2px solid {p.accent}; }}",
    ]
