"""Finding the question files of a bank folder: sorted, bounded, and every skip said.

A bank is read in sorted order, so two runs on the same folder report the same
paths whatever order the disk lists them in. Linked folders are followed
(teachers link shared folders into a bank), each real folder once, and a file
reachable both directly and through a link is reported under its direct path:
the folder is walked first without following any link, and only then are the
links followed, in sorted order, for what they add.

The walk stays on the bank's own file system, never enters /proc, /sys or /dev
(a link to / in a bank once made `check` walk /proc for minutes), and stops
with a message past MAX_FILES question files, MAX_ENTRIES names looked at or
MAX_DEPTH levels. What it leaves out is never silent: an unreadable folder, a
link to nothing, a link off the bank's file system and a name that is not
UTF-8 are each a problem at their path.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.bank.files import special_kind
from quizapp.core.bank.messages import msg
from quizapp.core.bank.problems import Problem, Severity

SUFFIXES = (".yaml", ".yml")
MAX_FILES = 10_000
MAX_ENTRIES = 100_000
MAX_DEPTH = 20
# System folders that look like files but are not (endless, blocking or huge).
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")

_NBSP = "\u00a0"


def _problem(path: Path | str, severity: Severity, en: str, fr: str) -> Problem:
    return Problem(display_path(path), 1, 1, severity, en, fr)


def display_path(path: Path | str) -> Path | str:
    """The path as given, or, when its name is not valid UTF-8, a printable stand-in."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return path


def _is_system(real: str) -> bool:
    return any(real == top or real.startswith(top + "/") for top in SYSTEM_FOLDERS)


@dataclass
class _Walk:
    """One bank folder's walk: what it found, what it skipped, and its bounds."""

    root: Path
    device: int
    real_root: str
    files: dict[tuple[int, int], Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)
    links: deque[tuple[Path, int]] = field(default_factory=deque)
    entries: int = 0
    stopped: bool = False
    too_deep: bool = False

    def run(self) -> None:
        self._folder(self.root, 0)
        while self.links and not self.stopped:
            link, depth = self.links.popleft()
            self._link(link, depth)

    def _stop(self, en: str, fr: str) -> None:
        if not self.stopped:
            self.stopped = True
            self.problems.append(_problem(self.root, Severity.ERROR, en, fr))

    def _folder(self, folder: Path, depth: int) -> None:
        """Files and real subfolders now, in sorted order; links kept for afterwards."""
        if self.stopped:
            return
        if depth > MAX_DEPTH:  # said once; the folders less deep are still read
            if self.too_deep:
                return
            self.too_deep = True
            self.problems.append(
                _problem(
                    self.root,
                    Severity.ERROR,
                    f"the bank goes more than {MAX_DEPTH} folders deep "
                    f"(at {display_path(folder)}); what is deeper was not read: keep articles "
                    "fewer levels down, or check a linked folder does not lead back up",
                    f"le dossier d’articles descend à plus de {MAX_DEPTH} niveaux "
                    f"(à {display_path(folder)}){_NBSP}; ce qui est plus profond n’a pas été "
                    f"lu{_NBSP}: rangez les articles moins profond, ou vérifiez qu’un lien ne "
                    "ramène pas plus haut",
                )
            )
            return
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self.problems.append(
                _problem(
                    folder,
                    Severity.ERROR,
                    f"this folder cannot be read ({reason}); its articles were left out: "
                    "give yourself the right to read it, or move the articles elsewhere",
                    f"impossible de lire ce dossier ({reason}){_NBSP}; ses articles ont été "
                    f"laissés de côté{_NBSP}: donnez-vous le droit de le lire, ou déplacez "
                    "les articles",
                )
            )
            return
        for entry in entries:
            if self.stopped:
                return
            self.entries += 1
            if self.entries > MAX_ENTRIES:
                self._limit()
                return
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                self.links.append((path, depth + 1))
            elif entry.is_dir(follow_symlinks=False):
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if st.st_dev != self.device:  # a mount point: /proc below a linked /
                    self._off_disk(path)
                elif (st.st_dev, st.st_ino) not in self.seen_dirs:
                    self.seen_dirs.add((st.st_dev, st.st_ino))
                    self._folder(path, depth + 1)
            elif _is_question(entry.name) and entry.is_file(follow_symlinks=False):
                # Every folder walked is on the bank's device (others are skipped), and
                # the listing gives the inode: no stat call per file.
                self._file(path, (self.device, entry.inode()))

    def _file(self, path: Path, key: tuple[int, int]) -> None:
        if key in self.files:
            return  # reached before, directly or through an earlier link
        if display_path(path) is not path:
            self.problems.append(
                _problem(
                    path,
                    Severity.ERROR,
                    "this file's name is not valid UTF-8 text, so it was left out: rename it "
                    "(letters, digits and hyphens are safest)",
                    f"le nom de ce fichier n’est pas un texte UTF-8 valide, il a donc été laissé "
                    f"de côté{_NBSP}: renommez-le (lettres, chiffres et tirets sont le plus sûr)",
                )
            )
            return
        if len(self.files) >= MAX_FILES:
            self._limit()
            return
        self.files[key] = path

    def _off_disk(self, path: Path) -> None:
        real = os.path.realpath(path)
        self.problems.append(
            _problem(
                path,
                Severity.WARNING,
                f"this folder is on another disk than the bank ({real}, or a system folder); "
                "it was not read: copy its articles into the bank instead",
                f"ce dossier est sur un autre disque que le dossier d’articles ({real}, ou un "
                f"dossier du système){_NBSP}; il n’a pas été lu{_NBSP}: copiez plutôt ses "
                "articles dans le dossier",
            )
        )

    def _limit(self) -> None:
        self._stop(
            f"the bank holds more than {MAX_FILES:,} question files or {MAX_ENTRIES:,} names "
            "(a link to a system folder?); the rest was not read: split it into smaller folders",
            f"le dossier d’articles contient plus de {MAX_FILES} fichiers de questions ou "
            f"{MAX_ENTRIES} noms (un lien vers un dossier du système{_NBSP}?){_NBSP}; la suite "
            f"n’a pas été lue{_NBSP}: répartissez-le en dossiers plus petits",
        )

    def _link(self, link: Path, depth: int) -> None:
        """Follow one link, unless it leads nowhere, off the bank's file system, or to
        a folder already read."""
        try:
            st = link.stat()
        except OSError as exc:
            if _is_question(link.name) and exc.errno == errno.ELOOP:
                self.problems.append(
                    _problem(
                        link,
                        Severity.ERROR,
                        "this link leads back to itself (a loop); it was left out: remove it",
                        f"ce lien mène à lui-même (une boucle){_NBSP}; il a été laissé de "
                        f"côté{_NBSP}: supprimez-le",
                    )
                )
            elif _is_question(link.name):
                self.problems.append(
                    _problem(
                        link,
                        Severity.ERROR,
                        "this link leads to no file (moved or deleted?); it was left out: "
                        "remove the link or make it point at the article",
                        f"ce lien ne mène à aucun fichier (déplacé ou supprimé{_NBSP}?){_NBSP}; "
                        f"il a été laissé de côté{_NBSP}: supprimez le lien ou faites-le pointer "
                        "vers l’article",
                    )
                )
            return
        if stat.S_ISREG(st.st_mode):
            if _is_question(link.name):
                self._file(link, (st.st_dev, st.st_ino))
            return
        if not stat.S_ISDIR(st.st_mode) or (st.st_dev, st.st_ino) in self.seen_dirs:
            return
        real = os.path.realpath(link)
        if _is_system(real) or st.st_dev != self.device:
            self._off_disk(link)
            return
        if self.real_root == real or self.real_root.startswith(real.rstrip(os.sep) + os.sep):
            self.problems.append(
                _problem(
                    link,
                    Severity.WARNING,
                    f"this link leads to {real}, a folder that holds the bank itself; it was "
                    "not followed: link the folder of articles you mean instead",
                    f"ce lien mène à {real}, un dossier qui contient le dossier d’articles "
                    f"lui-même{_NBSP}; il n’a pas été suivi{_NBSP}: faites-le pointer vers le "
                    "dossier d’articles voulu",
                )
            )
            return
        self.seen_dirs.add((st.st_dev, st.st_ino))
        self._folder(link, depth)


def _is_question(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES


def question_files(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The question files below `folder` in sorted order, and the problems of the walk."""
    try:
        st = folder.stat()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        en = f"this folder cannot be read ({reason})"
        fr = f"impossible de lire ce dossier ({reason})"
        return [], [_problem(folder, Severity.ERROR, en, fr)]
    walk = _Walk(folder, st.st_dev, os.path.realpath(folder))
    walk.seen_dirs.add((st.st_dev, st.st_ino))
    if _is_system(walk.real_root):
        walk._stop(
            "this is a system folder, not a folder of articles; it was not read",
            f"c’est un dossier du système, pas un dossier d’articles{_NBSP}; il n’a pas été lu",
        )
    else:
        walk.run()
    return sorted(walk.files.values(), key=lambda p: p.as_posix()), walk.problems


def bank_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem]]:
    """The question files under `paths` (files as given, folders searched recursively)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, walk_problems = question_files(path)
            files.extend(found)
            problems.extend(walk_problems)
        elif path.is_file():
            files.append(path)
        elif (kind := special_kind(path)) is not None:  # a FIFO, a device: say what it is
            en, fr = msg("not_a_file", kind_en=kind[0], kind_fr=kind[1])
            problems.append(Problem(display_path(given), 1, 1, Severity.ERROR, en, fr))
        else:
            en, fr = msg("unreadable", reason="no such file or folder")
            problems.append(Problem(display_path(given), 1, 1, Severity.ERROR, en, fr))
    return list(dict.fromkeys(files)), problems
