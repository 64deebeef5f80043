"""A learner's own French texts: pasted in the window, kept as plain files, read as articles.

A teacher writes YAML with questions; a learner only wants to read what they found
(a news item, a song, a page of a novel) with every word clickable. So an own text
is not a bank file: it is `<data-dir>/texts/<slug>.txt` (UTF-8, the title on the first
line, a blank line, the text as typed), which a learner can open in any editor, and
it becomes an in-memory `Article` with no questions, its sentences cut as `quizapp new`
cuts a teacher's text. Its id starts with `own:`, which no bank id can (ids are
slugs), so progress never mixes the two.

Reading the folder back trusts nothing: a file too large, not UTF-8, with control
characters or without a readable sentence is skipped with the reason, never raised.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from quizapp.core.authoring.segment import split_paragraphs, split_sentences
from quizapp.core.model import Article, Level, Sentence

TEXTS = "texts"  # under the data folder
PREFIX = "own:"  # an own text's article id; bank ids are slugs, never with a colon
TAG = "votre texte"  # its topic: the library's filter and the cover's pictogram
MAX_CHARS = 20_000  # of the text: about 3 500 words, a long article
MAX_TITLE = 120
MAX_FILE_BYTES = 4 * (MAX_CHARS + MAX_TITLE) + 64  # UTF-8: at most 4 bytes a character
MAX_FILES = 500  # listed from the folder; the rest waits (a folder filled by mistake)
TITLE_WORDS = 6  # the default title: the text's first words
# The placeholder level of the model's required field: an own text has no level, and
# the window never shows this one (no badge, left out of the level filter and picks).
NO_LEVEL = Level.B1

# Line breaks a word processor or a web page may paste; other control characters go.
_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n"})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x85]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Short words that say "French" (or "English") in almost any sentence.
_FRENCH = frozenset(
    str.split(
        "le la les l un une des du de d et est sont à au aux en dans pour par sur avec que qui"
        " ne pas il elle ils elles on je j tu nous vous ce cette ces se s qu c n mais ou où"
        " très plus son sa ses leur leurs mon ma mes été être avoir a ont"
    )
)
_ENGLISH = frozenset(
    str.split(
        "the and is are of to in that it was for with on as by this be have has not you"
        " they we he she his her at from which were an or but"
    )
)


class Trouble(StrEnum):
    """Why a text cannot be read: the window says each in words, with the way out."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    NOT_FRENCH = "not_french"
    NOT_UTF8 = "not_utf8"
    TOO_LARGE = "too_large"
    CONTROL = "control"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class OwnText:
    """One saved text: its file, its title and body as typed, and the article to read."""

    path: Path
    title: str
    body: str

    @property
    def article_id(self) -> str:
        return PREFIX + self.path.stem

    @property
    def words(self) -> int:
        return word_count(self.body)

    def article(self) -> Article:
        return make_article(self.article_id, self.title, self.body, self.path)


@dataclass(frozen=True)
class Skipped:
    """A file of the folder left out, and why."""

    path: Path
    trouble: Trouble


def texts_dir(data_dir: Path) -> Path:
    return data_dir / TEXTS


def is_own(article: object) -> bool:
    """Whether an article is a learner's own text (not a teacher's file)."""
    return str(getattr(article, "id", "")).startswith(PREFIX)


def clean(text: str) -> str:
    """The text as typed, with one kind of line break and no invisible control
    characters; surrounding blank space trimmed. Letters, accents, ’ and « » stay."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").translate(_BREAKS))
    return text.strip()


def clean_title(title: str) -> str:
    return " ".join(clean(title).split())[:MAX_TITLE].strip()


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of non-space with a letter or a digit
    (« d’une » is one, a lone « or — none)."""
    return sum(any(c.isalnum() for c in run) for run in text.split())


def default_title(body: str) -> str:
    """The text's first words: « Le chat dort sur le canapé… »."""
    runs = clean(body).split()
    taken, words = 0, 0
    for run in runs:  # six words, and the punctuation that closes them (« … »)
        real = any(c.isalnum() for c in run)
        if real and words == TITLE_WORDS:
            break
        words += real
        taken += 1
    title = " ".join(runs[:taken])
    if len(title) > 60:
        title = title[:59].rstrip() + "…"
    elif taken < len(runs):
        title = title.rstrip(".,;:!?…") + "…"
    return title


def trouble(body: str) -> Trouble | None:
    """What keeps a pasted text from being read, or None when it can be."""
    text = clean(body)
    if not text:
        return Trouble.EMPTY
    if len(text) > MAX_CHARS:
        return Trouble.TOO_LONG
    if not looks_french(text):
        return Trouble.NOT_FRENCH
    return None


def looks_french(text: str) -> bool:
    """At least one sentence of words, and not plainly another language: French
    function words, or a short text with none of English's either."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not any(len(w) > 1 for w in words):
        return False  # numbers, punctuation, one letter
    french = sum(w in _FRENCH for w in words)
    english = sum(w in _ENGLISH for w in words)
    if french == 0:
        return english == 0 and len(words) < 8
    return french * 2 >= english


def make_article(article_id: str, title: str, body: str, path: Path | None = None) -> Article:
    """The text as an article with no questions: paragraphs and sentences as a reader
    would cut them (`core/authoring/segment`), the text's characters unchanged."""
    sentences: list[Sentence] = []
    for p, paragraph in enumerate(split_paragraphs(clean(body)), 1):
        for text in split_sentences(paragraph):
            if text:
                sentences.append(Sentence(f"s{len(sentences) + 1}", text, "", f"p{p}"))
    return Article(
        id=article_id,
        title=clean_title(title) or default_title(body),
        level=NO_LEVEL,
        sentences=tuple(sentences),
        questions=(),
        tags=(TAG,),
        path=path,
    )


def slug(title: str) -> str:
    """A file name from the title: « Le Petit Prince » → le-petit-prince."""
    plain = unicodedata.normalize("NFKD", title.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c)).replace("œ", "oe")
    words = re.findall(r"[a-z0-9]+", plain)
    name = "-".join(words)[:40].strip("-")
    if re.fullmatch(r"con|prn|aux|nul|com[0-9]|lpt[0-9]", name):
        name += "-texte"  # a name Windows keeps for a device
    return name or "texte"


def file_text(title: str, body: str) -> str:
    """What the file holds: the title, a blank line, the text, a final newline."""
    return f"{clean_title(title)}\n\n{clean(body)}\n"


def save(folder: Path, title: str, body: str) -> OwnText:
    """Write a new text under a free name; OSError when the disk refuses. The title
    defaults to the text's first words; `trouble(body)` is the caller's to check."""
    title = clean_title(title) or default_title(body)
    folder.mkdir(parents=True, exist_ok=True)
    base = slug(title)
    path = folder / f"{base}.txt"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}.txt"
        n += 1
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_text(file_text(title, body), encoding="utf-8", newline="\n")
    os.replace(temporary, path)
    return OwnText(path, title, clean(body))


def parse(path: Path, data: bytes) -> OwnText | Skipped:
    """One file's bytes as a text, or why it is skipped."""
    if len(data) > MAX_FILE_BYTES:
        return Skipped(path, Trouble.TOO_LARGE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Skipped(path, Trouble.NOT_UTF8)
    text = text.replace("\r\n", "\n")
    if _CONTROL.search(text):
        return Skipped(path, Trouble.CONTROL)
    first, _, rest = text.partition("\n")
    title, body = clean_title(first), clean(rest)
    if not body and "\n" not in text.rstrip("\n"):  # one line: the text, its first words the title
        title, body = "", clean(first)
    problem = trouble(body)
    if problem is not None:
        return Skipped(path, problem)
    if not make_article("own:x", title, body).sentences:
        return Skipped(path, Trouble.NOT_FRENCH)
    return OwnText(path, title or default_title(body), body)


def load(folder: Path) -> tuple[list[OwnText], list[Skipped]]:
    """Every readable text of the folder (newest first) and the files left out."""
    texts: list[OwnText] = []
    skipped: list[Skipped] = []
    for path in _files(folder):
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                skipped.append(Skipped(path, Trouble.TOO_LARGE))
                continue
            data = path.read_bytes()
        except OSError:
            skipped.append(Skipped(path, Trouble.UNREADABLE))
            continue
        found = parse(path, data)
        (texts if isinstance(found, OwnText) else skipped).append(found)  # type: ignore[arg-type]
    return texts, skipped


def _files(folder: Path) -> Iterable[Path]:
    """The folder's .txt files, newest first, at most MAX_FILES; none if it is missing."""
    try:
        found = [p for p in folder.iterdir() if p.suffix == ".txt" and not p.name.startswith(".")]
        dated = [(p.stat().st_mtime, p.name, p) for p in found if p.is_file()]
    except OSError:
        return []
    return [p for _, _, p in sorted(dated, key=lambda d: (-d[0], d[1]))[:MAX_FILES]]


def delete(text: OwnText | Path) -> None:
    """Remove the text's file; OSError when the disk refuses (gone already is fine)."""
    path = text.path if isinstance(text, OwnText) else text
    path.unlink(missing_ok=True)
