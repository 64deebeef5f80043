"""Checking a whole bank for `quizapp check`, on every core the machine lends us.

Each file is checked on its own (pure Python: the safety scan, the schema, the
glossary warnings); only the bank-wide duplicate ids need the files together,
and they are settled afterwards, in file order, from what each check returns.
So a large bank is shared among worker processes, forked once the checking
code is imported: a 300-article bank on two cores takes about half as long.
A small bank, one core, or a system without `fork` is checked in this process,
and so is any bank whose workers cannot start: the report is the same.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from quizapp.core.bank.loader import (
    ArticleCheck,
    BankScan,
    bank_files,
    check_path,
    claim_id,
    collector_paused,
)
from quizapp.core.bank.problems import Problem

FILES_PER_WORKER = 24  # below this a worker costs more to start than it saves
MAX_WORKERS = 8


@dataclass(frozen=True, slots=True)
class Checked:
    """What a worker sends back for one file: small, and quick to pickle."""

    path: Path
    problems: list[Problem]
    article_id: str | None
    id_line: int


def check_one(path: Path, checks: Sequence[ArticleCheck] = ()) -> Checked:
    article, problems, id_line = check_path(path, checks=checks)
    return Checked(path, problems, None if article is None else article.id, id_line)


def cores() -> int:
    """The cores this process may run on (a container or `taskset` may lend fewer)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - macOS, Windows


def worker_count(files: int, available: int) -> int:
    return max(1, min(available, MAX_WORKERS, files // FILES_PER_WORKER))


def check_bank(
    paths: Iterable[Path | str], workers: int | None = None, checks: Sequence[ArticleCheck] = ()
) -> BankScan:
    """Every problem of every file under `paths`, as `load_bank` finds them (no articles kept).

    `workers` is how many processes to use (default: one per available core); `checks`
    are more whole-article checks (module-level functions, so workers can receive them).
    """
    with collector_paused():  # in the workers too: a fork keeps the collector's state
        return _check_bank(paths, workers, tuple(checks))


def _check_bank(
    paths: Iterable[Path | str], workers: int | None, checks: tuple[ArticleCheck, ...]
) -> BankScan:
    files, problems = bank_files(paths)
    scan = BankScan(files=files, problems=problems)
    count = worker_count(len(files), cores() if workers is None else workers)
    one = partial(check_one, checks=checks)
    checked = _in_workers(files, count, one) if count > 1 else None
    if checked is None:
        checked = map(one, files)
    owners: dict[str, Path] = {}
    for result in checked:
        scan.problems.extend(result.problems)
        if result.article_id is not None:
            taken = claim_id(owners, result.article_id, result.path, result.id_line)
            if taken is not None:
                scan.problems.append(taken)
    return scan


def _in_workers(
    files: list[Path], count: int, one: Callable[[Path], Checked] = check_one
) -> list[Checked] | None:
    """The files checked by `count` forked processes, in file order; None if they cannot run."""
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return None  # macOS and Windows would start fresh interpreters: slower than one
    if threading.active_count() > 1:
        return None  # a fork copies locks other threads may hold (an app, a test runner)
    context = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):  # a worker flushes what it inherits when it ends
        if stream is not None:
            stream.flush()
    # Contiguous shares, a few per worker: files of one folder tend to be alike in size.
    chunk = max(1, len(files) // (count * 4))
    try:
        with ProcessPoolExecutor(count, mp_context=context) as pool:
            return list(pool.map(one, files, chunksize=chunk))
    except (OSError, BrokenProcessPool):  # no fork allowed here, a worker killed...
        return None
