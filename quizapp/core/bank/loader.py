"""The question bank: teachers' YAML files in, validated Articles out.

Everything that reads articles (the window, `quizapp check`, the scripting
API) goes through here. Bad files never raise out of `check_file` or
`load_bank`: each problem is reported with its place and its fix, and the
other files still load.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.bank.files import special_kind
from quizapp.core.bank.messages import msg
from quizapp.core.bank.problems import BankError, Problem, Severity
from quizapp.core.bank.syntax_errors import key_column
from quizapp.core.bank.validate import read_article
from quizapp.core.bank.yamlsafe import LIBYAML, parse_text, read_source
from quizapp.core.model import Article

__all__ = [
    "ARTICLE_CHECKS",
    "LIBYAML",
    "BankScan",
    "article_warnings",
    "check_bytes",
    "check_file",
    "load_article",
    "load_bank",
]

SUFFIXES = (".yaml", ".yml")
_TOP_ID = re.compile(r"^id[ \t]*:")


@dataclass
class BankScan:
    """Every article that loaded, every problem found, and every file looked at."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def error_count(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warning_count(self) -> int:
        return sum(not p.is_error for p in self.problems)


def _warning(article: Article, line: int, code: str, **kw: object) -> Problem:
    en, fr = msg(code, **kw)
    return Problem(article.path or "", max(line, 1), 1, Severity.WARNING, en, fr)


def duplicate_headwords(article: Article) -> list[Problem]:
    """Two glossary entries with the same headword: only one can ever be shown.

    Same key as the glossing engine's, which leaves repeats to this check.
    """
    from quizapp.core.gloss.quick import headword_key

    first: dict[str, int] = {}
    out: list[Problem] = []
    for entry in article.glossary:
        key = headword_key(entry.fr)
        if key in first:
            out.append(
                _warning(
                    article, entry.line, "duplicate_headword", value=entry.fr, first=first[key]
                )
            )
        else:
            first[key] = entry.line
    return out


def unmatched_glossary_entries(article: Article) -> list[Problem]:
    """Entries no click in the passage can reach (a misspelt headword, a missing form)."""
    from quizapp.core.gloss.quick import unmatched_entries

    return unmatched_entries(article)


# Checks that need a whole, valid Article. Each returns warnings.
ARTICLE_CHECKS: list[Callable[[Article], list[Problem]]] = [
    duplicate_headwords,
    unmatched_glossary_entries,
]


def article_warnings(article: Article) -> list[Problem]:
    """Warnings about a loaded article as a whole; run by `check_file` on every article."""
    out: list[Problem] = []
    for check in ARTICLE_CHECKS:
        out.extend(check(article))
    return out


def check_path(
    path: Path | str, data: bytes | None = None
) -> tuple[Article | None, list[Problem], int]:
    """check_file, plus the line of the article's `id:` (for bank-wide duplicates)."""
    try:
        source = read_source(path) if data is None else parse_text(path, data)
        article, problems = read_article(source)
        if article is not None:
            article = dataclasses.replace(article, path=Path(path), content_hash=source.sha256)
            problems.extend(_placed(p, path, source.lines) for p in article_warnings(article))
        id_line = top_id_line(source.lines)
    except Exception as exc:  # the last guard: a problem, never a traceback
        en, fr = msg("unexpected", reason=f"internal error, please report it: {exc!r}"[:200])
        return None, [Problem(path, 1, 1, Severity.ERROR, en, fr)], 1
    return article, sorted(problems, key=Problem.sort_key), id_line


def _placed(problem: Problem, path: Path | str, lines: list[str]) -> Problem:
    """A whole-article warning, shown with the path as given and at its line's first key."""
    column = key_column(lines, problem.line) if problem.column == 1 else problem.column
    return dataclasses.replace(problem, path=path, column=column)


def check_file(path: Path | str) -> tuple[Article | None, list[Problem]]:
    """The article (None if the file has any error) and every problem found in it."""
    article, problems, _ = check_path(path)
    return article, problems


def check_bytes(data: bytes, path: Path | str = "<text>") -> tuple[Article | None, list[Problem]]:
    """check_file on content not read from disk (an editor's buffer, a test)."""
    article, problems, _ = check_path(path, data)
    return article, problems


def load_article(path: Path | str) -> Article:
    """The article of one file; BankError lists every problem if it has an error."""
    article, problems = check_file(path)
    if article is None:
        raise BankError(problems)
    return article


def _question_files(folder: Path) -> Iterator[Path]:
    """The question files below `folder`, hidden folders and files aside.

    Linked folders are followed (teachers link shared folders into a bank),
    each real folder once, so a link loop or a folder linked twice cannot
    repeat or hang the scan.
    """
    seen: set[str] = set()
    for top, dirs, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(top)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            candidate = Path(top, name)
            if (
                not name.startswith(".")
                and candidate.suffix.lower() in SUFFIXES
                and candidate.is_file()
            ):
                yield candidate


def bank_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem]]:
    """The question files under `paths` (files as given, folders searched recursively)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files.extend(sorted(_question_files(path), key=lambda p: p.as_posix()))
        elif path.is_file():
            files.append(path)
        elif (kind := special_kind(path)) is not None:  # a FIFO, a device: say what it is
            en, fr = msg("not_a_file", kind_en=kind[0], kind_fr=kind[1])
            problems.append(Problem(given, 1, 1, Severity.ERROR, en, fr))
        else:
            en, fr = msg("unreadable", reason="no such file or folder")
            problems.append(Problem(given, 1, 1, Severity.ERROR, en, fr))
    return list(dict.fromkeys(files)), problems


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a bank is read.

    Reading builds many small objects that hold no cycles and all live on; the
    collector, scanning them again and again as they pile up, took ~15 % of the
    time of reading 300 articles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_bank(paths: Iterable[Path | str]) -> BankScan:
    """Every article under `paths`; bad files are reported and skipped, never raised."""
    with collector_paused():
        return _load_bank(paths)


def _load_bank(paths: Iterable[Path | str]) -> BankScan:
    files, problems = bank_files(paths)
    scan = BankScan(files=files, problems=problems)
    owners: dict[str, Path] = {}
    for path in files:
        article, file_problems, id_line = check_path(path)
        scan.problems.extend(file_problems)
        if article is None:
            continue
        taken = claim_id(owners, article.id, path, id_line)
        if taken is not None:
            scan.problems.append(taken)
            continue
        scan.articles.append(article)
    return scan


def claim_id(
    owners: dict[str, Path], article_id: str, path: Path, id_line: int | None = None
) -> Problem | None:
    """Record `path` as the owner of `article_id`; the error when an earlier file has it.

    The error points at the file's `id:` line: `id_line`, or, when the caller has not
    read the file, found in it now (only a taken id needs it).
    """
    other = owners.get(article_id)
    if other is None:
        owners[article_id] = path
        return None
    if id_line is None:
        try:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            text = ""
        id_line = top_id_line(text.splitlines())
    en, fr = msg("duplicate_article", value=article_id, other=str(other))
    return Problem(path, id_line, 1, Severity.ERROR, en, fr)


def top_id_line(lines: Iterable[str]) -> int:
    """The line of the article's top-level `id:` key (1 when there is none)."""
    return next((n for n, text in enumerate(lines, 1) if _TOP_ID.match(text)), 1)
