"""After a YAML syntax error, the rest of the file: one run shows every mistake.

libyaml stops at the first error. To say what else is wrong, the broken line
is mended the way its message says (re-indented to the advised column), or
made harmless (its value replaced, or the line blanked), and the file read
again, up to a few times; each later syntax error, and, once the file reads,
each error of the format below the first broken line, is reported marked
"(may follow from the error above)": some may be echoes of the first.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from quizapp.core.bank.messages import msg
from quizapp.core.bank.problems import Problem
from quizapp.core.bank.yamlsafe import Source, compose

_ADVISED = re.compile(r"\(column (\d+)")
_KEYED = re.compile(r"^(?P<lead>[ \t]*(?:-[ \t]+)*)(?P<key>[A-Za-z_][\w-]*)(?=[ \t]*:|[ \t])")
INDENT_CODES = frozenset({"indent_more", "indent_mismatch"})
MAX_ROUNDS = 8  # a file with more broken lines than this is seldom worth more runs
SYNTAX_CODES = frozenset(
    {
        "colon_in_text",
        "colon_in_text_nofix",
        "leading_quote",
        "bracket_start",
        "brace_start",
        "bad_start_char",
        "bad_escape",
        "tab_indent",
        "dash_space",
        "colon_space",
        "missing_colon",
        "indent_more",
        "indent_mismatch",
        "indent_generic",
        "line_not_key",
        "unclosed_quote",
        "unclosed_bracket",
        "syntax_generic",
    }
)


def _marked(problem: Problem) -> Problem:
    en, fr = msg("may_follow", message=problem.message)
    _, fr = msg("may_follow", message=problem.message_fr or problem.message)
    return dataclasses.replace(problem, message=en, message_fr=fr, code="may_follow")


def mend(lines: list[str], problem: Problem, touched: set[int]) -> None:
    """Make the problem's line readable, in place; its number goes into `touched`."""
    number = problem.line
    touched.add(number)
    if not 1 <= number <= len(lines):
        return
    text = lines[number - 1]
    advised = _ADVISED.search(problem.message) if problem.code in INDENT_CODES else None
    if advised is not None:
        reindent(lines, number, int(advised.group(1)))
        return
    keyed = _KEYED.match(text)
    if keyed is not None and problem.code != "tab_indent":
        lines[number - 1] = f"{keyed.group('lead')}{keyed.group('key')}: x"
    else:
        lines[number - 1] = ""


def reindent(lines: list[str], number: int, column: int) -> None:
    """Move a line to `column`, and the lines under it by as much when they went with it.

    A list item's keys stay where they are if they already line up with the moved
    `-` (only the dash was out of place); otherwise the whole item moves.
    """
    text = lines[number - 1]
    indent = len(text) - len(text.lstrip(" "))
    delta = column - 1 - indent
    lines[number - 1] = " " * (column - 1) + text.lstrip(" ")
    following = next((line for line in lines[number:] if line.strip()), "")
    child = len(following) - len(following.lstrip(" "))
    if text.lstrip().startswith("-") and child != indent + 2:
        return
    for n in range(number + 1, len(lines) + 1):
        below = lines[n - 1]
        if not below.strip():
            continue
        below_indent = len(below) - len(below.lstrip(" "))
        if below_indent <= indent:
            break
        lines[n - 1] = " " * max(0, below_indent + delta) + below.lstrip(" ")


def _holds_a_blanked_line(lines: list[str], problem: Problem, blanked: set[int]) -> bool:
    """Whether the block the problem is about (its line and those indented under it)
    lost a line: then "missing key" or "no correct option" is the blanking's echo."""
    column = problem.column
    for number in range(problem.line + 1, len(lines) + 1):
        text = lines[number - 1]
        if not text.strip() and number not in blanked:
            continue
        if number in blanked:
            return True
        indent = len(text) - len(text.lstrip(" "))
        if indent < column - 1 or (indent == column - 1 and text.lstrip().startswith("-")):
            return False
    return False


def later_problems(
    source: Source, read: Callable[[Source], tuple[Any, list[Problem]]]
) -> list[Problem]:
    """The problems past the first syntax error of `source`, each marked; [] if none.

    `read` validates a composed Source (`validate.read_article`), passed in so that
    this module stays below the validator.
    """
    first = next((p for p in source.problems if p.code in SYNTAX_CODES), None)
    if first is None or not source.lines:
        return []
    lines = list(source.lines)
    blanked: set[int] = set()
    mend(lines, first, blanked)
    out: list[Problem] = []
    for _ in range(MAX_ROUNDS):
        text = "\n".join(lines)
        root, problems = compose(source.path, text, lines)
        syntax = [p for p in problems if p.code in SYNTAX_CODES]
        if root is None:
            new = [p for p in syntax if p.line not in blanked]
            if not new:
                break
            out.extend(_marked(p) for p in new)
            for problem in new:
                mend(lines, problem, blanked)
            continue
        again = Source(source.path, text, lines, root, problems, source.sha256)
        _, found = read(again)
        out.extend(
            _marked(p)
            for p in found
            if p.is_error
            and p.line > first.line
            and p.line not in blanked
            and not _holds_a_blanked_line(source.lines, p, blanked)
        )
        break
    return sorted(out, key=Problem.sort_key)
