"""Problems found in a teacher's file, and the error that carries them.

A problem always names the place to look (path, line, column, 1-based) and
says in plain words what is wrong and how to fix it. Messages are written in
English and French; `text(lang)` picks one, and `message` is the English one
the scripting API promises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path | str
    line: int
    column: int
    severity: Severity
    message: str
    message_fr: str = ""
    # The message's code when a check needs to know its kind (a YAML syntax error).
    code: str = field(default="", compare=False, repr=False)

    def text(self, lang: str = "en") -> str:
        """The message in the interface language (French when asked and written)."""
        return self.message_fr if lang == "fr" and self.message_fr else self.message

    def format(self, lang: str = "en") -> str:
        """`PATH:LINE:COLUMN: error|warning: MESSAGE`, the compilers' form tools parse."""
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.text(lang)}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int]:
        return (str(self.path), self.line, self.column)


class BankError(Exception):
    """A file that cannot be loaded; `.problems` lists every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        first = self.problems[0].format() if self.problems else "unknown problem"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))
