"""Every message the loader can give a teacher, in English and in French.

Kept in one table so both languages are reviewed side by side and stay in
step. The French templates are written with plain spaces; `_typography` adds
the non-breaking spaces French punctuation needs (before « : », inside « »,
thin ones before ; ! ?) to the template only, never to the teacher's text
substituted into it.
"""

from __future__ import annotations

import re

from quizapp.core.bank.messages_limits import LIMITS
from quizapp.core.bank.messages_schema import KINDS as _KINDS
from quizapp.core.bank.messages_schema import SCHEMA
from quizapp.core.bank.messages_syntax import READING

MESSAGES: dict[str, tuple[str, str]] = {**READING, **SCHEMA, **LIMITS}

_NBSP = "\u00a0"
_NNBSP = "\u202f"
_FR_SPACES = (
    (re.compile(r" ([:])"), _NBSP + r"\1"),
    (re.compile(r" ([;!?])"), _NNBSP + r"\1"),
    (re.compile(r"« "), "«" + _NBSP),
    (re.compile(r" »"), _NBSP + "»"),
)
_FR_CACHE: dict[str, str] = {}


def _spaced(text: str) -> str:
    for pattern, repl in _FR_SPACES:
        text = pattern.sub(repl, text)
    return text


def _typography(template: str) -> str:
    """French spacing for the template's own punctuation (placeholders untouched)."""
    cached = _FR_CACHE.get(template)
    if cached is None:
        cached = _FR_CACHE[template] = _spaced(template)
    return cached


def french_typography(template: str) -> str:
    """French spacing for a template of another room (the lint's), placeholders untouched."""
    return _typography(template)


def msg(code: str, **kw: object) -> tuple[str, str]:
    """The (English, French) message for `code`, filled with `kw`.

    `kind` names a node kind ("text", "list", "mapping") and is put in words
    in each language; `*_en` / `*_fr` pairs are picked per language.
    """
    en_template, fr_template = MESSAGES[code]
    en_kw = {k: v for k, v in kw.items() if not k.endswith("_fr")}
    fr_kw = {k: v for k, v in kw.items() if not k.endswith("_en")}
    hint = kw.get("hint")
    if isinstance(hint, tuple):  # our own wording (ids at most), so French spacing applies
        en_kw["hint"], fr_kw["hint"] = hint[0], _spaced(hint[1])
    kind = kw.get("kind")
    if isinstance(kind, str) and kind in _KINDS:
        en_kw["kind"], fr_kw["kind"] = _KINDS[kind]
    return en_template.format(**en_kw), _typography(fr_template).format(**fr_kw)
