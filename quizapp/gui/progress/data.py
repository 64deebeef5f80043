"""What the History and mistakes screens show, gathered from the store.

Plain functions from the bridge (its store, learner and guarded calls) and
the bank's articles to the screens' rows, so that the screens stay dumb.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from quizapp.core.progress.overview import LONGEST, OverviewTotals, overview
from quizapp.gui.progress.chart import ChartPoint
from quizapp.gui.progress.history import QuestionRow
from quizapp.gui.progress.history_overview import OverviewRow
from quizapp.gui.progress.mistakes import MistakeRow

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.core.model import Article


@dataclass
class HistoryData:
    choices: list[tuple[str, str]] = field(default_factory=list)
    current: str | None = None
    points: list[ChartPoint] = field(default_factory=list)
    rows: list[QuestionRow] = field(default_factory=list)
    changed: dict[str, str] = field(default_factory=dict)
    spent: timedelta = timedelta(0)  # the finished quizzes' time, each at most LONGEST


def overview_data(
    bridge: Any, articles: Mapping[str, Article]
) -> tuple[list[OverviewRow], OverviewTotals]:
    """History's first page: each article the learner has read, the last read first,
    with today's title, level and cover from the bank when it still holds the article."""
    from quizapp.core.library.cover_subject import cover_kind

    store, profile = bridge.store, bridge.profile
    sessions = (
        bridge.guard(lambda: store.sessions(profile), [])
        if store is not None and profile is not None
        else []
    )
    lines, totals = overview(sessions)
    rows = []
    for line in lines:
        article = articles.get(line.article_id)
        rows.append(
            OverviewRow(
                article_id=line.article_id,
                title=article.title if article is not None else line.title,
                level=str(article.level) if article is not None else "",
                kind=cover_kind(article.tags, article.title) if article is not None else None,
                points=tuple(ChartPoint(when, pct) for when, pct in line.results),
                last_read=line.last_read,
            )
        )
    return rows, totals


def history_data(bridge: Any, articles: Mapping[str, Article], wanted: str | None) -> HistoryData:
    """The article choices (those with results first), and the chosen one's history."""
    from quizapp.core.progress.records import question_fingerprints

    out = HistoryData()
    store, profile = bridge.store, bridge.profile
    if store is None or profile is None:
        out.choices = sorted(((a.id, a.title) for a in articles.values()), key=lambda c: c[1])
        out.current = wanted if wanted in articles else (out.choices[0][0] if out.choices else None)
        return out
    sessions = bridge.guard(lambda: store.sessions(profile), [])
    touched: dict[str, str] = {}
    for s in sessions:  # oldest first: the latest title wins
        touched[s.article_id] = (
            articles[s.article_id].title if s.article_id in articles else s.article_title
        )
    rest = sorted(
        ((a.id, a.title) for a in articles.values() if a.id not in touched), key=lambda c: c[1]
    )
    recent = sorted(touched.items(), key=lambda c: c[1])
    out.choices = recent + rest
    ids = [c[0] for c in out.choices]
    if wanted in ids:
        out.current = wanted
    elif sessions:
        finished = [s for s in sessions if s.finished is not None] or sessions
        out.current = max(finished, key=lambda s: s.finished or s.updated).article_id
    else:
        out.current = ids[0] if ids else None
    if out.current is None:
        return out
    article_id = out.current
    history = bridge.guard(lambda: store.history(profile, article_id), [])
    out.points = [
        ChartPoint(h.finished, h.percent or 0.0, h.mode) for h in history if h.percent is not None
    ]
    done = [s for s in sessions if s.article_id == article_id and s.finished is not None]
    out.spent = sum(
        (min(s.finished - s.started, LONGEST) for s in done if s.finished), timedelta(0)
    )
    stats = bridge.guard(lambda: store.question_stats(profile, article_id), {})
    below = {  # the questions whose last answer fell short, and by how much
        m.question_id: (m.score / m.points if m.points else 0.0)
        for m in bridge.guard(lambda: store.mistakes(profile), [])
        if m.article_id == article_id
    }
    article = articles.get(article_id)
    current_prints = question_fingerprints(article) if article is not None else {}
    changed: set[str] = set()
    for s in sessions:
        if s.article_id == article_id and article is not None:
            changed |= store.changed_questions(s, current_prints)
    order = [q.id for q in article.questions] if article is not None else []
    ids_shown = order + sorted(set(stats) - set(order))
    for qid in ids_shown:
        stat = stats.get(qid)
        question = article.question(qid) if article is not None and qid in order else None
        out.rows.append(
            QuestionRow(
                question_id=qid,
                prompt=question.prompt if question is not None else "",
                number=order.index(qid) + 1 if question is not None else 0,
                kind=str(question.type) if question is not None else "",
                attempted=stat.attempted if stat else 0,
                full_marks=stat.full_marks if stat else 0,
                changed=qid in changed and qid in order and stat is not None,
                last=below.get(qid, 1.0) if stat is not None and stat.attempted else None,
            )
        )
    out.changed = {r.question_id: r.prompt for r in out.rows if r.changed}
    return out


def mistake_rows(bridge: Any, articles: Mapping[str, Article]) -> list[MistakeRow]:
    """The learner's mistakes with today's question texts and evidence sentences."""
    from quizapp.core.progress.records import question_fingerprints
    from quizapp.gui.quiz.numbers import is_french

    store, profile = bridge.store, bridge.profile
    if store is None or profile is None:
        return []
    lang = "fr" if is_french() else "en"
    mistakes = bridge.guard(lambda: store.mistakes(profile), [])
    prints = {aid: question_fingerprints(a) for aid, a in articles.items()}
    records: dict[str, Any] = {}
    rows = []
    for m in mistakes:
        article = articles.get(m.article_id)
        question = None
        if article is not None and m.question_id in {q.id for q in article.questions}:
            question = article.question(m.question_id)
        changed = False
        if question is not None:
            if m.session_id not in records:
                records[m.session_id] = bridge.guard(lambda m=m: store.session(m.session_id), None)
            record = records[m.session_id]
            if record is not None:
                changed = m.question_id in store.changed_questions(record, prints[m.article_id])
        evidence: tuple[str, ...] = ()
        yours = right = ""
        if question is not None and article is not None:
            known = {s.id: s.fr for s in article.sentences}
            evidence = tuple(known[sid] for sid in question.sentences if sid in known)
            yours, right = answers_in_words(question, m.response, article, lang)
        rows.append(
            MistakeRow(
                article_id=m.article_id,
                article_title=article.title if article is not None else m.article_title,
                question_id=m.question_id,
                prompt=question.prompt if question is not None else "",
                evidence=evidence,
                score=m.score,
                points=m.points,
                answered=m.answered,
                changed=changed,
                yours=yours,
                right=right,
            )
        )
    rows.sort(key=lambda r: (r.article_title.casefold(), _position(articles, r)))
    return rows


def answers_in_words(question: Any, response: Any, article: Any, lang: str) -> tuple[str, str]:
    """The learner's answer and the right one, as the quiz's summary words them; "" for
    an answer that no longer fits the question (the teacher changed its options)."""
    from quizapp.core.quiz.describe import describe, describe_right

    try:
        return describe(question, response, article, lang), describe_right(question, article, lang)
    except (IndexError, KeyError, TypeError, AttributeError, ValueError):
        return "", ""


def _position(articles: Mapping[str, Article], row: MistakeRow) -> int:
    article = articles.get(row.article_id)
    if article is None:
        return 0
    ids = [q.id for q in article.questions]
    return ids.index(row.question_id) if row.question_id in ids else len(ids)
