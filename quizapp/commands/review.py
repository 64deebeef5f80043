"""`quizapp review --due`: the spaced-review schedule, seen from outside the window.

Lists the cards due now (reviews whose time has come, then new cards within
the day's limit), per learner: kind, article, word or question id, and due
time, as text or JSON. Exit 0; 2 for a usage problem (unknown learner,
missing folder), 1 when the store cannot be read.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

from quizapp.commands.export import _run, _Usage
from quizapp.commands.plurals import counted
from quizapp.core.progress.api import ProgressStore
from quizapp.core.progress.records import Profile
from quizapp.core.review.due import DEFAULT_NEW_PER_DAY, due_list


def main(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="quizapp review",
        description="List the review cards due now: kind, article, word or question id, due.",
    )
    parser.add_argument("--due", action="store_true", help="list the cards due now")
    parser.add_argument("--learner", metavar="NAME", help="only this learner (any case)")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the folder holding progress.sqlite3 (default: this computer's quizapp data folder)",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument(
        "--new-limit",
        type=int,
        default=DEFAULT_NEW_PER_DAY,
        metavar="N",
        help=f"new cards a day (default {DEFAULT_NEW_PER_DAY}, as in the window's default)",
    )

    def check(args: argparse.Namespace) -> None:
        if not args.due:
            raise _Usage("say what to list: --due")
        if args.new_limit < 0:
            raise _Usage("--new-limit is a number of cards, 0 or more")
        args.profile = args.learner  # the shared runner finds the learner by this name

    def write(
        store: ProgressStore | None, profile: Profile | None, out: TextIO, args: argparse.Namespace
    ) -> None:
        rows = _due_rows(store, profile, args.new_limit) if store else []
        if args.format == "json":
            json.dump(rows, out, ensure_ascii=False, indent=2)
            out.write("\n")
            return
        for r in rows:
            item = r["word"] or r["question_id"]
            new = " (new)" if r["new"] else ""
            print(
                f"{r['due']}  {r['kind']:<8}  {r['article_id']}  {item}  {r['learner']}{new}",
                file=out,
            )
        print(f"{counted(len(rows), 'card')} due", file=out)

    return _run(parser, argv, write, stdout, stderr, check)


def _due_rows(store: ProgressStore, profile: Profile | None, new_limit: int) -> list[dict]:
    now = datetime.now(UTC)
    rows = []
    for learner in [profile] if profile is not None else store.profiles():
        for card in due_list(store, learner, now, new_limit):
            rows.append(
                {
                    "learner": learner.name,
                    "kind": card.kind,
                    "article_id": card.article_id,
                    "word": card.item if card.kind == "word" else None,
                    "question_id": card.item if card.kind == "question" else None,
                    "due": card.due.isoformat(timespec="seconds"),
                    "new": card.is_new,
                }
            )
    return rows
