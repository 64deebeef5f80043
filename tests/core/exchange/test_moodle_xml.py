"""Moodle XML of the seed article, checked against what Moodle's importer reads.

`question/format/xml/format.php` reads, for every question (`import_headers`):
name/text, questiontext (format, text), generalfeedback, defaultgrade,
penalty, hidden; then per type: multichoice (single, shuffleanswers,
answernumbering, answer@fraction with text and feedback, the combined
feedback), truefalse (answers `true` / `false` with fraction 100 or 0),
shortanswer (usecase, answers), cloze (the subquestions in the question
text), matching (shuffleanswers, subquestion text and answer/text); and the
ordering type's own importer (layouttype, selecttype, selectcount,
gradingtype, showgrading, numberingstyle, answers numbered by fraction).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from quizapp.core.bank.loader import check_bytes, load_article
from quizapp.core.exchange.moodle import cdata, cloze_subquestion, moodle_xml
from quizapp.core.model import Accents

SEED = Path(__file__).resolve().parents[3] / "questions" / "russie-armes-nucleaires-belarus.yaml"

HEADERS = ("name/text", "questiontext/text", "generalfeedback/text", "penalty", "hidden")
BY_TYPE = {
    "multichoice": (
        "defaultgrade",
        "single",
        "shuffleanswers",
        "answernumbering",
        "correctfeedback/text",
        "partiallycorrectfeedback/text",
        "incorrectfeedback/text",
        "answer/text",
        "answer/feedback/text",
    ),
    "truefalse": ("defaultgrade", "answer/text", "answer/feedback/text"),
    "shortanswer": ("defaultgrade", "usecase", "answer/text"),
    "cloze": (),
    "matching": ("defaultgrade", "shuffleanswers", "subquestion/text", "subquestion/answer/text"),
    "ordering": (
        "defaultgrade",
        "layouttype",
        "selecttype",
        "selectcount",
        "gradingtype",
        "showgrading",
        "numberingstyle",
        "answer/text",
    ),
}
# Which Moodle type each of the eight becomes (truefalse with not_given: multichoice).
MOODLE_TYPE = {
    "choice": {"multichoice"},
    "multi": {"multichoice"},
    "truefalse": {"truefalse", "multichoice"},
    "short": {"shortanswer"},
    "cloze": {"cloze"},
    "match": {"matching"},
    "order": {"ordering"},
    "locate": {"multichoice"},
}


@pytest.fixture(scope="module")
def exported():
    article = load_article(SEED)
    text = moodle_xml(article)
    return article, text, ET.fromstring(text.encode("utf-8"))


def fractions(element: ET.Element) -> list[float]:
    return [float(a.get("fraction", "nan")) for a in element.findall("answer")]


def test_well_formed_utf8_with_a_category_and_the_passage_first(exported) -> None:
    article, text, root = exported
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert root.tag == "quiz"
    category, description, *questions = root.findall("question")
    assert category.get("type") == "category"
    assert category.findtext("category/text") == f"$course$/top/{article.title}"
    assert description.get("type") == "description"
    passage = description.findtext("questiontext/text")
    assert "<sup>1</sup>" in passage and "l’a comparée" in passage
    assert len(questions) == len(article.questions)
    assert "<![CDATA[" in text


def test_each_question_has_what_the_importer_reads_for_its_type(exported) -> None:
    article, _, root = exported
    for q, element in zip(article.questions, root.findall("question")[2:], strict=True):
        qtype = element.get("type")
        assert qtype in MOODLE_TYPE[q.type], q.id
        for path in HEADERS + BY_TYPE[qtype]:
            assert element.find(path) is not None, (q.id, path)
        assert element.find("questiontext").get("format") == "html"
        assert float(element.findtext("penalty")) == pytest.approx(q.settings.retry_penalty)
        if qtype != "cloze":
            assert float(element.findtext("defaultgrade")) == q.points
        if q.explanation:
            assert element.findtext("generalfeedback/text")
        if qtype == "multichoice":
            shares = fractions(element)
            if element.findtext("single") == "true":
                assert sorted(shares)[-1] == 100 and sum(s == 100 for s in shares) == 1
            else:
                assert sum(s for s in shares if s > 0) == pytest.approx(100, abs=0.001)
        elif qtype == "truefalse":
            texts = [a.findtext("text") for a in element.findall("answer")]
            assert sorted(texts) == ["false", "true"] and sorted(fractions(element)) == [0, 100]
        elif qtype == "shortanswer":
            assert set(fractions(element)) == {100}
            accepted = [a.findtext("text") for a in element.findall("answer")]
            assert set(q.answers) <= set(accepted)
        elif qtype == "cloze":
            subquestions = re.findall(
                r"\{1:(SHORTANSWER|MULTICHOICE):", element.findtext("questiontext/text")
            )
            assert len(subquestions) == len(q.blanks)
        elif qtype == "matching":
            rights = [s.findtext("answer/text") for s in element.findall("subquestion")]
            assert rights == [p.right for p in q.pairs]
        elif qtype == "ordering":
            texts = [a.findtext("text") for a in element.findall("answer")]
            assert fractions(element) == list(range(1, len(q.items) + 1))
            assert texts == list(q.items)


def test_locate_is_a_multichoice_over_the_sentences(exported) -> None:
    article, _, root = exported
    for q, element in zip(article.questions, root.findall("question")[2:], strict=True):
        if q.type == "locate":
            answers = element.findall("answer")
            assert len(answers) == len(article.sentences)
            right = [
                s.id
                for s, a in zip(article.sentences, answers, strict=True)
                if float(a.get("fraction")) > 0
            ]
            assert right == list(q.sentences)


HOSTILE = """\
id: hostile
title: Les <b>balises</b> & « guillemets »
level: A2
sentences:
  - id: s1
    fr: "Le texte ]]> contient <i>ceci</i> et {1:SHORTANSWER:=x}."
    en: The text.
questions:
  - id: q1
    type: short
    sentences: [s1]
    prompt: "Que contient <script>alert(1)</script> le texte ?"
    answers: ["<i>ceci</i>", "élève"]
    explanation: "Fin ]]> de CDATA."
  - id: q2
    type: cloze
    sentences: [s1]
    prompt: Complétez.
    text: "Le texte contient [ceci|cela] et {1:MULTICHOICE:=x}."
"""


def test_teacher_text_is_escaped_never_markup() -> None:
    article, problems = check_bytes(HOSTILE.encode(), "hostile.yaml")
    assert article is not None, problems
    root = ET.fromstring(moodle_xml(article).encode())
    description = root.findall("question")[1].findtext("questiontext/text")
    assert "&lt;i&gt;ceci&lt;/i&gt;" in description and "<i>" not in description
    assert "]]&gt;" in description
    q1 = root.findall("question")[2]
    assert "&lt;script&gt;" in q1.findtext("questiontext/text")
    assert q1.findtext("generalfeedback/text") == "<p>Fin ]]&gt; de CDATA.</p>"
    answers = [a.findtext("text") for a in q1.findall("answer")]
    assert answers == ["<i>ceci</i>", "élève", "eleve"]  # plain answers; lenient accents
    q2 = root.findall("question")[3].findtext("questiontext/text")
    assert "{1:SHORTANSWER:=ceci~=cela}" in q2 and "et &#123;1:MULTICHOICE:=x&#125;." in q2
    assert len(re.findall(r"\{1:", q2)) == 1


def test_cloze_subquestion_escapes_its_special_characters() -> None:
    assert cloze_subquestion(("a}b", "c~d"), None, Accents.STRICT) == (
        "{1:SHORTANSWER:=a\\}b~=c\\~d}"
    )
    assert cloze_subquestion(("été",), ("été", "ete#"), Accents.STRICT) == (
        "{1:MULTICHOICE:=été~ete\\#}"
    )
    assert cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>"
