"""Whatever the bytes, the loader answers with Problems, never with another exception."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.bank.loader import check_bytes
from quizapp.core.bank.problems import Problem
from quizapp.core.bank.validate import TOP_KEYS
from quizapp.core.bank.validate_questions import ALL_TYPE_KEYS, COMMON_KEYS, OPTION_KEYS, PAIR_KEYS
from tests.conftest import SHARED

SUITE = SHARED / "corpora" / "yaml-test-suite"
GOOD = Path(__file__).resolve().parents[2] / "data" / "good" / "belarus.yaml"
KEYS = sorted(
    {*TOP_KEYS, *COMMON_KEYS, *ALL_TYPE_KEYS, *OPTION_KEYS, *PAIR_KEYS, "fr", "en", "note"}
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_only_problems(data: bytes) -> list[Problem]:
    article, problems = check_bytes(data)
    assert all(isinstance(p, Problem) for p in problems)
    for p in problems:
        assert p.line >= 1 and p.column >= 1
        assert p.message and p.message_fr
        assert "internal error" not in p.message, p.message
    if article is None:
        assert any(p.is_error for p in problems)
    return problems


@FUZZ
@given(st.text())
def test_arbitrary_text(text: str):
    assert_only_problems(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=300))
def test_arbitrary_bytes(data: bytes):
    assert_only_problems(data)


scalars = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.sampled_from(["no", "On", "12:30", "010", "2024-02-30", "1996", "s1", "choice", "A1"]),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), children, max_size=6
        ),
    ),
    max_leaves=40,
)


@FUZZ
@given(documents, st.booleans())
def test_yaml_documents_built_from_the_format_keys(document, flow: bool):
    text = yaml.safe_dump(document, allow_unicode=True, default_flow_style=flow)
    assert_only_problems(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.integers(min_value=0), st.text(alphabet=" :#-'\"[]{}|>&*!%@`\t\n,?", max_size=6))
def test_a_real_article_with_random_damage(position: int, damage: str):
    text = GOOD.read_text(encoding="utf-8")
    at = position % (len(text) + 1)
    assert_only_problems((text[:at] + damage + text[at:]).encode())


@FUZZ
@given(st.integers(min_value=0), st.integers(min_value=1, max_value=40))
def test_a_real_article_cut_short(position: int, length: int):
    text = GOOD.read_text(encoding="utf-8")
    at = position % (len(text) + 1)
    assert_only_problems((text[:at] + text[at + length :]).encode())


@pytest.mark.skipif(not SUITE.is_dir(), reason="the shared YAML conformance corpus is absent")
def test_the_yaml_conformance_suite_only_gives_problems():
    files = sorted(SUITE.rglob("in.yaml"))
    assert len(files) > 300
    for path in files:
        assert_only_problems(path.read_bytes())


@pytest.mark.parametrize(
    "text",
    [
        "? [a]: b\n",
        "? {a: b}\n: c\n",
        "[a, b]: c\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!set {x, y}\n",
        "!!omap [a: 1]\n",
        "<<: {a: 1}\n",
        "1: 2\n~: 3\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: b\n...\n",
        "---\n---\n",
        "--- |\n  text\n",
        "\ufeff",
        "a: 'it''s'\nb: \"\\x41\\u00e9\"\n",
        "a:\n  - b\n  -\n  - [c, {d: e}]\n",
        "\r\n\r\n",
        "a: \udcff\n",
    ],
)
def test_odd_documents(text: str):
    assert_only_problems(text.encode("utf-8", "surrogatepass"))


def test_alias_bomb_is_refused_at_once():
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 30):
        ref = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([ref] * 9)}]")
    started = time.perf_counter()
    (problem,) = assert_only_problems("\n".join(lines).encode())
    assert time.perf_counter() - started < 1
    assert problem.line == 1 and "anchor" in problem.message


@pytest.mark.parametrize(
    "text",
    ["a: " + "[" * 50_000, "a: " + "{" * 50_000, "- " * 50_000 + "x", "a: " + "{a: " * 50_000],
)
def test_deep_nesting_is_refused_without_recursion(text: str):
    started = time.perf_counter()
    problems = assert_only_problems(text.encode())
    assert time.perf_counter() - started < 2
    assert any("levels deep" in p.message for p in problems)


def test_indentation_nesting_is_refused():
    text = "".join("  " * i + f"k{i}:\n" for i in range(60)) + "  " * 60 + "x\n"
    problems = assert_only_problems(text.encode())
    assert "levels deep" in problems[0].message
