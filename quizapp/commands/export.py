"""`quizapp export-results` and `quizapp export-words`: progress out to other programs.

`export-words --format apkg -o FILE` writes a real Anki deck (`core.review.anki`);
the other formats print to stdout in UTF-8 (also on Windows consoles) and say what went
wrong on stderr in plain words: exit 2 for a usage problem (an unknown
profile, a data folder that does not exist), 1 when the store cannot be
read. A damaged store is recovered exactly as the window would, and the
recovery is reported on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from quizapp.core.progress import exports
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.errors import ProgressStoreError
from quizapp.core.progress.opening import STORE_NAME
from quizapp.core.progress.records import Profile
from quizapp.paths import system_language

USAGE_ERROR = 2
STORE_ERROR = 1


class _Usage(Exception):
    pass


def _parser(name: str, formats: list[str], description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"quizapp {name}", description=description)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the folder holding progress.sqlite3 (default: this computer's quizapp data folder)",
    )
    parser.add_argument("--profile", metavar="NAME", help="only this learner (any case)")
    parser.add_argument(
        "--format", choices=formats, default=formats[0], help=f"default: {formats[0]}"
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        help="CSV: write texts exactly as stored; by default a text starting with = + - @ "
        "(a formula to a spreadsheet) is written with a leading ' so that it stays text",
    )
    return parser


def results_main(
    argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    parser = _parser(
        "export-results",
        ["csv", "json"],
        "Print one row per quiz session: profile, article_id, article_title, mode, "
        "started, finished, score, points, percent.",
    )

    def write(
        store: ProgressStore | None, profile: Profile | None, out: TextIO, args: argparse.Namespace
    ) -> None:
        rows = exports.result_rows(store, profile) if store else []
        if args.format == "json":
            exports.write_results_json(rows, out)
        else:
            exports.write_results_csv(rows, out, raw=args.raw)

    return _run(parser, argv, write, stdout, stderr)


def words_main(
    argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    parser = _parser(
        "export-words",
        ["anki", "csv", "apkg"],
        "Print the words looked up in the articles: an Anki import file "
        "(File > Import in Anki) or CSV; or write a real Anki deck with --format apkg -o FILE.",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="the .apkg file to write (with --format apkg)"
    )
    output: list[str | None] = [None]

    def write(
        store: ProgressStore | None, profile: Profile | None, out: TextIO, args: argparse.Namespace
    ) -> None:
        if args.format == "apkg":
            _write_apkg(store, profile, Path(str(output[0])), out)
        elif args.format == "anki":
            exports.write_words_anki(store.words(profile) if store else [], out)
        else:
            rows = exports.word_rows(store, profile) if store else []
            exports.write_words_csv(rows, out, raw=args.raw)

    def check(args: argparse.Namespace) -> None:
        if args.format == "apkg" and not args.output:
            raise _Usage("--format apkg writes a file: give its name with -o FILE")
        if args.format != "apkg" and args.output:
            raise _Usage("-o FILE is for --format apkg; the other formats print to stdout")
        if args.output and not Path(args.output).parent.resolve().is_dir():
            raise _Usage(f"the folder of {args.output} does not exist")
        output[0] = args.output

    return _run(parser, argv, write, stdout, stderr, check)


def _write_apkg(store: ProgressStore | None, profile: Profile | None, path: Path, out: TextIO):
    from quizapp.core.review import anki

    by_learner: dict[str, list] = {}
    titles: dict[str, str] = {}
    if store is not None:
        learners = [profile] if profile is not None else store.profiles()
        by_learner = {p.name: store.words(p) for p in learners}
        titles = {s.article_id: s.article_title for s in store.sessions(profile)}
    try:
        count = anki.write_apkg(path, by_learner, titles)
    except OSError as exc:
        raise _Usage(f"cannot write {path}: {exc.strerror or exc}") from exc
    print(f"{count} notes written to {path}", file=out)


Writer = Callable[[ProgressStore | None, Profile | None, TextIO, argparse.Namespace], None]


def _run(
    parser: argparse.ArgumentParser,
    argv: Sequence[str],
    write: Writer,
    stdout: TextIO | None,
    stderr: TextIO | None,
    check: Callable[[argparse.Namespace], None] | None = None,
) -> int:
    out = stdout or _utf8(sys.stdout)
    err = stderr or _utf8(sys.stderr)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse has printed the usage or the help
        return int(exc.code or 0)
    prog = parser.prog
    try:
        if check is not None:
            check(args)
        store = _open(args.data_dir, err, prog)
        try:
            profile = _profile(store, args.profile)
            write(store, profile, out, args)
            out.flush()
        finally:
            if store is not None:
                store.close()
    except _Usage as exc:
        print(f"{prog}: error: {exc}", file=err)
        return USAGE_ERROR
    except ProgressStoreError as exc:
        print(f"{prog}: error: {exc.text(system_language())}", file=err)
        return STORE_ERROR
    except BrokenPipeError:  # `| head`: the reader has all it wants
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return STORE_ERROR
    return 0


def _open(data_dir: str | None, err: TextIO, prog: str) -> ProgressStore | None:
    """The store, or None when the folder has no progress yet (nothing to export)."""
    if data_dir is None:
        from quizapp.paths import default_data_dir

        folder = default_data_dir()
        hint = " (no quiz has been taken on this computer yet, or use --data-dir)"
    else:
        folder = Path(data_dir)
        hint = ""
    if not folder.is_dir():
        raise _Usage(f"the data folder {folder} does not exist{hint}")
    if not (folder / STORE_NAME).exists():
        print(f"{prog}: note: no progress recorded yet in {folder}", file=err)
        return None
    store = ProgressStore.open(folder)
    if store.recovery is not None:
        print(f"{prog}: warning: {store.recovery.text(system_language())}", file=err)
    if store.wal_loss is not None:
        print(f"{prog}: warning: {store.wal_loss.text(system_language())}", file=err)
    return store


def _profile(store: ProgressStore | None, name: str | None) -> Profile | None:
    if name is None:
        return None
    found = store.find_profile(name) if store else None
    if found is None:
        names = [p.name for p in store.profiles()] if store else []
        known = "; profiles: " + ", ".join(names) if names else "; there are no profiles yet"
        raise _Usage(f"no profile named {name!r}{known}")
    return found


def _utf8(stream: TextIO) -> TextIO:
    """French text must reach the console intact, whatever its code page."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(OSError, ValueError):
            reconfigure(encoding="utf-8")
    return stream
