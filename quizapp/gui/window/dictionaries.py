"""The window's dictionaries: found and indexed off the GUI thread, asked on a click.

Nothing here runs before the first paint: the service starts when the
reading screen is first built. A pool thread scans the dictionary places
and builds any missing index (`core/dictionary`), reporting progress to the
status bar; until it is done a click is answered by the glossary alone. The
learner's order and switched-off dictionaries live in the window settings.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from quizapp.gui.window.settings import AppSettings

if TYPE_CHECKING:  # pragma: no cover - the core loads after the first paint
    from quizapp.core.dictionary import Catalog, Listing, Result
    from quizapp.core.model import Article


class _Relay(QObject):
    progress = Signal(str, int)  # dictionary name, headwords indexed so far
    finished = Signal(object)  # the Catalog, or an Exception


class _ScanJob(QRunnable):
    def __init__(self, relay: _Relay, data_dir: Path):
        super().__init__()
        self.relay = relay
        self.data_dir = data_dir

    def run(self) -> None:
        try:
            from quizapp.core.dictionary import Catalog

            catalog = Catalog(self.data_dir)
            catalog.scan()
            last = [0.0]
            for ident in catalog.to_index():
                name = next(r.name for r in catalog.listings() if r.ident == ident)

                def progress(count: int, name: str = name) -> None:
                    now = time.monotonic()
                    if now - last[0] > 0.1:
                        last[0] = now
                        self.relay.progress.emit(name, count)

                self.relay.progress.emit(name, 0)
                catalog.build(ident, progress)
            result: Any = catalog
        except Exception as error:  # handed to the window's error funnel
            result = error
        self.relay.finished.emit(result)


class DictionaryService(QObject):
    """The catalog of dictionaries and the look-up chain, for the reading screen."""

    changed = Signal()  # the list or the learner's choices changed
    progress = Signal(str, int)  # indexing: dictionary name, headwords so far
    ready = Signal()

    def __init__(self, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.data_dir = settings.path.parent
        self.catalog: Catalog | None = None
        self.busy = False
        self._kinds: dict[tuple[str, ...], str] = {}  # headword, order, off -> its tag
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.finished.connect(self._finished)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    @property
    def folder(self) -> Path:
        return self.data_dir / "dictionaries"

    def start(self) -> None:
        """Scan (and index what needs it) on a worker thread; `ready` when done."""
        if self.busy:
            return
        self.busy = True
        self.pool.start(_ScanJob(self._relay, self.data_dir))

    def wait(self) -> None:
        self.pool.waitForDone()

    def _finished(self, result: object) -> None:
        self.busy = False
        if isinstance(result, Exception):
            raise result  # the window's error handler shows it; look-ups use the glossary
        old, self.catalog = self.catalog, result  # type: ignore[assignment]
        self._kinds.clear()
        if old is not None:
            old.close()
        self.ready.emit()
        self.changed.emit()

    # -- the learner's choices -------------------------------------------------------
    def listings(self) -> list[Listing]:
        if self.catalog is None:
            return []
        rows = self.catalog.listings()
        order = self.settings.dictionary_order
        rank = {ident: n for n, ident in enumerate(order)}
        return sorted(rows, key=lambda r: rank.get(r.ident, len(rank)))

    def enabled(self, ident: str) -> bool:
        return ident not in self.settings.dictionaries_off

    def set_choices(self, order: list[str], off: list[str]) -> None:
        self.settings.dictionary_order = order
        self.settings.dictionaries_off = off
        self.changed.emit()

    def installed(self) -> bool:
        """Whether any French→English dictionary answers."""
        return self.catalog is not None and bool(self.catalog.chain())

    # -- a click -------------------------------------------------------------------------
    def result(self, article: Article, sentence_id: str, offset: int) -> Result:
        from quizapp.core.dictionary import answer_click

        chain = []
        if self.catalog is not None:
            chain = self.catalog.chain(
                self.settings.dictionary_order, self.settings.dictionaries_off
            )
        return answer_click(article, sentence_id, offset, chain)

    def kind(self, headword: str) -> str:
        """The part of speech the dictionaries clearly give `headword` ("n, masc"), for a
        glossary entry, My words and the review's card; "" while indexing. Cached: a
        look-up is a few SQLite reads, but a list asks it once a row."""
        if self.catalog is None or self.busy or not headword.strip():
            return ""
        order, off = self.settings.dictionary_order, self.settings.dictionaries_off
        key = (headword, *order, "|", *off)
        if key not in self._kinds:
            from quizapp.core.review.words import kind_in

            try:
                self._kinds[key] = kind_in(self.catalog.chain(order, off), headword)
            except Exception:  # a broken dictionary only costs the caption
                self._kinds[key] = ""
        return self._kinds[key]

    def take_hint(self) -> bool:
        """True once ever, on a miss with no dictionary installed: say how to add one."""
        if self.busy or self.installed() or self.settings.dictionary_hint_shown:
            return False
        self.settings.dictionary_hint_shown = True
        return True

    def open_folder(self) -> None:
        from quizapp.core.dictionary.discover import user_folder
        from quizapp.gui.window import dialogs

        dialogs.open_folder(user_folder(self.data_dir))

    def close(self) -> None:
        self.wait()
        if self.catalog is not None:
            self.catalog.close()
