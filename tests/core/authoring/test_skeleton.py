"""The skeleton text `quizapp new` writes: safe quoting, ids, titles."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.authoring.skeleton import build_skeleton, slugify, title_from_sentence, yaml_quote
from quizapp.core.bank.loader import check_file
from quizapp.core.model import Level

TRICKY = [
    "Il a dit : « Non ! »",
    "Le prix #1 ce soir",
    "“Nous restons engagés”, a-t-il dit.",
    '"Guillemets droits" au début',
    "' apostrophe droite au début",
    "- tiret au début",
    "no",
    "12:30",
    "010",
    "2024-05-01",
    "Antislash \\ et \\n littéral",
    "Tabulation\tici",
    "Espace\u00a0insécable\u202fet fine\u00a0?",
    "[crochets] {accolades} & * ! | > % @ `",
    "Ligne\u2028séparée",
    "   espaces autour   ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_yaml_quote_reads_back_exactly(text: str) -> None:
    assert yaml.safe_load(f"key: {yaml_quote(text)}") == {"key": text}


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
def test_yaml_quote_reads_back_any_text(text: str) -> None:
    quoted = yaml_quote(text)
    assert "\n" not in quoted
    assert yaml.safe_load(f"- {quoted}  # comment") == [text]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("La Russie et le Belarus", "la-russie-et-le-belarus"),
        ("L’Œuvre d’été : « Noël » à Paris !", "l-oeuvre-d-ete-noel-a-paris"),
        ("  --Été 2023--  ", "ete-2023"),
        ("«»…", ""),
        ("Straße", "strasse"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_cuts_long_titles_at_a_word() -> None:
    slug = slugify("Le président Poutine a déclaré samedi à la télévision publique russe", 40)
    assert slug == "le-president-poutine-a-declare-samedi-a"
    assert len(slug) <= 40


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Il pleut sur Paris.", "Il pleut sur Paris"),
        (
            "La Russie va stationner des armes nucléaires tactiques au Belarus, a déclaré le "
            "président Vladimir Poutine.",
            "La Russie va stationner des armes nucléaires tactiques au Belarus",
        ),
        (
            "“Nous restons engagés dans la défense collective de l’alliance de l’OTAN.",
            "Nous restons engagés dans la défense collective de l’alliance de…",
        ),
        ("Vraiment ?", "Vraiment ?"),
    ],
)
def test_title_from_sentence(sentence: str, title: str) -> None:
    assert title_from_sentence(sentence) == title


def test_skeleton_structure() -> None:
    paragraphs = [["Première phrase : avec # dièse.", "Deuxième."], ["« Troisième »."]]
    skeleton = build_skeleton(
        paragraphs, article_id="essai", title="Essai", level=Level.A2, schema_ref="x.json"
    )
    assert skeleton.sentences == 3 and skeleton.paragraphs == 2
    assert skeleton.text.startswith("# yaml-language-server: $schema=x.json\n")
    data = yaml.safe_load(skeleton.text)
    assert data["format"] == 1 and data["id"] == "essai" and data["level"] == "A2"
    assert [(s["id"], s["paragraph"], s["fr"], s["en"]) for s in data["sentences"]] == [
        ("s1", 1, "Première phrase : avec # dièse.", ""),
        ("s2", 1, "Deuxième.", ""),
        ("s3", 2, "« Troisième ».", ""),
    ]
    assert data["glossary"] == []
    assert [(q["id"], q["type"], q["sentences"]) for q in data["questions"]] == [
        ("q1", "locate", ["s1"])
    ]


def uncomment_examples(text: str) -> str:
    """The skeleton with its eight example questions uncommented, as a teacher would."""
    head, examples = text.split("  # One example of each", 1)
    lines = []
    for line in examples.splitlines():
        if line.startswith(("  # -", "  #   ")):
            lines.append("  " + line[4:])
    return head + "\n".join(lines) + "\n"


def test_every_example_loads_once_uncommented(tmp_path: Path) -> None:
    text = build_skeleton([["Une phrase."]], article_id="x", title="X").text
    path = tmp_path / "x.yaml"
    path.write_text(uncomment_examples(text), encoding="utf-8")
    article, problems = check_file(path)
    assert [p.format() for p in problems if p.is_error] == []
    assert article is not None
    assert [q.type.value for q in article.questions] == [
        "locate",
        "choice",
        "multi",
        "truefalse",
        "short",
        "cloze",
        "match",
        "order",
        "locate",
    ]
    # The only thing left to do is the translation: no other warning, no comment cut.
    assert [p.message for p in problems] == [
        "the English translation `en` of sentence `s1` is empty; learners asking for the "
        "English will see nothing"
    ]


def test_skeleton_refuses_bad_input() -> None:
    with pytest.raises(ValueError):
        build_skeleton([["Une phrase."]], article_id="Pas Bon", title="X")
    with pytest.raises(ValueError):
        build_skeleton([[]], article_id="x", title="X")
