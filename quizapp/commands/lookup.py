"""`quizapp lookup WORD`: the look-up chain from the command line.

Prints what the window's gloss card would show for WORD: the source (the
article's glossary or a dictionary's name), the form clicked, the lemma
that led to the entry, the headword and the gloss. Dictionaries are found
and indexed as the window does (`--data-dir` for the index cache and the
learner's dictionaries folder). Exit 0 when something answered, 1 when
nothing did, 2 for bad usage (an unknown option, a missing file, an
article with errors).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from quizapp.core.dictionary import Catalog, Result, answer_word
from quizapp.paths import default_data_dir

ANSWERED, NOTHING, USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp lookup",
        description="Look a French word up as the window does: the article's glossary "
        "first, then each French→English dictionary (as written, its lemma, expressions "
        "covering it in the sentence). Exit 0: found; 1: no entry; 2: bad usage.",
    )
    parser.add_argument("word", help="the French word (or elided form, e.g. « l’ »)")
    parser.add_argument("--sentence", metavar="TEXT", help="the sentence the word is in")
    parser.add_argument("--article", metavar="FILE", help="a question file: its glossary first")
    parser.add_argument("--data-dir", metavar="DIR", help="where the dictionaries' index lives")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    return parser


def main(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or _utf8(sys.stdout)
    err = stderr or _utf8(sys.stderr)
    try:
        options = _parser().parse_args(list(argv))
    except SystemExit as stop:
        return int(stop.code or 0) and USAGE
    if not options.word.strip():
        err.write("quizapp lookup: error: WORD is empty\n")
        return USAGE
    article = None
    if options.article:
        article = _load(Path(options.article), err)
        if article is None:
            return USAGE
    data_dir = Path(options.data_dir) if options.data_dir else default_data_dir()
    catalog = Catalog(data_dir)
    catalog.scan(create_folder=options.data_dir is not None or data_dir.exists())
    for ident in catalog.to_index():
        err.write(f"quizapp lookup: indexing {ident} (once)…\n")
        catalog.build(ident)
    for row in catalog.listings():
        if row.state == "broken":
            err.write(f"quizapp lookup: {row.path}: broken: {row.reason}\n")
    result = answer_word(options.word, catalog.chain(), options.sentence, article)
    catalog.close()
    if options.format == "json":
        json.dump(_as_json(result), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(_as_text(result))
    return ANSWERED if result.found else NOTHING


def _load(path: Path, err: TextIO):  # type: ignore[no-untyped-def]
    from quizapp.core import BankError, load_article

    if not path.is_file():
        err.write(f"quizapp lookup: error: {path}: no such file\n")
        return None
    try:
        return load_article(path)
    except BankError as error:
        for problem in error.problems:
            err.write(problem.format() + "\n")
        err.write(f"quizapp lookup: error: {path} has errors (run `quizapp check {path}`)\n")
        return None


def _as_json(result: Result) -> dict[str, object]:
    return {
        "word": result.word,
        "found": result.found,
        "answer": result.answers[0].as_json() if result.answers else None,
        "answers": [answer.as_json() for answer in result.answers],
        "dictionaries": list(result.consulted),
    }


def _as_text(result: Result) -> str:
    if not result.found:
        asked = ", ".join(result.consulted) or "none installed"
        return f"{result.word}: no entry (glossary and dictionaries: {asked})\n"
    blocks = []
    for answer in result.answers:
        lines = [
            f"source:   {answer.source}",
            f"form:     {answer.form}",
            f"lemma:    {answer.lemma or answer.headword}",
            f"headword: {answer.headword}",
        ]
        if answer.pos:
            lines.append(f"pos:      {answer.pos}")
        lines.append(f"gloss:    {answer.gloss}")
        if answer.note:
            lines.append(f"note:     {answer.note}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _utf8(stream: TextIO) -> TextIO:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):  # a detached stream
            reconfigure(encoding="utf-8", errors="replace")
    return stream
