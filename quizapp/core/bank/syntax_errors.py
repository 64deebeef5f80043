"""Turn libyaml's syntax errors into the teacher's mistake and its fix.

libyaml says *where it got lost* ("mapping values are not allowed here",
often a line after the real cause); teachers need *what they did*: a French
" : " in unquoted text, a text that starts with a quote or a bracket, a tab,
a missing space after `-` or `:`. We look at the source lines around the
marks to find the cause, and show the teacher's own line fixed.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from quizapp.core.bank.format_keys import FORMAT_KEYS, ITEM_FAMILIES
from quizapp.core.bank.limits import MAX_DEPTH
from quizapp.core.bank.messages import msg
from quizapp.core.bank.problems import Problem, Severity

# `indent`, then list dashes, then a format key (`prompt:`), then the value.
_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<dashes>(?:-[ \t]+)*)"
    r"(?:(?P<key>[A-Za-z_][\w-]*):(?=[ \t]|$)[ \t]*)?(?P<value>.*?)[ \t]*$"
)
_NO_SPACE_AFTER_COLON = re.compile(
    r"^[ \t]*(?P<dashes>(?:-[ \t]+)*)(?P<key>[A-Za-z_][\w-]*):(?P<value>[^\s/].*?)\s*$"
)
_NO_SPACE_AFTER_DASH = re.compile(r"^(?P<indent>[ \t]*)-(?P<rest>[^\s\-].*?)\s*$")
_COLON_IN_TEXT = re.compile(r" ?:(?=[ \t]|$)")
_CLOSERS = {"[": "]", "{": "}"}
_KEY_WITHOUT_COLON = re.compile(
    r"^[ \t]*(?P<dashes>(?:-[ \t]+)*)(?P<key>[A-Za-z_][\w-]*)[ \t]+(?P<value>[^:#\s].*?)\s*$"
)

_BLOCK_HEADER = re.compile(r"[|>][+-]?[1-9]?[+-]?\s*(?:#.*)?")


def quote(text: str) -> str:
    """`text` as a YAML double-quoted scalar, escaping `\\` and `"`."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _problem(path: Path | str, line: int, column: int, code: str, **kw: object) -> Problem:
    en, fr = msg(code, **kw)
    return Problem(path, max(line, 1), max(column, 1), Severity.ERROR, en, fr, code=code)


def _line(lines: list[str], number: int) -> str:
    return lines[number - 1] if 1 <= number <= len(lines) else ""


def _previous(lines: list[str], number: int) -> int:
    """The number of the nearest line above that is neither blank nor a comment (0 if none)."""
    n = number - 1
    while n >= 1 and (not lines[n - 1].strip() or lines[n - 1].lstrip().startswith("#")):
        n -= 1
    return n


def fixed_line(prefix: str, value: str) -> str:
    """The teacher's line (without its indentation) with the value put in quotes.

    A value the teacher already wrapped in `"…"` but with more `"` inside
    (`"Il a dit "non"."`) meant the outer pair as delimiters; and a text holding
    `"` reads best between single quotes, with nothing to escape.
    """
    if len(value) > 1 and value[0] == value[-1] == '"':
        value = value[1:-1]
    if '"' in value and "'" not in value:
        return f"{prefix}'{value}'"
    return prefix + quote(value)


def _character_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character').lower()}"


def _odd_character(path: Path | str, text: str, number: int, indent: int) -> Problem | None:
    """A space that is not a plain space where the indentation goes (a non-breaking,
    ideographic or zero-width one, pasted from a word processor), or a byte-order mark
    inside the file (two files pasted together): named, at its column."""
    if "\ufeff" in text:
        return _problem(path, number, text.index("\ufeff") + 1, "bom_inside")
    first = text[indent : indent + 1]
    if first and (first.isspace() or unicodedata.category(first) == "Cf"):
        return _problem(path, number, indent + 1, "odd_indent", char=_character_name(first))
    return None


def analyze_line(path: Path | str, lines: list[str], number: int) -> Problem | None:
    """The teacher's mistake on one line, when it is one of the common ones."""
    text = _line(lines, number)
    if not text.strip() or text.lstrip().startswith("#"):
        return None
    indent = len(text) - len(text.lstrip(" \t"))
    if "\t" in text[:indent]:
        return _problem(path, number, text.index("\t") + 1, "tab_indent")
    odd = _odd_character(path, text, number, indent)
    if odd is not None:
        return odd
    dash = _NO_SPACE_AFTER_DASH.match(text)
    if dash and not text.lstrip().startswith("---"):
        fix = "- " + dash.group("rest")
        return _problem(path, number, indent + 1, "dash_space", fix=fix)
    m = _LINE.match(text)
    if m is None:  # pragma: no cover - the pattern matches any line
        return None
    value = m.group("value")
    value_col = m.start("value") + 1
    prefix = m.group("dashes") + (m.group("key") + ": " if m.group("key") else "")
    has_prefix = bool(prefix)
    if value and value[0] in "\"'":
        close = _closing_quote(value)
        if close is not None:
            rest = value[close + 1 :].strip()
            if rest and not rest.startswith("#"):
                fix = fixed_line(prefix, value)
                return _problem(path, number, value_col, "leading_quote", quote=value[0], fix=fix)
        return None
    if value and value[0] in _CLOSERS:
        end = _matching_bracket(value)
        if end is not None and value[end + 1 :].strip() and value[end + 1 :].strip()[0] not in "#,":
            fix = fixed_line(prefix, value)
            code = "bracket_start" if value[0] == "[" else "brace_start"
            return _problem(path, number, value_col, code, fix=fix)
        return None
    if value and (
        value[0] in "@`%"
        or value[:2] in ("- ", "? ")
        or value in ("-", "?")
        or (value[0] in "|>" and not _BLOCK_HEADER.fullmatch(value))
    ):
        fix = fixed_line(prefix, value)
        return _problem(path, number, value_col, "bad_start_char", char=value[0], fix=fix)
    colon = _COLON_IN_TEXT.search(value)
    if colon and not value.startswith(("|", ">")):
        fragment = colon.group().rstrip() + (" " if colon.end() < len(value) else "")
        column = value_col + colon.start()
        if has_prefix:
            return _problem(
                path,
                number,
                column,
                "colon_in_text",
                fragment=fragment,
                fix=fixed_line(prefix, value),
            )
        return _problem(path, number, column, "colon_in_text_nofix", fragment=fragment)
    return None


def _closing_quote(value: str) -> int | None:
    q = value[0]
    i = 1
    while i < len(value):
        c = value[i]
        if q == '"' and c == "\\":
            i += 2
            continue
        if c == q:
            if q == "'" and value[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None


def _matching_bracket(value: str) -> int | None:
    depth = 0
    for i, c in enumerate(value):
        if c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return i
    return None


def _missing_colon_space(path: Path | str, lines: list[str], number: int) -> Problem | None:
    m = _NO_SPACE_AFTER_COLON.match(_line(lines, number))
    if m is None or m.group("value").startswith(":"):
        return None
    fix = m.group("dashes") + m.group("key") + ": " + m.group("value")
    return _problem(path, number, m.end("key") + 1, "colon_space", fix=fix)


def explain_syntax_error(path: Path | str, exc: yaml.MarkedYAMLError, lines: list[str]) -> Problem:
    """The most likely teacher's mistake behind a libyaml error, at the right place."""
    problem_text = exc.problem or ""
    context = exc.context or ""
    pmark = exc.problem_mark or exc.context_mark
    cmark = exc.context_mark or pmark
    pline, pcol = (pmark.line + 1, pmark.column + 1) if pmark else (1, 1)
    cline, ccol = (cmark.line + 1, cmark.column + 1) if cmark else (pline, pcol)

    if "nesting" in problem_text or "nesting" in context:
        return _problem(path, pline, pcol, "too_deep", depth=MAX_DEPTH)
    if "quoted scalar" in context:
        if "escape" in problem_text:
            return _problem(path, pline, pcol, "bad_escape")
        found = analyze_line(path, lines, cline)
        if found is not None and found.message.startswith("the text starts with"):
            return found
        quote_char = _line(lines, cline)[ccol - 1 : ccol] or '"'
        return _problem(path, cline, ccol, "unclosed_quote", quote=quote_char)
    if "alias" in context or "anchor" in context:
        text = _line(lines, cline)
        m = _LINE.match(text)
        prefix = ""
        value = text[ccol - 1 :].strip()
        if m is not None:
            prefix = m.group("dashes") + (m.group("key") + ": " if m.group("key") else "")
        return _problem(
            path,
            cline,
            ccol,
            "bad_start_char",
            char=value[:1] or "*",
            fix=fixed_line(prefix, value),
        )
    if "flow" in context:
        found = analyze_line(path, lines, cline)
        if found is not None:
            return found
        if _line(lines, cline)[ccol - 1 : ccol] not in _CLOSERS:
            cline, ccol = _last_opener(lines, cline, ccol)
        opener = _line(lines, cline)[ccol - 1 : ccol] or "["
        return _problem(
            path, cline, ccol, "unclosed_bracket", open=opener, close=_CLOSERS.get(opener, "]")
        )
    char = _line(lines, pline)[pcol - 1 : pcol]
    if char == "\t":
        return _problem(path, pline, pcol, "tab_indent")
    for number in dict.fromkeys((pline, _previous(lines, pline), cline)):
        found = analyze_line(path, lines, number)
        if found is not None:
            return found
    for number in dict.fromkeys((_previous(lines, pline), pline, cline)):
        found = _missing_colon_space(path, lines, number)
        if found is not None:
            return found
    if "simple key" in context:
        found = missing_colon(path, lines, cline)
        if found is not None:
            return found
        return _problem(path, cline, _first_column(lines, cline), "line_not_key")
    advised = advised_column(lines, pline)
    if "mapping values" in problem_text:
        above = _previous(lines, pline)
        if above and _indent(lines, pline) > _indent(lines, above):
            return _problem(
                path,
                pline,
                _first_column(lines, pline),
                "indent_more",
                where=advised or key_column(lines, above),
            )
    if "expected" in problem_text or "mapping values" in problem_text:
        if cmark is not None and cline != pline:
            where = ccol
            if _line(lines, cline)[ccol - 1 : ccol] == "-":
                # The mapping is a list item's (`  - id: s1`): its keys stand past the dash.
                where = key_column(lines, cline)
            column = _first_column(lines, pline)
            if column == ccol and not _line(lines, pline).lstrip().startswith("-"):
                # A key at the column of the list above it (`  questions:` under the
                # glossary's `  - ` items) belongs with the key that owns that list.
                owner = _previous(lines, cline)
                if owner:
                    where = _first_column(lines, owner)
            return _problem(path, pline, column, "indent_mismatch", where=advised or where)
        if advised and advised != _first_column(lines, pline):
            return _problem(
                path, pline, _first_column(lines, pline), "indent_mismatch", where=advised
            )
        return _problem(path, pline, _first_column(lines, pline), "indent_generic")
    return _problem(path, pline, pcol, "syntax_generic", problem=problem_text or context)


def missing_colon(path: Path | str, lines: list[str], number: int) -> Problem | None:
    """`prompt "Où dort le chat ?"`, `level B1`: a format key followed by its value, no colon."""
    m = _KEY_WITHOUT_COLON.match(_line(lines, number))
    if m is None or m.group("key") not in FORMAT_KEYS:
        return None
    fix = m.group("dashes") + m.group("key") + ": " + m.group("value")
    return _problem(path, number, m.end("key") + 1, "missing_colon", key=m.group("key"), fix=fix)


def _keys_of_item(lines: list[str], number: int) -> frozenset[str]:
    """The keys a list item's first key says it may have (an option's, a question's…)."""
    m = _LINE.match(_line(lines, number))
    key = m.group("key") if m else None
    return frozenset().union(*(family for family in ITEM_FAMILIES if key in family))


def advised_column(lines: list[str], number: int) -> int | None:
    """The column that makes a misplaced line valid, from the lines above it.

    A list item goes under its siblings' `-` (the nearest item above with the same
    first key, else of the same kind, else the nearest); a key inside a list item
    goes under that item's other keys (the nearest item that may have this key).
    """
    m = _LINE.match(_line(lines, number))
    if m is None or not (m.group("key") or m.group("dashes")):
        return None
    key = m.group("key")
    is_item = bool(m.group("dashes"))
    if not is_item and not any(key in family for family in ITEM_FAMILIES):
        return None  # a top-level key (`questions:`): the caller knows where those go
    own_kind = _keys_of_item(lines, number) if is_item else frozenset()
    nearest = None
    kindred = None
    n = number
    while (n := _previous(lines, n)) >= 1:
        above = _LINE.match(_line(lines, n))
        if above is None or not above.group("dashes"):
            if above is not None and _indent(lines, n) == 0:
                break  # a top-level key: the lists above belong to another part
            continue
        dash_column = above.start("dashes") + 1
        if is_item:
            if key and above.group("key") == key:
                return dash_column
            if kindred is None and own_kind & _keys_of_item(lines, n):
                kindred = dash_column
            nearest = nearest or dash_column
        else:
            if key in _keys_of_item(lines, n):
                return key_column(lines, n)
            nearest = nearest or key_column(lines, n)
    return kindred or nearest


def _last_opener(lines: list[str], line: int, column: int) -> tuple[int, int]:
    """The last `[` or `{` before where libyaml gave up (at the end of the file, say)."""
    for number in range(min(line, len(lines)), 0, -1):
        text = _line(lines, number)
        if number == line:
            text = text[: column - 1]
        found = max(text.rfind("["), text.rfind("{"))
        if found >= 0:
            return number, found + 1
    return line, column


def _indent(lines: list[str], number: int) -> int:
    text = _line(lines, number)
    return len(text) - len(text.lstrip(" "))


def _first_column(lines: list[str], number: int) -> int:
    return _indent(lines, number) + 1


def key_column(lines: list[str], number: int) -> int:
    """Where the key of a line starts, past any list dashes (1-based)."""
    m = _LINE.match(_line(lines, number))
    return (m.start("dashes") + len(m.group("dashes")) + 1) if m else 1


def unexpected_failure(path: Path | str, exc: BaseException, text: str) -> Problem:
    """Any other failure of the YAML library, still as a Problem with a line."""
    line, column = 1, 1
    position = getattr(exc, "position", None)
    if isinstance(position, int) and 0 <= position <= len(text):
        before = text[:position]
        line = before.count("\n") + 1
        column = position - (before.rfind("\n") + 1) + 1
    detail = getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc)
    reason = " ".join(f"{type(exc).__name__}: {detail}".split())[:200]
    return _problem(path, line, column, "unexpected", reason=reason)
