"""A cache of checked articles, so a large bank lists at once on the next start.

`load_with_cache` is `bank.load_bank` with a memory: it gives exactly the same
BankScan (the tests compare the two on banks with errors, warnings and
duplicate ids), so a bank-wide check added to `load_bank` belongs here too.

One JSON-lines file per bank folder in `<data-dir>/cache/`. Each question file's
entry is reused only while its path, size and modification time (ns) are the
same, and the whole cache only while the cache format, the app version and the
loader's own code are the same (a newer loader may find new problems). Anything
else - a corrupt, truncated or foreign file, an unknown class name - is
ignored and rebuilt from the YAML: the cache is plain data that rebuilds an
allow-listed set of frozen dataclasses, never pickle, so a planted cache file
can at worst show wrong text, exactly like a planted question file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp import __version__
from quizapp.core import model
from quizapp.core.bank.loader import BankScan, bank_files, check_file, claim_id
from quizapp.core.bank.problems import Problem, Severity

__all__ = ["CACHE_FORMAT", "CacheStats", "cache_path", "load_bank_cached", "load_with_cache"]

CACHE_FORMAT = 3
MAGIC = "quizapp-bank-cache"
# A file changed this recently may change again within its file system's clock
# tick (2 s on FAT) without its size or time changing: it is not cached yet.
RACY_NS = 2_000_000_000

# The only classes a cache file may name: the model's and the problem's.
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
}
_CLASSES["Problem"] = Problem
_ENUMS: dict[str, type[enum.Enum]] = {
    cls.__name__: cls
    for cls in vars(model).values()
    if isinstance(cls, type) and issubclass(cls, enum.Enum) and cls.__module__ == model.__name__
}
_ENUMS["Severity"] = Severity
_MEMBERS: dict[tuple[str, Any], enum.Enum] = {
    (name, member.value): member for name, kind in _ENUMS.items() for member in kind
}
_FIELDS: dict[type, tuple[str, ...]] = {}


class CacheError(ValueError):
    """The cache file is not one this version wrote; it is rebuilt."""


@dataclass(frozen=True)
class CacheStats:
    """How a load went: files taken from the cache, files read again."""

    reused: int = 0
    rechecked: int = 0
    cache_used: bool = False
    cache_written: bool = False


# -- plain data <-> frozen dataclasses --------------------------------------------------
def _init_fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls) if f.init)
        _FIELDS[cls] = names
    return names


_PLAIN = (str, int, float, bool, type(None))


def encode(value: Any) -> Any:
    """JSON-ready data: plain values as they are, every list tagged with what it stands for."""
    if value is None or (isinstance(value, str | int | float) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return ["E", type(value).__name__, value.value]
    if isinstance(value, tuple):
        return ["T", [encode(v) for v in value]]
    if isinstance(value, list):
        return ["L", [encode(v) for v in value]]
    if isinstance(value, Path):
        return ["P", str(value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        if _CLASSES.get(cls.__name__) is not cls:
            raise TypeError(f"{cls.__name__} cannot be cached")
        return ["D", cls.__name__, [encode(getattr(value, n)) for n in _init_fields(cls)]]
    raise TypeError(f"{type(value).__name__} cannot be cached")


def decode(data: Any) -> Any:
    """The value `encode` was given; CacheError for anything it could not have written.

    Dataclasses are rebuilt without running their __init__ (the fields are
    exactly the ones `encode` wrote, checked by count): a bank of hundreds of
    articles is hundreds of thousands of values, and this is the hot loop.
    """
    if data.__class__ in _PLAIN:
        return data
    if data.__class__ is not list or len(data) < 2:
        raise CacheError("unexpected value")
    tag = data[0]
    if tag == "D" and len(data) == 3:
        cls = _CLASSES.get(data[1])
        values = data[2]
        if cls is None or values.__class__ is not list:
            raise CacheError(f"unknown class {data[1]!r}")
        names = _init_fields(cls)
        if len(values) != len(names):
            raise CacheError(f"wrong field count for {data[1]!r}")
        obj = object.__new__(cls)
        obj.__dict__.update(
            zip(names, [v if v.__class__ in _PLAIN else decode(v) for v in values], strict=True)
        )
        return obj
    if tag == "T" and data[1].__class__ is list:
        return tuple([v if v.__class__ in _PLAIN else decode(v) for v in data[1]])
    if tag == "E" and len(data) == 3:
        member = _MEMBERS.get((data[1], data[2]))
        if member is None:
            raise CacheError(f"unknown enum value {data[1]}.{data[2]}")
        return member
    if tag == "L" and data[1].__class__ is list:
        return [v if v.__class__ in _PLAIN else decode(v) for v in data[1]]
    if tag == "P" and data[1].__class__ is str:
        return Path(data[1])
    raise CacheError(f"unexpected tag {tag!r}")


# -- the cache file -----------------------------------------------------------------------
def _code_stamp() -> str:
    """Changes whenever the loader's code does (a developer's edit, an upgrade of the
    app, of PyYAML or of simplemma, whose lemmas decide the glossary warnings)."""
    from importlib import metadata

    core = Path(__file__).resolve().parent
    parts = [__version__, str(CACHE_FORMAT)]
    for package in ("PyYAML", "simplemma"):
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=none")
    for path in sorted(core.glob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def cache_path(cache_dir: Path, folder: Path | str) -> Path:
    """The cache file of one bank folder."""
    key = os.path.abspath(os.fspath(folder))
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return cache_dir / f"bank-{digest}.json"


def _read_cache(path: Path, stamp: str) -> dict[str, Any]:
    """The file entries of a cache this code wrote, else an empty dict.

    One JSON document per line (a header, then one line per question file):
    parsing line by line lets the window's thread take the GIL in between. The
    file is read in one go first: a read between two lines would release the
    GIL for a few microseconds, which wakes the waiting window thread too late
    to take it and restarts its wait, so it would get no turn at all.
    """
    files: dict[str, Any] = {}
    try:
        with open(path, "rb") as handle:
            lines = handle.read().split(b"\n")
        header = json.loads(lines[0])
        if (
            not isinstance(header, dict)
            or header.get("magic") != MAGIC
            or header.get("format") != CACHE_FORMAT
            or header.get("code") != stamp
        ):
            return {}
        for line in lines[1:]:
            if not line:
                continue
            entry = json.loads(line)
            if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                return {}
            files[entry["path"]] = entry
        if header.get("count") != len(files):
            return {}  # truncated
    except (OSError, ValueError, RecursionError):
        return {}
    return files


def _write_cache(path: Path, stamp: str, files: dict[str, Any]) -> bool:
    """Write atomically (a crash leaves the old file or none); False if it cannot be."""
    header = {"magic": MAGIC, "format": CACHE_FORMAT, "code": stamp, "count": len(files)}
    # Written in one go, as it is read (see _read_cache): a write every few lines
    # would keep the window's thread from the GIL.
    data = _encoded(header, files)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".bank-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def _encoded(header: dict[str, Any], files: dict[str, Any]) -> bytes:
    """The cache file's bytes. An entry that is not valid UTF-8 (a file name the disk
    holds as raw bytes) is left out and read from its YAML each time: one such name
    once emptied the whole library."""
    lines: list[bytes] = []
    for data in files.values():
        with contextlib.suppress(UnicodeEncodeError):
            line = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
            lines.append(line.encode("utf-8"))
    head = json.dumps({**header, "count": len(lines)}, separators=(",", ":")) + "\n"
    return head.encode("utf-8") + b"".join(lines)


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _from_entry(entry: Any, path: Path) -> tuple[model.Article | None, list[Problem]]:
    if not isinstance(entry, dict):
        raise CacheError("bad entry")
    article = decode(entry.get("article"))
    problems = decode(entry.get("problems"))
    if article is not None and not isinstance(article, model.Article):
        raise CacheError("not an article")
    if not isinstance(problems, list) or not all(isinstance(p, Problem) for p in problems):
        raise CacheError("not a list of problems")
    if article is not None and article.path != path:
        article = dataclasses.replace(article, path=path)
    return article, problems


# -- loading ------------------------------------------------------------------------------
def load_with_cache(
    paths: Iterable[Path | str],
    cache_dir: Path | None,
    progress: Callable[[int, int], None] | None = None,
    early: Callable[[BankScan], None] | None = None,
) -> tuple[BankScan, CacheStats]:
    """`bank.load_bank`, reusing the checked articles of unchanged files.

    With `cache_dir` None it is exactly `load_bank`. `progress(done, total)`
    is called as files are read again (not for those taken from the cache).
    When some files must be read again, `early(scan)` first gets the bank as
    the cache has it without them, so a window can list it in the meantime.
    """
    given = [Path(p) for p in paths]
    files, problems = bank_files(given)
    stamp = _code_stamp() if cache_dir is not None else ""
    cache_file = None
    if cache_dir is not None and len(given) == 1:
        cache_file = cache_path(cache_dir, given[0])
    elif cache_dir is not None:
        key = "\n".join(os.path.abspath(p) for p in given)
        cache_file = cache_path(cache_dir, key)
    old = _read_cache(cache_file, stamp) if cache_file is not None else {}
    new: dict[str, Any] = {}
    cached: dict[str, tuple[model.Article | None, list[Problem]]] = {}
    # All the stat calls first, for the same reason as the single read in _read_cache:
    # interleaved with the decoding, they would keep the window's thread from the GIL.
    stats = [_stat_key(path) if old else None for path in files]
    for path, stat in zip(files, stats, strict=True):
        key = str(path)
        entry = old.get(key)
        if _fresh(entry, stat):
            try:
                cached[key] = _from_entry(entry, path)
            except (CacheError, RecursionError):
                continue  # read again below
            new[key] = entry
    stale = len(files) - len(cached)
    if early is not None and cached and stale:
        early(_assemble(files, problems, cached))
    checked: dict[str, tuple[model.Article | None, list[Problem]]] = {}
    for path in files:
        key = str(path)
        if key in cached:
            continue
        stat = _stat_key(path)  # taken before reading: a file changing now is re-read next time
        checked[key] = check_file(path)
        if progress is not None:
            progress(len(checked), stale)
        settled = stat is not None and time.time_ns() - stat[1] >= RACY_NS
        if stat is not None and settled and stat == _stat_key(path):
            article, file_problems = checked[key]
            # a value the cache cannot hold (TypeError): that file is read each time
            with contextlib.suppress(TypeError):
                new[key] = {
                    "path": key,
                    "size": stat[0],
                    "mtime_ns": stat[1],
                    "article": encode(article),
                    "problems": encode(list(file_problems)),
                }
    scan = _assemble(files, problems, {**cached, **checked})
    written = False
    if cache_file is not None and (checked or set(new) != set(old)):
        written = _write_cache(cache_file, stamp, new)
    stats = CacheStats(len(cached), len(checked), bool(old), written)
    _release(old, new)
    return scan, stats


def _release(*tables: dict[str, Any]) -> None:
    """Free the cache's plain data one file's entry at a time.

    Hundreds of thousands of small lists and strings freed in one go (as when
    the dicts go out of scope) are one C call that holds the GIL for 20-100 ms,
    and a window waiting on a loader thread stalls that long; between two
    entries the interpreter lets the window's thread run.
    """
    for table in tables:
        while table:
            table.popitem()


def _assemble(
    files: list[Path],
    problems: list[Problem],
    results: dict[str, tuple[model.Article | None, list[Problem]]],
) -> BankScan:
    """The BankScan of the files that have a result, in file order, duplicates refused."""
    scan = BankScan(files=list(files), problems=list(problems))
    owners: dict[str, Path] = {}
    for path in files:
        result = results.get(str(path))
        if result is None:
            continue
        article, file_problems = result
        scan.problems.extend(file_problems)
        if article is None:
            continue
        taken = claim_id(owners, article.id, path)  # its id line read only if taken
        if taken is not None:
            scan.problems.append(taken)
            continue
        scan.articles.append(article)
    return scan


def _fresh(entry: Any, stat: tuple[int, int] | None) -> bool:
    return (
        stat is not None
        and isinstance(entry, dict)
        and entry.get("size") == stat[0]
        and entry.get("mtime_ns") == stat[1]
    )


def load_bank_cached(
    paths: Iterable[Path | str],
    cache_dir: Path | None,
    progress: Callable[[int, int], None] | None = None,
    early: Callable[[BankScan], None] | None = None,
) -> BankScan:
    """The bank as `load_bank` reads it, fast when few files changed since the last time."""
    return load_with_cache(paths, cache_dir, progress, early)[0]
