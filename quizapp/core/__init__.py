"""quizapp's core: pure Python, no Qt (a test proves it).

The names of the scripting API are imported late, so that `import
quizapp.core` stays cheap for the window's start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.bank.loader import load_article
    from quizapp.core.bank.problems import BankError, Problem, Severity

__all__ = ["BankError", "Problem", "Severity", "load_article"]

_LAZY = {
    "load_article": "quizapp.core.bank.loader",
    "BankError": "quizapp.core.bank.problems",
    "Problem": "quizapp.core.bank.problems",
    "Severity": "quizapp.core.bank.problems",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'quizapp.core' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
