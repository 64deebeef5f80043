"""Shared helpers for the progress-store tests: a small article and a clock tests control."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.core.model import (
    Article,
    ChoiceQuestion,
    Level,
    Option,
    Sentence,
    ShortQuestion,
    TrueFalseQuestion,
)


def make_article(
    article_id: str = "belarus",
    title: str = "Le Bélarus et l’arme « tactique »",
    prompt_q2: str = "En quelle année ?",
) -> Article:
    """Three questions worth 1 + 2 + 1 points."""
    return Article(
        id=article_id,
        title=title,
        level=Level.B1,
        sentences=(
            Sentence("s1", "La Russie va stationner des armes.", "Russia will station weapons."),
            Sentence("s2", "Le transfert s’est achevé en 1996.", "The transfer ended in 1996."),
        ),
        questions=(
            ChoiceQuestion(
                id="q1",
                prompt="Que va faire la Russie ?",
                sentences=("s1",),
                options=(Option("Stationner des armes.", True), Option("Partir.")),
            ),
            ShortQuestion(
                id="q2", prompt=prompt_q2, sentences=("s2",), answers=("1996",), points=2
            ),
            TrueFalseQuestion(id="q3", prompt="Moscou part.", sentences=("s1",), answer=False),
        ),
        path=Path(f"/bank/{article_id}.yaml"),
        content_hash=hashlib.sha256(article_id.encode()).hexdigest()[:16],
    )


class FakeClock:
    """A clock the test moves by hand (UTC)."""

    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
