"""Nothing lost at close: what the store still refuses then is kept in a file, and the
file's answers are added to the progress at the next start, the learner told both times.

The file's format and its places (data folder, else a private folder of the user's cache)
are `quizapp.core.progress.unsaved`'s; this module only decides when and says it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # pragma: no cover - the store loads after the first paint
    from PySide6.QtWidgets import QMessageBox  # imported where shown (start-up speed)

    from quizapp.core.progress.api import ProgressStore


class UnsavedRescue(QObject):
    """Keeps refused writes at close; replays them at start. Messages in the window's language."""

    def __init__(self, window: QWidget, data_dir: Path):
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.last_box: QMessageBox | None = None  # the latest message shown (tests read it)
        self.interactive = True  # False (selftest): nobody to press OK; closing says it on stderr

    # -- closing ------------------------------------------------------------------------
    def keep_at_close(self, store: ProgressStore) -> Path | None:
        """After the store's last retry: write what it still holds to a file and say where."""
        from datetime import UTC, datetime

        from PySide6.QtWidgets import QMessageBox

        from quizapp.core.progress.unsaved import private_folder, save_unsaved

        records = store.take_pending()
        if not records:
            return None
        try:
            path = save_unsaved(records, self.data_dir, datetime.now(UTC))
        except OSError as error:
            self._tell(
                QMessageBox.Icon.Critical,
                self.tr("Progress lost"),
                self.tr(
                    "Some of your progress (%n item(s)) could not be saved: neither the"
                    " progress file nor a file of its own in %1 or %2 could be written (%3).",
                    "",
                    len(records),
                )
                .replace("%1", str(self.data_dir))
                .replace("%2", str(private_folder(self.data_dir)))
                .replace("%3", str(error)),
                modal=True,
            )
            return None
        text = self.tr(
            "Some of your progress (%n item(s)) could not be saved in the progress file."
            " It is kept in this file:\n\n%1\n\nquizapp adds it to your progress the next"
            " time it starts. Keep the file until then.",
            "",
            len(records),
        ).replace("%1", str(path))
        self._tell(QMessageBox.Icon.Warning, self.tr("Progress kept in a file"), text, modal=True)
        return path

    # -- starting -----------------------------------------------------------------------
    def replay_at_start(self, store: ProgressStore) -> int:
        """Add the answers of files left by an earlier close; returns how many records."""
        from PySide6.QtWidgets import QMessageBox

        from quizapp.core.progress.errors import ProgressStoreError
        from quizapp.core.progress.unsaved import find_unsaved, import_unsaved, refused_places

        added, said = 0, []
        for place, reason in refused_places(self.data_dir):
            said.append(
                self.tr(
                    "%1 was not read, since another user could have written it (%2)."
                    " Delete it if you did not leave it there."
                )
                .replace("%1", str(place))
                .replace("%2", reason)
            )
        for path in find_unsaved(self.data_dir):
            try:
                report = import_unsaved(store, path)
            except ValueError as error:
                said.append(
                    self.tr("%1 was left as it is: %2")
                    .replace("%1", str(path))
                    .replace("%2", str(error))
                )
                continue
            except ProgressStoreError as error:
                said.append(
                    self.tr(
                        "The answers kept in %1 could not be added yet (%2); they stay in"
                        " that file and are tried again at the next start."
                    )
                    .replace("%1", str(path))
                    .replace("%2", error.text(self._lang()))
                )
                continue
            added += report.saved
            said.append(
                self.tr(
                    "The progress kept in %1 when quizapp last closed is now saved"
                    " (%n item(s)); the file is renamed %2.",
                    "",
                    report.saved,
                )
                .replace("%1", str(path))
                .replace("%2", report.renamed.name)
            )
            if report.set_aside:
                said.append(
                    self.tr(
                        "%n record(s) of that file could not be added and are set aside in %1: %2",
                        "",
                        len(report.set_aside),
                    )
                    .replace("%1", str(report.rejected or report.renamed))
                    .replace("%2", "; ".join(report.set_aside[:3]))
                )
        if said:
            self._tell(
                QMessageBox.Icon.Information,
                self.tr("Progress from the last time"),
                "\n\n".join(said),
                modal=False,
            )
        return added

    # -- saying it ----------------------------------------------------------------------
    def _lang(self) -> str:
        translators = getattr(self.window, "translators", None)
        return str(getattr(translators, "language", "en"))

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str, modal: bool) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        if modal and not self.interactive:
            sys.stderr.write(f"quizapp: {title}: {text}\n")
            return
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_box = box
        if modal:  # the window is closing: the learner must see this before it goes
            box.exec()
        else:
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
