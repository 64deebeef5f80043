"""`quizapp suggest-glossary FILE [--level B1]`: draft glossary entries for a text.

Lists the words of the article that no glossary entry covers and that learners
of the level are unlikely to know, rarest first by `wordfreq`'s French list,
as YAML entries to paste under `glossary:`, each marked `# draft`. `wordfreq`
is an optional extra (`pip install 'quizapp[authoring]'`): without it the
command says so and how to get it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp.core.model import Level

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
INSTALL = "pip install 'quizapp[authoring]'"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp suggest-glossary",
        description="List the words of a text that the glossary does not gloss, rarest first, "
        "as draft YAML entries to paste under `glossary:`.",
    )
    parser.add_argument("file", metavar="FILE", help="the article's .yaml file")
    parser.add_argument(
        "--level",
        type=str.upper,
        choices=[level.value for level in Level],
        help="leave out the words learners of this level know (default: the article's level)",
    )
    parser.add_argument("--limit", type=int, default=40, help="at most this many (default 40)")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="where the dictionaries' index lives (default: yours)"
    )
    return parser


def dictionary_glosses(data_dir: Path | None):  # type: ignore[no-untyped-def]
    """A word → gloss function over the installed dictionaries, and how to close them.

    None when no French→English dictionary is installed: the drafts then say to
    write the gloss.
    """
    from quizapp.core.dictionary import Catalog, answer_word
    from quizapp.paths import default_data_dir

    folder = data_dir or default_data_dir()
    catalog = Catalog(folder)
    catalog.scan(create_folder=False)
    for ident in catalog.to_index():
        catalog.build(ident)
    chain = catalog.chain()
    if not chain:
        catalog.close()
        return None, lambda: None

    def gloss(word: str) -> str | None:
        answers = answer_word(word, chain).answers
        return answers[0].gloss if answers else None

    return gloss, catalog.close


def french_frequency():
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    return lambda word: zipf_frequency(word, "fr")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    frequency = french_frequency()
    if frequency is None:
        print(
            "quizapp suggest-glossary: needs the French word frequencies of `wordfreq`, "
            f"which is not installed; install it with: {INSTALL}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    path = Path(args.file)
    if not path.is_file():
        print(f"quizapp suggest-glossary: no such file: {path}", file=sys.stderr)
        return EXIT_USAGE
    import quizapp.core.gloss  # noqa: F401 - hands the glossary index to the model
    from quizapp.core.authoring.suggest import as_yaml, suggest
    from quizapp.core.bank.loader import check_file

    article, problems = check_file(path)
    if article is None:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        print("quizapp suggest-glossary: fix the errors above first", file=sys.stderr)
        return EXIT_ERRORS
    level = Level(args.level) if args.level else None
    gloss, close = dictionary_glosses(Path(args.data_dir) if args.data_dir else None)
    try:
        found = suggest(article, frequency, level, gloss)[: max(0, args.limit)]
    finally:
        close()
    shown = level or article.level
    print(
        f"# {len(found)} word(s) of {path.name} not in its glossary, rarer than {shown} "
        "learners know, rarest first (wordfreq). Paste under `glossary:` and check each draft."
    )
    sys.stdout.write(as_yaml(found))
    return EXIT_OK
