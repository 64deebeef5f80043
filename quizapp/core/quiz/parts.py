"""Splitting a long quiz into parts of about 8 to 10 questions, for shorter sittings.

The teacher's order is kept; a part ends where the text moves on: preferably
where the next question's evidence starts a new paragraph of the article,
else where the evidence moves to later sentences, else where the question
type changes. Quizzes of up to `WHOLE_UP_TO` questions stay whole.
"""

from __future__ import annotations

import math
from itertools import pairwise

from quizapp.core.model import Article, Question

WHOLE_UP_TO = 12
MOST = 10  # questions per part, at most about (so 34 questions make 4 parts)
TARGET = 9  # questions per part, about
SLACK = 2  # how far a cut may move from the even split to land on a natural point


def _paragraph_of(article: Article) -> dict[str, int]:
    return {s.id: n for n, para in enumerate(article.paragraphs) for s in para}


def _position(article: Article) -> dict[str, int]:
    return {s.id: n for n, s in enumerate(article.sentences)}


def _natural(before: Question, after: Question, article: Article) -> int:
    """How natural a cut between two questions is: 3 new paragraph, 2 later text, 1 new type."""
    para, pos = _paragraph_of(article), _position(article)
    last_para = max((para.get(s, -1) for s in before.sentences), default=-1)
    next_para = min((para.get(s, 10**6) for s in after.sentences), default=10**6)
    if after.sentences and before.sentences and next_para > last_para:
        return 3
    last_pos = max((pos.get(s, -1) for s in before.sentences), default=-1)
    next_pos = min((pos.get(s, 10**6) for s in after.sentences), default=10**6)
    if after.sentences and before.sentences and next_pos > last_pos:
        return 2
    return 1 if before.type != after.type else 0


def split_parts(
    article: Article, questions: tuple[Question, ...] | None = None
) -> list[tuple[str, ...]]:
    """The question ids of each part, in order (one part when the quiz is short)."""
    qs = tuple(article.questions if questions is None else questions)
    if len(qs) <= WHOLE_UP_TO:
        return [tuple(q.id for q in qs)] if qs else []
    count = math.ceil(len(qs) / MOST)
    cuts = [0]
    for k in range(1, count):
        ideal = round(k * len(qs) / count)
        low = max(cuts[-1] + TARGET - SLACK, ideal - SLACK)
        high = min(len(qs) - (TARGET - SLACK), ideal + SLACK)
        candidates = range(low, high + 1) if low <= high else range(ideal, ideal + 1)
        best = max(candidates, key=lambda c: (_natural(qs[c - 1], qs[c], article), -abs(c - ideal)))
        cuts.append(best)
    cuts.append(len(qs))
    return [tuple(q.id for q in qs[a:b]) for a, b in pairwise(cuts) if b > a]
