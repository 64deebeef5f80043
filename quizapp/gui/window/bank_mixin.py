"""The main window's side that talks to the loader: banks, files and live reload.

A mixin of `MainWindow`, kept apart so each file reads as one concern; it uses
the window's loader, watcher, library and Problems panel.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:  # pragma: no cover - imported on first use (start-up speed)
    from quizapp.core.bank.problems import Problem


# Timers, not posted calls: the window paints the listed library, and answers input,
# before the listeners of bank_loaded run (the progress store opens, the learner's
# toolbar changes); and they have repainted the window before the glossing dictionary
# loads beside it (its imports would keep the window's thread from the GIL meanwhile).
LISTED_TO_LOADED_MS = 40
LOADED_TO_PRELOAD_MS = 250


class BankMixin:
    """Opening a bank or one file, reading it off the event loop, reloading on save."""

    def load_bank(self, folder: Path) -> None:
        self.bank = folder
        self._listed.stop()  # the previous folder's bank_loaded is not due any more
        self.library_view.set_loading(True)
        self.progress.setRange(0, 0)  # busy, until files to read are counted
        self.progress.show()
        self._set_status(
            lambda: QCoreApplication.translate("MainWindow", "Loading the articles of %1…").replace(
                "%1", folder.name or str(folder)
            )
        )
        self._tip_folder(folder)
        if not folder.is_dir():
            self._bank_problems = [_not_a_bank(folder)]
            self._refresh_problems()
            self.problems_dock.show()
            self.library_view.set_articles([])
            self.progress.hide()
            if folder.exists():
                self._set_status(
                    lambda: QCoreApplication.translate(
                        "MainWindow", "%1 is a file, not a folder."
                    ).replace("%1", str(folder))
                )
            else:
                self._set_status(
                    lambda: QCoreApplication.translate(
                        "MainWindow", "The folder %1 does not exist."
                    ).replace("%1", str(folder))
                )
            return
        also = self._beside(folder)
        self.library_view.set_origins(origins(folder, also))
        self.loader.load(folder, also)

    def _beside(self, folder: Path) -> list[Path]:
        """My articles, when it is not the bank itself nor inside it."""
        mine = self.mine
        if mine is None or not mine.is_dir():
            return []
        real, bank = mine.resolve(), folder.resolve()
        return [] if real == bank or real.is_relative_to(bank) else [mine]

    def open_my_articles(self) -> None:
        """File → Open my articles folder: in the system's file manager."""
        from quizapp.gui.window import dialogs
        from quizapp.paths import ensure_my_articles, my_articles_dir

        data_dir = self.settings.path.parent
        folder = my_articles_dir(data_dir)
        try:
            ensure_my_articles(data_dir)
        except OSError as error:
            dialogs.show_error(
                self,
                QCoreApplication.translate("MainWindow", "Could not open My articles"),
                QCoreApplication.translate(
                    "MainWindow", "The folder %1 could not be created."
                ).replace("%1", str(folder)),
                f"{type(error).__name__}: {error}",
            )
            return
        dialogs.open_in_file_manager(self, folder)

    def own_shelf(self) -> Any:
        """The learner's own texts (gui/library/own_shelf), read on first use."""
        shelf = getattr(self, "_own_shelf", None)
        if shelf is None:
            from quizapp.gui.library.own_shelf import OwnShelf

            shelf = self._own_shelf = OwnShelf(self, self.settings.path.parent)
        return shelf

    def paste_text(self) -> None:
        """File → Paste a text…: a French text of the learner's, to read at once."""
        self.own_shelf().paste()

    def open_text_file(self) -> None:
        """File → Open a text file…: a French text saved on disk, to read at once."""
        self.own_shelf().open_file()

    def _bank_partly_scanned(self, folder: Path, scan: Any) -> None:
        """The unchanged articles, from the cache, listed while the changed files are read."""
        self.library_view.set_articles(scan.articles)

    def _tip_folder(self, folder: Path | None = None) -> None:
        """The status bar's tooltip: where the articles are (« Articles folder: <path> »),
        said again at a language change."""
        if folder is not None:
            self._status_folder = folder
        where = getattr(self, "_status_folder", None)
        if where is not None:
            tip = QCoreApplication.translate("MainWindow", "Articles folder: %1")
            self.status.setToolTip(tip.replace("%1", str(where)))

    def _bank_progress(self, done: int, total: int) -> None:
        """Files read again so far: the busy bar becomes a measured one."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _bank_scanned(self, folder: Path, scan: Any) -> None:
        self.progress.hide()
        self.library_view.set_articles(scan.articles)
        self._bank_problems = list(scan.problems)
        self._refresh_problems()
        count = len(scan.articles)
        errors = len({str(p.path) for p in scan.problems if p.is_error})
        slow = not self._has_libyaml()
        checkout = _checkout_beside(folder)
        name = bank_name(folder)  # its README read once, not at each language change
        bundled = _is_bundled(folder)

        def counted() -> str:  # « 8 articles · Questions »: the folder's path in the tooltip
            said = QCoreApplication.translate("MainWindow", "%n article(s)", "", count)
            if bundled:  # the app's own library: « Questions » named a folder, not a bank
                return QCoreApplication.translate("MainWindow", "%1 · the quizapp library").replace(
                    "%1", said
                )
            return f"{said} · {name}"

        self._set_status(
            lambda: (
                counted()
                + (
                    " · "
                    + QCoreApplication.translate("MainWindow", "%n file(s) with errors", "", errors)
                    if errors
                    else ""
                )
                + (
                    " · "
                    + QCoreApplication.translate(
                        "MainWindow", "slow reading: PyYAML has no libyaml"
                    )
                    if slow
                    else ""
                )
                + (
                    " · "
                    + QCoreApplication.translate(
                        "MainWindow",
                        "the copy installed with the app, not %1 (File → Open folder… to use it)",
                    ).replace("%1", str(checkout))
                    if checkout is not None
                    else ""
                )
            )
        )
        self._tip_folder(folder)
        if errors:
            self.problems_dock.show()
        self._listed.start()

    def _preload(self) -> None:
        if not self.closing:  # a window shut in the meantime starts no more work
            self.loader.preload()

    def _has_libyaml(self) -> bool:
        """Whether YAML is read by libyaml; if not, said on stderr (once) with the fix."""
        from quizapp.core.bank.yamlsafe import LIBYAML, NO_LIBYAML_FIX

        if not LIBYAML and not self._told_no_libyaml:
            self._told_no_libyaml = True
            sys.stderr.write(f"quizapp: warning: {NO_LIBYAML_FIX}\n")
        return LIBYAML

    def _announce_bank_loaded(self) -> None:
        if not self.closing:
            self.bank_loaded.emit()
            QTimer.singleShot(LOADED_TO_PRELOAD_MS, self._preload)

    def _bank_failed(self, folder: Path, error: Exception) -> None:
        from quizapp.gui.window import dialogs

        self.progress.hide()
        self.library_view.set_articles([])
        self._set_status(
            lambda: QCoreApplication.translate("MainWindow", "Could not read %1.").replace(
                "%1", str(folder)
            )
        )
        dialogs.show_error(
            self,
            QCoreApplication.translate("MainWindow", "Could not read the folder"),
            QCoreApplication.translate("MainWindow", "The folder %1 could not be read.").replace(
                "%1", str(folder)
            ),
            f"{type(error).__name__}: {error}",
        )

    def choose_folder(self) -> None:
        from quizapp.gui.window import dialogs

        dialogs.choose_folder(self, self.bank, self.set_bank)

    def set_bank(self, folder: Path) -> None:
        self.settings.remember_bank(folder)
        self._file_problems.clear()
        self.show_screen("library")
        self.load_bank(folder)

    def choose_file(self) -> None:
        from quizapp.gui.window import dialogs

        dialogs.choose_article(self, self.bank, self.open_file)

    def open_file(self, path: Path) -> None:
        """Preview one file: read it if it loads, else show why not (and watch for a fix)."""
        from quizapp.core.bank.loader import check_file

        article, problems = check_file(path)
        self._file_problems[str(path)] = list(problems)
        self._refresh_problems()
        if article is not None:
            self.open_article(article)
        else:
            self.watcher.watch(path)
            self.problems_dock.show()

    def reload_file(self, path: Path) -> None:
        """The open file changed on disk: read it again off the event loop, as the bank is
        (a 2 MB file froze the window for a minute when read here)."""
        if not getattr(self, "_reload_connected", False):
            self.loader.checked.connect(self._file_reloaded)
            self._reload_connected = True
        self.loader.check(path)

    def _file_reloaded(self, path: Path, article: Any, problems: list[Problem]) -> None:
        """Show the new version, or keep the old and say why."""
        if self.closing:
            return
        self._file_problems[str(path)] = list(problems)
        self._refresh_problems()
        showing = self.reading_view.article
        if article is not None:
            self.library_view.replace_article(article)
            self.reading_view.hide_file_problems()
            same = showing is not None and showing.path == article.path
            if same and self.current_screen() == "reading":
                self.reading_view.set_article(article, keep_place=True)
            else:
                self.open_article(article)
            if same:
                self.article_reloaded.emit(article)
        else:
            errors = sum(1 for p in problems if p.is_error)
            self.reading_view.show_file_problems(errors)
            self.problems_dock.show()


def _checkout_beside(folder: Path) -> Path | None:
    """The checkout's questions/ when the bundled bank in use is the installed copy."""
    from quizapp.paths import checkout_beside

    return checkout_beside() if _is_bundled(folder) else None


def origins(folder: Path, also: list[Path]) -> list[tuple[Path, str]]:
    """Each listed folder and where its articles come from: bundled, mine, or a folder."""
    kind = "bundled" if _is_bundled(folder) else "folder"
    return [(folder, kind), *((path, "mine") for path in also)]


def _is_bundled(folder: Path) -> bool:
    """The bank quizapp ships (the checkout's questions/, or the installed copy)."""
    from quizapp.paths import default_bank

    return folder.resolve() == default_bank().resolve()


def bank_name(folder: Path) -> str:
    """The bank's name on the status bar (« 8 articles — banque « Questions » »; the
    tooltip gives the whole path): its README's short heading, else its folder's name."""
    from quizapp.core.library.bank_name import bank_name as named

    return named(folder)


def _not_a_bank(folder: Path) -> Problem:
    """The Problems panel's line for a bank path that is missing, or a file."""
    from quizapp.core.bank.problems import Problem, Severity

    if folder.exists():
        en = (
            "this is a file, not a folder of articles; choose the folder that holds it "
            "(File → Open folder…), or open the file alone (File → Open article file…)"
        )
        fr = (
            "c’est un fichier, pas un dossier d’articles\u00a0; choisissez le dossier qui le "
            "contient (Fichier → Ouvrir un dossier…), ou ouvrez ce fichier seul "
            "(Fichier → Ouvrir un fichier d’article…)"
        )
    else:
        en = (
            "this folder of articles does not exist (moved, renamed, or a USB stick not "
            "plugged in?); choose another one (File → Open folder…)"
        )
        fr = (
            "ce dossier d’articles n’existe pas (déplacé, renommé, ou une clé USB non "
            "branchée\u00a0?)\u00a0; choisissez-en un autre (Fichier → Ouvrir un dossier…)"
        )
    return Problem(folder, 1, 1, Severity.ERROR, en, fr)
