"""Typed values read from nodes, each failure a Problem at the node's place.

The format keeps text exactly as typed and only reads booleans and numbers
where the format asks for them, so every reader here takes the raw node and
decides itself; nothing relies on YAML's implicit typing.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Sequence as Seq
from pathlib import Path

from quizapp.core.bank.limits import MAX_DIGITS, MAX_POINTS, MIN_POINTS
from quizapp.core.bank.messages import msg
from quizapp.core.bank.problems import Problem, Severity
from quizapp.core.bank.syntax_errors import analyze_line, quote
from quizapp.core.bank.yamlsafe import Mapping, Node, Scalar, Sequence, kind_of
from quizapp.core.grading.invisible import invisible_in, shown_with_codes, without_invisible

_BOOLEANS = {"true": True, "false": False, "yes": True, "no": False}
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DIGITS = re.compile(r"[0-9]+")
_BRIEF = 40
_COMMENT_AFTER = re.compile(r"[ \t]+#")

Fields = dict[str, tuple[Scalar, Node]]


def _show(node: Node) -> str:
    return node.value if isinstance(node, Scalar) else "…"


def _brief(value: str) -> str:
    """A value short enough to quote in a message (a 5,000-digit number is cut)."""
    return value if len(value) <= _BRIEF else value[: _BRIEF - 1] + "…"


@functools.cache
def _lowercase_index(allowed: tuple[str, ...]) -> dict[str, str]:
    return {a.lower(): a for a in allowed}


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The candidate a typo most likely meant, if any is close enough."""
    found = difflib.get_close_matches(word.lower(), list(candidates), n=1, cutoff=cutoff)
    return found[0] if found else None


class Reader:
    """Reads one file's nodes into values and collects every problem found."""

    def __init__(self, path: Path | str, lines: list[str]):
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []

    # -- problems -------------------------------------------------------
    def report(self, severity: Severity, line: int, column: int, code: str, **kw: object) -> None:
        en, fr = msg(code, **kw)
        self.problems.append(Problem(self.path, max(line, 1), max(column, 1), severity, en, fr))

    def error(self, node: Node | Scalar, code: str, **kw: object) -> None:
        self.report(Severity.ERROR, node.line, node.column, code, **kw)

    def warning(self, node: Node | Scalar, code: str, **kw: object) -> None:
        self.report(Severity.WARNING, node.line, node.column, code, **kw)

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    # -- mappings ---------------------------------------------------------
    def mapping(self, node: Node, what: tuple[str, str], hint: tuple[str, str] = ("", "")) -> bool:
        """Whether `node` is a mapping; an error saying what it should be otherwise."""
        if isinstance(node, Mapping):
            return True
        if isinstance(node, Scalar) and self._scalar_key_without_space(node):
            return False
        self.error(
            node, "must_be_mapping", what_en=what[0], what_fr=what[1], kind=kind_of(node), hint=hint
        )
        return False

    def _scalar_key_without_space(self, node: Scalar) -> bool:
        """`id:q1` reads as one text; say that a space is missing after `:`."""
        m = re.fullmatch(r"([A-Za-z_][\w-]*):(\S.*)", node.value)
        if not node.plain or m is None:
            return False
        self.error(node, "scalar_key_no_space", key=m.group(1), value=m.group(2))
        return True

    def fields(
        self,
        node: Mapping,
        allowed: Seq[str],
        *,
        other_keys: Iterable[str] = (),
        type_name: str = "",
    ) -> Fields:
        """The known keys of a mapping; unknown ones are warnings with a suggestion."""
        out: Fields = {}
        others = set(other_keys)
        for key, value in node.pairs:
            name = key.value
            if name in allowed:
                out[name] = (key, value)
            elif name in others and not closest(name, allowed, cutoff=0.85):
                self.warning(key, "key_not_for_type", key=name, type=type_name)
            elif name[:1] == "-" and name[1:].strip() in allowed:
                self.error(key, "dash_key", key=name[1:].strip())
            else:
                suggestion = closest(name, allowed)
                if suggestion:
                    self.warning(key, "unknown_key", key=name, suggestion=suggestion)
                else:
                    known = ", ".join(allowed)
                    self.warning(key, "unknown_key_none", key=name, known=known)
        return out

    def require(
        self, node: Mapping, fields: Fields, key: str, hint: tuple[str, str] = ("", "")
    ) -> bool:
        if key in fields:
            return True
        self.error(node, "missing_key", key=key, hint=hint)
        return False

    # -- scalars ----------------------------------------------------------
    def text(
        self, key: str, node: Node, *, required: bool = True, prose: bool = True
    ) -> str | None:
        """Text exactly as typed; None (with an error if required) when empty or not text.

        `prose` texts (not ids nor keywords) get the warning when a ` #` cut them short.
        """
        if isinstance(node, Mapping) and len(node.pairs) == 1:
            found = analyze_line(self.path, self.lines, node.line)
            if found is not None and found.message.startswith("the text contains"):
                self.problems.append(found)
                return None
        if not isinstance(node, Scalar):
            self.error(node, "must_be_text", key=key, kind=kind_of(node))
            return None
        if not node.value.strip():
            if node.plain and self._comment_instead_of_text(key, node, required):
                return None
            if required:
                self.error(node, "empty_text", key=key)
            return None
        if node.plain and prose:
            self._check_comment_cut(node)
        if not prose and invisible_in(node.value):
            # An id or a reference: an invisible character makes a look-alike.
            hidden = invisible_in(node.value)[0]
            self.error(
                node,
                "invisible_char",
                value=shown_with_codes(node.value),
                char=f"U+{ord(hidden):04X}",
                clean=without_invisible(node.value),
            )
            return None
        return node.value

    def _comment_instead_of_text(self, key: str, node: Scalar, required: bool) -> bool:
        """`fr: #1 mondial` reads as an empty text followed by a comment: say so."""
        if not 1 <= node.line <= len(self.lines):
            return False
        line = self.lines[node.line - 1]
        rest = line[node.column - 1 :]
        if not rest.strip().startswith("#"):
            return False
        intended = rest.strip()
        fix = line[: node.column - 1].strip() + " " + quote(intended)
        severity = Severity.ERROR if required else Severity.WARNING
        column = node.column + len(rest) - len(rest.lstrip())
        self.report(severity, node.line, column, "comment_start", key=key, fix=fix)
        return True

    def _check_comment_cut(self, node: Scalar) -> None:
        if not 1 <= node.end_line <= len(self.lines):
            return
        line = self.lines[node.end_line - 1]
        if not _COMMENT_AFTER.match(line, node.end_column - 1):  # most texts: no slice made
            return
        rest = line[node.end_column - 1 :]
        intended = node.value + rest.rstrip()
        prefix = ""
        if node.line == node.end_line:
            start = self.lines[node.line - 1][: node.column - 1].lstrip(" ")
            prefix = start
        fix = prefix + quote(intended)
        cut = rest.lstrip()[1:].strip()
        self.report(
            Severity.WARNING,
            node.end_line,
            node.end_column + (len(rest) - len(rest.lstrip())),
            "comment_cut",
            rest=cut,
            fix=fix,
        )

    def boolean(self, key: str, node: Node) -> bool | None:
        if isinstance(node, Scalar):
            word = node.value.strip().lower()
            if word in _BOOLEANS:
                if node.plain:
                    return _BOOLEANS[word]
                self.error(node, "quoted_bool", key=key, value=word)
                return None
        self.error(node, "must_be_bool", key=key, value=_show(node))
        return None

    def number(self, key: str, node: Node) -> float | None:
        if isinstance(node, Scalar) and _NUMBER.fullmatch(node.value.strip()):
            if node.plain:
                return float(node.value)
            self.error(node, "quoted_number", key=key, value=_brief(node.value.strip()))
            return None
        if not self._foreign_digits(key, node):
            self.error(node, "must_be_number", key=key, value=_brief(_show(node)))
        return None

    def points(self, key: str, node: Node) -> float | None:
        """A question's points: more than 0, and within the format's limits."""
        value = self.number(key, node)
        if value is None:
            return None
        if value <= 0:
            self.error(node, "not_positive", key=key, value=_brief(_show(node)))
            return None
        if not MIN_POINTS <= value <= MAX_POINTS:
            low, high = f"{MIN_POINTS:g}", f"{MAX_POINTS:g}"
            self.error(node, "points_range", low=low, high=high, value=_brief(_show(node)))
            return None
        return value

    def share(self, key: str, node: Node) -> float | None:
        value = self.number(key, node)
        if value is not None and not 0 <= value <= 1:
            self.error(node, "not_a_share", key=key, value=_brief(_show(node)))
            return None
        return value

    def whole(
        self, key: str, node: Node, high: int = 10**MAX_DIGITS - 1, over: str = "whole_range"
    ) -> int | None:
        """A whole number from 1 to `high` in ASCII digits only (`str.isdigit()` also
        accepts ² and ①, which `int()` refuses); `over` is the message past `high`."""
        digits = node.value.strip() if isinstance(node, Scalar) else ""
        if _DIGITS.fullmatch(digits):
            if not node.plain:  # type: ignore[union-attr]
                self.error(node, "quoted_number", key=key, value=_brief(digits))
                return None
            value = int(digits) if len(digits) <= MAX_DIGITS else None
            if value is not None and 1 <= value <= high:
                return value
            if value is not None and value < 1:
                self.error(node, "must_be_whole", key=key, value=digits)
            else:
                self.error(node, over, key=key, high=high, value=_brief(digits))
            return None
        if not self._foreign_digits(key, node):
            self.error(node, "must_be_whole", key=key, value=_brief(_show(node)))
        return None

    def _foreign_digits(self, key: str, node: Node) -> bool:
        """`²`, `①`, `٣` where a number is expected: name the character that is not 0-9."""
        if not isinstance(node, Scalar):
            return False
        value = node.value.strip()
        odd = next((c for c in value if c.isdigit() and not c.isascii()), None)
        if odd is None or not all(c.isdigit() or c in "+-." for c in value):
            return False
        name = unicodedata.name(odd, f"U+{ord(odd):04X}").lower()
        self.error(node, "ascii_digits", key=key, value=_brief(value), char=odd, name=name)
        return True

    def choice(self, key: str, node: Node, allowed: Seq[str]) -> str | None:
        """One of `allowed`, read case-insensitively (`B1`, `b1`)."""
        value = self.text(key, node, prose=False)
        if value is None:
            return None
        by_lower = _lowercase_index(tuple(allowed))
        found = by_lower.get(value.strip().lower())
        if found is not None:
            return found
        suggestion = closest(value.strip(), by_lower)
        choices = ", ".join(allowed)
        if suggestion:
            self.error(
                node,
                "bad_choice_suggest",
                key=key,
                value=value,
                suggestion=by_lower[suggestion],
                choices=choices,
            )
        else:
            self.error(node, "bad_choice", key=key, value=value, choices=choices)
        return None

    def items(self, key: str, node: Node, *, single: bool = True) -> list[Node] | None:
        """A list's items; a single text stands for a one-item list where `single` allows it."""
        if isinstance(node, Sequence):
            return node.items
        if isinstance(node, Scalar) and node.plain and node.value == "":
            return []
        if isinstance(node, Scalar) and single:
            return [node]
        if isinstance(node, Mapping) and node.pairs:
            first, value = node.pairs[0]
            if first.plain and first.value.startswith("-") and first.value[1:2].strip():
                # `-id: s1` at the items' indentation: YAML saw a key "-id", not a list item.
                fix = f"- {first.value[1:]}: {value.value if isinstance(value, Scalar) else '…'}"
                self.error(first, "dash_space", fix=fix)
                return None
        self.error(node, "must_be_list", key=key, kind=kind_of(node))
        return None

    def entries(
        self, key: str, node: Node, minimum: int, noun: tuple[str, str]
    ) -> list[Node] | None:
        """A list of entries (sentences, options...): None if it is not a list; fewer than
        `minimum` are reported and still returned, so each entry is checked too."""
        items = self.items(key, node, single=False)
        if items is not None:
            self.at_least(key, node, len(items), minimum, noun)
        return items

    def at_least(
        self, key: str, node: Node, count: int, minimum: int, noun: tuple[str, str]
    ) -> bool:
        if count >= minimum:
            return True
        self.error(
            node, "too_few", key=key, minimum=minimum, count=count, noun_en=noun[0], noun_fr=noun[1]
        )
        return False

    def text_list(
        self,
        key: str,
        node: Node,
        *,
        minimum: int = 0,
        prose: bool = True,
        noun: tuple[str, str] = ("items", "éléments"),
    ) -> list[tuple[str, Node]] | None:
        """Texts of a list (or of a single value), each with its node; None on error."""
        items = self.items(key, node)
        if items is None:
            return None
        out: list[tuple[str, Node]] = []
        ok = True
        for item in items:
            value = self.text(key, item, prose=prose)
            if value is None:
                ok = False
            else:
                out.append((value, item))
        if ok and not self.at_least(key, node, len(out), minimum, noun):
            return None
        return out if ok else None

    def unique(
        self, key: str, values: list[tuple[str, Node]], code: str = "duplicate_value"
    ) -> bool:
        """Whether all values differ; an error at each repeat naming the first line."""
        first: dict[str, Node] = {}
        ok = True
        for value, node in values:
            norm = " ".join(value.split()).casefold()
            if norm in first:
                self.error(node, code, key=key, value=value, first=first[norm].line)
                ok = False
            else:
                first[norm] = node
        return ok
