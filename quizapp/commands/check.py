"""`quizapp check`: every problem of every question file, the way compilers show them.

One line per problem (`PATH:LINE:COLUMN: error|warning: MESSAGE`) that editors
and tools can jump to, the teacher's line under it with a caret at the column,
and a summary. Exit 0 when nothing is wrong but warnings, 1 on any error, 2 when
the command itself was misused.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from quizapp.core.bank.problems import Problem

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
EXCERPT_WIDTH = 100
# Controls, and the bidi marks that would reorder the excerpt on the terminal.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp check",
        description="Check question files and report every problem, with where and how to fix it.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders to check, folders searched recursively for *.yaml and *.yml "
        "(default: the bundled bank and My articles)",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="the data folder whose My articles to check by default"
    )
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text for people (default), json for tools",
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help="language of the messages (default: the system's)",
    )
    parser.add_argument(
        "--no-lint",
        action="store_true",
        help="skip the content lint (answers given away by an earlier question, answers not "
        "in their evidence, look-alike options, misquotations)",
    )
    return parser


def summary(files: int, errors: int, warnings: int, lang: str) -> str:
    """`3 files, 2 errors, 1 warning`, or its French version (0 and 1 are singular in French)."""
    from quizapp.commands.plurals import counted

    return ", ".join(
        counted(n, word, lang)
        for n, word in ((files, "file"), (errors, "error"), (warnings, "warning"))
    )


def _binary(data: bytes) -> bool:
    """Not text at all (NULs and invalid UTF-8): a picture renamed .yaml has no line to show."""
    if b"\x00" not in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


class SourceLines:
    """The lines of the checked files, read again only for files that have problems."""

    def __init__(self) -> None:
        self._cache: dict[str, list[str]] = {}

    def line(self, path: Path | str, number: int) -> str | None:
        from quizapp.core.bank.files import read_limited
        from quizapp.core.bank.limits import MAX_BYTES
        from quizapp.core.bank.yamlsafe import looks_utf16, split_lines

        key = str(path)
        if key not in self._cache:
            try:  # never `open()`: a FIFO would wait for a writer forever
                data = read_limited(path, MAX_BYTES + 1)
                unreadable = len(data) > MAX_BYTES or looks_utf16(data) or _binary(data)
                text = "" if unreadable else data.decode("utf-8", "replace").removeprefix("\ufeff")
                self._cache[key] = split_lines(text) if text else []
            except OSError:
                self._cache[key] = []
        lines = self._cache[key]
        return lines[number - 1] if 1 <= number <= len(lines) else None


@functools.lru_cache(maxsize=4)
def _display(source: str) -> tuple[str, tuple[int, ...] | None]:
    """A line as shown (controls replaced, tabs expanded) and, when it has tabs, the
    screen column of each character: worked out once per line, not once per problem,
    so 60,000 problems on one line cost one pass over it, not 60,000."""
    shown = _UNPRINTABLE.sub("\ufffd", source.rstrip("\r\n")).expandtabs(4)
    if "\t" not in source:
        return shown, None
    columns = [0]
    for char in source:
        at = columns[-1]
        columns.append(at + 4 - at % 4 if char == "\t" else at + 1)
    return shown, tuple(columns)


def render_excerpt(source: str, column: int, width: int = EXCERPT_WIDTH) -> list[str]:
    """The source line and a caret under `column`, tabs expanded so they line up.

    A very long line is cut to a window around the column, marked with `…`.
    """
    shown, columns = _display(source)
    at = min(max(column - 1, 0), len(source))
    caret = at if columns is None else columns[at]
    if len(shown) > width:
        start = max(0, min(caret - width // 2, len(shown) - width))
        end = start + width
        shown = ("…" if start else "") + shown[start:end] + ("…" if end < len(shown) else "")
        caret = caret - start + (1 if start else 0)
    return [f"    {shown}", f"    {' ' * caret}^"]


def write_text(problems: list[Problem], lang: str, out: TextIO) -> None:
    sources = SourceLines()
    for problem in problems:
        out.write(problem.format(lang) + "\n")
        line = sources.line(problem.path, problem.line)
        if line is not None and line.strip():
            out.write("\n".join(render_excerpt(line, problem.column)) + "\n")


def write_json(problems: list[Problem], files: int, lang: str, out: TextIO) -> None:
    errors = sum(p.is_error for p in problems)
    document = {
        "problems": [
            {
                "path": str(p.path),
                "line": p.line,
                "column": p.column,
                "severity": str(p.severity),
                "message": p.text(lang),
                "message_en": p.message,
                "message_fr": p.message_fr,
            }
            for p in problems
        ],
        "summary": {"files": files, "errors": errors, "warnings": len(problems) - errors},
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def default_folders(data_dir: str | None, lang: str) -> list[Path]:
    """The bundled bank and My articles (when it exists), each said on stderr."""
    from quizapp.paths import checkout_beside, default_bank, my_articles_dir

    bank = default_bank()
    mine = my_articles_dir(Path(data_dir) if data_dir else None)
    fr = lang == "fr"
    colon = "\u00a0:" if fr else ":"
    say = [f"quizapp check{colon} " + ("banque fournie" if fr else "bundled bank") + f" {bank}"]
    folders = [bank]
    if mine.is_dir():
        folders.append(mine)
        say.append(
            f"quizapp check{colon} " + ("Mes articles" if fr else "My articles") + f" {mine}"
        )
    elif fr:
        say.append(f"quizapp check\u00a0: Mes articles {mine} n’existe pas encore")
    else:
        say.append(f"quizapp check: My articles {mine} does not exist yet")
    checkout = checkout_beside()
    if checkout is not None:
        if fr:
            say.append(
                f"quizapp check\u00a0: note\u00a0: c’est la copie installée avec le paquet, pas "
                f"{checkout}\u00a0; pour vérifier celle-ci, lancez « quizapp check "
                f"{checkout} » (ou installez avec « pip install -e . »)"
            )
        else:
            say.append(
                f"quizapp check: note: this is the copy installed with the package, not "
                f"{checkout}; to check that one, run `quizapp check {checkout}` "
                "(or install with `pip install -e .`)"
            )
    print("\n".join(say), file=sys.stderr)
    return folders


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, or a usage error argparse already explained
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    from quizapp.paths import system_language

    lang = args.lang or system_language()
    paths = [Path(p) for p in args.paths] or default_folders(args.data_dir, lang)
    missing = [p for p in paths if not p.exists()]
    if missing:
        for path in missing:
            if lang == "fr":
                print(
                    f"quizapp check\u00a0: fichier ou dossier introuvable\u00a0: {path}",
                    file=sys.stderr,
                )
            else:
                print(f"quizapp check: no such file or folder: {path}", file=sys.stderr)
        return EXIT_USAGE

    from quizapp.core.bank import yamlsafe
    from quizapp.core.bank.check import check_bank

    if not yamlsafe.LIBYAML:
        print(f"quizapp check: warning: {yamlsafe.NO_LIBYAML_FIX}", file=sys.stderr)
    checks = []
    if not args.no_lint:
        from quizapp.core.lint import lint_article

        checks.append(lint_article)
    scan = check_bank(paths, checks=checks)
    problems = sorted(scan.problems, key=lambda p: (Path(p.path).as_posix(), p.line, p.column))
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")
    code = EXIT_ERRORS if scan.error_count else EXIT_OK
    try:
        if args.format == "json":
            write_json(problems, len(scan.files), lang, out)
        else:
            write_text(problems, lang, out)
            out.write(summary(len(scan.files), scan.error_count, scan.warning_count, lang) + "\n")
        out.flush()
    except BrokenPipeError:  # `quizapp check | head`: the reader has seen enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
    return code
