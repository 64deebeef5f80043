"""Results and looked-up words as files other programs read: CSV, JSON, Anki.

A teacher collects one row per quiz session (a spreadsheet, or a script
reading the JSON); a learner takes "My words" to Anki. The columns of the
results are fixed, since scripts depend on them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.records import Profile, WordRecord

RESULT_COLUMNS = (
    "profile",
    "article_id",
    "article_title",
    "mode",
    "started",
    "finished",
    "score",
    "points",
    "percent",
)
WORD_COLUMNS = (
    "profile",
    "word",
    "headword",
    "gloss",
    "sentence_fr",
    "sentence_en",
    "article_id",
    "sentence_id",
    "count",
    "first_seen",
    "last_seen",
)
ANKI_HEADER = ("#separator:tab", "#html:false", "#columns:Front\tBack")
# A text cell starting with one of these is a formula to a spreadsheet (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters that would end a field or a line in a tab-separated file (NBSP is content).
_BREAKS = re.compile(r"[\t\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def number(value: float) -> int | float:
    """3.0 -> 3, 2.5 -> 2.5: scores read as a teacher writes them."""
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value


def result_rows(store: ProgressStore, profile: Profile | None = None) -> list[dict[str, Any]]:
    """One dict per quiz session (of one profile or all), oldest first, keys RESULT_COLUMNS.

    `finished` is None while a quiz is unfinished; `percent` has one decimal.
    """
    names = {p.id: p.name for p in store.profiles()}
    rows = []
    for s in store.sessions(profile):
        pct = s.percent
        rows.append(
            {
                "profile": names.get(s.profile_id, ""),
                "article_id": s.article_id,
                "article_title": s.article_title,
                "mode": s.mode,
                "started": s.started.isoformat(timespec="seconds"),
                "finished": s.finished.isoformat(timespec="seconds") if s.finished else None,
                "score": number(s.score),
                "points": number(s.points),
                "percent": None if pct is None else round(pct, 1),
            }
        )
    return rows


def cell(value: Any, raw: bool = False) -> Any:
    """A CSV cell a spreadsheet shows as text: a text that starts like a formula
    (`=HYPERLINK(…)` typed as a learner's name, or in an article's title) gets a
    leading `'`, as OWASP recommends. Numbers are left alone; `raw` keeps all as is."""
    if value is None:
        return ""
    if not raw and isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_row(out: TextIO, cells: list[Any]) -> None:
    """One CSV line. A carriage return inside a cell must be quoted, which the csv
    module only does when it ends lines with one: such a row is written that way."""
    ends_with = "\r\n" if any(isinstance(c, str) and "\r" in c for c in cells) else "\n"
    line = io.StringIO()
    csv.writer(line, lineterminator=ends_with).writerow(cells)
    out.write(line.getvalue().removesuffix(ends_with) + "\n")


def write_results_csv(rows: Iterable[dict[str, Any]], out: TextIO, raw: bool = False) -> None:
    _write_row(out, list(RESULT_COLUMNS))
    for row in rows:
        _write_row(out, [cell(row[c], raw) for c in RESULT_COLUMNS])


def write_results_json(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    json.dump(list(rows), out, ensure_ascii=False, indent=2)
    out.write("\n")


def one_line(text: str) -> str:
    """A field safe for one line of a tab-separated file: tabs and line breaks become spaces."""
    return _BREAKS.sub(" ", text).strip()


def anki_front(word: WordRecord) -> str:
    """The word as clicked (with its headword when different), then its sentence."""
    shown = word.word
    if word.headword and word.headword.casefold() != word.word.casefold():
        shown = f"{word.word} ({word.headword})"
    return one_line(f"{shown} — {word.sentence_fr}")


def anki_back(word: WordRecord) -> str:
    return one_line(f"{word.gloss} — {word.sentence_en}" if word.sentence_en else word.gloss)


def write_words_anki(words: Iterable[WordRecord], out: TextIO) -> None:
    """Anki's "Import File" format: header lines, then one tab-separated note per line."""
    for line in ANKI_HEADER:
        out.write(line + "\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    for w in words:
        writer.writerow([anki_front(w), anki_back(w)])


def word_rows(store: ProgressStore, profile: Profile | None = None) -> list[dict[str, Any]]:
    names = {p.id: p.name for p in store.profiles()}
    return [
        {
            "profile": names.get(w.profile_id, ""),
            "word": w.word,
            "headword": w.headword,
            "gloss": w.gloss,
            "sentence_fr": w.sentence_fr,
            "sentence_en": w.sentence_en,
            "article_id": w.article_id,
            "sentence_id": w.sentence_id,
            "count": w.count,
            "first_seen": w.first_seen.isoformat(timespec="seconds"),
            "last_seen": w.last_seen.isoformat(timespec="seconds"),
        }
        for w in store.words(profile)
    ]


def write_words_csv(rows: Iterable[dict[str, Any]], out: TextIO, raw: bool = False) -> None:
    _write_row(out, list(WORD_COLUMNS))
    for row in rows:
        _write_row(out, [cell(row[c], raw) for c in WORD_COLUMNS])
