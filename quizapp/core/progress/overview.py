"""History's overview: every article a learner has opened a quiz on, and the totals.

Built from the learner's sessions (`ProgressStore.sessions`, one query) rather than a
query per article: attempts are finished quizzes, best and last their scores, the
trend their percents in order; the time is each finished quiz's, capped so that a
quiz left open overnight counts as one long sitting. The store keeps no reading
time, so the totals say quiz time and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from quizapp.core.progress.records import SessionRecord

LONGEST = timedelta(minutes=45)  # one sitting at most: a quiz left open overnight


@dataclass(frozen=True)
class ArticleOverview:
    """One article in the overview: its finished quizzes' results, oldest first."""

    article_id: str
    title: str  # the latest session's title (the window prefers the bank's)
    results: tuple[tuple[datetime, float], ...]  # (finished, percent) of each finished quiz
    last_read: datetime  # the latest activity: finished, abandoned or last saved
    spent: timedelta

    @property
    def attempts(self) -> int:
        return len(self.results)

    @property
    def best(self) -> float | None:
        return max(p for _w, p in self.results) if self.results else None

    @property
    def last(self) -> float | None:
        return self.results[-1][1] if self.results else None


@dataclass(frozen=True)
class OverviewTotals:
    articles: int
    quizzes: int
    average: float | None  # the mean percent of the finished quizzes; None without one
    spent: timedelta


def sitting(session: SessionRecord) -> timedelta:
    """A finished quiz's time, at most LONGEST; nothing for an unfinished one."""
    if session.finished is None:
        return timedelta(0)
    return max(timedelta(0), min(session.finished - session.started, LONGEST))


def overview(sessions: Sequence[SessionRecord]) -> tuple[list[ArticleOverview], OverviewTotals]:
    """The articles, the most recently read first, and the totals over all of them."""
    by_article: dict[str, list[SessionRecord]] = {}
    for s in sorted(sessions, key=lambda s: (s.finished or s.updated, s.started)):
        by_article.setdefault(s.article_id, []).append(s)
    rows = []
    for article_id, group in by_article.items():
        finished = [s for s in group if s.finished is not None]
        results = tuple(
            (s.finished, s.percent)
            for s in finished
            if s.finished is not None and s.percent is not None
        )
        last_read = max(s.finished or s.abandoned or s.updated for s in group)
        rows.append(
            ArticleOverview(
                article_id=article_id,
                title=group[-1].article_title,
                results=results,
                last_read=last_read,
                spent=sum((sitting(s) for s in finished), timedelta(0)),
            )
        )
    rows.sort(key=lambda r: (r.last_read, r.article_id), reverse=True)
    percents = [p for r in rows for _w, p in r.results]
    totals = OverviewTotals(
        articles=len(rows),
        quizzes=sum(r.attempts for r in rows),
        average=sum(percents) / len(percents) if percents else None,
        spent=sum((r.spent for r in rows), timedelta(0)),
    )
    return rows, totals
