"""Reading the bank off the event loop, and noticing when an open file changes.

The bank is parsed in a pool thread (YAML and validation for hundreds of
files must not freeze the window); results come back as a queued signal.
Unchanged files come from the article cache (`quizapp.core.bank.cache`), so a
large bank lists in a fraction of the time its YAML takes to check.

A Python thread competes with the window for the GIL: the switch interval is
lowered so that the event loop gets it back within a millisecond, and the
glossing dictionary's preload waits until the library has been listed. The
cyclic garbage collector is held off while a bank is read, and what was read
(long-lived articles, hundreds of thousands of objects) is then frozen out of
its full collections, each of which would otherwise stop the window ~50 ms.
Editors often save by writing a new file and renaming it over the old one,
which drops it from QFileSystemWatcher, so the path is re-added each time.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal

# What the window imports as soon as the library is listed (the progress store for
# the scores column): imported here, off the event loop, before the result is sent.
WARM_MODULES = ("quizapp.core.progress.api",)


@contextmanager
def _long_lived() -> Iterator[None]:
    """No collection while building objects that all live on; then freeze them."""
    from quizapp.core.bank.loader import collector_paused  # the core loads after the first paint

    with collector_paused():
        try:
            yield
        finally:
            # Frozen before collection resumes: everything built meanwhile is young, and
            # collecting it would hold the GIL as long as the collection this avoids.
            gc.freeze()


class _YieldingFinder:
    """Finds nothing: sleeps a moment before each import the loader thread makes.

    An import is a burst of tiny file-system calls, each releasing the GIL for a
    few microseconds: the window's thread, woken each time too late to take it,
    restarts its wait and never asks for its turn, so a package's imports (70 ms
    for simplemma's) would stop the window. A real sleep between two modules
    hands the GIL over.
    """

    def __init__(self, thread: int):
        self.thread = thread

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if threading.get_ident() == self.thread:
            time.sleep(0.0005)


@contextmanager
def _yielding_imports() -> Iterator[None]:
    finder = _YieldingFinder(threading.get_ident())
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


class _Relay(QObject):
    checked = Signal(int, object, object)  # generation, path, (article, problems) or Exception
    finished = Signal(int, object)  # generation, BankScan or Exception
    partial = Signal(int, object)  # generation, the cached part of the BankScan
    progress = Signal(int, int, int)  # generation, files read again so far, of how many


class _BankJob(QRunnable):
    def __init__(self, relay: _Relay, generation: int, folders: list[Path], cache_dir: Path | None):
        super().__init__()
        self.relay = relay
        self.generation = generation
        self.folders = folders
        self.cache_dir = cache_dir

    def run(self) -> None:
        try:
            from quizapp.core.bank.cache import load_bank_cached

            relay, generation = self.relay, self.generation
            last = [0.0]

            def progress(done: int, total: int) -> None:
                now = time.monotonic()
                if done == total or now - last[0] > 0.05:  # ~20 updates a second at most
                    last[0] = now
                    relay.progress.emit(generation, done, total)

            with _long_lived(), _yielding_imports():
                result: Any = load_bank_cached(
                    self.folders,
                    self.cache_dir,
                    progress,
                    lambda scan: relay.partial.emit(generation, scan),
                )
                for name in WARM_MODULES:
                    importlib.import_module(name)
        except Exception as error:  # handed to the window's one error funnel
            result = error
        self.relay.finished.emit(self.generation, result)


class _CheckJob(QRunnable):
    """One file read and checked again (the live reload): a 2 MB file takes seconds."""

    def __init__(self, relay: _Relay, generation: int, path: Path):
        super().__init__()
        self.relay, self.generation, self.path = relay, generation, path

    def run(self) -> None:
        try:
            from quizapp.core.bank.loader import check_file

            with _long_lived(), _yielding_imports():  # no collection of it on either thread
                result: Any = check_file(self.path)
        except Exception as error:  # handed to the window's one error funnel
            result = error
        self.relay.checked.emit(self.generation, self.path, result)


class _PreloadJob(QRunnable):
    def run(self) -> None:
        from quizapp.core.gloss.index import preload

        with _long_lived(), _yielding_imports():
            preload()  # the first click on a word then answers at once


class BankLoader(QObject):
    """Loads one folder at a time; a newer request makes older results stale."""

    loaded = Signal(object, object)  # folder Path, BankScan
    failed = Signal(object, object)  # folder Path, Exception
    # the cached part of the bank, while changed files are read again (folder, BankScan)
    partial = Signal(object, object)
    progress = Signal(int, int)  # changed files read again so far, of how many
    checked = Signal(object, object, object)  # path, Article or None, its problems

    def __init__(self, parent: QObject | None = None, cache_dir: Path | None = None):
        super().__init__(parent)
        self.cache_dir = cache_dir  # None: every file is checked each time
        # 5 ms by default: a busy loader thread would hold the window that long per call.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.partial.connect(self._partial)
        self._relay.progress.connect(self._progress)
        self._relay.checked.connect(self._checked)
        self._check_generation = 0
        self._generation = 0
        self._folder: Path | None = None
        self.busy = False

    def load(self, folder: Path, also: list[Path] | None = None) -> None:
        """Read `folder` (and `also`, listed with it: My articles) off the event loop."""
        self._generation += 1
        self._folder = folder
        self.busy = True
        folders = [folder, *(also or [])]
        self._pool.start(_BankJob(self._relay, self._generation, folders, self.cache_dir))

    def _partial(self, generation: int, scan: object) -> None:
        if generation == self._generation:
            self.partial.emit(self._folder, scan)

    def _progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.emit(done, total)

    def _finished(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        self.busy = False
        if isinstance(result, Exception):
            self.failed.emit(self._folder, result)
        else:
            self.loaded.emit(self._folder, result)

    def check(self, path: Path) -> None:
        """Read and check one file off the event loop; `checked` brings the result (only
        the latest request's: a file saved twice in a row is shown once, as last saved)."""
        self._check_generation += 1
        self._pool.start(_CheckJob(self._relay, self._check_generation, path))

    def _checked(self, generation: int, path: object, result: object) -> None:
        if generation != self._check_generation:
            return
        if isinstance(result, Exception):
            raise result  # the error handler shows it; the window goes on
        article, problems = result  # type: ignore[misc]
        self.checked.emit(path, article, problems)

    def preload(self) -> None:
        """Load the glossing dictionary in the background; the window asks for it once the
        listed library is painted and the progress store open, so that the thread's share
        of the GIL slows neither."""
        self._pool.start(_PreloadJob())

    def idle(self) -> bool:
        """No load nor preload running or queued (without blocking, unlike `wait`)."""
        return self._pool.activeThreadCount() == 0

    def wait(self) -> None:
        """Let a running load finish (at exit: a pool thread must not outlive Python)."""
        self._pool.clear()
        self._pool.waitForDone()


class FileWatcher(QObject):
    """Emits `changed(path)` once an edited file has settled on disk."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, settle_ms: int = 150):
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self._settled)
        self.path: Path | None = None

    def watch(self, path: Path | None) -> None:
        self.stop()
        self.path = path
        if path is not None:
            self._watcher.addPath(str(path))
            self._watcher.addPath(str(path.parent))

    def stop(self) -> None:
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._timer.stop()
        self.path = None

    def _poke(self, _changed: str) -> None:
        if self.path is not None:
            self._timer.start()

    def _settled(self) -> None:
        path = self.path
        if path is None or not path.exists():
            return  # an editor mid-save; the directory signal brings us back
        if str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))
        self.changed.emit(path)
