"""Answers the disk refused until the window closed: kept in a file, replayed at the next start.

When the store still cannot save at closing time (disk full, folder made
read-only), its pending writes are written as JSON to
`<data dir>/unsaved-<time>.json`, or, if the data folder itself refuses, to a
private folder of the user's own cache folder (created 0700) named after the
data folder. At the next start every such file is replayed into the store and
renamed `.imported`, so nothing is lost and nothing is counted twice. A folder
or a file another user could have planted is refused with the reason, and each
record is checked before it runs: a bad one is set aside, the others replayed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from quizapp.core.progress import private
from quizapp.core.progress.store import StoreCore
from quizapp.core.progress.writes import from_record
from quizapp.paths import user_cache_dir

FORMAT = "quizapp-unsaved-progress"
VERSION = 1
PATTERN = "unsaved-*.json"


def _key(data_dir: Path) -> str:
    return hashlib.sha256(str(Path(data_dir).absolute()).encode("utf-8")).hexdigest()[:12]


def private_folder(data_dir: Path) -> Path:
    """The fallback folder for `data_dir`, the same at every start, in the user's cache."""
    return user_cache_dir() / f"unsaved-{_key(data_dir)}"


def legacy_folder(data_dir: Path) -> Path:
    """Where versions before 0700 folders left them: the shared temporary folder."""
    return Path(tempfile.gettempdir()) / f"quizapp-unsaved-{_key(data_dir)}"


def save_unsaved(records: list[dict[str, Any]], data_dir: Path, when: datetime) -> Path:
    """Write `records` where they can be found again; OSError if no place accepts them."""
    text = json.dumps(
        {"format": FORMAT, "version": VERSION, "data_dir": str(data_dir), "records": records},
        ensure_ascii=False,
        indent=1,
    )
    name = f"unsaved-{when:%Y%m%d-%H%M%S-%f}.json"
    error: OSError | None = None
    for folder in (Path(data_dir), private_folder(data_dir)):
        try:
            if folder == Path(data_dir):
                folder.mkdir(parents=True, exist_ok=True)
            else:
                private.make_private(folder)
            path = folder / name
            partial = folder / (name + ".part")
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
            return path
        except OSError as exc:
            error = exc
    assert error is not None
    raise error


def find_unsaved(data_dir: Path) -> list[Path]:
    """Files left by an earlier close, oldest first (their names sort by time).

    Only from places this user alone could have written: see `refused_places`."""
    found: list[Path] = []
    for folder, others_may_read in _places(data_dir):
        if folder != Path(data_dir) and private.problem(folder, others_may_read=others_may_read):
            continue
        try:
            paths = [p for p in folder.glob(PATTERN) if p.is_file()]
        except OSError:
            continue
        if folder != Path(data_dir):  # the data folder is the learner's own choice
            paths = [p for p in paths if not private.problem(p, others_may_read=True)]
        found += paths
    return sorted(found, key=lambda p: p.name)


def refused_places(data_dir: Path) -> list[tuple[Path, str]]:
    """Fallback folders and files that exist but are not read, each with the reason
    (another user's, open to others, a symbolic link): the window says so."""
    refused: list[tuple[Path, str]] = []
    for folder, others_may_read in _places(data_dir):
        if not os.path.lexists(folder):
            continue
        if folder == Path(data_dir):
            continue
        reason = private.problem(folder, others_may_read=others_may_read)
        if reason is not None:
            refused.append((folder, reason))
            continue
        try:
            paths = sorted(folder.glob(PATTERN))
        except OSError:
            continue
        for path in paths:
            reason = private.problem(path, others_may_read=True)
            if reason is not None:
                refused.append((path, reason))
    return refused


def _places(data_dir: Path) -> list[tuple[Path, bool]]:
    """(folder, whether others may read it): the data folder is the learner's choice;
    the legacy temporary folder was made 0755 by quizapp, so only its owner matters."""
    return [
        (Path(data_dir), True),
        (private_folder(data_dir), False),
        (legacy_folder(data_dir), True),
    ]


@dataclass(frozen=True)
class ImportReport:
    path: Path  # the file read
    saved: int  # records now in the store
    skipped: int  # records already there, or for a quiz the store no longer has
    renamed: Path  # where the file went (…json.imported)
    set_aside: list[str] = field(default_factory=list)  # why each bad record was not replayed
    rejected: Path | None = None  # the file holding the bad records, beside the original


def import_unsaved(store: StoreCore, path: Path) -> ImportReport:
    """Replay the records of `path` into `store`, then rename the file `.imported`.

    Raises ValueError when the file is not one of ours (it is left as it is),
    StoreWriteError when the disk still refuses: the file then keeps exactly
    the records not yet saved, for the next start. A record of the wrong shape
    or types is set aside in `<file>.rejected` with its reason; the records
    after it are replayed all the same.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"{path} cannot be read as saved answers: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path} is not a file of unsaved answers from quizapp")
    records = data.get("records")
    if not isinstance(records, list):
        raise ValueError(f"{path} has no list of records")
    saved = skipped = 0
    bad: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        try:
            write = from_record(record)
        except ValueError as exc:
            bad.append({"record": record, "reason": f"record {index + 1}: {exc}"})
            continue
        try:
            store._write_now(write)
        except (sqlite3.IntegrityError, LookupError):  # already saved, or its quiz is gone
            skipped += 1
            continue
        except (sqlite3.InterfaceError, sqlite3.ProgrammingError, TypeError) as exc:
            bad.append({"record": record, "reason": f"record {index + 1}: {exc}"})
            continue
        except Exception:
            data["records"] = [b["record"] for b in bad] + records[index:]
            _rewrite(path, data)
            raise
        saved += 1
    rejected = _set_aside(path, bad) if bad else None
    renamed = path.with_name(path.name + ".imported")
    os.replace(path, renamed)
    return ImportReport(path, saved, skipped, renamed, [b["reason"] for b in bad], rejected)


def _set_aside(path: Path, bad: list[dict[str, Any]]) -> Path | None:
    """The records that could not be replayed, kept beside the file for a person to read."""
    target = path.with_name(path.name + ".rejected")
    try:
        target.write_text(
            json.dumps({"format": FORMAT + "-rejected", "records": bad}, ensure_ascii=False),
            encoding="utf-8",
        )
    except OSError:
        return None  # the original stays as `.imported`, with every record in it
    return target


def _rewrite(path: Path, data: dict[str, Any]) -> None:
    """Keep only the records not saved yet; if even that fails, the whole file stays."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
