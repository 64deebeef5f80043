"""Read a teacher's YAML file into a small node tree, refusing anything unsafe.

PyYAML's constructors retype text (`no` → False, `12:30` → 750) and expand
aliases; its composer recurses and keeps the last of two duplicate keys. So we
never construct nor compose with it: we walk libyaml's event stream with an
explicit stack, which lets us refuse anchors, aliases, foreign tags and deep
nesting on the first event that shows them, in bounded memory, and keep every
scalar as the exact text typed with its line and column.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from quizapp.core.bank.files import NotAFile, read_limited, special_kind
from quizapp.core.bank.limits import MAX_BYTES, MAX_DEPTH
from quizapp.core.bank.messages import msg
from quizapp.core.bank.problems import Problem, Severity

try:
    from yaml import CSafeLoader as _Loader

    LIBYAML = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    LIBYAML = False

NO_LIBYAML_FIX = (
    "PyYAML has no libyaml here, so question files are read and checked several times "
    "slower; reinstall it from a wheel that has it: pip install --force-reinstall pyyaml"
)

_STD = "tag:yaml.org,2002:"
# `!` alone is refused too: it silently drops the "!" a teacher typed (`fr: ! Attention`).
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null")}
_TEXT_TAGS = {_STD + "str"}
_COLLECTION_TAGS = {
    yaml.SequenceStartEvent: _STD + "seq",
    yaml.MappingStartEvent: _STD + "map",
}
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\x85|\u2028|\u2029")
# Characters YAML refuses in a file (C0/C1 controls except tab and breaks, surrogates).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")

# How a teacher typed the control characters YAML's double quotes can produce.
_ESCAPES = {
    "\x00": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\x1b": "\\e",
}


@dataclass(slots=True, eq=False)
class Scalar:
    """A scalar exactly as typed; `plain` is False for quoted, block and `!!str` text."""

    value: str
    line: int
    column: int
    plain: bool
    end_line: int
    end_column: int
    tag: str | None = None


@dataclass(slots=True, eq=False)
class Sequence:
    line: int
    column: int
    items: list[Node] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Mapping:
    line: int
    column: int
    pairs: list[tuple[Scalar, Node]] = field(default_factory=list)


Node = Scalar | Sequence | Mapping


@dataclass(slots=True)
class Source:
    """A decoded file: its text, its lines (for messages) and its root node."""

    path: Path | str
    text: str
    lines: list[str]
    root: Mapping | None
    problems: list[Problem]
    sha256: str = ""


def kind_of(node: Node) -> str:
    """The word for a node's kind used in messages: text, list or mapping."""
    if isinstance(node, Scalar):
        return "text"
    return "list" if isinstance(node, Sequence) else "mapping"


def split_lines(text: str) -> list[str]:
    """Split like libyaml counts lines, so line numbers agree with its marks."""
    return _LINE_BREAK.split(text)


def _problem(path: Path | str, line: int, column: int, code: str, **kw: object) -> Problem:
    en, fr = msg(code, **kw)
    return Problem(path, max(line, 1), max(column, 1), Severity.ERROR, en, fr)


def looks_utf16(data: bytes) -> bool:
    """A UTF-16 byte-order mark, or the NULs UTF-16 puts beside every ASCII letter.

    Those NULs all fall on the same side of each pair; a picture or a program
    renamed `.yaml` has NULs too, but scattered, and is not taken for UTF-16.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if len(data) < 4:  # a lone NUL is not UTF-16: the NUL-byte message names it
        return False
    head = data[:200]
    half = max(len(head) // 2, 1)
    nuls = sorted((head[0::2].count(0), head[1::2].count(0)))
    return nuls[1] >= 0.6 * half and nuls[0] <= 0.1 * half


def decode(path: Path | str, data: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes → text, or a problem saying how to save the file as UTF-8."""
    if data and looks_utf16(data):
        return None, [_problem(path, 1, 1, "utf16")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if b"\x00" in data:  # not text at all: a picture, a document, a program
            return None, [_problem(path, 1, 1, "nul_byte", char="U+0000")]
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        bad = data[exc.start]
        return None, [_problem(path, line, column, "not_utf8", byte=f"0x{bad:02X}")]
    bad_char = _FORBIDDEN.search(text)
    if bad_char:
        before = text[: bad_char.start()]
        lines = split_lines(before)
        code = "nul_byte" if bad_char.group() == "\x00" else "control_char"
        return None, [
            _problem(
                path,
                len(lines),
                len(lines[-1]) + 1,
                code,
                char=f"U+{ord(bad_char.group()):04X}",
            )
        ]
    return text, []


def read_source(path: Path | str) -> Source:
    """Read, decode and compose one file; never raises on bad content."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES and special_kind(path) is None:
            return Source(path, "", [], None, [_problem(path, 1, 1, "too_big", size=size)])
        data = read_limited(path, MAX_BYTES + 1)
    except NotAFile as exc:  # a FIFO, a device: said, never waited on
        problem = _problem(path, 1, 1, "not_a_file", kind_en=exc.kind[0], kind_fr=exc.kind[1])
        return Source(path, "", [], None, [problem])
    except OSError as exc:
        problem = _problem(path, 1, 1, "unreadable", reason=exc.strerror or str(exc))
        return Source(path, "", [], None, [problem])
    if len(data) > MAX_BYTES:
        return Source(path, "", [], None, [_problem(path, 1, 1, "too_big", size=len(data))])
    return parse_text(path, data)


def parse_text(path: Path | str, data: bytes | str) -> Source:
    """Compose already-read content (bytes, or text already decoded)."""
    digest = hashlib.sha256(
        data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    ).hexdigest()
    if isinstance(data, bytes):
        text, problems = decode(path, data)
        if text is None:
            return Source(path, "", [], None, problems, digest)
    else:
        text = data.removeprefix("\ufeff")
        bad_char = _FORBIDDEN.search(text)
        if bad_char:
            text, problems = decode(path, text.encode("utf-8", "surrogatepass"))
            if text is None:
                return Source(path, "", [], None, problems, digest)
    lines = split_lines(text)
    root, problems = compose(path, text, lines)
    return Source(path, text, lines, root, problems, digest)


class _Refused(Exception):
    """Stops composing at the first event that must not be built."""

    def __init__(self, problem: Problem):
        self.problem = problem


def compose(path: Path | str, text: str, lines: list[str]) -> tuple[Mapping | None, list[Problem]]:
    """Events → nodes with an explicit stack; every library failure becomes a Problem."""
    from quizapp.core.bank.syntax_errors import explain_syntax_error, unexpected_failure

    problems: list[Problem] = []
    loader = _Loader(text)
    try:
        root = _Composer(path, problems).run(loader)
    except _Refused as refused:
        return None, [*problems, refused.problem]
    except yaml.MarkedYAMLError as exc:
        try:
            explained = explain_syntax_error(path, exc, lines)
        except Exception:  # an explanation must never hide the error itself
            explained = unexpected_failure(path, exc, text)
        return None, [*problems, explained]
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, UnicodeError) as exc:
        return None, [*problems, unexpected_failure(path, exc, text)]
    finally:
        loader.dispose()
    if root is None or (isinstance(root, Scalar) and root.plain and root.value == ""):
        return None, [*problems, _problem(path, 1, 1, "empty_file")]
    if not isinstance(root, Mapping):
        return None, [
            *problems,
            _problem(path, root.line, root.column, "top_not_mapping", kind=kind_of(root)),
        ]
    return root, problems


class _Composer:
    """Builds nodes from events with an explicit stack (no recursion, bounded depth)."""

    def __init__(self, path: Path | str, problems: list[Problem]):
        self.path = path
        self.problems = problems
        self.stack: list[Sequence | Mapping] = []
        self.pending: list[Scalar | None] = []  # per open mapping: the key awaiting its value
        self.seen: list[dict[str, int]] = []  # per open mapping: key text -> line
        self.root: Node | None = None

    def run(self, loader: _Loader) -> Node | None:
        path = self.path
        documents = 0
        stack, pending, seen = self.stack, self.pending, self.seen
        get_event, scalar_event, new_scalar = loader.get_event, yaml.ScalarEvent, Scalar
        mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
        mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
        while True:
            event = get_event()
            if event.__class__ is scalar_event and event.anchor is None and event.tag is None:
                # The fast path for most events: an untagged scalar inside a collection.
                start, end = event.start_mark, event.end_mark
                if event.style == '"':
                    self._check_escapes(event.value, start.line + 1, start.column + 1)
                node = new_scalar(
                    event.value,
                    start.line + 1,
                    start.column + 1,
                    not event.style,
                    end.line + 1,
                    end.column + 1,
                )
                if stack:
                    top = stack[-1]
                    if top.__class__ is Sequence:
                        top.items.append(node)  # type: ignore[union-attr]
                        continue
                    key = pending[-1]
                    if key is None:  # a key, seen for the first time in its mapping
                        keys = seen[-1]
                        if node.value not in keys:
                            keys[node.value] = node.line
                            pending[-1] = node
                            continue
                    elif key.tag is None:
                        top.pairs.append((key, node))  # type: ignore[union-attr]
                        pending[-1] = None
                        continue
                self._add(node)
                continue
            kind = event.__class__
            if kind is mapping_end or kind is sequence_end:  # the next most frequent events
                if stack.pop().__class__ is Mapping:
                    pending.pop()
                    seen.pop()
                continue
            if (
                (kind is mapping_start or kind is sequence_start)
                and event.anchor is None
                and event.tag is None
                and len(stack) < MAX_DEPTH
            ):
                mark = event.start_mark
                new = Mapping if kind is mapping_start else Sequence
                self._add(new(mark.line + 1, mark.column + 1))
                continue
            if event is None or isinstance(event, yaml.StreamEndEvent):
                return self.root
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Refused(_problem(path, line, column, "several_documents"))
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.AliasEvent):
                raise _Refused(_problem(path, line, column, "alias", name=event.anchor))
            if getattr(event, "anchor", None) is not None:
                raise _Refused(_problem(path, line, column, "anchor", name=event.anchor))
            self._add(self._node(event, line, column))

    def _check_escapes(self, value: str, line: int, column: int) -> None:
        """A control character typed as an escape (`"C:\\bureau"` holds a backspace)."""
        control = _FORBIDDEN.search(value)
        if control is not None:
            char = control.group()
            escape = _ESCAPES.get(char, f"\\x{ord(char):02x}")
            self.problems.append(_problem(self.path, line, column, "control_escape", escape=escape))

    def _node(self, event: yaml.Event, line: int, column: int) -> Node:
        tag = getattr(event, "tag", None)
        if isinstance(event, yaml.ScalarEvent):
            if tag is not None and tag not in _SCALAR_TAGS:
                raise _Refused(_problem(self.path, line, column, "bad_tag", tag=_short_tag(tag)))
            end = event.end_mark
            plain = event.style in (None, "") and tag not in _TEXT_TAGS
            if event.style == '"':
                self._check_escapes(event.value, line, column)
            return Scalar(event.value, line, column, plain, end.line + 1, end.column + 1, tag)
        if tag is not None and tag != _COLLECTION_TAGS[type(event)]:
            raise _Refused(_problem(self.path, line, column, "bad_tag", tag=_short_tag(tag)))
        if len(self.stack) >= MAX_DEPTH:
            raise _Refused(_problem(self.path, line, column, "too_deep", depth=MAX_DEPTH))
        if isinstance(event, yaml.MappingStartEvent):
            return Mapping(line, column)
        return Sequence(line, column)

    def _add(self, node: Node) -> None:
        if self.root is None:
            self.root = node
        elif isinstance(self.stack[-1], Sequence):
            self.stack[-1].items.append(node)
        else:
            self._add_to_mapping(self.stack[-1], node)
        if not isinstance(node, Scalar):
            self.stack.append(node)
            if isinstance(node, Mapping):
                self.pending.append(None)
                self.seen.append({})

    def _add_to_mapping(self, parent: Mapping, node: Node) -> None:
        key = self.pending[-1]
        if key is not None:
            if key.tag != _DUPLICATE:
                parent.pairs.append((key, node))
            self.pending[-1] = None
            return
        if not isinstance(node, Scalar):
            raise _Refused(
                _problem(self.path, node.line, node.column, "complex_key", kind=kind_of(node))
            )
        first = self.seen[-1].get(node.value)
        if first is None:
            self.seen[-1][node.value] = node.line
        else:
            # Reported, and its value dropped, so the rest of the file is still checked.
            self.problems.append(
                _problem(
                    self.path, node.line, node.column, "duplicate_key", key=node.value, first=first
                )
            )
            node.tag = _DUPLICATE
        self.pending[-1] = node


_DUPLICATE = "duplicate key"


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_STD) if tag.startswith(_STD) else tag
