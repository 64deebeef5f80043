"""The format's rules for one article: node tree → Article, with every problem.

Each part of the file is checked even when an earlier part failed, so a
teacher sees all the problems of a file at once. The Article is only built
when no error was found.
"""

from __future__ import annotations

import re
import unicodedata

from quizapp.core.bank.limits import MAX_ATTEMPTS
from quizapp.core.bank.problems import Problem
from quizapp.core.bank.validate_questions import read_questions
from quizapp.core.bank.validate_values import Reader, closest
from quizapp.core.bank.yamlsafe import Mapping, Node, Scalar, Source
from quizapp.core.model import (
    DEFAULT_SETTINGS,
    FORMAT_VERSION,
    Accents,
    Article,
    GlossEntry,
    GlossMatch,
    Level,
    Sentence,
    Settings,
    Typos,
)

TOP_KEYS = (
    "format",
    "id",
    "title",
    "title_en",
    "level",
    "tags",
    "source",
    "settings",
    "sentences",
    "glossary",
    "questions",
)
SENTENCE_KEYS = ("id", "fr", "en", "paragraph")
GLOSS_KEYS = ("fr", "en", "note", "forms", "match")
SETTINGS_KEYS = ("attempts", "retry_penalty", "hint_penalty", "shuffle", "accents", "typos")
LEVELS = tuple(lv.value for lv in Level)
ACCENTS = tuple(a.value for a in Accents)
TYPOS = tuple(t.value for t in Typos)
MATCHES = tuple(m.value for m in GlossMatch)
SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


def slugify(text: str) -> str:
    """A slug close to what the teacher typed, to suggest as an id."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug or "mon-article"


def read_article(source: Source) -> tuple[Article | None, list[Problem]]:
    """Validate a composed file; the Article is None when any error was found."""
    reader = Reader(source.path, source.lines)
    reader.problems.extend(source.problems)
    root = source.root
    if root is None:
        return None, reader.problems
    f = reader.fields(root, TOP_KEYS)
    values = _read_header(reader, root, f)
    settings = _read_settings(reader, f["settings"][1]) if "settings" in f else DEFAULT_SETTINGS
    sentences: list[Sentence] = []
    sentence_ids: dict[str, Node] = {}
    if reader.require(root, f, "sentences"):
        sentences = _read_sentences(reader, f["sentences"][1], sentence_ids)
    glossary = _read_glossary(reader, f["glossary"][1]) if "glossary" in f else []
    questions = []
    if reader.require(root, f, "questions"):
        questions = read_questions(reader, f["questions"][1], settings, sentence_ids)
    if reader.has_errors:
        return None, reader.problems
    article = Article(
        settings=settings,
        sentences=tuple(sentences),
        glossary=tuple(glossary),
        questions=tuple(questions),
        **values,  # type: ignore[arg-type]
    )
    return article, reader.problems


def _read_header(reader: Reader, root: Mapping, f: dict) -> dict[str, object]:
    values: dict[str, object] = {"format": FORMAT_VERSION}
    if "format" in f:
        node = f["format"][1]
        reader.whole("format", node, FORMAT_VERSION, over="bad_format")
    id_hint = (
        ": add `id: my-article` (lowercase, no spaces)",
        " : ajoutez « id: mon-article » (minuscules, sans espaces)",
    )
    if reader.require(root, f, "id", id_hint):
        node = f["id"][1]
        value = reader.text("id", node, prose=False)
        if value is not None and not SLUG.fullmatch(value):
            reader.error(node, "bad_slug", suggestion=slugify(value))
        values["id"] = value
    if reader.require(root, f, "title"):
        values["title"] = reader.text("title", f["title"][1])
    if reader.require(
        root, f, "level", (" (A1, A2, B1, B2, C1 or C2)", " (A1, A2, B1, B2, C1 ou C2)")
    ):
        level = reader.choice("level", f["level"][1], LEVELS)
        values["level"] = Level(level) if level else None
    for key in ("title_en", "source"):
        if key in f:
            values[key] = reader.text(key, f[key][1], required=False)
    if "tags" in f:
        tags = reader.text_list("tags", f["tags"][1])
        values["tags"] = tuple(t for t, _ in tags or ())
    return values


def _read_settings(reader: Reader, node: Node) -> Settings:
    if isinstance(node, Scalar) and node.plain and not node.value:
        return DEFAULT_SETTINGS  # `settings:` left empty: the defaults
    if not reader.mapping(node, ("`settings`", "« settings »")):
        return DEFAULT_SETTINGS
    assert isinstance(node, Mapping)
    f = reader.fields(node, SETTINGS_KEYS)
    values: dict[str, object] = {}
    if "attempts" in f:
        values["attempts"] = reader.whole("attempts", f["attempts"][1], MAX_ATTEMPTS)
    for key in ("retry_penalty", "hint_penalty"):
        if key in f:
            values[key] = reader.share(key, f[key][1])
    if "shuffle" in f:
        values["shuffle"] = reader.boolean("shuffle", f["shuffle"][1])
    if "accents" in f:
        accents = reader.choice("accents", f["accents"][1], ACCENTS)
        values["accents"] = Accents(accents) if accents else None
    if "typos" in f:
        typos = reader.choice("typos", f["typos"][1], TYPOS)
        values["typos"] = Typos(typos) if typos else None
    clean = {k: v for k, v in values.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]


def _read_sentences(reader: Reader, node: Node, ids: dict[str, Node]) -> list[Sentence]:
    items = reader.entries("sentences", node, 1, ("sentence", "phrase"))
    if items is None:
        return []
    out: list[Sentence] = []
    what = ("each sentence", "chaque phrase")
    hint = (
        ": write `- id: s1` then `fr:` and `en:` below it",
        " : écrivez « - id: s1 » puis « fr: » et « en: » en dessous",
    )
    for item in items:
        if not reader.mapping(item, what, hint):
            continue
        assert isinstance(item, Mapping)
        f = reader.fields(item, SENTENCE_KEYS)
        sid = fr = None
        en: str | None = ""
        if reader.require(item, f, "id"):
            id_node = f["id"][1]
            sid = reader.text("id", id_node, prose=False)
            if sid is not None:
                if any(c.isspace() for c in sid):
                    reader.error(
                        id_node, "sentence_id_space", value=sid, suggestion="-".join(sid.split())
                    )
                elif sid in ids:
                    reader.error(
                        id_node,
                        "duplicate_id",
                        what_en="sentence",
                        what_fr="phrase",
                        value=sid,
                        first=ids[sid].line,
                    )
                else:
                    ids[sid] = id_node
        if reader.require(item, f, "fr"):
            fr = reader.text("fr", f["fr"][1])
        if reader.require(
            item, f, "en", (" (it may be left empty: `en:`)", " (elle peut rester vide : « en: »)")
        ):
            en_node = f["en"][1]
            if isinstance(en_node, Scalar) and not en_node.value.strip():
                reader.warning(f["en"][0], "empty_en", value=sid or "?")
                en = ""
            else:
                en = reader.text("en", en_node)
        paragraph = None
        if "paragraph" in f:
            paragraph = reader.text("paragraph", f["paragraph"][1], required=False)
        if sid is not None and fr is not None:
            out.append(Sentence(sid, fr, en or "", paragraph, line=item.line))
    return out


def _read_glossary(reader: Reader, node: Node) -> list[GlossEntry]:
    items = reader.items("glossary", node, single=False)
    out: list[GlossEntry] = []
    what = ("each glossary entry", "chaque entrée du glossaire")
    hint = (
        ": write `- fr: word` then `en: gloss` below it",
        " : écrivez « - fr: mot » puis « en: traduction » en dessous",
    )
    for item in items or ():
        if not reader.mapping(item, what, hint):
            continue
        assert isinstance(item, Mapping)
        f = reader.fields(item, GLOSS_KEYS)
        fr = en = note = None
        if reader.require(item, f, "fr"):
            fr = reader.text("fr", f["fr"][1])
        if reader.require(item, f, "en"):
            en = reader.text("en", f["en"][1])
        if "note" in f:
            note = reader.text("note", f["note"][1], required=False)
        forms: list[tuple[str, Node]] = []
        if "forms" in f:
            forms = reader.text_list("forms", f["forms"][1]) or []
        match = GlossMatch.LEMMA
        if "match" in f:
            value = reader.choice("match", f["match"][1], MATCHES)
            match = GlossMatch(value) if value else match
        if fr is not None and en is not None:
            forms_t = tuple(v for v, _ in forms)
            out.append(GlossEntry(fr, en, note, forms_t, match, line=item.line))
    return out


__all__ = ["SLUG", "TOP_KEYS", "closest", "read_article", "slugify"]
