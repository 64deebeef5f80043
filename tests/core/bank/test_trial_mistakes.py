"""A new teacher's mistakes (tests/data/bad/trial): the right message, at the right column,
and advice that, followed, gives a file that loads.

Each file starts with comment lines: what the teacher did, then `# expect:` with the
problem `quizapp check` must report (LINE:COLUMN: SEVERITY: MESSAGE). The advice is
applied as a teacher would apply it: an indentation moved to the column it names, a
line rewritten as its `write …` or `Put the whole text in quotes: …` says.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.core.bank.loader import check_bytes, check_file

TRIAL = Path(__file__).resolve().parents[2] / "data" / "bad" / "trial"
CASES = sorted(TRIAL.glob("[0-9][0-9]_*.yaml"))
EXPECT = re.compile(r"^# expect: (\d+):(\d+): (error|warning): (.*)$", re.M)
MAY_FOLLOW = " (may follow from the error above)"


def expectations(path: Path) -> list[tuple[int, int, str, str]]:
    text = path.read_text(encoding="utf-8")
    return [(int(a), int(b), c, d) for a, b, c, d in EXPECT.findall(text)]


def test_thirty_seven_mistakes() -> None:
    assert len(CASES) == 37
    assert all(len(expectations(path)) == 1 for path in CASES)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_the_message_and_its_column(path: Path) -> None:
    ((line, column, severity, message),) = expectations(path)
    article, problems = check_file(path)
    first = [p for p in problems if not p.message.endswith(MAY_FOLLOW)]
    assert [(p.line, p.column, str(p.severity), p.message) for p in first] == [
        (line, column, severity, message)
    ]
    assert first[0].message_fr and first[0].message_fr != first[0].message
    assert (article is None) == (severity == "error")


def applied(path: Path) -> bytes | None:
    """The file with the advice of its problem followed, or None if it gives none to apply."""
    ((line, _, _, message),) = expectations(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    text = lines[line - 1]
    indent = text[: len(text) - len(text.lstrip(" "))]
    column = re.search(r"\(column (\d+)", message)
    rewrite = re.search(r"(?:write `(.+)`|Put the whole text in quotes: (.+))$", message)
    if column is not None:
        lines[line - 1] = " " * (int(column.group(1)) - 1) + text.lstrip(" ")
    elif rewrite is not None:
        lines[line - 1] = indent + (rewrite.group(1) or rewrite.group(2))
    elif "replace the tab with spaces" in message:
        lines[line - 1] = text.replace("\t", "    ")
    else:
        return None
    return "\n".join(lines).encode("utf-8")


ADVISED = [path for path in CASES if applied(path) is not None]


def test_most_mistakes_come_with_advice_to_apply() -> None:
    indentation = [p for p in CASES if "indent" in p.stem or "dash" in p.stem]
    assert set(indentation) <= set(ADVISED)
    assert len(ADVISED) >= 20


@pytest.mark.parametrize("path", ADVISED, ids=lambda p: p.stem)
def test_following_the_advice_gives_a_file_that_loads(path: Path) -> None:
    article, problems = check_bytes(applied(path), path.name)
    assert article is not None, [p.format() for p in problems]
    assert not [p for p in problems if p.is_error]


# The older corpus's indentation cases, from before the trial.
OLDER = ["bad_indent.yaml", "bad_indent_less.yaml", "indent_inside_item.yaml"]


@pytest.mark.parametrize("name", OLDER)
def test_the_older_indentation_cases_load_once_the_advice_is_followed(name: str) -> None:
    path = TRIAL.parent / name
    (problem,) = check_file(path)[1]
    column = int(re.search(r"\(column (\d+)", problem.message).group(1))
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[problem.line - 1] = " " * (column - 1) + lines[problem.line - 1].lstrip(" ")
    article, problems = check_bytes("\n".join(lines).encode("utf-8"), name)
    assert article is not None, [p.format() for p in problems]


def test_five_mistakes_one_run() -> None:
    """All five named at once: the first plainly, the others as possible echoes of it."""
    path = TRIAL / "five_mistakes.yaml"
    expected = expectations(path)
    assert len(expected) == 5
    _, problems = check_file(path)
    assert [(p.line, p.column, str(p.severity), p.message) for p in problems] == expected
    assert not expected[0][3].endswith(MAY_FOLLOW)
    assert all(message.endswith(MAY_FOLLOW) for *_, message in expected[1:])
    assert all("(peut découler de l’erreur ci-dessus)" in p.message_fr for p in problems[1:])
