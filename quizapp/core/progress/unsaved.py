"""Answers the disk refused until the window closed: kept in a file, replayed at the next start.

When the store still cannot save at closing time (disk full, folder made
read-only), its pending writes are written as JSON to
`<data dir>/unsaved-<time>.json`, or, if the data folder itself refuses, to a
folder of the system's temporary directory named after the data folder. At
the next start every such file is replayed into the store and renamed
`.imported`, so nothing is lost and nothing is counted twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from quizapp.core.progress.store import StoreCore
from quizapp.core.progress.writes import from_record

FORMAT = "quizapp-unsaved-progress"
VERSION = 1
PATTERN = "unsaved-*.json"


def temp_folder(data_dir: Path) -> Path:
    """The fallback folder for `data_dir`, the same at every start."""
    key = hashlib.sha256(str(Path(data_dir).absolute()).encode("utf-8")).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"quizapp-unsaved-{key}"


def save_unsaved(records: list[dict[str, Any]], data_dir: Path, when: datetime) -> Path:
    """Write `records` where they can be found again; OSError if no place accepts them."""
    text = json.dumps(
        {"format": FORMAT, "version": VERSION, "data_dir": str(data_dir), "records": records},
        ensure_ascii=False,
        indent=1,
    )
    name = f"unsaved-{when:%Y%m%d-%H%M%S-%f}.json"
    error: OSError | None = None
    for folder in (Path(data_dir), temp_folder(data_dir)):
        try:
            folder.mkdir(parents=True, exist_ok=True)
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
    """Files left by an earlier close, oldest first (their names sort by time)."""
    found: list[Path] = []
    for folder in (Path(data_dir), temp_folder(data_dir)):
        try:
            found += [p for p in folder.glob(PATTERN) if p.is_file()]
        except OSError:
            continue
    return sorted(found, key=lambda p: p.name)


@dataclass(frozen=True)
class ImportReport:
    path: Path  # the file read
    saved: int  # records now in the store
    skipped: int  # records already there, or for a quiz the store no longer has
    renamed: Path  # where the file went (…json.imported)


def import_unsaved(store: StoreCore, path: Path) -> ImportReport:
    """Replay the records of `path` into `store`, then rename the file `.imported`.

    Raises ValueError when the file is not one of ours (it is left as it is),
    StoreWriteError when the disk still refuses: the file then keeps exactly
    the records not yet saved, for the next start.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path} cannot be read as saved answers: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path} is not a file of unsaved answers from quizapp")
    records = data.get("records")
    if not isinstance(records, list):
        raise ValueError(f"{path} has no list of records")
    writes = [from_record(record) for record in records]  # all checked before any is run
    saved = skipped = 0
    for index, write in enumerate(writes):
        try:
            store._write_now(write)
        except (sqlite3.IntegrityError, LookupError):  # already saved, or its quiz is gone
            skipped += 1
            continue
        except Exception:
            data["records"] = records[index:]
            _rewrite(path, data)
            raise
        saved += 1
    renamed = path.with_name(path.name + ".imported")
    os.replace(path, renamed)
    return ImportReport(path, saved, skipped, renamed)


def _rewrite(path: Path, data: dict[str, Any]) -> None:
    """Keep only the records not saved yet; if even that fails, the whole file stays."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
