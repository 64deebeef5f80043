"""`quizapp new`: turn a plain French text into a question-file skeleton.

The teacher pastes an article into a text file; this cuts it into numbered
sentences and writes a file that already passes `quizapp check` (with warnings
for what is left to do: the English translations), so the teacher starts from
something that works and never from a blank page.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp.commands.plurals import counted
from quizapp.core.authoring.segment import segment
from quizapp.core.authoring.skeleton import (
    ID_PATTERN,
    build_skeleton,
    slugify,
    title_from_sentence,
)
from quizapp.core.bank.limits import MAX_BYTES
from quizapp.core.model import Level

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "format-1.schema.json"
PROJECT_ROOT = SCHEMA_PATH.parents[2]
TITLE_SLUG_MAX = 40

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
# C0/C1 controls other than tab and the line breaks the paragraph splitter reads.
_INVISIBLE_CONTROLS = re.compile(r"[\x01-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


class UsageError(Exception):
    """A problem with what the teacher asked for: shown as one plain line, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp new",
        description=(
            "Turn a plain French text (UTF-8; one paragraph per line, or paragraphs "
            "separated by blank lines) into a question file: the text cut into "
            "sentences s1, s2, …, empty English translations to fill in, and an "
            "example of every question type."
        ),
        epilog="Then edit the file and run `quizapp check FILE`.",
    )
    parser.add_argument("text_file", nargs="?", metavar="TEXT_FILE", help="the text ('-': stdin)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="file to write ('-': stdout); default: ID.yaml here when this folder holds "
        "question files, else ID.yaml in My articles (<data-dir>/articles)",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="the data folder whose My articles to write to"
    )
    parser.add_argument("--id", help="the article's id (lower-case letters, digits, hyphens)")
    parser.add_argument("--title", help="the French title; default: made from the first sentence")
    parser.add_argument(
        "--level",
        default="B1",
        type=str.upper,
        choices=[level.value for level in Level],
        help="CEFR level (default: B1)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.add_argument(
        "--schema",
        metavar="REF",
        help="what the editor modeline points at: a path or URL, or 'none' to leave it out "
        "(default: this installation's schema file)",
    )
    parser.add_argument(
        "--print-schema-path",
        action="store_true",
        help="print the path of the JSON Schema of the format, for editor settings, and exit",
    )
    return parser


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
        if not args.text_file and not args.print_schema_path:
            parser.error("the following argument is required: TEXT_FILE")
    except SystemExit as exc:  # --help, or a usage error argparse already explained
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    if args.print_schema_path:
        print(SCHEMA_PATH)
        return EXIT_OK
    try:
        return _run(args)
    except UsageError as error:
        print(f"quizapp new: error: {error}", file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    text, source_name = _read_text(args.text_file)
    paragraphs = segment(text)
    if not paragraphs:
        raise UsageError(f"{source_name} has no text: paste the French article into it first.")
    title = " ".join(args.title.split()) if args.title else title_from_sentence(paragraphs[0][0])
    if not title:
        title = "Sans titre" if source_name == "<stdin>" else Path(source_name).stem
    article_id = _choose_id(args, title, source_name)
    to_stdout = args.output == "-"
    out = None if to_stdout else _output(args.output, article_id, args.data_dir)
    if out is not None and out.is_dir():
        raise UsageError(f"{out} is a folder: give a file name, e.g. -o {out / article_id}.yaml")
    if out is not None and out.exists() and not args.force:
        print(
            f"quizapp new: {out} already exists; nothing written. "
            "Choose another name with -o, or add --force to replace it.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    skeleton = build_skeleton(
        paragraphs,
        article_id=article_id,
        title=title,
        level=Level(args.level),
        schema_ref=_schema_ref(args.schema, out),
        source_name=None if source_name == "<stdin>" else Path(source_name).name,
        out_name=str(out) if out is not None else f"{article_id}.yaml",
    )
    if len(skeleton.text.encode("utf-8")) > MAX_BYTES:
        raise UsageError(
            f"{source_name} is too long for one article (the file would pass the "
            f"{MAX_BYTES // (1024 * 1024)} MB limit of a question file): split the text."
        )
    if out is None:
        sys.stdout.write(skeleton.text)
        return EXIT_OK
    try:
        out.write_text(skeleton.text, encoding="utf-8")
    except OSError as error:
        print(f"quizapp new: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_REFUSED
    from quizapp.paths import system_language

    print(
        wrote(
            out, skeleton.sentences, skeleton.paragraphs, article_id, args.level, system_language()
        )
    )
    return EXIT_OK


def wrote(
    out: Path, sentences: int, paragraphs: int, article_id: str, level: str, lang: str
) -> str:
    """The summary line, and what to do next."""
    if lang == "fr":
        return (
            f"Écrit {out}\u00a0: {counted(sentences, 'sentence', lang)} en "
            f"{counted(paragraphs, 'paragraph', lang)}, id {article_id}, niveau {level}.\n"
            "Ensuite\u00a0: vérifiez le découpage des phrases, remplissez l’anglais (`en:`), "
            f"écrivez vos questions, puis lancez\u00a0: quizapp check {out}"
        )
    return (
        f"Wrote {out}: {counted(sentences, 'sentence')} in "
        f"{counted(paragraphs, 'paragraph')}, id {article_id}, level {level}.\n"
        "Next: check the sentence cuts, fill in the English (`en:`), write your questions, "
        f"then run: quizapp check {out}"
    )


def in_a_bank(folder: Path) -> bool:
    """Whether `folder` is a folder of question files (it holds one, or is a known bank)."""
    from quizapp.paths import default_bank

    try:
        if any(p.suffix.lower() in (".yaml", ".yml") for p in folder.iterdir() if p.is_file()):
            return True
    except OSError:
        return False
    return folder.resolve().is_relative_to(default_bank().resolve())


def _output(given: str | None, article_id: str, data_dir: str | None) -> Path:
    """-o as given; else ID.yaml here inside a bank folder, else in My articles."""
    if given:
        return Path(given)
    if in_a_bank(Path.cwd()):
        return Path(f"{article_id}.yaml")
    from quizapp.paths import ensure_my_articles

    try:
        folder = ensure_my_articles(Path(data_dir) if data_dir else None)
    except OSError as error:
        raise UsageError(
            f"cannot create My articles ({error.strerror or error}): give a file name with -o"
        ) from None
    return folder / f"{article_id}.yaml"


def _read_text(name: str) -> tuple[str, str]:
    """The text to cut, and the name to call its source by."""
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(name)
        if not path.exists():
            raise UsageError(f"{name} not found: check the file name and folder.")
        if path.is_dir():
            raise UsageError(f"{name} is a folder: give the text file itself.")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise UsageError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UsageError(
            f"{name} is not UTF-8 text (line {line}): save it as UTF-8 "
            "(in most editors: Save as… > Encoding: UTF-8) and try again."
        ) from None
    if "\x00" in text:
        raise UsageError(f"{name} is not a plain text file: save the article as plain text.")
    text, removed = _INVISIBLE_CONTROLS.subn("", text)
    if removed:
        print(
            f"quizapp new: note: removed {removed} invisible control character(s) from {name} "
            "(copy-paste leftovers that a question file may not contain).",
            file=sys.stderr,
        )
    return text, name


def _choose_id(args: argparse.Namespace, title: str, source_name: str) -> str:
    """--id, else a slug of --title, of a meaningful file name, or of the title."""
    if args.id is not None:
        if not ID_PATTERN.fullmatch(args.id):
            suggestion = slugify(args.id)
            hint = f" (e.g. {suggestion})" if suggestion else ""
            raise UsageError(
                f"--id {args.id!r} is not a valid id: use lower-case letters a-z, digits and "
                f"hyphens, starting with a letter or digit{hint}."
            )
        return args.id
    if not args.title and source_name != "<stdin>":
        stem = slugify(Path(source_name).stem)
        if _looks_named(stem):
            return stem
    return slugify(title, TITLE_SLUG_MAX) or "article"


def _looks_named(slug: str) -> bool:
    """Whether a file-name slug holds a word, not only numbers and hashes (`000-cf8c60…`)."""
    return any(part.isalpha() and len(part) >= 3 for part in slug.split("-"))


BESIDE = Path(".quizapp") / SCHEMA_PATH.name


def _schema_ref(option: str | None, out: Path | None) -> str | None:
    """The modeline target, always relative when a file is written, so the bank is portable.

    Inside this checkout it points at the format's schema; elsewhere a copy is kept
    beside the bank (`.quizapp/format-1.schema.json`, in the nearest folder above
    that has one, else the file's own folder): a file shared with a colleague, with
    its bank, never points into the author's installation.
    """
    if option is not None:
        return None if option.lower() == "none" else option
    if out is None:
        return SCHEMA_PATH.as_uri() if os.name == "nt" else str(SCHEMA_PATH)
    folder = out.resolve().parent
    if folder.is_relative_to(PROJECT_ROOT) and (PROJECT_ROOT / "pyproject.toml").is_file():
        return Path(os.path.relpath(SCHEMA_PATH, folder)).as_posix()
    target = schema_beside(folder)
    return Path(os.path.relpath(target, folder)).as_posix()


def schema_beside(folder: Path) -> Path:
    """The bank's copy of the schema, written or refreshed: under the nearest `.quizapp/`."""
    home = next((f for f in (folder, *folder.parents) if (f / ".quizapp").is_dir()), folder)
    target = home / BESIDE
    schema = SCHEMA_PATH.read_bytes()
    if not target.is_file() or target.read_bytes() != schema:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(schema)
    return target
