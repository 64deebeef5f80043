"""Learners: the first start's welcome, renaming and deleting (with what goes with them).

No learner is ever created silently: on a first start a welcome card asks the
name (prefilled from the computer's account, "Skip" keeps a neutral one); a
learner who starts reading first is saved under the name the card shows, and
told so.
Dialogs come from `gui/window/dialogs.py`; the store does the writing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.progress.records import Profile
    from quizapp.gui.progress.bridge import ProgressBridge
    from quizapp.gui.progress.welcome_card import WelcomeCard


def account_name() -> str:
    """The computer account's name, capitalised, as a suggestion ("" if unknown)."""
    import getpass

    try:
        return getpass.getuser().strip().capitalize()
    except (OSError, KeyError):
        return ""


class Learners(QObject):
    """The bridge's learner actions; the picker's rename and delete entries lead here."""

    def __init__(self, bridge: ProgressBridge):
        super().__init__(bridge)
        self.bridge = bridge
        self.card: WelcomeCard | None = None
        from quizapp.gui.progress.level import LearnerLevel

        self.level = LearnerLevel(bridge)  # the level they said they have, per learner
        bridge.picker.rename_requested.connect(self.ask_rename)
        bridge.picker.delete_requested.connect(self.ask_delete)

    def place_picker(self) -> None:
        """The avatar at the greeting's right end (built with the bank's first listing)."""
        from quizapp.gui.library.filter_row import welcome

        picker, window = self.bridge.picker, self.bridge.window
        greeting = welcome(window.library_view)
        if greeting.corner is not picker:
            greeting.set_corner(picker)
            picker.set_theme(window.theme_hub.theme)
            window.theme_changed.connect(picker.set_theme)

    def welcome_if_new(self) -> None:
        """No learner yet: a welcome card asks who is learning (never created silently)."""
        store = self.bridge.store
        if self.card is not None or store is None or self.bridge.guard(store.profiles, [None]):
            return
        from quizapp.gui.progress.welcome_card import WelcomeCard

        library = self.bridge.window.library_view
        self.card = WelcomeCard(library, account_name())
        library.layout().insertWidget(0, self.card)
        self.card.answered.connect(self._welcome_answered)
        self.bridge.picker.hold_new = True  # one name field on screen: the card's
        self.bridge.picker.close_new()
        self.card.field.setFocus()

    def pending_name(self) -> str | None:
        """The name the welcome card shows, while it waits for an answer."""
        return self.card.name() if self.card is not None and self.card.isVisible() else None

    def _welcome_answered(self, name: str) -> None:
        level = self.card.level() if self.card is not None else None
        if self.bridge.profile is None and self.bridge.create_profile(name) is None:
            return  # the name was refused: the picker says why, the card stays
        if level is not None and self.bridge.profile is not None:
            self.level.choose(level)
        self.close_card()

    def close_card(self) -> None:
        if self.card is not None:
            self.card.hide()
            self.card.deleteLater()
            self.card = None
            self.bridge.picker.hold_new = False

    def ask_rename(self, profile_id: int) -> None:
        from quizapp.gui.window import dialogs

        found = next((p for p in self.bridge.profiles() if p.id == profile_id), None)
        if found is not None:
            dialogs.ask_learner_name(
                self.bridge.window, found.name, lambda n: self.rename(found, n)
            )

    def rename(self, profile: Profile, name: str) -> None:
        from quizapp.core.progress.errors import ProgressStoreError

        store = self.bridge.ensure_store()
        if store is None:
            return
        try:
            renamed = store.rename_profile(profile, name)
        except ProgressStoreError as error:
            self.bridge.picker.show_error(error.text(self.bridge.lang))
            return
        if self.bridge.profile is not None and self.bridge.profile.id == renamed.id:
            self.bridge.profile = renamed
        self.bridge._refresh_profiles()

    def ask_delete(self, profile_id: int) -> None:
        from quizapp.gui.window import dialogs

        found = next((p for p in self.bridge.profiles() if p.id == profile_id), None)
        store = self.bridge.store
        if found is None or store is None:
            return
        runs = self.bridge.guard(lambda: store.sessions(found), [])
        records = self.tr(
            "Their %n quiz run(s) and the words they looked up go too.", "", len(runs)
        )
        dialogs.confirm_delete_learner(
            self.bridge.window, found.name, records, lambda: self.delete(found)
        )

    def delete(self, profile: Profile) -> dict[str, int] | None:
        """Remove the learner and their records; the status bar says how many went."""
        store = self.bridge.ensure_store()
        if store is None:
            return None
        counts = self.bridge.guard(lambda: store.delete_profile(profile), None)
        if counts is None:
            return None
        if self.bridge.profile is not None and self.bridge.profile.id == profile.id:
            self.bridge.profile = None
        self.bridge._refresh_profiles()
        self.bridge.refresh_library()
        self.bridge.progress_changed.emit()
        self.bridge.window.statusBar().showMessage(
            self.tr("“%1” deleted, with %n quiz run(s)", "", counts["runs"]).replace(
                "%1", profile.name
            )
            + self.tr(", %n answer(s)", "", counts["answers"])
            + self.tr(" and %n word(s).", "", counts["words"]),
            10_000,
        )
        return counts
