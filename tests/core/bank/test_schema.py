"""The JSON Schema of format 1 agrees with the loader, the reference.

Valid documents (the guide's examples, the bank, `quizapp new`'s skeleton)
pass both; invalid ones fail both. The few known differences, documented in
the teachers' guide, are pinned down at the end so that they stay the only ones.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import re
import textwrap
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from quizapp.commands.new import SCHEMA_PATH
from quizapp.core.authoring.segment import segment
from quizapp.core.authoring.skeleton import build_skeleton
from quizapp.core.bank.loader import check_file
from tests.conftest import BANK, REPO, SHARED

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
GUIDE = (REPO / "questions" / "README.md").read_text(encoding="utf-8")


def schema_accepts(text: str) -> bool:
    return VALIDATOR.is_valid(yaml.safe_load(text))


def loader_accepts(text: str, tmp_path: Path, name: str = "doc.yaml") -> bool:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article, problems = check_file(path)
    return article is not None and not any(p.is_error for p in problems)


def dump(doc: Any) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


# --- valid documents -------------------------------------------------------------------


def guide_blocks(section: str) -> list[str]:
    """The ```yaml blocks of one section of the teachers' guide."""
    start = GUIDE.index(f"\n## {section}")
    end = GUIDE.find("\n## ", start + 5)
    return re.findall(r"```yaml\n(.*?)```", GUIDE[start:end], flags=re.S)


def with_passage(questions_yaml: str) -> str:
    """A complete file around a guide's question example (sentences s1..s21)."""
    sentences = "".join(
        f'  - id: s{i}\n    fr: "Phrase {i}."\n    en: "Sentence {i}."\n' for i in range(1, 22)
    )
    return (
        "id: exemple\ntitle: Exemple\nlevel: B1\n"
        f"sentences:\n{sentences}questions:\n{questions_yaml}"
    )


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_ships_as_package_data() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    package = ".".join(SCHEMA_PATH.parent.relative_to(REPO).parts)
    assert package in config["setuptools"]["packages"]
    patterns = config["setuptools"]["package-data"][package]
    assert any(fnmatch.fnmatch(SCHEMA_PATH.name, pattern) for pattern in patterns)


def test_the_guides_complete_example_is_valid(tmp_path: Path) -> None:
    [example] = guide_blocks("2. A complete annotated example")
    assert schema_accepts(example)
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    article, problems = check_file(path)
    assert article is not None
    assert [p.format() for p in problems] == []  # not even a warning


def test_the_guides_question_examples_are_valid(tmp_path: Path) -> None:
    blocks = guide_blocks("7. Questions")
    types = [re.search(r"type: (\w+)", b).group(1) for b in blocks]  # type: ignore[union-attr]
    assert types == ["choice", "multi", "truefalse", "short", "cloze", "match", "order", "locate"]
    for block in blocks:
        text = with_passage(block)
        assert schema_accepts(text), block
        path = tmp_path / "question.yaml"
        path.write_text(text, encoding="utf-8")
        article, problems = check_file(path)
        assert article is not None
        assert [p.format() for p in problems] == [], block


def test_the_guides_glossary_examples_are_valid(tmp_path: Path) -> None:
    blocks = [textwrap.dedent(block) for block in guide_blocks("6. Glossary")]
    assert len(blocks) >= 3
    locate = '  - {id: q1, type: locate, sentences: s1, prompt: "Où ?"}\n'
    for glossary in blocks:
        assert glossary.startswith("glossary:\n"), glossary
        text = with_passage(locate) + glossary
        assert schema_accepts(text), glossary
        assert loader_accepts(text, tmp_path), glossary


def test_the_skeleton_of_quizapp_new_is_valid(tmp_path: Path) -> None:
    seed = SHARED / "seeds" / "000_cf8c6069eacca77c.txt"
    text = build_skeleton(
        segment(seed.read_text(encoding="utf-8")), article_id="seed", title="Seed"
    ).text
    assert schema_accepts(text)
    assert loader_accepts(text, tmp_path)


@pytest.mark.parametrize(
    "path", sorted(BANK.rglob("*.y*ml")), ids=lambda p: str(p.relative_to(BANK))
)
def test_every_bank_file_is_valid(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert errors == []
    article, problems = check_file(path)
    assert article is not None, [p.format() for p in problems]


# --- invalid documents -----------------------------------------------------------------

BASE: dict[str, Any] = {
    "format": 1,
    "id": "base",
    "title": "Titre",
    "level": "B1",
    "settings": {"attempts": 2, "accents": "lenient"},
    "sentences": [
        {"id": "s1", "paragraph": 1, "fr": "Une phrase.", "en": "A sentence."},
        {"id": "s2", "paragraph": 1, "fr": "Une autre.", "en": "Another."},
    ],
    "glossary": [{"fr": "phrase", "en": "sentence", "match": "lemma"}],
    "questions": [
        {
            "id": "q1",
            "type": "choice",
            "sentences": ["s1"],
            "prompt": "Quoi ?",
            "options": [{"text": "Oui", "correct": True}, {"text": "Non"}],
        },
        {"id": "q2", "type": "truefalse", "sentences": ["s1"], "prompt": "Vrai ?", "answer": True},
        {"id": "q3", "type": "short", "sentences": ["s2"], "prompt": "Mot ?", "answers": ["autre"]},
        {"id": "q4", "type": "cloze", "sentences": ["s2"], "prompt": "Complétez.",
         "text": "Une [autre|seconde]."},
        {"id": "q5", "type": "match", "sentences": ["s1"], "prompt": "Reliez.",
         "pairs": [{"left": "un", "right": "one"}, {"left": "deux", "right": "two"}]},
        {"id": "q6", "type": "order", "sentences": ["s1"], "prompt": "Ordonnez.",
         "items": ["a", "b", "c"]},
        {"id": "q7", "type": "multi", "sentences": ["s1", "s2"], "prompt": "Cochez.",
         "options": [{"text": "A", "correct": True}, {"text": "B"}]},
        {"id": "q8", "type": "locate", "sentences": ["s2"], "prompt": "Où ?"},
    ],
}  # fmt: skip

Edit = Callable[[dict[str, Any]], None]


def q(index: int, **changes: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        for key, value in changes.items():
            if value is DELETE:
                del doc["questions"][index][key]
            else:
                doc["questions"][index][key] = value

    return edit


def top(**changes: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        for key, value in changes.items():
            if value is DELETE:
                del doc[key]
            else:
                doc[key] = value

    return edit


def sentence(**changes: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        for key, value in changes.items():
            if value is DELETE:
                del doc["sentences"][0][key]
            else:
                doc["sentences"][0][key] = value

    return edit


def setting(**changes: Any) -> Edit:
    return lambda doc: doc["settings"].update(changes)


def gloss(**changes: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        for key, value in changes.items():
            if value is DELETE:
                del doc["glossary"][0][key]
            else:
                doc["glossary"][0][key] = value

    return edit


DELETE = object()

INVALID: dict[str, Edit] = {
    "missing id": top(id=DELETE),
    "missing title": top(title=DELETE),
    "missing level": top(level=DELETE),
    "missing sentences": top(sentences=DELETE),
    "missing questions": top(questions=DELETE),
    "id with capitals and spaces": top(id="Pas Bon"),
    "id with accents": top(id="été"),
    "id starting with a hyphen": top(id="-base"),
    "level D1": top(level="D1"),
    "format 2": top(format=2),
    "empty title": top(title=""),
    "title as a list": top(title=["a", "b"]),
    "no sentence": top(sentences=[]),
    "no question": top(questions=[]),
    "sentence without fr": sentence(fr=DELETE),
    "sentence without en": sentence(en=DELETE),
    "sentence without id": sentence(id=DELETE),
    "sentence id with a space": sentence(id="s 1"),
    "attempts 0": setting(attempts=0),
    "attempts 1.5": setting(attempts=1.5),
    "retry_penalty above 1": setting(retry_penalty=1.5),
    "hint_penalty below 0": setting(hint_penalty=-0.25),
    "accents unknown": setting(accents="souple"),
    "typos unknown": setting(typos="maybe"),
    "shuffle quoted": setting(shuffle="true"),
    "gloss without en": gloss(en=DELETE),
    "gloss match unknown": gloss(match="fuzzy"),
    "unknown question type": q(0, type="essay"),
    "question without prompt": q(0, prompt=DELETE),
    "question without sentences": q(0, sentences=DELETE),
    "question without id": q(0, id=DELETE),
    "points 0": q(0, points=0),
    "points negative": q(0, points=-1),
    "points quoted": q(0, points="2"),
    "prompt as a mapping": q(0, prompt={"fr": "x"}),
    "choice with one option": q(0, options=[{"text": "Oui", "correct": True}]),
    "choice without a correct option": q(0, options=[{"text": "Oui"}, {"text": "Non"}]),
    "choice with two correct options": q(
        0, options=[{"text": "Oui", "correct": True}, {"text": "Non", "correct": True}]
    ),
    "option without text": q(0, options=[{"correct": True}, {"text": "Non"}]),
    "correct quoted": q(0, options=[{"text": "Oui", "correct": "true"}, {"text": "Non"}]),
    "choice without options": q(0, options=DELETE),
    "truefalse without answer": q(1, answer=DELETE),
    "truefalse answer maybe": q(1, answer="peut-être"),
    "short without answers": q(2, answers=DELETE),
    "short with an empty list": q(2, answers=[]),
    "cloze without text": q(3, text=DELETE),
    "cloze without a blank": q(3, text="Une autre."),
    "cloze with a stray bar": q(3, text="Une | [autre]."),
    "match with one pair": q(4, pairs=[{"left": "un", "right": "one"}]),
    "pair without right": q(4, pairs=[{"left": "un"}, {"left": "deux", "right": "two"}]),
    "order with two items": q(5, items=["a", "b"]),
    "order with a repeated item": q(5, items=["a", "b", "a"]),
    "multi without a correct option": q(6, options=[{"text": "A"}, {"text": "B"}]),
    # The format's limits.
    "points over 1000": q(0, points=1001),
    "points under 0.1": q(0, points=0.05),
    "attempts 100": setting(attempts=100),
    "choice with 51 options": q(
        0, options=[{"text": "Oui", "correct": True}] + [{"text": f"n{i}"} for i in range(50)]
    ),
    "option of 501 characters": q(0, options=[{"text": "O" * 501, "correct": True}, {"text": "N"}]),
    "answer of 501 characters": q(2, answers=["a" * 501]),
    "single answer of 501 characters": q(2, answers="a" * 501),
    "cloze choice of 501 characters": q(3, choices=["autre", "b" * 501]),
    "match with 51 pairs": q(4, pairs=[{"left": f"g{i}", "right": f"d{i}"} for i in range(51)]),
    "pair side of 501 characters": q(
        4, pairs=[{"left": "un", "right": "r" * 501}, {"left": "deux", "right": "two"}]
    ),
    "order with 51 items": q(5, items=[f"i{i}" for i in range(51)]),
    "order item of 501 characters": q(5, items=["a", "b", "c" * 501]),
}


def test_the_base_document_is_valid(tmp_path: Path) -> None:
    assert schema_accepts(dump(BASE))
    assert loader_accepts(dump(BASE), tmp_path)


@pytest.mark.parametrize("name", list(INVALID))
def test_invalid_documents_are_rejected_by_both(name: str, tmp_path: Path) -> None:
    doc = copy.deepcopy(BASE)
    INVALID[name](doc)
    text = dump(doc)
    assert not schema_accepts(text), "the schema accepts it"
    assert not loader_accepts(text, tmp_path), "the loader accepts it"


def test_a_file_that_is_not_a_mapping_is_rejected_by_both(tmp_path: Path) -> None:
    text = "- id: x\n"
    assert not schema_accepts(text)
    assert not loader_accepts(text, tmp_path)


# --- the documented differences --------------------------------------------------------


def test_unknown_keys_are_errors_for_editors_and_warnings_for_the_loader(tmp_path: Path) -> None:
    for edit in (top(titel="x"), q(0, explantion="x"), q(1, options=[{"text": "a"}])):
        doc = copy.deepcopy(BASE)
        edit(doc)
        text = dump(doc)
        assert not schema_accepts(text)
        path = tmp_path / "unknown.yaml"
        path.write_text(text, encoding="utf-8")
        article, problems = check_file(path)
        assert article is not None
        assert problems and all(not p.is_error for p in problems)


@pytest.mark.parametrize("value", ["no", "yes", "off", "2024-05-01"])
def test_unquoted_yaml11_words_are_text_to_the_loader_only(value: str, tmp_path: Path) -> None:
    text = dump(BASE).replace("- autre\n", f"- {value}\n", 1)
    assert f"- {value}\n" in text
    assert loader_accepts(text, tmp_path)
    assert not schema_accepts(text)  # a YAML 1.1 reader sees a boolean or a date
    quoted = text.replace(f"- {value}\n", f'- "{value}"\n', 1)
    assert schema_accepts(quoted) and loader_accepts(quoted, tmp_path)


def test_what_only_the_loader_checks(tmp_path: Path) -> None:
    def duplicate_question_id(doc: dict[str, Any]) -> None:
        doc["questions"][1]["id"] = "q1"

    def match_with_a_repeated_left(doc: dict[str, Any]) -> None:
        doc["questions"][4]["pairs"][1]["left"] = "un"

    for edit in (
        q(0, sentences=["s9"]),  # no such sentence
        duplicate_question_id,
        match_with_a_repeated_left,
        q(3, choices=["premier", "troisième"]),  # no answer of the blank among the choices
        q(5, items=["a", "b", "A"]),  # the same item, in another case
        q(3, text="Une " + "[autre] " * 101),  # more than 100 blanks
        q(3, text="Une [autre|" + "x" * 501 + "]."),  # a blank's answer over 500 characters
        q(2, answers=["?!…"]),  # nothing left to type once punctuation is set aside
        q(0, id="q\u200b1"),  # an invisible character in an id
    ):
        doc = copy.deepcopy(BASE)
        edit(doc)
        text = dump(doc)
        assert schema_accepts(text)
        assert not loader_accepts(text, tmp_path)


def test_values_in_another_case_are_read_by_the_loader_only(tmp_path: Path) -> None:
    for edit in (top(level="b1"), q(0, type="Choice"), setting(accents="Strict")):
        doc = copy.deepcopy(BASE)
        edit(doc)
        text = dump(doc)
        assert not schema_accepts(text)
        assert loader_accepts(text, tmp_path)


def test_empty_optional_texts_and_lists_pass_both(tmp_path: Path) -> None:
    text = dump(BASE).replace("title: Titre\n", "title: Titre\ntitle_en:\nsource: ''\ntags:\n")
    text = text.replace("prompt: Où ?\n", "prompt: Où ?\n  hint: ''\n  explanation:\n")
    text = text.replace("glossary:\n- fr: phrase\n  en: sentence\n  match: lemma\n", "glossary:\n")
    assert "hint: ''" in text and "title_en:" in text and "glossary:\nquestions" in text
    assert schema_accepts(text)
    assert loader_accepts(text, tmp_path)


def test_single_values_where_lists_are_expected_pass_both(tmp_path: Path) -> None:
    doc = copy.deepcopy(BASE)
    doc["tags"] = "politique"
    doc["glossary"][0]["forms"] = "phrases"
    doc["questions"][0]["sentences"] = "s1"
    doc["questions"][2]["answers"] = "autre"
    text = dump(doc)
    assert schema_accepts(text)
    assert loader_accepts(text, tmp_path)
