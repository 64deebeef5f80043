"""What can go wrong with the progress store, said in plain words.

The store never shows anything itself: it raises these typed errors or
returns a `SaveResult` / `StoreRecovery`, and the window (or the command
line) decides how to tell the learner. Each text exists in English and
French, like a `Problem`.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


class ProgressStoreError(Exception):
    """Base of the store's errors; `str()` is English, `message_fr` French."""

    def __init__(self, message: str, message_fr: str = ""):
        super().__init__(message)
        self.message = message
        self.message_fr = message_fr or message

    def text(self, lang: str = "en") -> str:
        return self.message_fr if lang == "fr" else self.message


class StoreTooNewError(ProgressStoreError):
    """The store was written by a newer quizapp; it is left exactly as it is."""

    def __init__(self, path: Path, found: int, supported: int):
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            f"The progress file {path} was written by a newer version of quizapp "
            f"(format {found}; this version reads up to format {supported}). "
            "Update quizapp to open it. The file was left untouched.",
            f"Le fichier de progression {path} a été écrit par une version plus récente de "
            f"quizapp (format {found} ; cette version lit jusqu’au format {supported}). "
            "Mettez quizapp à jour pour l’ouvrir. Le fichier n’a pas été modifié.",
        )


class StoreUnavailableError(ProgressStoreError):
    """The data folder cannot hold a store (cannot be created, or is read-only and empty)."""


class StoreBusyError(ProgressStoreError):
    """Another program kept the store locked longer than the busy timeout."""


class StoreReadError(ProgressStoreError):
    """The open store failed under a read (damaged since it was opened, or unplugged)."""


class StoreWriteError(ProgressStoreError):
    """An immediate write (a profile) could not be saved; nothing was changed."""


class ProfileNameError(ProgressStoreError, ValueError):
    """A profile name that is empty or already taken."""


class UnknownSessionError(ProgressStoreError, KeyError):
    """A session id the store has never seen (a programming error in the caller)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message


@dataclass(frozen=True)
class SaveResult:
    """Whether a write reached the disk; truthy when it did.

    When it did not, the write is kept in memory (`pending` writes in all)
    and retried on the next write or by `ProgressStore.retry_pending()`.
    """

    saved: bool
    pending: int = 0
    error: str = ""
    error_fr: str = ""

    def __bool__(self) -> bool:
        return self.saved

    def text(self, lang: str = "en") -> str:
        return self.error_fr if lang == "fr" else self.error


SAVED = SaveResult(saved=True)


@dataclass(frozen=True)
class StoreRecovery:
    """What `ProgressStore.open()` did about a damaged store, for the window to show."""

    path: Path
    reason: str
    reason_fr: str
    moved_to: tuple[Path, ...] = ()
    restored_from: Path | None = None
    restored_at: datetime | None = None
    details: list[str] = field(default_factory=list, compare=False)

    @property
    def started_empty(self) -> bool:
        return self.restored_from is None

    def text(self, lang: str = "en") -> str:
        moved = ", ".join(str(p) for p in self.moved_to) or str(self.path)
        when = self.restored_at.strftime("%Y-%m-%d %H:%M") if self.restored_at else ""
        if lang == "fr":
            first = (
                f"Le fichier de progression n’a pas pu être lu ({self.reason_fr}). "
                f"Il a été mis de côté, sans être effacé : {moved}."
            )
            if self.restored_from is None:
                return first + " Aucune sauvegarde utilisable : la progression repart de zéro."
            return (
                first + f" La progression a été restaurée depuis la sauvegarde du {when} UTC "
                f"({self.restored_from}) ; ce qui a été fait après est perdu."
            )
        first = (
            f"The progress file could not be read ({self.reason}). "
            f"It was moved aside, not deleted: {moved}."
        )
        if self.restored_from is None:
            return first + " No usable backup was found, so progress starts empty."
        return (
            first + f" Progress was restored from the backup of {when} UTC "
            f"({self.restored_from}); anything done after that is lost."
        )


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def describe_failure(exc: BaseException) -> tuple[str, str]:
    """Why a write failed, in plain English and French."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if "full" in text or code == errno.ENOSPC:
        return "the disk is full", "le disque est plein"
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES):
        return (
            "the data folder is read-only",
            "le dossier des données est en lecture seule",
        )
    if is_busy(exc):
        return (
            "the progress file is in use by another program",
            "le fichier de progression est utilisé par un autre programme",
        )
    if "unable to open" in text or "disk i/o" in text:
        return (
            "the data folder cannot be reached (was a USB stick removed?)",
            "le dossier des données est inaccessible (clé USB retirée ?)",
        )
    return (
        f"the progress file could not be written ({exc})",
        f"le fichier de progression n’a pas pu être écrit ({exc})",
    )


def failure_result(exc: BaseException, pending: int) -> SaveResult:
    en, fr = describe_failure(exc)
    return SaveResult(
        saved=False,
        pending=pending,
        error=f"Not saved yet: {en}. The answer is kept and saving will be retried.",
        error_fr=f"Pas encore enregistré : {fr}. La réponse est gardée et sera réenregistrée.",
    )


def is_storage_failure(exc: BaseException) -> bool:
    """A failure of the disk or the file (worth retrying), not of the caller's request."""
    if isinstance(exc, OSError):
        return True
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return False
    return isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError)
