"""The YAML text of a new article skeleton, written as a teacher would write it.

The text is built by hand rather than with `yaml.dump`, so that it reads like
the examples of the teachers' guide: keys in the guide's order, comments that
say what to do next, and every French text in double quotes, so that a ` : `,
a `#` or a leading quote inside a sentence can never break the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.core.model import FORMAT_VERSION, Level

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
SLUG_MAX = 60
TITLE_MAX = 70

# What a YAML double-quoted scalar must escape: `\`, `"`, line breaks, control
# characters and the byte-order mark; the named escapes read best.
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]')
_ESCAPES = {
    "\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r",
    "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P",
}  # fmt: skip


@dataclass(frozen=True)
class Skeleton:
    """What `quizapp new` writes, and a summary to tell the teacher."""

    text: str
    sentences: int
    paragraphs: int


def yaml_quote(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back exactly."""
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    return f"\\u{ord(ch):04x}" if ord(ch) > 0xFF else f"\\x{ord(ch):02x}"


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """A bank id from a title or a file name: lower-case ASCII words joined by hyphens.

    Empty when nothing usable is left (a title made only of punctuation).
    """
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
    text = text.replace("ß", "ss").replace("’", "-").replace("'", "-")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def title_from_sentence(sentence: str, max_length: int = TITLE_MAX) -> str:
    """A title made from the text's first sentence, shortened where a reader pauses.

    A short sentence is kept whole without its final full stop; a long one is cut
    at its first clause break (`,` `;` `:` or a dash) if that leaves a real title,
    else at a word, with an ellipsis.
    """
    title = " ".join(sentence.split())
    title = re.sub(r"\s*[.…]+$", "", title) if not title.endswith("etc.") else title
    if len(title) > max_length:
        breaks = [m.start() for m in re.finditer(r"\s*(?:[,;:]|\s[–—-]\s)", title)]
        fitting = [b for b in breaks if 25 <= b <= max_length]
        if fitting:
            title = title[: fitting[0]]
        else:
            cut = title[: max_length + 1]
            title = cut[: cut.rfind(" ")].rstrip(" ,;:–—-") + "…"
    return _drop_unbalanced_quotes(title)


def _drop_unbalanced_quotes(title: str) -> str:
    """`“Nous restons engagés…` -> `Nous restons engagés…`: no quote left open."""
    for opener, closer in (("«", "»"), ("“", "”")):
        if title.count(opener) > title.count(closer):
            title = title.replace(opener, "", title.count(opener) - title.count(closer))
        if title.count(closer) > title.count(opener):
            title = title[::-1].replace(closer, "", title.count(closer) - title.count(opener))[::-1]
    title = re.sub(r'^"([^"]*)$', r"\1", title)
    return " ".join(title.replace("\u00a0 ", " ").split()).strip() or title


def build_skeleton(
    paragraphs: Sequence[Sequence[str]],
    *,
    article_id: str,
    title: str,
    level: Level = Level.B1,
    schema_ref: str | None = None,
    source_name: str | None = None,
    out_name: str = "this file",
) -> Skeleton:
    """The skeleton of an article whose passage is `paragraphs` of sentences."""
    if not ID_PATTERN.fullmatch(article_id):
        raise ValueError(f"not a valid id: {article_id!r}")
    count = sum(len(p) for p in paragraphs)
    if count == 0:
        raise ValueError("the text has no sentence")
    lines: list[str] = []
    if schema_ref:
        lines.append(f"# yaml-language-server: $schema={schema_ref}")
        lines.append("#")
    origin = f" from {source_name}" if source_name else ""
    lines += [
        f"# Made by `quizapp new`{origin}: {plural(count, 'sentence')}"
        f" in {plural(len(paragraphs), 'paragraph')}.",
        "# Next steps:",
        "#   1. check the title and the sentence cuts (join or split sentences as a reader would);",
        "#   2. fill in each `en:` with the English translation, and add `title_en`;",
        "#   3. add glossary entries for the words your learners will not know;",
        "#   4. replace question q1 with your own questions (examples of all 8 types at the end);",
        f"#   5. run `quizapp check {out_name}`: it lists what is left to fix.",
        "# The teachers' guide (questions/README.md) explains every key.",
        "",
        f"format: {FORMAT_VERSION}",
        f"id: {article_id}",
        f"title: {yaml_quote(title)}",
        '# title_en: "The title in English"',
        "# level: A1, A2, B1, B2, C1 or C2",
        f"level: {Level(level).value}",
        '# tags: ["politique", "société"]',
        '# source: "Where the text comes from: newspaper, date, link"',
        "",
        "# settings:                 # all optional; these are the defaults",
        "#   attempts: 2             # tries per question in practice mode",
        "#   retry_penalty: 0.5      # share of the points lost by each retry",
        "#   hint_penalty: 0.25      # share of the points lost by showing the hint",
        "#   shuffle: true           # shuffle options and pairs",
        "#   # accents: lenient or strict; typos: half, strict or accept",
        "#   accents: lenient",
        "#   typos: half",
        "",
        "sentences:",
    ]
    number = 0
    for label, paragraph in enumerate(paragraphs, start=1):
        if not paragraph:
            continue
        for sentence in paragraph:
            number += 1
            lines += [
                f"  - id: s{number}",
                f"    paragraph: {label}",
                f"    fr: {yaml_quote(sentence)}",
                '    en: ""',
            ]
    lines += ["", *_GLOSSARY, "", *_QUESTIONS]
    return Skeleton(text="\n".join(lines) + "\n", sentences=count, paragraphs=len(paragraphs))


def plural(n: int, word: str) -> str:
    """`1 sentence`, `2 sentences`."""
    return f"{n} {word}{'' if n == 1 else 's'}"


_GLOSSARY = [
    "# Glossary: the words and expressions a learner can click for a gloss.",
    "# Inflected forms match by themselves (déclaré, déclarent -> déclarer). Examples:",
    '#   - fr: "déclarer"',
    '#     en: "to declare, to state"',
    '#   - fr: "depuis longtemps"',
    '#     en: "for a long time"',
    '#     note: "with a present tense: has been ... for a long time"',
    '#   - fr: "est"',
    '#     en: "east"',
    "#     # only « est » as written, not every « est » of « être »:",
    "#     match: exact",
    "# (remove the [] below when you add the first entry)",
    "glossary: []",
]

_QUESTIONS = [
    "questions:",
    "  # TODO: replace q1 with your own questions. It is only here because a file needs",
    "  # at least one question, and it is right for any text (s1 is the first sentence).",
    "  - id: q1",
    "    type: locate",
    "    sentences: [s1]",
    '    prompt: "Quelle est la première phrase du texte ? Cliquez dessus."',
    '    prompt_en: "Which is the first sentence of the text? Click on it."',
    "",
    "  # One example of each of the eight question types. To use one, remove the `# `",
    "  # at the start of its lines, give it a new id, and write your own text and",
    "  # `sentences` (the ids of the sentences that prove the answer).",
    "  #",
    "  # choice: one right answer",
    "  # - id: q2",
    "  #   type: choice",
    "  #   sentences: [s1]",
    '  #   prompt: "Votre question ?"',
    '  #   prompt_en: "Your question?"',
    "  #   options:",
    '  #     - text: "La bonne réponse."',
    "  #       correct: true",
    '  #     - text: "Une mauvaise réponse."',
    '  #       feedback: "Pourquoi elle est fausse."',
    "  #",
    "  # multi: select all that apply",
    "  # - id: q3",
    "  #   type: multi",
    "  #   sentences: [s1]",
    '  #   prompt: "Cochez les réponses justes."',
    "  #   options:",
    '  #     - text: "Une réponse juste."',
    "  #       correct: true",
    '  #     - text: "Une autre réponse juste."',
    "  #       correct: true",
    '  #     - text: "Une réponse fausse."',
    "  #",
    "  # truefalse: Vrai / Faux (/ Non mentionné)",
    "  # - id: q4",
    "  #   type: truefalse",
    "  #   sentences: [s1]",
    '  #   prompt: "Une affirmation sur le texte."',
    "  #   # true, false or not_given",
    "  #   answer: true",
    "  #",
    "  # short: a typed answer",
    "  # - id: q5",
    "  #   type: short",
    "  #   sentences: [s1]",
    '  #   prompt: "En quelle année… ?"',
    '  #   answers: ["1996", "en 1996"]',
    "  #",
    "  # cloze: fill in the blanks: [answer] or [answer|other answer]",
    "  # - id: q6",
    "  #   type: cloze",
    "  #   sentences: [s1]",
    '  #   prompt: "Complétez la phrase."',
    '  #   text: "Une phrase du texte avec un [mot] caché et un [autre|second] mot caché."',
    "  #   # an optional word bank turns each blank into a drop-down list:",
    '  #   # choices: ["mot", "autre", "second", "phrase"]',
    "  #",
    "  # match: pair them up",
    "  # - id: q7",
    "  #   type: match",
    "  #   sentences: [s1]",
    '  #   prompt: "Qui a dit quoi ?"',
    "  #   pairs:",
    '  #     - left: "Une personne"',
    '  #       right: "« Ce qu’elle a dit »"',
    '  #     - left: "Une autre personne"',
    '  #       right: "« Ce qu’elle a dit, elle »"',
    "  #",
    "  # order: the items in the right order; shown shuffled",
    "  # - id: q8",
    "  #   type: order",
    "  #   sentences: [s1]",
    '  #   prompt: "Remettez ces événements dans l’ordre."',
    "  #   items:",
    '  #     - "Le premier événement"',
    '  #     - "Le deuxième événement"',
    '  #     - "Le troisième événement"',
    "  #",
    "  # locate: the learner clicks the sentence(s) that prove it",
    "  # - id: q9",
    "  #   type: locate",
    "  #   sentences: [s1]",
    '  #   prompt: "Dans quelle phrase apprend-on… ?"',
]
