"""The library's one next thing to do, for its « Continue » card.

A learner opening the app should not have to choose among forty cards: the
quiz they left half-way comes first; else the unread article that suits them
best (its level nearest what they have been managing lately, then the fewest
words new to them); else, with every article read, the review waiting or a
reread of the weakest result. Plain data in, one `Pick` out: no Qt, no store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")  # the format's CEFR levels, easiest first
RECENT = 5  # how many of the latest finished articles say how the learner is doing
STEP_UP = 0.8  # a recent average from here: the next level up suits them
STEP_DOWN = 0.5  # under this: one level down
# An article holds 120–150 distinct lemmas. Until the learner has this many words on
# record (looked up or marked known), its "new words" count differs from that total by
# a handful: it measures the article's length, not what is new to them, so it is hidden.
HISTORY_WORDS = 40


def new_words_meaningful(words_on_record: int) -> bool:
    """Whether a per-article count of new words says something about this learner."""
    return words_on_record >= HISTORY_WORDS


@dataclass(frozen=True)
class Candidate:
    """One article as the library knows it for this learner."""

    id: str
    level: str  # "A2"…
    title: str = ""
    state: str = "new"  # "new" | "progress" | "done"
    best: float | None = None  # the best finished score, 0–1
    at: tuple[int, int] | None = None  # where an unfinished run stopped: (question, of)
    last: str = ""  # ISO day last read
    new_words: int | None = None  # lemmas new to the learner; None: not counted yet


@dataclass(frozen=True)
class Pick:
    """What the card proposes: resume, a new article, the review, or a reread."""

    kind: str  # "resume" | "new" | "review" | "reread" (| "redo": `way_on`, below 100 %)
    article_id: str | None = None
    at: tuple[int, int] | None = None
    new_words: int | None = None
    best: float | None = None
    due: int = 0


def level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS) // 2


def target_level(candidates: list[Candidate], declared: str | None = None) -> int:
    """The level rank that suits the learner: their latest results' levels, one up when
    they have been scoring well, one down when they struggled; before any result, the
    level they said they have, else the easiest level listed."""
    done = [c for c in candidates if c.best is not None]
    if not done:
        if declared in LEVELS:
            return level_rank(declared)
        return min((level_rank(c.level) for c in candidates), default=0)
    recent = sorted(done, key=lambda c: c.last, reverse=True)[:RECENT]
    rank = round(sum(level_rank(c.level) for c in recent) / len(recent))
    average = sum(c.best or 0.0 for c in recent) / len(recent)
    if average >= STEP_UP:
        rank += 1
    elif average < STEP_DOWN:
        rank -= 1
    return max(0, min(len(LEVELS) - 1, rank))


def recommend(
    candidates: list[Candidate], due: int = 0, declared: str | None = None
) -> Pick | None:
    """The one next thing: in progress, else new by level and new words, else review.
    `declared`: the level the learner said they have (A1…C1), until results speak."""
    started = [c for c in candidates if c.state == "progress"]
    if started:
        latest = max(started, key=lambda c: (c.last, c.at is not None))
        return Pick("resume", latest.id, at=latest.at, best=latest.best)
    unread = [c for c in candidates if c.state == "new"]
    if unread:
        aim = target_level(candidates, declared)

        def fit(c: Candidate) -> tuple[int, int, int, str]:
            uncounted = c.new_words is None
            return (abs(level_rank(c.level) - aim), uncounted, c.new_words or 0, c.title)

        best = min(unread, key=fit)
        return Pick("new", best.id, new_words=best.new_words)
    if due > 0:
        return Pick("review", due=due)
    done = [c for c in candidates if c.best is not None]
    if not done:
        return None
    aim = target_level(candidates, declared)
    weakest = min(
        done, key=lambda c: (c.best or 0.0, reread_gap(c, declared, aim), c.last, c.title)
    )
    return Pick("reread", weakest.id, best=weakest.best)


PERFECT = 1.0  # a best score from here leaves nothing to do better


def reread_gap(c: Candidate, declared: str | None, aim: int) -> float:
    """How far a reread is from the learner: from the level they said (the card says
    « at your level »), else the level that suits; below it counts half a step more
    (a B1 learner rereads B2 before A2)."""
    mine = level_rank(declared) if declared in LEVELS else aim
    gap = level_rank(c.level) - mine
    return abs(gap) + (0.5 if gap < 0 else 0.0)


def way_on(
    candidates: list[Candidate], current: str | None = None, declared: str | None = None
) -> Pick | None:
    """The next article after `current` (or after a review: None), never `current`: an
    unread one, else one left half-way, else one done below full marks, else (every
    article perfect) a reread of the one done longest ago. Within each, the level that
    suits the learner first (`target_level`: a B1 learner doing well is not sent back
    to A2), then the library's order after `current`, going round."""
    ids = [c.id for c in candidates]
    at = ids.index(current) if current in ids else -1
    others = [c for c in candidates[at + 1 :] + candidates[: max(0, at)] if c.id != current]
    aim = target_level(candidates, declared)
    place = {c.id: n for n, c in enumerate(others)}

    def suits(c: Candidate) -> tuple[int, int]:
        return abs(level_rank(c.level) - aim), place[c.id]

    unread = [c for c in others if c.state == "new"]
    if unread:
        if current is None:  # no place in the list to go on from: the best suited
            first = recommend(others, 0, declared)
            if first is not None and first.kind == "new":
                return first
        pick = min(unread, key=suits)
        return Pick("new", pick.id, new_words=pick.new_words)
    started = [c for c in others if c.state == "progress"]
    if started:
        pick = min(started, key=suits)
        return Pick("resume", pick.id, at=pick.at, best=pick.best)
    done = [c for c in others if c.best is not None]
    weak = [c for c in done if c.best < PERFECT]
    if weak:
        pick = min(weak, key=suits)
        return Pick("redo", pick.id, best=pick.best)
    if not done:
        return None
    oldest = min(done, key=lambda c: (reread_gap(c, declared, aim), c.last, place[c.id]))
    return Pick("reread", oldest.id, best=oldest.best)


def due_day(when: datetime | None, now: datetime) -> tuple[str, date | None]:
    """When the next review comes, in the learner's words: ("today" | "tomorrow" |
    "week" (a weekday within six days) | "later", its local day); ("", None) for none."""
    if when is None:
        return "", None
    day, today = when.astimezone().date(), now.astimezone().date()
    if day <= today:
        return "today", day
    if day == today + timedelta(days=1):
        return "tomorrow", day
    return ("week" if day < today + timedelta(days=7) else "later"), day
