"""The content lint: each rule finds its planted case and leaves the clean one alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.commands.check import main as check_main
from quizapp.core.bank.loader import check_bytes
from quizapp.core.lint import lint_article
from quizapp.core.lint.rules import answers_in_evidence, leaks, lookalike_options, quotes_in_text

BANK = Path(__file__).resolve().parents[3] / "questions"

HEAD = """\
id: planted
title: Le chat
level: A2
sentences:
  - id: s1
    fr: Le chat dort sur le canapé rouge depuis midi.
    en: The cat has been sleeping on the red sofa since noon.
  - id: s2
    fr: Son maître rentre du travail à dix-huit heures.
    en: Its owner comes home from work at six.
questions:
"""


def article(questions: str):
    found, problems = check_bytes((HEAD + questions).encode(), "planted.yaml")
    assert found is not None, problems
    return found


LOCATE_AFTER = """\
  - id: q1
    type: truefalse
    sentences: [s1]
    prompt: Le chat dort.
    answer: true
  - id: q2
    type: locate
    sentences: [s1]
    prompt: Dans quelle phrase apprend-on où dort le chat ?
"""


def test_leak_a_located_sentence_highlighted_before() -> None:
    found = leaks(article(LOCATE_AFTER))
    assert [p.message for p in found] == [
        "q2's answer (s1) is highlighted as evidence after q1: move q2 before q1, or cite "
        "other evidence"
    ]
    assert found[0].line == 17
    assert "placez q2 avant q1" in found[0].message_fr


def test_leak_clean_when_the_locate_comes_first() -> None:
    first, second = LOCATE_AFTER.split("  - id: q2")
    assert leaks(article("  - id: q2" + second + first)) == []


SHORT_AFTER_EXPLANATION = """\
  - id: q1
    type: choice
    sentences: [s1]
    prompt: Que fait le chat ?
    options:
      - text: Il dort.
        correct: true
      - text: Il mange.
    explanation: Il dort sur le canapé rouge, dit le texte.
  - id: q2
    type: short
    sentences: [s2]
    prompt: Où dort le chat ?
    answers: [sur le canapé rouge]
"""


def test_leak_an_answer_in_an_earlier_explanation() -> None:
    (found,) = leaks(article(SHORT_AFTER_EXPLANATION))
    assert "q2's answer “sur le canapé rouge” is shown by the explanation of q1" in found.message


def test_leak_clean_without_the_explanation() -> None:
    text = SHORT_AFTER_EXPLANATION.replace(
        "    explanation: Il dort sur le canapé rouge, dit le texte.\n", ""
    )
    assert leaks(article(text)) == []


NOT_IN_EVIDENCE = """\
  - id: q1
    type: short
    sentences: [s2]
    prompt: Où dort le chat ?
    answers: [sur le canapé]
"""


def test_answer_not_in_evidence() -> None:
    (found,) = answers_in_evidence(article(NOT_IN_EVIDENCE))
    assert "no word of q1's answer “sur le canapé” (nor its lemma)" in found.message
    assert "(s2)" in found.message


def test_answer_in_evidence_by_its_lemma() -> None:
    cloze = """\
  - id: q1
    type: cloze
    sentences: [s1]
    prompt: Complétez.
    text: Le chat a [dormi] sur le canapé.
"""
    assert answers_in_evidence(article(cloze)) == []
    assert answers_in_evidence(article(NOT_IN_EVIDENCE.replace("[s2]", "[s1]"))) == []


def test_a_transformation_exercise_gives_its_own_evidence() -> None:
    transform = """\
  - id: q1
    type: cloze
    sentences: [s1]
    prompt: Remplacez le complément par un pronom.
    text: "Le maître a félicité la chatte. → Il l’a [félicitée]."
    choices: [félicité, félicitée]
"""
    assert answers_in_evidence(article(transform)) == []
    # The blank itself is no evidence: an answer found nowhere else is still reported.
    unrelated = transform.replace("a félicité la chatte", "a vu la chatte")
    (found,) = answers_in_evidence(article(unrelated))
    assert "“félicitée”" in found.message


LOOKALIKE = """\
  - id: q1
    type: choice
    sentences: [s1]
    prompt: Que fait le chat ?
    options:
      - text: Il dort.
        correct: true
      - text: il dort !
      - text: Il mange.
      - text: Il à mangé.
  - id: q2
    type: cloze
    sentences: [s1]
    prompt: Complétez.
    text: Le chat [dort] sur le canapé.
    choices: [dort, "dort !", mange]
"""


def test_lookalike_options_and_a_distractor_equal_to_the_answer() -> None:
    found = lookalike_options(article(LOOKALIKE))
    assert [p.message.split(" are ")[0] for p in found[:1]] == [
        "options “Il dort.” and “il dort !” of q1"
    ]
    assert found[0].line == 19 and len(found) == 2  # « à » is not « a »
    assert "the distractor “dort !” of q2 equals the accepted answer “dort”" in found[1].message


def test_lookalike_clean() -> None:
    text = LOOKALIKE.replace("      - text: il dort !\n", "").replace('"dort !", ', "")
    assert lookalike_options(article(text)) == []


MISQUOTE = """\
  - id: q1
    type: truefalse
    sentences: [s1]
    prompt: Le chat dort.
    answer: true
    explanation: Le texte dit « Le chat dort sur le canapé bleu depuis midi ».
"""


def test_misquotation() -> None:
    (found,) = quotes_in_text(article(MISQUOTE))
    assert "the explanation of q1 quotes “Le chat dort sur le canapé bleu depuis midi”" in (
        found.message
    )
    assert "n’est pas dans l’article" in found.message_fr


@pytest.mark.parametrize(
    "quote",
    [
        "Le chat dort sur le canapé rouge depuis midi",
        "Le chat dort […] depuis midi",
        "[Le chat] dort sur le canapé rouge",
        "avoir envie de",  # a pattern, not a quotation
    ],
)
def test_exact_quotations_and_patterns_are_clean(quote: str) -> None:
    assert quotes_in_text(article(MISQUOTE.replace(MISQUOTE[MISQUOTE.index("« ") :], ""))) == []
    text = MISQUOTE.replace("Le chat dort sur le canapé bleu depuis midi", quote)
    assert quotes_in_text(article(text)) == []


def test_the_bank_is_clean() -> None:
    from quizapp.core.bank.loader import load_article

    for path in sorted(BANK.glob("*.yaml")):
        assert lint_article(load_article(path)) == [], path.name


def test_check_lints_by_default_and_not_with_no_lint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "planted.yaml"
    path.write_text(HEAD + LOCATE_AFTER, encoding="utf-8")
    assert check_main([str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"{path}:17:5: warning: q2's answer (s1) is highlighted" in out
    assert check_main([str(path), "--lang", "fr"]) == 0
    assert "la réponse de q2 (s1) est surlignée comme preuve après q1\u00a0:" in (
        capsys.readouterr().out
    )
    assert check_main([str(path), "--lang", "en", "--no-lint"]) == 0
    assert "highlighted" not in capsys.readouterr().out
