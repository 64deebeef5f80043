"""`quizapp export-quiz FILE --format moodle-xml|gift|pdf -o OUT`: a quiz for other tools.

Moodle XML and GIFT go to Moodle's question bank; the PDF is a printable
handout with the answer key. The file is checked first: a file with errors is
reported like `quizapp check` does, and nothing is written. GIFT cannot hold
every type: the questions left out are each named on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
FORMATS = ("moodle-xml", "gift", "pdf")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp export-quiz",
        description="Export one article's quiz to Moodle XML, GIFT, or a printable PDF handout.",
    )
    parser.add_argument("file", metavar="FILE", help="the article's .yaml file")
    parser.add_argument("--format", required=True, choices=FORMATS, help="what to write")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument("--lang", choices=["fr", "en"], help="language of the messages")
    return parser


def _say(lang: str, en: str, fr: str) -> None:
    print(fr if lang == "fr" else en, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    from quizapp.paths import system_language

    lang = args.lang or system_language()
    path, out = Path(args.file), Path(args.output)
    if not path.is_file():
        _say(
            lang,
            f"quizapp export-quiz: no such file: {path}",
            f"quizapp export-quiz\u00a0: fichier introuvable\u00a0: {path}",
        )
        return EXIT_USAGE
    from quizapp.core.bank.loader import check_file

    article, problems = check_file(path)
    if article is None:
        for problem in problems:
            print(problem.format(lang), file=sys.stderr)
        _say(
            lang,
            "quizapp export-quiz: the file has errors; nothing was written",
            "quizapp export-quiz\u00a0: le fichier a des erreurs\u00a0; rien n’a été écrit",
        )
        return EXIT_ERRORS
    try:
        if args.format == "pdf":
            from quizapp.gui.handout.pdf import write_pdf

            write_pdf(article, out)
        elif args.format == "gift":
            from quizapp.core.exchange.gift import gift

            text, skipped = gift(article)
            for q in skipped:
                _say(
                    lang,
                    f"quizapp export-quiz: warning: {q.id} ({q.type}) has no GIFT form and was "
                    "left out; use --format moodle-xml to keep it",
                    f"quizapp export-quiz\u00a0: avertissement\u00a0: {q.id} ({q.type}) n’a pas "
                    "de forme GIFT et a été laissée de côté\u00a0; utilisez --format moodle-xml "
                    "pour la garder",
                )
            out.write_text(text, encoding="utf-8")
        else:
            from quizapp.core.exchange.moodle import moodle_xml

            out.write_text(moodle_xml(article), encoding="utf-8")
    except OSError as exc:
        _say(
            lang,
            f"quizapp export-quiz: cannot write {out}: {exc.strerror or exc}",
            f"quizapp export-quiz\u00a0: impossible d’écrire {out}\u00a0: {exc.strerror or exc}",
        )
        return EXIT_USAGE
    return EXIT_OK
