"""The learner's dictionaries: found, indexed, switched on or off, in order.

`Catalog.scan()` lists what is on disk (`discover.find`) and opens those
whose index is already built; `Catalog.build(ident)` builds one (slow: the
window runs it on a worker thread and the command line just waits); a
dictionary that fails is listed as broken with its reason, and the others
keep answering. `chain()` gives the dictionaries to consult, in the
learner's order, without the ones switched off.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quizapp.core.dictionary.dictzip import DictFormatError
from quizapp.core.dictionary.discover import (
    Found,
    english_french,
    find,
    system_places,
    user_folder,
)
from quizapp.core.dictionary.opened import Dictionary, ensure_index, open_dictionary
from quizapp.core.dictionary.store import Progress


@dataclass(frozen=True)
class Listing:
    """One row of the dictionaries list."""

    ident: str
    name: str
    format: str
    path: Path
    state: str  # "ready", "to index", "ignored" or "broken"
    reason: str = ""
    count: int = 0


class Catalog:
    """Dictionaries found under `<data-dir>/dictionaries/` and the system places."""

    def __init__(self, data_dir: Path, places: Sequence[Path] | None = None):
        self.data_dir = data_dir
        self.cache_dir = data_dir / "cache"
        self.folder = user_folder(data_dir, create=False)
        self.places = list(places) if places is not None else system_places()
        self.found: list[Found] = []
        self.opened: dict[str, Dictionary] = {}
        self.helpers: dict[str, Dictionary] = {}  # English→French: rank senses, never answer
        self.broken: dict[str, str] = {}

    def scan(self, create_folder: bool = True) -> list[Listing]:
        """Find the dictionaries and open the indexed ones (milliseconds each)."""
        self.folder = user_folder(self.data_dir, create=create_folder)
        self.found = find([self.folder, *self.places])
        for found in self.found:
            if found.ident in self.opened or found.ident in self.helpers or not found.source:
                continue
            if found.state == "usable" or english_french(found):
                opened = open_dictionary(self.cache_dir, found.source)
                if opened is not None:
                    self._keep(found, opened)
        return self.listings()

    def to_index(self) -> list[str]:
        """The usable dictionaries (and English→French helpers) without a trusted index yet."""
        return [
            f.ident
            for f in self.found
            if (f.state == "usable" or english_french(f))
            and f.ident not in self.opened
            and f.ident not in self.helpers
            and f.ident not in self.broken
        ]

    def build(self, ident: str, progress: Progress | None = None) -> Dictionary | None:
        """Index one dictionary (slow); None and a reason in `broken` when it cannot be."""
        found = next((f for f in self.found if f.ident == ident), None)
        if found is None or found.source is None:
            return None
        try:
            dictionary = ensure_index(self.cache_dir, found.source, progress)
        except (DictFormatError, OSError) as error:
            self.broken[ident] = getattr(error, "strerror", None) or str(error)
            return None
        self._keep(found, dictionary)
        return dictionary

    def _keep(self, found: Found, dictionary: Dictionary) -> None:
        if found.state == "usable":
            self.opened[found.ident] = dictionary
        else:
            self.helpers[found.ident] = dictionary
        self.pair_reverses()

    def pair_reverses(self) -> None:
        """Give each French→English dictionary the first English→French one found as
        its reverse: its senses' words are ranked by what translates back."""
        reverse = next(iter(self.helpers.values()), None)
        for dictionary in self.opened.values():
            dictionary.reverse = reverse

    def build_all(self, progress: Progress | None = None) -> None:
        for ident in self.to_index():
            self.build(ident, progress)

    def listings(self) -> list[Listing]:
        rows = []
        for found in self.found:
            row = Listing(
                found.ident, found.name, found.format, found.path, found.state, found.reason
            )
            opened = self.opened.get(found.ident)
            if found.ident in self.broken:
                row = replace(row, state="broken", reason=self.broken[found.ident])
            elif opened is not None and opened.failed:
                row = replace(row, state="broken", reason=opened.failed, name=opened.name)
            elif opened is not None:
                row = replace(row, state="ready", name=opened.name, count=opened.count)
            elif found.state == "usable":
                row = replace(row, state="to index")
            elif found.ident in self.helpers:
                row = replace(row, reason=row.reason + "; used to rank the meanings")
            rows.append(row)
        return rows

    def chain(self, order: Iterable[str] = (), disabled: Iterable[str] = ()) -> list[Dictionary]:
        """The open dictionaries to consult: `order` first (by id), then the rest as found."""
        off = set(disabled)
        ranked = {ident: n for n, ident in enumerate(order)}
        found_order = {f.ident: n for n, f in enumerate(self.found)}
        usable = [d for ident, d in self.opened.items() if ident not in off and not d.failed]
        usable.sort(key=lambda d: (ranked.get(d.ident, len(ranked)), found_order.get(d.ident, 0)))
        return usable

    def close(self) -> None:
        for dictionary in [*self.opened.values(), *self.helpers.values()]:
            dictionary.close()
        self.opened.clear()
        self.helpers.clear()
