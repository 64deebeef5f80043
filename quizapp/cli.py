"""The `quizapp` command: the window by default, or a subcommand for tools.

Each subcommand lives in its own module under `quizapp.commands` and is
imported only when asked for; the GUI is imported only when a window is
needed, so `quizapp check` never pays for Qt.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from quizapp import __version__

if TYPE_CHECKING:  # pragma: no cover - built only for --help and mistakes (start-up speed)
    import argparse

# name -> "module:function"; each function takes argv (after the name) and returns an exit code.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("quizapp.commands.check:main", "check question files and report every problem"),
    "new": ("quizapp.commands.new:main", "turn a plain French text into a question-file skeleton"),
    "selftest": ("quizapp.commands.selftest:main", "take every quiz of a bank in the real window"),
    "export-results": ("quizapp.commands.export:results_main", "print quiz results as CSV/JSON"),
    "install-desktop": (
        "quizapp.commands.desktop:main",
        "add quizapp to the desktop's application menu (--uninstall to remove it)",
    ),
    "lookup": ("quizapp.commands.lookup:main", "look a word up: glossary, then dictionaries"),
    "export-words": (
        "quizapp.commands.export:words_main",
        "print looked-up words (Anki/CSV), or write an Anki deck (.apkg)",
    ),
    "review": ("quizapp.commands.review:main", "list the review cards due now (--due)"),
    "suggest-glossary": (
        "quizapp.commands.suggest_glossary:main",
        "list the words of a text its glossary lacks, rarest first, as draft entries",
    ),
    "export-quiz": (
        "quizapp.commands.export_quiz:main",
        "export a quiz to Moodle XML, GIFT or a printable PDF handout",
    ),
}


def window_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Read French articles, gloss any word, and answer their quizzes.",
        epilog="Tools: "
        + "; ".join(f"quizapp {name}: {help_}" for name, (_, help_) in SUBCOMMANDS.items())
        + ". Run `quizapp COMMAND --help` for each.",
    )
    parser.add_argument(
        "--version", action="version", version=f"quizapp {__version__}", help="print the version"
    )
    parser.add_argument("article", nargs="?", help="open this .yaml article directly (preview)")
    parser.add_argument("--bank", metavar="DIR", help="folder of question files to open")
    parser.add_argument("--data-dir", metavar="DIR", help="where settings and progress live")
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language")
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="open the window as usual and quit right after its first paint (start-up timing)",
    )
    return parser


WINDOW_VALUES = {"--bank": "bank", "--data-dir": "data_dir", "--lang": "lang"}
LANGUAGES = ("fr", "en")


def quick_window_options(args: Sequence[str]) -> SimpleNamespace | None:
    """The window's options read without argparse (~5 ms to import and build at each start).

    Only the plain forms are read here; anything else (--help, `--opt=value`, an unknown
    option, a missing or wrong value, a second article) returns None so that argparse
    parses it and writes its usual messages.
    """
    options = SimpleNamespace(
        article=None, bank=None, data_dir=None, lang=None, quit_after_paint=False
    )
    rest = iter(args)
    for arg in rest:
        if arg == "--quit-after-paint":
            options.quit_after_paint = True
        elif arg in WINDOW_VALUES:
            value = next(rest, None)
            if (
                value is None
                or value.startswith("-")
                or (arg == "--lang" and value not in LANGUAGES)
            ):
                return None
            setattr(options, WINDOW_VALUES[arg], value)
        elif arg.startswith("-") or options.article is not None:
            return None
        else:
            options.article = arg
    return options


EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, what shells expect


def main(argv: Sequence[str] | None = None) -> int:
    """The `quizapp` command; Ctrl-C ends any of it with 130 and no traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        target, _ = SUBCOMMANDS[args[0]]
        module_name, func_name = target.split(":")
        func = getattr(importlib.import_module(module_name), func_name)
        return int(func(args[1:]) or 0)
    options = quick_window_options(args) or window_parser().parse_args(args)
    import gc

    # No collection while start-up builds what lives as long as the app (~10 ms of
    # collections before the first paint): the window re-enables it once painted.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from quizapp.gui.window.app import run

        return run(options)
    finally:
        if collecting:
            gc.enable()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
