"""The format's limits (design/question-format.md, "Limits"), each hostile value refused
at its place in both languages, and the typed-answer rules that keep every question
answerable. Before these, each case below was an OverflowError, a ValueError, a
window stuck for minutes, or a question no learner could ever get right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.bank.limits import MAX_ANSWER_CHARS, MAX_BLANKS, MAX_CHOICES
from quizapp.core.bank.loader import check_file

HEAD = """\
format: 1
id: limites
title: Limites
level: B1
sentences:
  - id: s1
    fr: "Une phrase."
    en: "A sentence."
"""


def check(tmp_path: Path, text: str) -> list[tuple[int, str, str, str]]:
    path = tmp_path / "limites.yaml"
    path.write_text(HEAD + text, encoding="utf-8")
    article, problems = check_file(path)
    if any(p.is_error for p in problems):
        assert article is None
    return [(p.line, str(p.severity), p.message, p.message_fr) for p in problems]


def question(body: str, points: str = "") -> str:
    extra = f"    points: {points}\n" if points else ""
    return f"questions:\n  - id: q1\n    prompt: P\n    sentences: s1\n{extra}{body}"


SHORT = "    type: short\n    answers: [oui]\n"


@pytest.mark.parametrize("value", ["9" * 309, "1001", "0.05", "1000.5"])
def test_points_out_of_range_are_refused_at_the_value(tmp_path: Path, value: str) -> None:
    [(line, severity, en, fr)] = check(tmp_path, question(SHORT, points=value))
    assert (line, severity) == (13, "error")
    assert "`points` must be a number from 0.1 to 1000" in en
    assert "«\u00a0points\u00a0» doit être un nombre de 0.1 à 1000" in fr
    assert len(en) < 200  # a 309-digit value is cut, not quoted whole


def test_points_at_the_limits_load(tmp_path: Path) -> None:
    for value in ("0.1", "1000"):
        assert check(tmp_path, question(SHORT, points=value)) == []


@pytest.mark.parametrize("value", ["100", "2147483648", "9" * 5000])
def test_attempts_over_99_are_refused(tmp_path: Path, value: str) -> None:
    text = f"settings:\n  attempts: {value}\n" + question(SHORT)
    [(line, severity, en, fr)] = check(tmp_path, text)
    assert (line, severity) == (10, "error")
    assert "`attempts` must be a whole number from 1 to 99" in en
    assert "«\u00a0attempts\u00a0» doit être un nombre entier de 1 à 99" in fr


@pytest.mark.parametrize(
    ("key", "value", "char"),
    [("attempts", "²", "²"), ("attempts", "①", "①"), ("attempts", "1٣", "٣"), ("format", "¹", "¹")],
)
def test_digits_other_than_ascii_are_named(tmp_path: Path, key: str, value: str, char: str) -> None:
    text = question(SHORT)
    if key == "attempts":
        text = f"settings:\n  attempts: {value}\n" + text
        source = HEAD + text
    else:
        source = HEAD.replace("format: 1", f"format: {value}") + text
    path = tmp_path / "digits.yaml"
    path.write_text(source, encoding="utf-8")
    article, problems = check_file(path)
    assert article is None
    [problem] = problems
    assert f"must be written with the digits 0 to 9 only, not `{value}`" in problem.message
    assert f"(it contains `{char}`" in problem.message
    assert "chiffres 0 à 9" in problem.message_fr


def test_a_format_of_5000_digits_is_refused_as_a_format(tmp_path: Path) -> None:
    path = tmp_path / "format.yaml"
    path.write_text(HEAD.replace("format: 1", "format: " + "7" * 5000) + question(SHORT))
    article, problems = check_file(path)
    assert article is None
    [problem] = problems
    assert (problem.line, problem.column) == (1, 9)
    assert "is not supported; this version of the app reads `format: 1`" in problem.message


def options(count: int) -> str:
    lines = "".join(f"      - text: option {i}\n" for i in range(1, count))
    return "    type: choice\n    options:\n      - {text: bonne, correct: true}\n" + lines


def test_fifty_options_load_and_fifty_one_are_refused(tmp_path: Path) -> None:
    assert check(tmp_path, question(options(MAX_CHOICES))) == []
    [(line, _, en, fr)] = check(tmp_path, question(options(MAX_CHOICES + 1)))
    assert line == 15
    assert en.startswith("`options` has 51 options; the limit is 50")
    assert fr.startswith("«\u00a0options\u00a0» a 51 options\u202f; la limite est de 50")


def test_a_match_of_ten_thousand_pairs_is_refused_quickly(tmp_path: Path) -> None:
    pairs = "".join(f"      - {{left: g{i}, right: d{i}}}\n" for i in range(10_000))
    problems = check(tmp_path, question("    type: match\n    pairs:\n" + pairs))
    assert [en[:45] for _, _, en, _ in problems] == [
        "`pairs` has 10000 pairs; the limit is 50: spl"
    ]


def test_an_order_of_fifty_one_items_is_refused(tmp_path: Path) -> None:
    items = ", ".join(f"i{i}" for i in range(MAX_CHOICES + 1))
    [(_, _, en, _)] = check(tmp_path, question(f"    type: order\n    items: [{items}]\n"))
    assert en.startswith("`items` has 51 items; the limit is 50")


def test_a_cloze_of_twenty_thousand_blanks_is_refused(tmp_path: Path) -> None:
    text = "Un [mot]. " * 20_000
    [(line, _, en, fr)] = check(tmp_path, question(f"    type: cloze\n    text: {text}\n"))
    assert line == 14
    assert en.startswith(f"`text` has 20000 blanks; the limit is {MAX_BLANKS}")
    assert "trous" in fr
    ok = "Un [mot]. " * MAX_BLANKS
    assert check(tmp_path, question(f"    type: cloze\n    text: {ok}\n")) == []


def test_an_answer_longer_than_a_line_edit_holds_is_refused(tmp_path: Path) -> None:
    long = "a" * 40_000
    [(line, _, en, fr)] = check(tmp_path, question(f"    type: short\n    answers: [{long}]\n"))
    assert line == 14
    assert en.startswith(
        f"this `answers` is 40000 characters long; the limit is {MAX_ANSWER_CHARS}"
    )
    assert fr.startswith("ce «\u00a0answers\u00a0» fait 40000 caractères")
    just = "a" * MAX_ANSWER_CHARS
    assert check(tmp_path, question(f"    type: short\n    answers: [{just}]\n")) == []


@pytest.mark.parametrize(
    "body",
    [
        "    type: choice\n    options:\n      - {text: LONG, correct: true}\n      - text: b\n",
        "    type: match\n    pairs:\n      - {left: a, right: LONG}\n      - {left: b, right: c}\n"
        "",
        "    type: order\n    items: [a, b, LONG]\n",
        "    type: cloze\n    text: Un [LONG|mot].\n",
        "    type: cloze\n    text: Un [mot].\n    choices: [mot, LONG]\n",
    ],
)
def test_every_kind_of_answer_has_the_length_limit(tmp_path: Path, body: str) -> None:
    problems = check(tmp_path, question(body.replace("LONG", "x" * 501)))
    assert [en.split(" is ")[1][:19] for _, _, en, _ in problems] == ["501 characters long"]


def test_an_answer_of_only_punctuation_is_an_error(tmp_path: Path) -> None:
    [(line, severity, en, _)] = check(tmp_path, question('    type: short\n    answers: ["?!…"]\n'))
    assert (line, severity) == (14, "error")
    assert "no typed answer could ever match it" in en
    cloze = '    type: cloze\n    text: "Il dit [« »]."\n'
    assert [s for _, s, _, _ in check(tmp_path, question(cloze))] == ["error"]


def test_punctuation_blanks_picked_from_choices_stay_allowed(tmp_path: Path) -> None:
    body = '    type: cloze\n    text: "Il dit [:] oui."\n    choices: [":", ";"]\n'
    assert check(tmp_path, question(body)) == []


@pytest.mark.parametrize("char", ["\u200f", "\u202e", "\u2066", "\ufeff", "\u200b", "\u2060"])
def test_an_invisible_character_in_an_answer_is_a_warning(tmp_path: Path, char: str) -> None:
    [(line, severity, en, fr)] = check(
        tmp_path, question(f'    type: short\n    answers: ["oui{char}"]\n')
    )
    assert (line, severity) == (14, "warning")
    assert f"`oui<U+{ord(char):04X}>` contains an invisible character" in en
    assert "ignored when answers are compared" in en
    assert "caractère invisible" in fr


@pytest.mark.parametrize(
    "char", ["\u200b", "\ufe0f", "\u3164", "\u2800", "\u2028", "\u200e", "\u00ad", "\U000e0100"]
)
def test_one_rule_for_invisible_characters_in_ids(tmp_path: Path, char: str) -> None:
    text = question(SHORT).replace("id: q1", f'id: "q{char}1"')
    problems = check(tmp_path, text)
    assert [(line, sev) for line, sev, _, _ in problems] == [(10, "error")]
    assert f"q<U+{ord(char):04X}>1" in problems[0][2]
